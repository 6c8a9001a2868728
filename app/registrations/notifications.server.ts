import { and, eq, gt, inArray, isNull, lte, or } from "drizzle-orm";
import { db, type Tx } from "#db/client.server";
import { networkSessions, networks, registrations, sentNotifications, users } from "#db/schema";
import { enqueueMail } from "~/mail/outbox.server";
import { icsAttachment, sessionEvent, sessionPlace } from "./calendar.server";
import { networkCancelledMail, reminderMail, sessionChangedMail } from "./messages";
import { REMINDER_DAYS_BEFORE } from "./rules";
import { expireOffers, LIVE, networkLink } from "./seats.server";

function sessionRecipients(tx: Tx, networkId: number, sessionId: number) {
  return tx
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(registrations)
    .innerJoin(users, eq(registrations.userId, users.id))
    .where(
      and(
        eq(registrations.networkId, networkId),
        eq(registrations.status, "registered"),
        or(isNull(registrations.sessionId), eq(registrations.sessionId, sessionId)),
      ),
    )
    .all();
}

/** Tells everyone with a seat that a session changed or was cancelled, with an updated .ics. */
export function notifySessionChange(tx: Tx, sessionId: number, cancelled: boolean): void {
  const row = tx
    .select({ session: networkSessions, network: networks })
    .from(networkSessions)
    .innerJoin(networks, eq(networkSessions.networkId, networks.id))
    .where(eq(networkSessions.id, sessionId))
    .get()!;
  const ics = icsAttachment(row.network.title, [sessionEvent(row.session, row.network, true)]);
  const line = {
    startsAt: row.session.startsAt,
    endsAt: row.session.endsAt,
    kind: row.session.title ?? row.session.kind,
    place: sessionPlace(row.session),
  };
  for (const person of sessionRecipients(tx, row.network.id, sessionId)) {
    enqueueMail(
      tx,
      person.email,
      sessionChangedMail(person.name, row.network.title, line, cancelled, networkLink(row.network.slug), ics),
    );
  }
}

/** Everyone registered, offered or waiting hears that the network is cancelled. */
export function notifyNetworkCancelled(tx: Tx, networkId: number): void {
  const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()!;
  const people = tx
    .selectDistinct({ name: users.name, email: users.email })
    .from(registrations)
    .innerJoin(users, eq(registrations.userId, users.id))
    .where(and(eq(registrations.networkId, networkId), inArray(registrations.status, LIVE)))
    .all();
  for (const person of people)
    enqueueMail(tx, person.email, networkCancelledMail(person.name, network.title));
}

/**
 * Expires offers (passing seats on) and queues reminders a few days before each session; returns
 * how many reminders were queued. A reminder is marked sent in the same transaction that queues
 * it, so a restart or a second server process never sends it twice.
 */
export function sendSessionReminders(now: Date): number {
  return db.transaction(
    (tx) => {
      expireOffers(tx, now);
      const horizon = new Date(now.getTime() + REMINDER_DAYS_BEFORE * 86_400_000);
      const upcoming = tx
        .select({ session: networkSessions, network: networks })
        .from(networkSessions)
        .innerJoin(networks, eq(networkSessions.networkId, networks.id))
        .where(
          and(
            gt(networkSessions.startsAt, now),
            lte(networkSessions.startsAt, horizon),
            isNull(networkSessions.cancelledAt),
            inArray(networks.status, ["gepubliceerd", "volzet", "afgesloten"]),
          ),
        )
        .all();
      let sent = 0;
      for (const { session, network } of upcoming) {
        const line = {
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          kind: session.title ?? session.kind,
          place: sessionPlace(session),
        };
        for (const person of sessionRecipients(tx, network.id, session.id)) {
          const marked = tx
            .insert(sentNotifications)
            .values({ key: `reminder:${session.id}:${person.id}`, sentAt: now })
            .onConflictDoNothing()
            .run();
          if (marked.changes === 0) continue;
          enqueueMail(
            tx,
            person.email,
            reminderMail(person.name, network.title, line, networkLink(network.slug)),
          );
          sent++;
        }
      }
      return sent;
    },
    { behavior: "immediate" },
  );
}
