import { randomInt } from "node:crypto";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  attendance,
  checkInCodes,
  institutions,
  networkSessions,
  networks,
  registrations,
  surveys,
  users,
} from "#db/schema";
import {
  ATTENDANCE_FROZEN,
  ATTENDANCE_NOT_STARTED,
  CHECK_IN_FROZEN,
  altersSealedCounts,
  attendanceOpen,
  attendedSetChanged,
} from "./attendance-rules";
import { CHECK_IN_ALPHABET, checkInOpen, normaliseCheckInCode } from "./rules";

/** Everyone who holds a seat for this session: enrolled in the whole network or in this session. */
export function sessionRoster(sessionId: number) {
  const session = db.select().from(networkSessions).where(eq(networkSessions.id, sessionId)).get();
  if (!session) return [];
  return db
    .select({
      userId: users.id,
      name: users.name,
      institution: institutions.name,
      present: attendance.present,
      method: attendance.method,
    })
    .from(registrations)
    .innerJoin(users, eq(registrations.userId, users.id))
    .leftJoin(institutions, eq(registrations.institutionId, institutions.id))
    .leftJoin(
      attendance,
      and(eq(attendance.sessionId, sessionId), eq(attendance.userId, registrations.userId)),
    )
    .where(
      and(
        eq(registrations.networkId, session.networkId),
        eq(registrations.status, "registered"),
        or(isNull(registrations.sessionId), eq(registrations.sessionId, sessionId)),
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

function isOnRoster(userId: string, sessionId: number): boolean {
  return sessionRoster(sessionId).some((row) => row.userId === userId);
}

/** The people the nameting counts as attended: present at any session of the network. */
function attendedPeople(networkId: number): string[] {
  return db
    .selectDistinct({ id: attendance.userId })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .where(and(eq(networkSessions.networkId, networkId), eq(attendance.present, true)))
    .all()
    .map((row) => row.id);
}

/** Once the network's live nameting is sealed its results are out, so what it counted is frozen. */
export function postSurveySealed(networkId: number): boolean {
  const survey = db
    .select({ sealedAt: surveys.sealedAt })
    .from(surveys)
    .where(and(eq(surveys.networkId, networkId), eq(surveys.phase, "post"), eq(surveys.origin, "live")))
    .get();
  return Boolean(survey?.sealedAt);
}

export type AttendanceResult = { ok: true } | { ok: false; error: string };

/** Thrown inside the transaction so the writes that turned out to change sealed counts roll back. */
class SealedCountsChanged extends Error {}

/** Marks everyone on the roster present or absent; called inside the caller's transaction. */
function markRoster(sessionId: number, presentUserIds: string[], now: Date) {
  const present = new Set(presentUserIds);
  for (const person of sessionRoster(sessionId)) {
    const isPresent = present.has(person.userId);
    db.insert(attendance)
      .values({ sessionId, userId: person.userId, present: isPresent, method: "facilitator", markedAt: now })
      .onConflictDoUpdate({
        target: [attendance.sessionId, attendance.userId],
        set: { present: isPresent, method: "facilitator", markedAt: now },
      })
      .run();
  }
}

/**
 * Sets attendance for the roster (people not on it are ignored) and, when given, the session's
 * guest headcount, in one transaction. Refused before the session starts, and when the network's
 * nameting is sealed and the change would alter who attended or how many guests came.
 */
export function saveAttendance(
  sessionId: number,
  presentUserIds: string[],
  { guestCount, now = new Date() }: { guestCount?: number; now?: Date } = {},
): AttendanceResult {
  try {
    return db.transaction(
      (tx): AttendanceResult => {
        const session = tx.select().from(networkSessions).where(eq(networkSessions.id, sessionId)).get();
        if (!session) return { ok: false, error: "Deze bijeenkomst bestaat niet (meer)." };
        if (!attendanceOpen(session, now)) return { ok: false, error: ATTENDANCE_NOT_STARTED };
        const sealed = postSurveySealed(session.networkId);
        const attendedBefore = sealed ? attendedPeople(session.networkId) : [];
        markRoster(sessionId, presentUserIds, now);
        if (guestCount !== undefined)
          tx.update(networkSessions).set({ guestCount }).where(eq(networkSessions.id, sessionId)).run();
        // Compared after the writes, so the check sees exactly what they did (roster, other sessions).
        if (
          sealed &&
          altersSealedCounts({
            attendedBefore,
            attendedAfter: attendedPeople(session.networkId),
            guestsBefore: session.guestCount,
            guestsAfter: guestCount,
          })
        )
          throw new SealedCountsChanged();
        return { ok: true };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error instanceof SealedCountsChanged) return { ok: false, error: ATTENDANCE_FROZEN };
    throw error;
  }
}

export function checkInCodeFor(sessionId: number): string {
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(checkInCodes).where(eq(checkInCodes.sessionId, sessionId)).get();
      if (existing) return existing.code;
      const code = Array.from(
        { length: 6 },
        () => CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)],
      ).join("");
      tx.insert(checkInCodes).values({ sessionId, code }).run();
      return code;
    },
    { behavior: "immediate" },
  );
}

export type CheckInResult = { ok: true; networkTitle: string } | { ok: false; error: string };

/** A participant checks in with the code shown in the room, only while the session runs. */
export function checkIn(userId: string, rawCode: string, now = new Date()): CheckInResult {
  const code = normaliseCheckInCode(rawCode);
  if (code.length !== 6) return { ok: false, error: "Een code bestaat uit 6 tekens." };
  const candidates = db
    .select({ session: networkSessions, title: networks.title })
    .from(checkInCodes)
    .innerJoin(networkSessions, eq(checkInCodes.sessionId, networkSessions.id))
    .innerJoin(networks, eq(networkSessions.networkId, networks.id))
    .where(eq(checkInCodes.code, code))
    .all();
  const running = candidates.filter((c) => checkInOpen(c.session, now));
  if (running.length === 0)
    return {
      ok: false,
      error: "Deze code is onbekend of niet (meer) geldig. Inchecken kan enkel tijdens de bijeenkomst.",
    };
  const mine = running.find((c) => isOnRoster(userId, c.session.id));
  if (!mine) return { ok: false, error: "Je bent niet ingeschreven voor deze bijeenkomst." };
  const { networkId } = mine.session;
  return db.transaction(
    (tx): CheckInResult => {
      if (postSurveySealed(networkId)) {
        // Someone already counted may still check in; a new attendee would change the sealed counts.
        const before = attendedPeople(networkId);
        if (attendedSetChanged(before, [...before, userId])) return { ok: false, error: CHECK_IN_FROZEN };
      }
      tx.insert(attendance)
        .values({ sessionId: mine.session.id, userId, present: true, method: "check-in", markedAt: now })
        .onConflictDoUpdate({
          target: [attendance.sessionId, attendance.userId],
          set: { present: true, method: "check-in", markedAt: now },
        })
        .run();
      return { ok: true, networkTitle: mine.title };
    },
    { behavior: "immediate" },
  );
}

export function attendanceBySession(sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db.select().from(attendance).where(inArray(attendance.sessionId, sessionIds)).all();
}
