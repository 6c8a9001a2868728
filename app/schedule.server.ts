import { db } from "#db/client.server";
import { deleteExpiredAuthSessions } from "~/auth/lucia.server";
import { purgeStaleThrottle } from "~/auth/throttle.server";
import { deliverPendingMailInBackground, purgeSentMail } from "~/mail/outbox.server";
import { sendSessionReminders } from "~/registrations/notifications.server";

export interface ScheduledTaskResult {
  reminders: number;
  /** Rows removed by the retention purge (counts only; check 60). */
  purged: { authSessions: number; sentMail: number; throttle: number };
}

/**
 * The periodic work of every domain, run by server.ts each minute: offers and reminders
 * (registrations), then the retention purge of expired auth sessions and login-throttle counters
 * (auth) and of mail sent more than 30 days ago (mail), then the queued mail goes out.
 */
export function runScheduledTasks(now = new Date()): ScheduledTaskResult {
  const reminders = sendSessionReminders(now);
  const purged = db.transaction(
    (tx) => ({
      authSessions: deleteExpiredAuthSessions(now, tx),
      sentMail: purgeSentMail(now, tx),
      throttle: purgeStaleThrottle(now, tx),
    }),
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return { reminders, purged };
}
