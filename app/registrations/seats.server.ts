import { and, asc, count, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import type { Tx } from "#db/client.server";
import { networkSessions, networks, registrations, users, type Network, type NetworkSession } from "#db/schema";
import { config } from "~/config.server";
import { enqueueMail } from "~/mail/outbox.server";
import { offerExpiredMail, offerMail } from "./messages";
import { OFFER_VALID_HOURS, seatsLeft } from "./rules";

export const SEAT_HOLDING = ["registered", "offered"] as const;
export const LIVE = ["registered", "offered", "waitlisted"] as const;

export function networkLink(slug: string) {
  return `${config.appOrigin}/netwerken/${slug}`;
}

/** Registrations in one scope: the whole network (sessionId null) or one session. */
export function inScope(networkId: number, sessionId: number | null) {
  return and(eq(registrations.networkId, networkId), sessionId === null ? isNull(registrations.sessionId) : eq(registrations.sessionId, sessionId));
}

/** People holding a seat for the whole network (registered or with a pending offer). */
export function networkSeatHolders(tx: Tx, networkId: number): number {
  return holders(tx, networkId, null);
}

function holders(tx: Tx, networkId: number, sessionId: number | null): number {
  return tx.select({ n: count() }).from(registrations).where(and(inScope(networkId, sessionId), inArray(registrations.status, SEAT_HOLDING))).get()!.n;
}

/**
 * Seats left in a scope. A session seats everyone enrolled in the whole network plus those
 * enrolled in that session alone; a whole-network seat must fit in every upcoming session too.
 */
export function availableSeats(tx: Tx, network: Network, session: NetworkSession | null, now: Date): number {
  const networkWide = holders(tx, network.id, null);
  if (session) return seatsLeft(session.capacity ?? network.capacity, networkWide + holders(tx, network.id, session.id));
  let left = seatsLeft(network.capacity, networkWide);
  const sessions = tx
    .select()
    .from(networkSessions)
    .where(and(eq(networkSessions.networkId, network.id), isNull(networkSessions.cancelledAt), gt(networkSessions.startsAt, now)))
    .all();
  for (const s of sessions) {
    if (s.capacity === null && !network.allowSessionRegistration) continue;
    left = Math.min(left, seatsLeft(s.capacity ?? network.capacity, networkWide + holders(tx, network.id, s.id)));
  }
  return left;
}

export function waitlistInScope(tx: Tx, networkId: number, sessionId: number | null) {
  return tx
    .select({ id: registrations.id, userId: registrations.userId, queueKey: registrations.queueKey })
    .from(registrations)
    .where(and(inScope(networkId, sessionId), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.queueKey), asc(registrations.id))
    .all();
}

export function waitlistPosition(tx: Tx, registration: { id: number; networkId: number; sessionId: number | null }): number {
  return waitlistInScope(tx, registration.networkId, registration.sessionId).findIndex((r) => r.id === registration.id) + 1;
}

function recipient(tx: Tx, userId: string) {
  return tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get()!;
}

/** Offers freed seats to the waitlist, first come first served, each offer valid OFFER_VALID_HOURS. */
export function offerFreedSeats(tx: Tx, networkId: number, sessionId: number | null, now: Date): void {
  const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()!;
  if (network.status !== "gepubliceerd" && network.status !== "volzet") return;
  const session = sessionId === null ? null : tx.select().from(networkSessions).where(eq(networkSessions.id, sessionId)).get()!;
  let free = availableSeats(tx, network, session, now);
  for (const next of waitlistInScope(tx, networkId, sessionId)) {
    if (free <= 0) break;
    const offerExpiresAt = new Date(now.getTime() + OFFER_VALID_HOURS * 3_600_000);
    tx.update(registrations).set({ status: "offered", offerExpiresAt, updatedAt: now }).where(eq(registrations.id, next.id)).run();
    const person = recipient(tx, next.userId);
    enqueueMail(tx, person.email, offerMail(person.name, network.title, offerExpiresAt, `${config.appOrigin}/mijn-netwerken`));
    free--;
  }
  refreshFullStatus(tx, network.id, now);
}

/** Offers past their time pass on to the next person. */
export function expireOffers(tx: Tx, now: Date, networkId?: number): void {
  const expired = tx
    .select({ id: registrations.id, userId: registrations.userId, networkId: registrations.networkId, sessionId: registrations.sessionId, title: networks.title })
    .from(registrations)
    .innerJoin(networks, eq(registrations.networkId, networks.id))
    .where(and(eq(registrations.status, "offered"), lte(registrations.offerExpiresAt, now), networkId === undefined ? undefined : eq(registrations.networkId, networkId)))
    .all();
  for (const offer of expired) {
    tx.update(registrations).set({ status: "expired", updatedAt: now }).where(eq(registrations.id, offer.id)).run();
    const person = recipient(tx, offer.userId);
    enqueueMail(tx, person.email, offerExpiredMail(person.name, offer.title));
    offerFreedSeats(tx, offer.networkId, offer.sessionId, now);
  }
}

/** "volzet" follows the seats of the whole network; facilitator-set statuses are left alone. */
export function refreshFullStatus(tx: Tx, networkId: number, now: Date): void {
  const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()!;
  if (network.status !== "gepubliceerd" && network.status !== "volzet") return;
  const full = availableSeats(tx, network, null, now) === 0;
  const status = full ? "volzet" : "gepubliceerd";
  if (status !== network.status) tx.update(networks).set({ status, updatedAt: now }).where(eq(networks.id, networkId)).run();
}

export function waitlistLength(tx: Tx, networkId: number): number {
  return tx.select({ n: count() }).from(registrations).where(and(eq(registrations.networkId, networkId), eq(registrations.status, "waitlisted"))).get()!.n;
}
