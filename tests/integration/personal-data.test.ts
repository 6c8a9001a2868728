import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import {
  attendance,
  authSessions,
  registrations,
  surveyCompletions,
  surveyResponses,
  users,
} from "#db/schema";
import { createAuthSession } from "~/auth/lucia.server";
import { hashPassword } from "~/auth/password.server";
import { deleteAccount, personalData } from "~/auth/personal-data.server";
import { enrol } from "~/registrations/registrations.server";
import { parseAnswers } from "~/surveys/answers";
import { createSurvey, getSurvey, setWindow, submitResponse } from "~/surveys/surveys.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

async function teacherWithHistory() {
  const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, { capacity: 1 });
  const teacher = createUser();
  db.update(users)
    .set({ passwordHash: await hashPassword("een sterk wachtwoord") })
    .where(eq(users.id, teacher.id))
    .run();
  enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
  db.insert(attendance)
    .values({
      sessionId: sessions[0].id,
      userId: teacher.id,
      present: true,
      method: "facilitator",
      markedAt: new Date(),
    })
    .run();
  const created = createSurvey(network.id, "voormeting-basis");
  if (!created.ok) throw new Error(created.error);
  setWindow(created.id, new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000));
  const survey = getSurvey(created.id)!;
  const form: Record<string, string> = {};
  for (const q of survey.questions)
    form[`q${q.id}`] = q.kind === "role" ? "leraar" : q.kind === "open" ? "" : "3";
  const parsed = parseAnswers(survey.questions, form);
  if (!parsed.ok) throw new Error("answers");
  submitResponse(survey, { userId: teacher.id }, parsed);
  await createAuthSession(teacher.id);
  return { network, teacher, surveyId: created.id };
}

describe("your data", () => {
  it("exports account, registrations, attendance and completions, never the anonymous answers", async () => {
    const { network, teacher } = await teacherWithHistory();
    const data = personalData(teacher.id);
    expect(data.account).toMatchObject({ email: teacher.email, name: teacher.name });
    expect(data.registrations).toEqual([
      expect.objectContaining({ network: network.title, status: "registered" }),
    ]);
    expect(data.attendance).toHaveLength(1);
    expect(data.surveyCompletions).toEqual([{ network: network.title, phase: "pre" }]);
    expect(JSON.stringify(data)).not.toMatch(/pseudonym|"value"/);
  });

  it("deleting the account erases the person but keeps the anonymous answers and the reach", async () => {
    const { teacher, surveyId } = await teacherWithHistory();
    const answersBefore = db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyId))
      .all().length;
    expect(await deleteAccount(teacher.id, "fout")).toBe("wrong-password");
    expect(await deleteAccount(teacher.id, "een sterk wachtwoord")).toBe("ok");
    const erased = db.select().from(users).where(eq(users.id, teacher.id)).get()!;
    expect(erased).toMatchObject({
      name: "Verwijderde gebruiker",
      email: `verwijderd-${teacher.id}@invalid`,
    });
    expect(db.select().from(authSessions).where(eq(authSessions.userId, teacher.id)).all()).toEqual([]);
    expect(db.select().from(surveyCompletions).where(eq(surveyCompletions.userId, teacher.id)).all()).toEqual(
      [],
    );
    expect(
      db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all(),
    ).toHaveLength(answersBefore);
    expect(db.select().from(registrations).where(eq(registrations.userId, teacher.id)).get()).toMatchObject({
      status: "registered",
      institutionId: teacher.institutionId,
    });
  });

  it("a network's only facilitator cannot delete the account", async () => {
    const facilitator = createUser("facilitator");
    db.update(users)
      .set({ passwordHash: await hashPassword("een sterk wachtwoord") })
      .where(eq(users.id, facilitator.id))
      .run();
    createPublishedNetwork(facilitator.id);
    expect(await deleteAccount(facilitator.id, "een sterk wachtwoord")).toBe("sole-facilitator");
  });
});
