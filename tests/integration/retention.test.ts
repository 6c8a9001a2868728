import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { authSessions, authThrottle, mailOutbox } from "#db/schema";
import { lockedSeconds } from "~/auth/throttle.server";
import { SENT_MAIL_RETENTION_DAYS } from "~/mail/outbox.server";
import { runScheduledTasks } from "~/schedule.server";
import { createUser } from "#tests/support/factories";

const DAY = 86_400_000;
/** A fake clock far from the real one: nothing here depends on when the test runs. */
const NOW = new Date("2031-03-01T12:00:00Z");
const seconds = (ms: number) => Math.floor((NOW.getTime() + ms) / 1000);

describe("check 60: the scheduled retention purge", () => {
  it("removes expired auth sessions, old sent mail and stale throttle counters, and keeps fresh and unsent rows", () => {
    const user = createUser();
    db.insert(authSessions)
      .values([
        { id: "expired", userId: user.id, expiresAt: seconds(-1000), createdAt: seconds(-31 * DAY) },
        {
          id: "past-absolute-lifetime",
          userId: user.id,
          expiresAt: seconds(20 * DAY),
          createdAt: seconds(-91 * DAY),
        },
        { id: "live", userId: user.id, expiresAt: seconds(20 * DAY), createdAt: seconds(-10 * DAY) },
        {
          id: "live-old-but-within-90-days",
          userId: user.id,
          expiresAt: seconds(DAY),
          createdAt: seconds(-89 * DAY),
        },
      ])
      .run();

    const mail = (subject: string, createdAgoDays: number, sentAgoDays: number | null, attempts = 1) => ({
      toAddress: "iemand@school.test",
      subject,
      bodyText: "Beste Iemand",
      createdAt: new Date(NOW.getTime() - createdAgoDays * DAY),
      sentAt: sentAgoDays === null ? null : new Date(NOW.getTime() - sentAgoDays * DAY),
      attempts,
    });
    db.insert(mailOutbox)
      .values([
        mail("sent-long-ago", 200, 199),
        mail("sent-just-past-retention", SENT_MAIL_RETENTION_DAYS + 2, SENT_MAIL_RETENTION_DAYS + 1),
        mail("sent-within-retention", SENT_MAIL_RETENTION_DAYS, SENT_MAIL_RETENTION_DAYS - 1),
        mail("sent-today", 0, 0),
        mail("unsent-old", 200, null, 0),
        mail("unsent-given-up", 100, null, 5),
      ])
      .run();

    db.insert(authThrottle)
      .values([
        {
          key: "account:oud@school.test",
          failures: 3,
          windowStartedAt: seconds(-16 * 60_000),
          lockedUntil: null,
        },
        {
          key: "ip:198.51.100.1",
          failures: 30,
          windowStartedAt: seconds(-2 * 3_600_000),
          lockedUntil: seconds(-30 * 60_000),
        },
        {
          key: "account:open-window@school.test",
          failures: 2,
          windowStartedAt: seconds(-5 * 60_000),
          lockedUntil: null,
        },
        {
          key: "account:locked@school.test",
          failures: 9,
          windowStartedAt: seconds(-20 * 60_000),
          lockedUntil: seconds(10 * 60_000),
        },
      ])
      .run();

    const result = runScheduledTasks(NOW);

    expect(result.purged).toEqual({ authSessions: 2, sentMail: 2, throttle: 2 });
    expect(
      db
        .select({ id: authSessions.id })
        .from(authSessions)
        .all()
        .map((r) => r.id)
        .sort(),
    ).toEqual(["live", "live-old-but-within-90-days"]);
    expect(
      db
        .select({ subject: mailOutbox.subject })
        .from(mailOutbox)
        .all()
        .map((r) => r.subject)
        .sort(),
    ).toEqual(["sent-today", "sent-within-retention", "unsent-given-up", "unsent-old"]);
    expect(
      db
        .select({ key: authThrottle.key })
        .from(authThrottle)
        .all()
        .map((r) => r.key)
        .sort(),
    ).toEqual(["account:locked@school.test", "account:open-window@school.test"]);
    // A lock still running survives the purge and still holds.
    expect(lockedSeconds(["account:locked@school.test"], seconds(0))).toBe(600);

    // Idempotent: a second run (or a second server process) finds nothing more.
    expect(runScheduledTasks(NOW).purged).toEqual({ authSessions: 0, sentMail: 0, throttle: 0 });
    // The clock moves on: what was fresh ages out in its turn, unsent mail still stays.
    expect(runScheduledTasks(new Date(NOW.getTime() + 100 * DAY)).purged).toEqual({
      authSessions: 2,
      sentMail: 2,
      throttle: 2,
    });
    expect(
      db
        .select({ subject: mailOutbox.subject })
        .from(mailOutbox)
        .all()
        .map((r) => r.subject)
        .sort(),
    ).toEqual(["unsent-given-up", "unsent-old"]);
  });
});
