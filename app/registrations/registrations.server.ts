import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, preparedOnce, type Tx } from "#db/client.server";
import {
  intakeAnswers,
  intakeQuestions,
  networkSessions,
  networks,
  registrations,
  users,
  waitlistChanges,
} from "#db/schema";
import { deliverPendingMailInBackground, enqueueMail } from "~/mail/outbox.server";
import { icsAttachment, sessionEvent, sessionPlace } from "./calendar.server";
import { confirmationMail, waitlistMail } from "./messages";
import { canCancel, ENROLMENT_BLOCK_MESSAGES, enrolmentBlock, queueKeyForPosition } from "./rules";
import {
  availableSeats,
  expireOffers,
  LIVE,
  networkLink,
  offerFreedSeats,
  refreshFullStatus,
  hasWaitlist,
  networkRow,
  waitlistInScope,
  waitlistPosition,
} from "./seats.server";

export type EnrolResult =
  | { ok: true; status: "registered" | "waitlisted" | "offered"; position: number; already: boolean }
  | { ok: false; error: string; field?: string };

export interface EnrolInput {
  userId: string;
  networkId: number;
  sessionId: number | null;
  answers: Record<number, string>;
}

/** Sends the confirmation with an .ics of the sessions the registration covers. */
function sendConfirmation(tx: Tx, registrationId: number) {
  const reg = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get()!;
  const network = networkRow(reg.networkId)!;
  const person = tx
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, reg.userId))
    .get()!;
  const sessions = tx
    .select()
    .from(networkSessions)
    .where(
      and(
        eq(networkSessions.networkId, reg.networkId),
        isNull(networkSessions.cancelledAt),
        reg.sessionId === null ? undefined : eq(networkSessions.id, reg.sessionId),
      ),
    )
    .orderBy(asc(networkSessions.startsAt))
    .all();
  const lines = sessions.map((s) => ({
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    kind: s.title ?? s.kind,
    place: sessionPlace(s),
  }));
  const ics = icsAttachment(
    network.title,
    sessions.map((s) => sessionEvent(s, network, true)),
  );
  enqueueMail(
    tx,
    person.email,
    confirmationMail(person.name, network.title, networkLink(network.slug), lines, ics),
  );
}

/**
 * Enrols in one BEGIN IMMEDIATE transaction: count, decide and insert happen with the write lock
 * held, so concurrent requests (also from other processes) can never oversell a seat.
 */
export function enrol(input: EnrolInput, now = new Date()): EnrolResult {
  const result = db.transaction(
    (tx): EnrolResult => {
      expireOffers(tx, now, input.networkId);
      const network = networkRow(input.networkId);
      if (!network) return { ok: false, error: "Dit netwerk bestaat niet." };
      const session =
        input.sessionId === null
          ? null
          : (tx
              .select()
              .from(networkSessions)
              .where(and(eq(networkSessions.id, input.sessionId), eq(networkSessions.networkId, network.id)))
              .get() ?? null);
      if (input.sessionId !== null && !session) return { ok: false, error: "Deze bijeenkomst bestaat niet." };
      const block = enrolmentBlock(network, session, now);
      if (block) return { ok: false, error: ENROLMENT_BLOCK_MESSAGES[block] };

      const existing = tx
        .select()
        .from(registrations)
        .where(
          and(
            eq(registrations.networkId, network.id),
            eq(registrations.userId, input.userId),
            inArray(registrations.status, LIVE),
            // Enrolled in the whole network covers every session too.
            input.sessionId === null
              ? undefined
              : or(isNull(registrations.sessionId), eq(registrations.sessionId, input.sessionId)),
          ),
        )
        .get();
      if (existing)
        return {
          ok: true,
          status: existing.status as "registered",
          position: waitlistPosition(existing),
          already: true,
        };

      const questions = tx
        .select()
        .from(intakeQuestions)
        .where(eq(intakeQuestions.networkId, network.id))
        .all();
      for (const question of questions) {
        const answer = input.answers[question.id]?.trim() ?? "";
        if (question.required && !answer)
          return { ok: false, error: "Beantwoord deze vraag.", field: `vraag-${question.id}` };
        if (answer.length > 2000)
          return {
            ok: false,
            error: "Je antwoord mag hoogstens 2000 tekens lang zijn.",
            field: `vraag-${question.id}`,
          };
      }

      const hasSeat =
        availableSeats(tx, network, session, now) > 0 && !hasWaitlist(network.id, input.sessionId);
      const user = tx
        .select({ institutionId: users.institutionId, name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, input.userId))
        .get()!;
      const inserted = tx
        .insert(registrations)
        .values({
          networkId: network.id,
          sessionId: input.sessionId,
          userId: input.userId,
          institutionId: user.institutionId,
          status: hasSeat ? "registered" : "waitlisted",
          queueKey: now.getTime(),
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      for (const question of questions) {
        const answer = input.answers[question.id]?.trim();
        if (answer)
          tx.insert(intakeAnswers)
            .values({ registrationId: inserted.id, questionId: question.id, answer })
            .run();
      }
      if (hasSeat) {
        sendConfirmation(tx, inserted.id);
        refreshFullStatus(tx, network.id, now);
        return { ok: true, status: "registered", position: 0, already: false };
      }
      const position = waitlistPosition(inserted);
      enqueueMail(
        tx,
        user.email,
        waitlistMail(user.name, network.title, position, networkLink(network.slug)),
      );
      return { ok: true, status: "waitlisted", position, already: false };
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return result;
}

export type CancelResult = "ok" | "already-cancelled" | "not-found" | "too-late";

/**
 * Cancels one's own registration and, in the same BEGIN IMMEDIATE transaction, offers the freed
 * seat to the waitlist. Idempotent: a repeat (double click, retry, second tab) finds the
 * registration already cancelled, answers "already-cancelled" and offers nothing more.
 */
export function cancelRegistration(userId: string, registrationId: number, now = new Date()): CancelResult {
  const result = db.transaction(
    (tx): CancelResult => {
      const reg = tx
        .select({ reg: registrations, deadline: networks.registrationDeadline })
        .from(registrations)
        .innerJoin(networks, eq(registrations.networkId, networks.id))
        .where(and(eq(registrations.id, registrationId), eq(registrations.userId, userId)))
        .get();
      if (reg?.reg.status === "cancelled") return "already-cancelled";
      if (!reg || !(LIVE as readonly string[]).includes(reg.reg.status)) return "not-found";
      if (!canCancel(reg.reg.status, reg.deadline, now)) return "too-late";
      tx.update(registrations)
        .set({ status: "cancelled", updatedAt: now })
        .where(eq(registrations.id, registrationId))
        .run();
      if (reg.reg.status !== "waitlisted") offerFreedSeats(tx, reg.reg.networkId, reg.reg.sessionId, now);
      return "ok";
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return result;
}

export type OfferResponse = "accepted" | "declined" | "expired" | "not-found";

export function respondToOffer(
  userId: string,
  registrationId: number,
  accept: boolean,
  now = new Date(),
): OfferResponse {
  const result = db.transaction(
    (tx): OfferResponse => {
      expireOffers(tx, now);
      const reg = tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.id, registrationId), eq(registrations.userId, userId)))
        .get();
      if (!reg) return "not-found";
      if (reg.status === "expired") return "expired";
      if (reg.status !== "offered") return "not-found";
      if (accept) {
        tx.update(registrations)
          .set({ status: "registered", offerExpiresAt: null, updatedAt: now })
          .where(eq(registrations.id, reg.id))
          .run();
        sendConfirmation(tx, reg.id);
        refreshFullStatus(tx, reg.networkId, now);
        return "accepted";
      }
      tx.update(registrations)
        .set({ status: "cancelled", offerExpiresAt: null, updatedAt: now })
        .where(eq(registrations.id, reg.id))
        .run();
      offerFreedSeats(tx, reg.networkId, reg.sessionId, now);
      return "declined";
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return result;
}

/** A facilitator moves someone on the waitlist; the change and its reason are logged. */
export function moveOnWaitlist(
  actorUserId: string,
  networkId: number,
  registrationId: number,
  toPosition: number,
  reason: string,
  now = new Date(),
): boolean {
  return db.transaction(
    (tx) => {
      const reg = tx
        .select()
        .from(registrations)
        .where(
          and(
            eq(registrations.id, registrationId),
            eq(registrations.networkId, networkId),
            eq(registrations.status, "waitlisted"),
          ),
        )
        .get();
      if (!reg) return false;
      const queue = waitlistInScope(networkId, reg.sessionId);
      const fromPosition = queue.findIndex((r) => r.id === reg.id) + 1;
      const others = queue.filter((r) => r.id !== reg.id).map((r) => r.queueKey);
      const target = Math.min(Math.max(toPosition, 1), queue.length);
      // Already there (a repeated submit): nothing moves, so nothing is logged.
      if (target === fromPosition) return true;
      tx.update(registrations)
        .set({ queueKey: queueKeyForPosition(others, target), updatedAt: now })
        .where(eq(registrations.id, reg.id))
        .run();
      tx.insert(waitlistChanges)
        .values({
          registrationId: reg.id,
          actorUserId,
          fromPosition,
          toPosition: target,
          reason,
          createdAt: now,
        })
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

const liveRegistrationsIn = preparedOnce(() =>
  db
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.userId, sql.placeholder("userId")),
        eq(registrations.networkId, sql.placeholder("networkId")),
        inArray(registrations.status, LIVE),
      ),
    )
    .prepare(),
);

/** The user's live registrations in one network (for the network page). */
export function myRegistrationsIn(userId: string, networkId: number) {
  const live = liveRegistrationsIn().all({ userId, networkId });
  if (!live.some(isWaiting)) return live.map((reg) => ({ ...reg, position: 0 }));
  // Waiting places are read in one snapshot with the registrations.
  return db.transaction(() =>
    liveRegistrationsIn()
      .all({ userId, networkId })
      .map((reg) => ({ ...reg, position: waitlistPosition(reg) })),
  );
}

const isWaiting = (reg: { status: string }) => reg.status === "waitlisted";

/** Whether the user holds a live registration (registered, offered or waitlisted) in the network. */
export function hasLiveRegistrationIn(userId: string, networkId: number): boolean {
  return liveRegistrationsIn().all({ userId, networkId }).length > 0;
}

/** Everything on the teacher's "Mijn netwerken" page. */
const myLiveRegistrations = preparedOnce(() =>
  db
    .select({
      reg: registrations,
      title: networks.title,
      slug: networks.slug,
      networkStatus: networks.status,
      deadline: networks.registrationDeadline,
    })
    .from(registrations)
    .innerJoin(networks, eq(registrations.networkId, networks.id))
    .where(and(eq(registrations.userId, sql.placeholder("userId")), inArray(registrations.status, LIVE)))
    .orderBy(asc(networks.title))
    .prepare(),
);

export function myRegistrations(userId: string) {
  const live = myLiveRegistrations().all({ userId });
  if (!live.some((row) => isWaiting(row.reg))) return live.map((row) => ({ ...row, position: 0 }));
  // Waiting places are read in one snapshot with the registrations.
  return db.transaction(() =>
    myLiveRegistrations()
      .all({ userId })
      .map((row) => ({ ...row, position: waitlistPosition(row.reg) })),
  );
}

const upcomingSessions = preparedOnce(() =>
  db
    .select({ session: networkSessions, title: networks.title, slug: networks.slug })
    .from(registrations)
    .innerJoin(networks, eq(registrations.networkId, networks.id))
    .innerJoin(
      networkSessions,
      and(
        eq(networkSessions.networkId, registrations.networkId),
        or(isNull(registrations.sessionId), eq(networkSessions.id, registrations.sessionId)),
      ),
    )
    .where(
      and(
        eq(registrations.userId, sql.placeholder("userId")),
        eq(registrations.status, "registered"),
        sql`${networkSessions.endsAt} >= ${sql.placeholder("now")}`,
      ),
    )
    .orderBy(asc(networkSessions.startsAt))
    .limit(20)
    .prepare(),
);

export function upcomingSessionsFor(userId: string, now = new Date()) {
  return upcomingSessions().all({ userId, now: Math.floor(now.getTime() / 1000) });
}
