import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import {
  attendance,
  networkSessions,
  registrations,
  surveyAnswers,
  surveyCompletions,
  surveyResponses,
  surveys,
} from "#db/schema";
import { parseAnswers } from "~/surveys/answers";
import {
  addOwnQuestion,
  createSurvey,
  eligibleCount,
  getSurvey,
  hasCompleted,
  isEligible,
  msUntilSurveyWindowChange,
  openSurveysFor,
  removeQuestion,
  sendSurveyReminders,
  setWindow,
  submitResponse,
} from "~/surveys/surveys.server";
import { enrol } from "~/registrations/registrations.server";
import { mailsTo } from "#tests/support/mail";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

const DAY = 86_400_000;

function openSurvey(template: "voormeting-basis" | "nameting-basis") {
  const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
    capacity: 20,
    goals: ["getalbegrip", "hoofdrekenen"],
  });
  const created = createSurvey(network.id, template);
  if (!created.ok) throw new Error(created.error);
  setWindow(created.id, new Date(Date.now() - DAY), new Date(Date.now() + 7 * DAY));
  return { network, sessions, survey: getSurvey(created.id)! };
}

/** Answers every required question with the given value. */
function answersFor(survey: NonNullable<ReturnType<typeof getSurvey>>, value: number) {
  const form: Record<string, string> = {};
  for (const q of survey.questions) {
    if (q.kind === "role") form[`q${q.id}`] = "leraar";
    if (q.kind === "likert" || q.kind === "stage") form[`q${q.id}`] = String(value);
    if (q.kind === "open") form[`q${q.id}`] = "Meer tijd om samen voor te bereiden.";
  }
  const parsed = parseAnswers(survey.questions, form);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed;
}

function participant(networkId: number) {
  const teacher = createUser();
  enrol({ userId: teacher.id, networkId, sessionId: null, answers: {} });
  return teacher;
}

describe("privacy of the answer tables", () => {
  it("check 49: holds no user id, name, e-mail, IP or exact time; keys are random UUIDs; who answered keeps no order", () => {
    for (const table of ["survey_responses", "survey_answers"]) {
      const columns = db.$client
        .prepare(`select name, type, pk from pragma_table_info('${table}')`)
        .all() as { name: string; type: string; pk: number }[];
      expect(columns.map((c) => c.name).join(",")).not.toMatch(/user|email|name|ip|agent|created|_at\b/);
      expect(columns.find((c) => c.pk === 1)).toMatchObject({ name: "id", type: "TEXT" });
      const fks = db.$client.prepare(`select "table" from pragma_foreign_key_list('${table}')`).pluck().all();
      expect(fks).not.toContain("users");
    }
    const completionColumns = db.$client
      .prepare("select name from pragma_table_info('survey_completions')")
      .pluck()
      .all();
    expect(completionColumns).toEqual(["survey_id", "user_id"]);
    // No rowid: nothing records in which order people answered, so the n-th completion cannot be
    // lined up with the n-th answer set.
    expect(() => db.$client.prepare("select rowid from survey_completions").all()).toThrow(
      /no such column: rowid/,
    );
    expect(
      db.$client.prepare("select sql from sqlite_schema where name = 'survey_completions'").pluck().get(),
    ).toMatch(/WITHOUT ROWID/i);
  });

  it("pairs pre and post of one person through a keyed pseudonym, and nothing else", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, { capacity: 20 });
    const pre = createSurvey(network.id, "voormeting-basis");
    const post = createSurvey(network.id, "nameting-basis");
    if (!pre.ok || !post.ok) throw new Error("surveys");
    for (const id of [pre.id, post.id]) setWindow(id, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    const teacher = participant(network.id);
    const preSurvey = getSurvey(pre.id)!;
    expect(submitResponse(preSurvey, { userId: teacher.id }, answersFor(preSurvey, 2))).toBe("ok");
    const postRow = db.select().from(surveys).where(eq(surveys.id, post.id)).get()!;
    const sessions = db.$client
      .prepare("select id from network_sessions where network_id = ?")
      .pluck()
      .all(network.id) as number[];
    db.insert(attendance)
      .values({
        sessionId: sessions[0],
        userId: teacher.id,
        present: true,
        method: "facilitator",
        markedAt: new Date(),
      })
      .run();
    const postSurvey = getSurvey(post.id)!;
    expect(postRow.phase).toBe("post");
    expect(submitResponse(postSurvey, { userId: teacher.id }, answersFor(postSurvey, 4))).toBe("ok");

    const rows = db
      .select()
      .from(surveyResponses)
      .all()
      .filter((r) => r.surveyId === pre.id || r.surveyId === post.id);
    expect(rows).toHaveLength(2);
    expect(rows[0].pseudonym).toBe(rows[1].pseudonym);
    expect(rows[0].pseudonym).not.toBe(createHash("sha256").update(teacher.id).digest("hex"));
    expect(rows[0].pseudonym).not.toContain(teacher.id);
    expect(Object.keys(rows[0])).not.toContain("submittedOn"); // no time kept, not even the day
    const dump =
      JSON.stringify(db.select().from(surveyResponses).all()) +
      JSON.stringify(db.select().from(surveyAnswers).all());
    expect(dump).not.toContain(teacher.id);
    expect(dump).not.toContain(teacher.email);

    // The same person in another network gets a different, unlinkable pseudonym.
    const other = openSurvey("voormeting-basis");
    enrol({ userId: teacher.id, networkId: other.network.id, sessionId: null, answers: {} });
    submitResponse(other.survey, { userId: teacher.id }, answersFor(other.survey, 3));
    const third = db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, other.survey.id))
      .get()!;
    expect(third.pseudonym).not.toBe(rows[0].pseudonym);
  });
});

describe("answering", () => {
  it("only registered participants answer a pre survey, once; a double submit keeps one", () => {
    const { network, survey } = openSurvey("voormeting-basis");
    const teacher = participant(network.id);
    const parsed = answersFor(survey, 3);
    expect(submitResponse(survey, { userId: createUser().id }, parsed)).toBe("not-eligible");
    expect(submitResponse(survey, { userId: teacher.id }, parsed)).toBe("ok");
    expect(submitResponse(survey, { userId: teacher.id }, parsed)).toBe("already");
    expect(
      db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).all(),
    ).toHaveLength(1);
    expect(
      db.select().from(surveyCompletions).where(eq(surveyCompletions.surveyId, survey.id)).all(),
    ).toHaveLength(1);
  });

  it("a post survey is for people who attended at least one session", () => {
    const { network, sessions, survey } = openSurvey("nameting-basis");
    const absent = participant(network.id);
    const present = participant(network.id);
    db.insert(attendance)
      .values({
        sessionId: sessions[1].id,
        userId: present.id,
        present: true,
        method: "check-in",
        markedAt: new Date(),
      })
      .run();
    expect(submitResponse(survey, { userId: absent.id }, answersFor(survey, 5))).toBe("not-eligible");
    expect(submitResponse(survey, { userId: present.id }, answersFor(survey, 5))).toBe("ok");
  });

  it("one person's eligibility (the lookup the survey page uses) agrees with the list of eligible people", () => {
    for (const template of ["voormeting-basis", "nameting-basis"] as const) {
      const { network, sessions, survey } = openSurvey(template);
      const elsewhere = openSurvey(template);
      const registered = participant(network.id);
      const present = participant(network.id);
      const absent = participant(network.id);
      const cancelled = participant(network.id);
      db.update(registrations)
        .set({ status: "cancelled" })
        .where(eq(registrations.userId, cancelled.id))
        .run();
      const waitlisted = participant(network.id);
      db.update(registrations)
        .set({ status: "waitlisted" })
        .where(eq(registrations.userId, waitlisted.id))
        .run();
      const otherNetwork = participant(elsewhere.network.id);
      const mark = (userId: string, sessionId: number, isPresent: boolean) =>
        db
          .insert(attendance)
          .values({ sessionId, userId, present: isPresent, method: "check-in", markedAt: new Date() })
          .run();
      mark(present.id, sessions[0].id, true);
      mark(absent.id, sessions[0].id, false);
      mark(otherNetwork.id, elsewhere.sessions[0].id, true);
      const people = {
        registered,
        present,
        absent,
        cancelled,
        waitlisted,
        otherNetwork,
        stranger: createUser(),
      };
      const eligible = Object.entries(people)
        .filter(([, person]) => isEligible(person.id, survey))
        .map(([name]) => name);
      // Before a post survey only attendance counts; before a pre survey only a seat.
      expect(eligible, template).toEqual(
        template === "voormeting-basis" ? ["registered", "present", "absent"] : ["present"],
      );
      expect(eligibleCount(survey), template).toBe(eligible.length);
    }
  });

  it("nothing is accepted outside the window", () => {
    const { network, survey } = openSurvey("voormeting-basis");
    const teacher = participant(network.id);
    setWindow(survey.id, new Date(Date.now() - 7 * DAY), new Date(Date.now() - DAY));
    expect(submitResponse(getSurvey(survey.id)!, { userId: teacher.id }, answersFor(survey, 3))).toBe(
      "closed",
    );
  });

  it("guests answer without an account; their answers cannot be paired and a double click stores one", () => {
    const { survey, sessions } = openSurvey("nameting-basis");
    db.update(networkSessions).set({ guestCount: 1 }).where(eq(networkSessions.id, sessions[0].id)).run();
    const parsed = answersFor(survey, 4);
    const key = "0b5a7a8e-1c55-4c55-9e2b-6f8d1d6b0a11";
    expect(submitResponse(survey, { guestSubmissionKey: key }, parsed)).toBe("ok");
    expect(submitResponse(survey, { guestSubmissionKey: key }, parsed)).toBe("already");
    const rows = db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).all();
    expect(rows).toEqual([expect.objectContaining({ pseudonym: null, source: "guest" })]);
  });

  it("takes no more guest answers than the largest guest headcount of a session", () => {
    const { survey, sessions } = openSurvey("nameting-basis");
    const parsed = answersFor(survey, 4);
    const guest = () => submitResponse(survey, { guestSubmissionKey: randomUUID() }, parsed);
    expect(guest()).toBe("guests-full"); // no guests recorded: the link takes nobody
    db.update(networkSessions).set({ guestCount: 2 }).where(eq(networkSessions.id, sessions[0].id)).run();
    expect([guest(), guest(), guest()]).toEqual(["ok", "ok", "guests-full"]);
    expect(
      db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).all(),
    ).toHaveLength(2);
  });
});

describe("surveys waiting for a person on Mijn netwerken", () => {
  type Setup = ReturnType<typeof openSurvey> & { teacher: { id: string } };
  const cases: Array<{
    name: string;
    template: "voormeting-basis" | "nameting-basis";
    arrange: (s: Setup) => void;
    listed: boolean;
  }> = [
    { name: "pre, registered", template: "voormeting-basis", arrange: () => {}, listed: true },
    {
      name: "pre, registration cancelled",
      template: "voormeting-basis",
      arrange: ({ teacher }) =>
        db
          .update(registrations)
          .set({ status: "cancelled" })
          .where(eq(registrations.userId, teacher.id))
          .run(),
      listed: false,
    },
    {
      name: "pre, already answered",
      template: "voormeting-basis",
      arrange: ({ survey, teacher }) =>
        void submitResponse(survey, { userId: teacher.id }, answersFor(survey, 3)),
      listed: false,
    },
    {
      name: "pre, window closed",
      template: "voormeting-basis",
      arrange: ({ survey }) =>
        void setWindow(survey.id, new Date(Date.now() - 7 * DAY), new Date(Date.now() - DAY)),
      listed: false,
    },
    {
      name: "pre, window not open yet",
      template: "voormeting-basis",
      arrange: ({ survey }) =>
        void setWindow(survey.id, new Date(Date.now() + DAY), new Date(Date.now() + 7 * DAY)),
      listed: false,
    },
    {
      name: "post, registered but never present",
      template: "nameting-basis",
      arrange: () => {},
      listed: false,
    },
    {
      name: "post, marked absent",
      template: "nameting-basis",
      arrange: ({ sessions, teacher }) =>
        void db
          .insert(attendance)
          .values({
            sessionId: sessions[0].id,
            userId: teacher.id,
            present: false,
            method: "facilitator",
            markedAt: new Date(),
          })
          .run(),
      listed: false,
    },
    {
      name: "post, present at one session",
      template: "nameting-basis",
      arrange: ({ sessions, teacher }) =>
        void db
          .insert(attendance)
          .values({
            sessionId: sessions[1].id,
            userId: teacher.id,
            present: true,
            method: "check-in",
            markedAt: new Date(),
          })
          .run(),
      listed: true,
    },
    {
      name: "post, present only in another network",
      template: "nameting-basis",
      arrange: ({ teacher }) => {
        const other = openSurvey("nameting-basis");
        enrol({ userId: teacher.id, networkId: other.network.id, sessionId: null, answers: {} });
        db.insert(attendance)
          .values({
            sessionId: other.sessions[0].id,
            userId: teacher.id,
            present: true,
            method: "check-in",
            markedAt: new Date(),
          })
          .run();
        // That other network's survey is the teacher's; this one is not.
        expect(openSurveysFor(teacher.id).map((s) => s.id)).toEqual([other.survey.id]);
      },
      listed: false,
    },
  ];

  it.each(cases)(
    "$name: listed $listed, exactly when the person may still answer",
    ({ template, arrange, listed }) => {
      const setup = openSurvey(template);
      const teacher = participant(setup.network.id);
      arrange({ ...setup, teacher });
      const ids = openSurveysFor(teacher.id).map((s) => s.id);
      expect(ids.includes(setup.survey.id)).toBe(listed);
      const current = getSurvey(setup.survey.id)!;
      const mayAnswer =
        isEligible(teacher.id, current) &&
        !hasCompleted(teacher.id, current.id) &&
        current.opensAt! <= new Date() &&
        current.closesAt! > new Date();
      expect(mayAnswer).toBe(listed);
    },
  );

  it("gives title, phase and deadline, soonest deadline first", () => {
    const first = openSurvey("voormeting-basis");
    const second = openSurvey("voormeting-basis");
    const teacher = participant(first.network.id);
    enrol({ userId: teacher.id, networkId: second.network.id, sessionId: null, answers: {} });
    const deadline = new Date(Math.floor((Date.now() + 2 * DAY) / 1000) * 1000);
    setWindow(second.survey.id, new Date(Date.now() - DAY), deadline);
    expect(openSurveysFor(teacher.id)).toEqual([
      { id: second.survey.id, phase: "pre", title: second.network.title, closesAt: deadline },
      {
        id: first.survey.id,
        phase: "pre",
        title: first.network.title,
        closesAt: getSurvey(first.survey.id)!.closesAt,
      },
    ]);
  });
});

describe("when the set of open surveys next changes", () => {
  it("is the next opening or closing, of one network or of all; never for a network without one to come", () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const first = openSurvey("voormeting-basis");
    setWindow(first.survey.id, new Date(now.getTime() - DAY), new Date(now.getTime() + 7 * DAY));
    const second = openSurvey("voormeting-basis");
    setWindow(second.survey.id, new Date(now.getTime() + 2 * DAY), new Date(now.getTime() + 9 * DAY));
    expect(msUntilSurveyWindowChange(first.network.id, now)).toBe(7 * DAY);
    expect(msUntilSurveyWindowChange(second.network.id, now)).toBe(2 * DAY);
    expect(msUntilSurveyWindowChange(null, now)).toBeLessThanOrEqual(2 * DAY);
    // Once both windows have passed nothing is left to change.
    const later = new Date(now.getTime() + 10 * DAY);
    expect(msUntilSurveyWindowChange(first.network.id, later)).toBe(Infinity);
    expect(msUntilSurveyWindowChange(second.network.id, later)).toBe(Infinity);
    const { network: withoutSurveys } = createPublishedNetwork(createUser("facilitator").id, { capacity: 5 });
    expect(msUntilSurveyWindowChange(withoutSurveys.id, now)).toBe(Infinity);
  });
});

describe("the instrument after the first answer", () => {
  it("the fixed part is never removable; once answers exist nothing changes", () => {
    const { network, survey } = openSurvey("nameting-basis");
    const fixed = survey.questions.find((q) => q.fixed)!;
    const free = survey.questions.find((q) => !q.fixed)!;
    expect(removeQuestion(survey.id, fixed.id)).toEqual({
      ok: false,
      error: "Vragen van het vaste EDBI-deel kan je niet verwijderen.",
    });
    expect(
      addOwnQuestion(survey.id, {
        kind: "single",
        construct: "eigen",
        goalId: null,
        text: "Via welk kanaal hoorde je van dit netwerk?",
        options: ["mail", "collega"],
        required: false,
        fixed: false,
      }),
    ).toEqual({ ok: true });
    const teacher = participant(network.id);
    db.insert(attendance)
      .values({
        sessionId: db.$client
          .prepare("select id from network_sessions where network_id = ?")
          .pluck()
          .get(network.id) as number,
        userId: teacher.id,
        present: true,
        method: "facilitator",
        markedAt: new Date(),
      })
      .run();
    expect(
      submitResponse(getSurvey(survey.id)!, { userId: teacher.id }, answersFor(getSurvey(survey.id)!, 4)),
    ).toBe("ok");
    expect(removeQuestion(survey.id, free.id)).toMatchObject({ ok: false });
    expect(
      addOwnQuestion(survey.id, {
        kind: "open",
        construct: "open",
        goalId: null,
        text: "Nog iets?",
        options: null,
        required: false,
        fixed: false,
      }),
    ).toMatchObject({ ok: false });
  });

  it("one survey per phase per network", () => {
    const { network } = openSurvey("voormeting-basis");
    expect(createSurvey(network.id, "voormeting-basis")).toEqual({
      ok: false,
      error: "Dit netwerk heeft al een voormeting.",
    });
    expect(createSurvey(network.id, "nameting-uitgebreid")).toMatchObject({ ok: true });
  });
});

describe("reminders", () => {
  it("go only to people who have not answered, at most three times, 48 hours apart", () => {
    const { network, survey } = openSurvey("voormeting-basis");
    const [done, pending] = [participant(network.id), participant(network.id)];
    submitResponse(survey, { userId: done.id }, answersFor(survey, 3));
    expect(sendSurveyReminders(survey.id)).toEqual({ ok: true, sent: 1 });
    expect(mailsTo(pending.email)[0].subject).toBe(`Herinnering: voormeting ${network.title}`);
    expect(mailsTo(done.email).some((m) => m.subject.startsWith("Herinnering: voormeting"))).toBe(false);
    expect(sendSurveyReminders(survey.id)).toEqual({
      ok: false,
      error: "Tussen twee herinneringen zit minstens 48 uur.",
    });
    expect(sendSurveyReminders(survey.id, new Date(Date.now() + 2.1 * DAY))).toMatchObject({ ok: true });
    expect(sendSurveyReminders(survey.id, new Date(Date.now() + 4.2 * DAY))).toMatchObject({ ok: true });
    expect(sendSurveyReminders(survey.id, new Date(Date.now() + 6.3 * DAY))).toEqual({
      ok: false,
      error: "Je stuurde al 3 herinneringen; meer kan niet.",
    });
  });
});

describe("deleting an account", () => {
  it("removes who answered, while the anonymous answers stay", () => {
    const { survey } = openSurvey("voormeting-basis");
    const person = createUser();
    db.insert(surveyCompletions).values({ surveyId: survey.id, userId: person.id }).run();
    const before = db.select().from(surveyResponses).all().length;
    db.$client.prepare("delete from users where id = ?").run(person.id);
    expect(db.select().from(surveyCompletions).where(eq(surveyCompletions.userId, person.id)).all()).toEqual(
      [],
    );
    expect(db.select().from(surveyResponses).all()).toHaveLength(before);
  });
});
