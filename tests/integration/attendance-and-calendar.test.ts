import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { attendance, networkSessions } from "#db/schema";
import { checkIn, checkInCodeFor, saveAttendance, sessionRoster } from "~/registrations/attendance.server";
import { calendarForToken, feedTokenFor, regenerateFeedToken } from "~/registrations/feeds.server";
import { runScheduledTasks } from "~/schedule.server";
import { enrol } from "~/registrations/registrations.server";
import { cancelSession } from "~/networks/manage.server";
import { mailsTo } from "#tests/support/mail";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

function networkWithTeachers(count: number) {
  const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, { capacity: 10 });
  const teachers = Array.from({ length: count }, () => createUser());
  for (const t of teachers) enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
  return { network, sessions, teachers };
}

describe("attendance", () => {
  it("the facilitator marks everyone on one screen; only people with a seat count", () => {
    const { sessions, teachers } = networkWithTeachers(3);
    const stranger = createUser();
    const started = new Date(sessions[0].startsAt.getTime() + 60_000);
    expect(
      saveAttendance(sessions[0].id, [teachers[0].id, teachers[2].id, stranger.id], { now: started }),
    ).toEqual({ ok: true });
    const roster = sessionRoster(sessions[0].id);
    expect(roster.map((r) => [r.userId, r.present])).toEqual(
      expect.arrayContaining([
        [teachers[0].id, true],
        [teachers[1].id, false],
        [teachers[2].id, true],
      ]),
    );
    expect(db.select().from(attendance).where(eq(attendance.userId, stranger.id)).all()).toEqual([]);
  });

  it("participants check in with the room code only while the session runs", () => {
    const { sessions, teachers, network } = networkWithTeachers(1);
    const session = sessions[0];
    const code = checkInCodeFor(session.id);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(checkInCodeFor(session.id)).toBe(code);
    const during = new Date(session.startsAt.getTime() + 30 * 60_000);
    expect(
      checkIn(teachers[0].id, code.toLowerCase(), new Date(session.startsAt.getTime() - 2 * 3_600_000)),
    ).toMatchObject({ ok: false });
    expect(checkIn(createUser().id, code, during)).toEqual({
      ok: false,
      error: "Je bent niet ingeschreven voor deze bijeenkomst.",
    });
    expect(checkIn(teachers[0].id, "ABC", during)).toEqual({
      ok: false,
      error: "Een code bestaat uit 6 tekens.",
    });
    expect(checkIn(teachers[0].id, ` ${code.slice(0, 3)}-${code.slice(3)} `, during)).toEqual({
      ok: true,
      networkTitle: network.title,
    });
    expect(sessionRoster(session.id)[0]).toMatchObject({ present: true, method: "check-in" });
  });
});

describe("notifications", () => {
  it("sends each reminder once, a few days before the session, even when run again", () => {
    const { sessions, teachers } = networkWithTeachers(2);
    const threeDaysBefore = new Date(sessions[0].startsAt.getTime() - 2 * 86_400_000);
    expect(runScheduledTasks(new Date(sessions[0].startsAt.getTime() - 10 * 86_400_000)).reminders).toBe(0);
    expect(runScheduledTasks(threeDaysBefore).reminders).toBeGreaterThanOrEqual(2);
    expect(runScheduledTasks(threeDaysBefore).reminders).toBe(0);
    for (const teacher of teachers)
      expect(mailsTo(teacher.email).filter((m) => m.subject.startsWith("Herinnering")).length).toBe(1);
  });

  it("a cancelled session is announced with a cancelling .ics", () => {
    const { network, sessions, teachers } = networkWithTeachers(1);
    expect(cancelSession(network.id, sessions[1].id)).toBe(true);
    const mail = mailsTo(teachers[0].email)[0];
    expect(mail.subject).toBe(`Bijeenkomst geannuleerd: ${network.title}`);
    expect(mail.attachments?.[0].content).toContain("STATUS:CANCELLED");
    expect(mail.attachments?.[0].content).toContain("SEQUENCE:1");
    expect(cancelSession(network.id, sessions[1].id)).toBe(false);
  });
});

describe("personal calendar feed", () => {
  it("lists the sessions with a seat, and a new token revokes the old URL", () => {
    const { network, sessions, teachers } = networkWithTeachers(1);
    db.update(networkSessions)
      .set({ cancelledAt: new Date(), revision: 1 })
      .where(eq(networkSessions.id, sessions[1].id))
      .run();
    const token = feedTokenFor(teachers[0].id);
    expect(feedTokenFor(teachers[0].id)).toBe(token);
    const calendar = calendarForToken(token)!;
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar).toContain("STATUS:CANCELLED");
    expect(calendar.replace(/\r\n /g, "")).toContain(network.title);
    const renewed = regenerateFeedToken(teachers[0].id);
    expect(calendarForToken(token)).toBeNull();
    expect(calendarForToken(renewed)).not.toBeNull();
    expect(calendarForToken("kort")).toBeNull();
  });
});
