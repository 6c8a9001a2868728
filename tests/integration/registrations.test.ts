import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import {
  intakeAnswers,
  intakeQuestions,
  networks,
  networkSessions,
  registrations,
  users,
  waitlistChanges,
} from "#db/schema";
import {
  cancelRegistration,
  enrol,
  moveOnWaitlist,
  myRegistrationsIn,
  respondToOffer,
} from "~/registrations/registrations.server";
import { runScheduledTasks } from "~/schedule.server";
import { hasWaitlist, waitlistInScope, waitlistPosition } from "~/registrations/seats.server";
import { mailsTo } from "#tests/support/mail";
import { createInstitution, createPublishedNetwork, createUser } from "#tests/support/factories";

function statusOf(userId: string, networkId: number) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.userId, userId), eq(registrations.networkId, networkId)))
    .all()
    .map((r) => r.status);
}

function networkStatus(id: number) {
  return db.select({ status: networks.status }).from(networks).where(eq(networks.id, id)).get()!.status;
}

describe("enrolling", () => {
  it("gives a seat, records the institution of that moment and mails a confirmation with an .ics", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id);
    const teacher = createUser();
    expect(enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} })).toEqual({
      ok: true,
      status: "registered",
      position: 0,
      already: false,
    });
    const movedTo = createInstitution("Andere school");
    db.update(users).set({ institutionId: movedTo.id }).where(eq(users.id, teacher.id)).run();
    const registration = db.select().from(registrations).where(eq(registrations.userId, teacher.id)).get()!;
    expect(registration.institutionId).toBe(teacher.institutionId);
    const mail = mailsTo(teacher.email)[0];
    expect(mail.subject).toBe(`Inschrijving bevestigd: ${network.title}`);
    expect(mail.attachments?.[0].filename).toBe("bijeenkomsten.ics");
    expect(mail.attachments?.[0].content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("a double submit never creates a second registration", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id);
    const teacher = createUser();
    enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
    expect(enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} })).toMatchObject({
      ok: true,
      already: true,
    });
    expect(statusOf(teacher.id, network.id)).toEqual(["registered"]);
  });

  it("the unique index backs it up even if the check were skipped", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id);
    const teacher = createUser();
    enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
    const now = new Date();
    expect(() =>
      db
        .insert(registrations)
        .values({
          networkId: network.id,
          sessionId: null,
          userId: teacher.id,
          status: "waitlisted",
          queueKey: 1,
          createdAt: now,
          updatedAt: now,
        })
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it("refuses concept networks, passed deadlines and single sessions when not allowed", () => {
    const facilitator = createUser("facilitator");
    const teacher = createUser();
    const { network, sessions } = createPublishedNetwork(facilitator.id);
    expect(
      enrol({ userId: teacher.id, networkId: network.id, sessionId: sessions[0].id, answers: {} }),
    ).toEqual({ ok: false, error: "Voor deze bijeenkomst kan je je niet afzonderlijk inschrijven." });
    db.update(networks)
      .set({ registrationDeadline: new Date(Date.now() - 1000) })
      .where(eq(networks.id, network.id))
      .run();
    expect(enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} })).toEqual({
      ok: false,
      error: "De inschrijvingstermijn is voorbij.",
    });
    db.update(networks).set({ status: "concept" }).where(eq(networks.id, network.id)).run();
    expect(enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} })).toEqual({
      ok: false,
      error: "Inschrijven voor dit netwerk kan (nu) niet.",
    });
    expect(statusOf(teacher.id, network.id)).toEqual([]);
  });

  it("requires the intake questions and stores the answers", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, {
      intakeQuestions: ["Wat wil je leren?"],
    });
    const teacher = createUser();
    const q = db.select().from(intakeQuestions).where(eq(intakeQuestions.networkId, network.id)).get()!;
    expect(enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} })).toEqual({
      ok: false,
      error: "Beantwoord deze vraag.",
      field: `vraag-${q.id}`,
    });
    expect(
      enrol({
        userId: teacher.id,
        networkId: network.id,
        sessionId: null,
        answers: { [q.id]: "Getalbegrip" },
      }),
    ).toMatchObject({ ok: true, status: "registered" });
    expect(db.select({ answer: intakeAnswers.answer }).from(intakeAnswers).all()).toEqual([
      { answer: "Getalbegrip" },
    ]);
  });
});

describe("capacity and the waitlist", () => {
  function fullNetwork() {
    const facilitator = createUser("facilitator");
    const { network, sessions } = createPublishedNetwork(facilitator.id, { capacity: 2 });
    const seated = [createUser(), createUser()];
    for (const teacher of seated)
      enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
    return { facilitator, network, sessions, seated };
  }

  it("puts the next people on the waitlist in order and marks the network volzet", () => {
    const { network } = fullNetwork();
    expect(networkStatus(network.id)).toBe("volzet");
    const [a, b] = [createUser(), createUser()];
    expect(enrol({ userId: a.id, networkId: network.id, sessionId: null, answers: {} })).toMatchObject({
      status: "waitlisted",
      position: 1,
    });
    expect(enrol({ userId: b.id, networkId: network.id, sessionId: null, answers: {} })).toMatchObject({
      status: "waitlisted",
      position: 2,
    });
    expect(mailsTo(b.email)[0].bodyText).toContain("op plaats 2");
  });

  it("a freed seat is offered to the first in line, who can accept it", () => {
    const { network, seated } = fullNetwork();
    const [first, second] = [createUser(), createUser()];
    enrol({ userId: first.id, networkId: network.id, sessionId: null, answers: {} });
    enrol({ userId: second.id, networkId: network.id, sessionId: null, answers: {} });
    const seat = db.select().from(registrations).where(eq(registrations.userId, seated[0].id)).get()!;
    expect(cancelRegistration(seated[0].id, seat.id)).toBe("ok");
    expect(statusOf(first.id, network.id)).toEqual(["offered"]);
    expect(statusOf(second.id, network.id)).toEqual(["waitlisted"]);
    expect(mailsTo(first.email)[0].subject).toBe(`Er is een plaats vrij: ${network.title}`);
    const offer = myRegistrationsIn(first.id, network.id)[0];
    expect(respondToOffer(first.id, offer.id, true)).toBe("accepted");
    expect(statusOf(first.id, network.id)).toEqual(["registered"]);
    expect(mailsTo(first.email)[0].subject).toBe(`Inschrijving bevestigd: ${network.title}`);
    expect(networkStatus(network.id)).toBe("volzet");
  });

  it("an expired offer passes to the next person automatically; a declined one too", () => {
    const { network, seated } = fullNetwork();
    const [first, second, third] = [createUser(), createUser(), createUser()];
    for (const t of [first, second, third])
      enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
    const seat = db.select().from(registrations).where(eq(registrations.userId, seated[0].id)).get()!;
    cancelRegistration(seated[0].id, seat.id);
    runScheduledTasks(new Date(Date.now() + 49 * 3_600_000));
    expect(statusOf(first.id, network.id)).toEqual(["expired"]);
    expect(mailsTo(first.email)[0].subject).toBe(`Aanbod verlopen: ${network.title}`);
    expect(statusOf(second.id, network.id)).toEqual(["offered"]);
    const offer = myRegistrationsIn(second.id, network.id)[0];
    expect(respondToOffer(second.id, offer.id, false)).toBe("declined");
    expect(statusOf(third.id, network.id)).toEqual(["offered"]);
  });

  it("seats can be cancelled until the deadline; a waitlist can always be left", () => {
    const { network, seated } = fullNetwork();
    const waiting = createUser();
    enrol({ userId: waiting.id, networkId: network.id, sessionId: null, answers: {} });
    db.update(networks)
      .set({ registrationDeadline: new Date(Date.now() - 1000) })
      .where(eq(networks.id, network.id))
      .run();
    const seat = db.select().from(registrations).where(eq(registrations.userId, seated[0].id)).get()!;
    expect(cancelRegistration(seated[0].id, seat.id)).toBe("too-late");
    const entry = db.select().from(registrations).where(eq(registrations.userId, waiting.id)).get()!;
    expect(cancelRegistration(seated[1].id, entry.id)).toBe("not-found");
    expect(cancelRegistration(waiting.id, entry.id)).toBe("ok");
  });

  it("a facilitator moves someone up with a reason, and the change is logged", () => {
    const { network, facilitator } = fullNetwork();
    const line = [createUser(), createUser(), createUser()];
    for (const t of line) enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
    const last = db.select().from(registrations).where(eq(registrations.userId, line[2].id)).get()!;
    expect(moveOnWaitlist(facilitator.id, network.id, last.id, 1, "Tweede collega van dezelfde school")).toBe(
      true,
    );
    expect(myRegistrationsIn(line[2].id, network.id)[0].position).toBe(1);
    expect(myRegistrationsIn(line[0].id, network.id)[0].position).toBe(2);
    expect(
      db.select().from(waitlistChanges).where(eq(waitlistChanges.registrationId, last.id)).all(),
    ).toEqual([
      expect.objectContaining({
        actorUserId: facilitator.id,
        fromPosition: 3,
        toPosition: 1,
        reason: "Tweede collega van dezelfde school",
      }),
    ]);
  });

  it("session registration counts against the session's own capacity and the network-wide seats", () => {
    const facilitator = createUser("facilitator");
    const { network, sessions } = createPublishedNetwork(facilitator.id, {
      capacity: 10,
      allowSessionRegistration: true,
    });
    db.update(networkSessions).set({ capacity: 2 }).where(eq(networkSessions.id, sessions[0].id)).run();
    const [whole, single, late] = [createUser(), createUser(), createUser()];
    expect(enrol({ userId: whole.id, networkId: network.id, sessionId: null, answers: {} })).toMatchObject({
      status: "registered",
    });
    expect(
      enrol({ userId: single.id, networkId: network.id, sessionId: sessions[0].id, answers: {} }),
    ).toMatchObject({ status: "registered" });
    expect(
      enrol({ userId: late.id, networkId: network.id, sessionId: sessions[0].id, answers: {} }),
    ).toMatchObject({ status: "waitlisted", position: 1 });
    // Someone enrolled in the whole network is already in every session.
    expect(
      enrol({ userId: whole.id, networkId: network.id, sessionId: sessions[1].id, answers: {} }),
    ).toMatchObject({ already: true });
    // The first session is full, so a new whole-network seat cannot be given either.
    expect(
      enrol({ userId: createUser().id, networkId: network.id, sessionId: null, answers: {} }),
    ).toMatchObject({ status: "waitlisted" });
  });
});

describe("waitlist places, counted on the index", () => {
  it("agree with the queue order (queueKey, then id, ties included), per scope, and are 0 for anyone not waiting", () => {
    const { network, sessions } = createPublishedNetwork(createUser("facilitator").id);
    const now = new Date();
    const add = (
      queueKey: number,
      status: "waitlisted" | "registered" = "waitlisted",
      sessionId: number | null = null,
    ) =>
      db
        .insert(registrations)
        .values({
          networkId: network.id,
          sessionId,
          userId: createUser().id,
          status,
          queueKey,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
    expect(hasWaitlist(network.id, null)).toBe(false);
    const rows = [
      add(5),
      add(3),
      add(3),
      add(9),
      add(1),
      add(2, "registered"),
      add(0, "waitlisted", sessions[0].id),
    ];
    db.transaction(() => {
      const queue = waitlistInScope(network.id, null).map((r) => r.id);
      expect(queue).toEqual([rows[4].id, rows[1].id, rows[2].id, rows[0].id, rows[3].id]);
      for (const row of rows.slice(0, 5)) expect(waitlistPosition(row)).toBe(queue.indexOf(row.id) + 1);
      expect(waitlistPosition(rows[5])).toBe(0);
      expect(waitlistPosition(rows[6])).toBe(1);
      expect(hasWaitlist(network.id, null)).toBe(true);
      expect(hasWaitlist(network.id, sessions[0].id)).toBe(true);
      expect(hasWaitlist(network.id, sessions[1].id)).toBe(false);
    });
  });
});

describe("check 41/44: the same cancellation twice, with a waitlist", () => {
  it.each([
    ["a full network", null],
    ["a full session", 0],
  ] as const)(
    "%s: a double cancel offers the freed seat to one waitlisted person, not two",
    (_, sessionIndex) => {
      const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
        capacity: 2,
        allowSessionRegistration: sessionIndex !== null,
      });
      const sessionId = sessionIndex === null ? null : sessions[sessionIndex].id;
      if (sessionId !== null)
        db.update(networkSessions).set({ capacity: 2 }).where(eq(networkSessions.id, sessionId)).run();
      const [leaving, staying, first, second] = [createUser(), createUser(), createUser(), createUser()];
      for (const t of [leaving, staying])
        expect(enrol({ userId: t.id, networkId: network.id, sessionId, answers: {} })).toMatchObject({
          status: "registered",
        });
      expect(enrol({ userId: first.id, networkId: network.id, sessionId, answers: {} })).toMatchObject({
        status: "waitlisted",
        position: 1,
      });
      expect(enrol({ userId: second.id, networkId: network.id, sessionId, answers: {} })).toMatchObject({
        status: "waitlisted",
        position: 2,
      });
      const seat = db.select().from(registrations).where(eq(registrations.userId, leaving.id)).get()!;

      expect(cancelRegistration(leaving.id, seat.id)).toBe("ok");
      expect(cancelRegistration(leaving.id, seat.id)).toBe("already-cancelled");

      expect(statusOf(leaving.id, network.id)).toEqual(["cancelled"]);
      expect(statusOf(first.id, network.id)).toEqual(["offered"]);
      expect(statusOf(second.id, network.id)).toEqual(["waitlisted"]);
      expect(
        db
          .select()
          .from(registrations)
          .where(and(eq(registrations.networkId, network.id), eq(registrations.status, "offered")))
          .all(),
      ).toHaveLength(1);
      const offerMails = (email: string) =>
        mailsTo(email).filter((m) => m.subject === `Er is een plaats vrij: ${network.title}`);
      expect(offerMails(first.email)).toHaveLength(1);
      expect(offerMails(second.email)).toHaveLength(0);
      expect(myRegistrationsIn(second.id, network.id)[0].position).toBe(1);
    },
  );
});
