import type { AppLoadContext } from "react-router";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { attendance, networkSessions, surveys } from "#db/schema";
import { createAuthSession } from "~/auth/lucia.server";
import {
  ATTENDANCE_FROZEN,
  ATTENDANCE_NOT_STARTED,
  CHECK_IN_FROZEN,
  GUEST_COUNT_INVALID,
} from "~/registrations/attendance-rules";
import { checkIn, checkInCodeFor, saveAttendance } from "~/registrations/attendance.server";
import { enrol } from "~/registrations/registrations.server";
import { action } from "~/routes/netwerken.$slug.aanwezigheid.$sessionId";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

const MINUTE = 60_000;

/** A network with two future sessions and three enrolled teachers, plus moments around the first session. */
function arrange() {
  const facilitator = createUser("facilitator");
  const { network, sessions } = createPublishedNetwork(facilitator.id, { capacity: 10 });
  const [a, b, c] = [createUser(), createUser(), createUser()];
  for (const t of [a, b, c]) enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
  const [first, second] = sessions;
  const during = (session: typeof first) => new Date(session.startsAt.getTime() + 15 * MINUTE);
  return { facilitator, network, first, second, a, b, c, during };
}

function rowsOf(sessionId: number) {
  return db
    .select({ userId: attendance.userId, present: attendance.present })
    .from(attendance)
    .where(eq(attendance.sessionId, sessionId))
    .all();
}

function guestCountOf(sessionId: number) {
  return db
    .select({ n: networkSessions.guestCount })
    .from(networkSessions)
    .where(eq(networkSessions.id, sessionId))
    .get()!.n;
}

function sealPostSurvey(networkId: number) {
  db.insert(surveys)
    .values({
      networkId,
      phase: "post",
      template: "nameting-basis",
      origin: "live",
      createdAt: new Date(),
      sealedAt: new Date(),
    })
    .run();
}

describe("attendance before a session starts", () => {
  it.each([
    ["a week before", -7 * 24 * 60 * MINUTE],
    ["a minute before, while check-in already runs", -MINUTE],
  ])("is refused %s and nothing is written", (_name, offset) => {
    const { first, a } = arrange();
    const result = saveAttendance(first.id, [a.id], {
      guestCount: 4,
      now: new Date(first.startsAt.getTime() + offset),
    });
    expect(result).toEqual({ ok: false, error: ATTENDANCE_NOT_STARTED });
    expect(rowsOf(first.id)).toEqual([]);
    expect(guestCountOf(first.id)).toBe(0);
  });

  it("is accepted from the start", () => {
    const { first, a } = arrange();
    expect(saveAttendance(first.id, [a.id], { now: first.startsAt })).toEqual({ ok: true });
    expect(rowsOf(first.id)).toContainEqual({ userId: a.id, present: true });
  });
});

describe("guest headcount", () => {
  it("is saved with the attendance and kept when a later save leaves it out", () => {
    const { first, a, during } = arrange();
    expect(saveAttendance(first.id, [a.id], { guestCount: 7, now: during(first) })).toEqual({ ok: true });
    expect(guestCountOf(first.id)).toBe(7);
    expect(rowsOf(first.id)).toContainEqual({ userId: a.id, present: true });
    expect(saveAttendance(first.id, [], { now: during(first) })).toEqual({ ok: true });
    expect(guestCountOf(first.id)).toBe(7);
  });
});

describe("the attendance form (route action)", () => {
  async function submit(fixture: ReturnType<typeof arrange>, fields: Record<string, string | string[]>) {
    const cookie = (await createAuthSession(fixture.facilitator.id)).split(";")[0];
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    const path = `/netwerken/${fixture.network.slug}/aanwezigheid/${fixture.first.id}`;
    const request = new Request(`http://localhost${path}`, {
      method: "POST",
      body,
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    });
    return action({
      request,
      url: new URL(request.url),
      pattern: "",
      context: {} as AppLoadContext,
      params: { slug: fixture.network.slug, sessionId: String(fixture.first.id) },
    });
  }

  it.each([["abc"], [""], ["-1"], ["2.5"], ["1001"]])(
    "refuses guest count %j with the Dutch message and writes nothing",
    async (guestCount) => {
      const fixture = arrange();
      // The first session is in the future; move it to now so only the field can be at fault.
      db.update(networkSessions)
        .set({ startsAt: new Date(Date.now() - 10 * MINUTE) })
        .where(eq(networkSessions.id, fixture.first.id))
        .run();
      const answer = await submit(fixture, { intent: "aanwezigheid", present: [fixture.a.id], guestCount });
      expect(answer.init?.status).toBe(400);
      expect(answer.data.errors).toEqual({ guestCount: GUEST_COUNT_INVALID });
      expect(rowsOf(fixture.first.id)).toEqual([]);
      expect(guestCountOf(fixture.first.id)).toBe(0);
    },
  );

  it("saves a valid guest count", async () => {
    const fixture = arrange();
    db.update(networkSessions)
      .set({ startsAt: new Date(Date.now() - 10 * MINUTE) })
      .where(eq(networkSessions.id, fixture.first.id))
      .run();
    const answer = await submit(fixture, {
      intent: "aanwezigheid",
      present: [fixture.a.id],
      guestCount: " 12 ",
    });
    expect(answer.data).toMatchObject({ saved: true, errors: {} });
    expect(guestCountOf(fixture.first.id)).toBe(12);
  });

  it("shows the not-started refusal as the form's error", async () => {
    const fixture = arrange();
    const answer = await submit(fixture, {
      intent: "aanwezigheid",
      present: [fixture.a.id],
      guestCount: "3",
    });
    expect(answer.init?.status).toBe(409);
    expect(answer.data.errors).toEqual({ form: ATTENDANCE_NOT_STARTED });
    expect(rowsOf(fixture.first.id)).toEqual([]);
  });
});

describe("after the nameting is sealed", () => {
  /** a present at the first session and b at the second, 5 guests at the first; then the seal. */
  function sealed() {
    const fixture = arrange();
    const { first, second, a, b, during, network } = fixture;
    expect(saveAttendance(first.id, [a.id], { guestCount: 5, now: during(first) })).toEqual({ ok: true });
    expect(saveAttendance(second.id, [b.id], { guestCount: 2, now: during(second) })).toEqual({ ok: true });
    sealPostSurvey(network.id);
    return fixture;
  }

  it.each([
    [
      "adding a new attendee",
      (f: ReturnType<typeof sealed>) =>
        saveAttendance(f.first.id, [f.a.id, f.c.id], { now: f.during(f.first) }),
    ],
    [
      "removing the only session someone attended",
      (f: ReturnType<typeof sealed>) => saveAttendance(f.second.id, [], { now: f.during(f.second) }),
    ],
    [
      "changing the guest count",
      (f: ReturnType<typeof sealed>) =>
        saveAttendance(f.first.id, [f.a.id], { guestCount: 6, now: f.during(f.first) }),
    ],
    [
      "setting the guest count to zero",
      (f: ReturnType<typeof sealed>) =>
        saveAttendance(f.second.id, [f.b.id], { guestCount: 0, now: f.during(f.second) }),
    ],
  ])("refuses %s and rolls everything back", (_name, change) => {
    const fixture = sealed();
    const before = {
      first: rowsOf(fixture.first.id),
      second: rowsOf(fixture.second.id),
      guests: [guestCountOf(fixture.first.id), guestCountOf(fixture.second.id)],
    };
    expect(change(fixture)).toEqual({ ok: false, error: ATTENDANCE_FROZEN });
    expect({
      first: rowsOf(fixture.first.id),
      second: rowsOf(fixture.second.id),
      guests: [guestCountOf(fixture.first.id), guestCountOf(fixture.second.id)],
    }).toEqual(before);
  });

  it("allows changes that leave who attended and the guest counts alone", () => {
    const { first, second, a, b, during } = sealed();
    // Saving the same list and the same count again.
    expect(saveAttendance(first.id, [a.id], { guestCount: 5, now: during(first) })).toEqual({ ok: true });
    // b attended the second session already, so b at the first one counts no one new.
    expect(saveAttendance(first.id, [a.id, b.id], { now: during(first) })).toEqual({ ok: true });
    expect(rowsOf(first.id)).toContainEqual({ userId: b.id, present: true });
    // Now a is counted through the first session alone: marking a at the second one and back changes nothing.
    expect(saveAttendance(second.id, [a.id, b.id], { now: during(second) })).toEqual({ ok: true });
    expect(saveAttendance(second.id, [b.id], { now: during(second) })).toEqual({ ok: true });
    expect(guestCountOf(first.id)).toBe(5);
  });

  it("an imported nameting does not freeze the live attendance", () => {
    const { first, a, c, during, network } = arrange();
    db.insert(surveys)
      .values({
        networkId: network.id,
        phase: "post",
        template: "nameting-basis",
        origin: "import",
        createdAt: new Date(),
        sealedAt: new Date(),
      })
      .run();
    expect(saveAttendance(first.id, [a.id, c.id], { guestCount: 3, now: during(first) })).toEqual({
      ok: true,
    });
  });

  it("refuses a check-in by someone not counted yet, and accepts one by someone already counted", () => {
    const { first, a, c, during } = sealed();
    const code = checkInCodeFor(first.id);
    expect(checkIn(c.id, code, during(first))).toEqual({ ok: false, error: CHECK_IN_FROZEN });
    // c stays as the facilitator marked them: absent.
    expect(rowsOf(first.id)).toContainEqual({ userId: c.id, present: false });
    expect(checkIn(a.id, code, during(first))).toMatchObject({ ok: true });
  });
});
