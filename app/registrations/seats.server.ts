import { and, asc, count, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { db, preparedOnce, type Tx } from "#db/client.server";
import {
  networkSessions,
  networks,
  registrations,
  users,
  type Network,
  type NetworkSession,
} from "#db/schema";
import { config } from "~/config.server";
import { enqueueMail } from "~/mail/outbox.server";
import { offerExpiredMail, offerMail } from "./messages";
import { OFFER_VALID_HOURS, seatsLeft } from "./rules";

export const SEAT_HOLDING = ["registered", "offered"] as const;
export const LIVE = ["registered", "offered", "waitlisted"] as const;

export function networkLink(slug: string) {
  return `${config.appOrigin}/netwerken/${slug}`;
}

/** People holding a seat for the whole network (registered or with a pending offer). */
export function networkSeatHolders(tx: Tx, networkId: number): number {
  return holders(networkId, null);
}

/*
 * The queries an enrolment runs several times while it holds the write lock, built once (see
 * preparedOnce): building them anew cost more than running them. They run on the one connection,
 * so inside the caller's open transaction. A scope is the whole network (sessionId null) or one
 * session: `session_id is ?` matches either, and SQLite still reads it from the scope index.
 */
const sameScope = sql`${registrations.networkId} = ${sql.placeholder("networkId")} and ${registrations.sessionId} is ${sql.placeholder("sessionId")}`;
const seatHolderCount = preparedOnce(() =>
  db
    .select({ n: count() })
    .from(registrations)
    .where(and(sameScope, inArray(registrations.status, SEAT_HOLDING)))
    .prepare(),
);
const someoneWaiting = preparedOnce(() =>
  db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(sameScope, eq(registrations.status, "waitlisted")))
    .limit(1)
    .prepare(),
);
const waitingAhead = preparedOnce(() =>
  db
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        sameScope,
        eq(registrations.status, "waitlisted"),
        sql`(${registrations.queueKey}, ${registrations.id}) < (${sql.placeholder("queueKey")}, ${sql.placeholder("id")})`,
      ),
    )
    .prepare(),
);
const comingSessionsOf = preparedOnce(() =>
  db
    .select()
    .from(networkSessions)
    .where(
      and(
        eq(networkSessions.networkId, sql.placeholder("networkId")),
        isNull(networkSessions.cancelledAt),
        sql`${networkSessions.startsAt} > ${sql.placeholder("now")}`,
      ),
    )
    .prepare(),
);
const waitingInOrder = preparedOnce(() =>
  db
    .select({ id: registrations.id, userId: registrations.userId, queueKey: registrations.queueKey })
    .from(registrations)
    .where(and(sameScope, eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.queueKey), asc(registrations.id))
    .prepare(),
);
const networkById = preparedOnce(() =>
  db
    .select()
    .from(networks)
    .where(eq(networks.id, sql.placeholder("id")))
    .prepare(),
);

/** A network's row (in the caller's transaction, if one is open). */
export function networkRow(id: number): Network | undefined {
  return networkById().get({ id });
}

function holders(networkId: number, sessionId: number | null): number {
  return seatHolderCount().get({ networkId, sessionId })!.n;
}

/**
 * Seats left in a scope. A session seats everyone enrolled in the whole network plus those
 * enrolled in that session alone; a whole-network seat must fit in every upcoming session too.
 */
export function availableSeats(tx: Tx, network: Network, session: NetworkSession | null, now: Date): number {
  const networkWide = holders(network.id, null);
  if (session)
    return seatsLeft(session.capacity ?? network.capacity, networkWide + holders(network.id, session.id));
  let left = seatsLeft(network.capacity, networkWide);
  for (const s of comingSessionsOf().all({ networkId: network.id, now: Math.floor(now.getTime() / 1000) })) {
    if (s.capacity === null && !network.allowSessionRegistration) continue;
    left = Math.min(left, seatsLeft(s.capacity ?? network.capacity, networkWide + holders(network.id, s.id)));
  }
  return left;
}

/** The waitlist of one scope in queue order (queueKey, then id). */
export function waitlistInScope(networkId: number, sessionId: number | null) {
  return waitingInOrder().all({ networkId, sessionId });
}

/** Whether anyone waits in this scope (read from the scope index, not the whole list). */
export function hasWaitlist(networkId: number, sessionId: number | null): boolean {
  return someoneWaiting().get({ networkId, sessionId }) !== undefined;
}

/**
 * A waiting registration's place in its queue (1 is next), 0 for any other status: the people
 * ahead of it counted on the scope index (queue order: queueKey, then id), so a long waitlist is
 * never read into memory to find one place.
 */
export function waitlistPosition(registration: {
  id: number;
  networkId: number;
  sessionId: number | null;
  status: string;
  queueKey: number;
}): number {
  if (registration.status !== "waitlisted") return 0;
  return (
    waitingAhead().get({
      networkId: registration.networkId,
      sessionId: registration.sessionId,
      queueKey: registration.queueKey,
      id: registration.id,
    })!.n + 1
  );
}

function recipient(tx: Tx, userId: string) {
  return tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get()!;
}

/** Offers freed seats to the waitlist, first come first served, each offer valid OFFER_VALID_HOURS. */
export function offerFreedSeats(tx: Tx, networkId: number, sessionId: number | null, now: Date): void {
  const network = networkRow(networkId)!;
  if (network.status !== "gepubliceerd" && network.status !== "volzet") return;
  const session =
    sessionId === null
      ? null
      : tx.select().from(networkSessions).where(eq(networkSessions.id, sessionId)).get()!;
  let free = availableSeats(tx, network, session, now);
  for (const next of waitlistInScope(networkId, sessionId)) {
    if (free <= 0) break;
    const offerExpiresAt = new Date(now.getTime() + OFFER_VALID_HOURS * 3_600_000);
    tx.update(registrations)
      .set({ status: "offered", offerExpiresAt, updatedAt: now })
      .where(eq(registrations.id, next.id))
      .run();
    const person = recipient(tx, next.userId);
    enqueueMail(
      tx,
      person.email,
      offerMail(person.name, network.title, offerExpiresAt, `${config.appOrigin}/mijn-netwerken`),
    );
    free--;
  }
  refreshFullStatus(tx, network.id, now);
}

/** Offers past their time pass on to the next person. */
export function expireOffers(tx: Tx, now: Date, networkId?: number): void {
  const expired = tx
    .select({
      id: registrations.id,
      userId: registrations.userId,
      networkId: registrations.networkId,
      sessionId: registrations.sessionId,
      title: networks.title,
    })
    .from(registrations)
    .innerJoin(networks, eq(registrations.networkId, networks.id))
    .where(
      and(
        eq(registrations.status, "offered"),
        lte(registrations.offerExpiresAt, now),
        networkId === undefined ? undefined : eq(registrations.networkId, networkId),
      ),
    )
    .all();
  for (const offer of expired) {
    tx.update(registrations)
      .set({ status: "expired", updatedAt: now })
      .where(eq(registrations.id, offer.id))
      .run();
    const person = recipient(tx, offer.userId);
    enqueueMail(tx, person.email, offerExpiredMail(person.name, offer.title));
    offerFreedSeats(tx, offer.networkId, offer.sessionId, now);
  }
}

/** "volzet" follows the seats of the whole network; facilitator-set statuses are left alone. */
export function refreshFullStatus(tx: Tx, networkId: number, now: Date): void {
  const network = networkRow(networkId)!;
  if (network.status !== "gepubliceerd" && network.status !== "volzet") return;
  const full = availableSeats(tx, network, null, now) === 0;
  const status = full ? "volzet" : "gepubliceerd";
  if (status !== network.status)
    tx.update(networks).set({ status, updatedAt: now }).where(eq(networks.id, networkId)).run();
}

export function waitlistLength(tx: Tx, networkId: number): number {
  return tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.networkId, networkId), eq(registrations.status, "waitlisted")))
    .get()!.n;
}
