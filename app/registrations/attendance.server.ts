import { randomInt } from "node:crypto";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { db } from "#db/client.server";
import { attendance, checkInCodes, institutions, networkSessions, networks, registrations, users } from "#db/schema";
import { CHECK_IN_ALPHABET, checkInOpen, normaliseCheckInCode } from "./rules";

/** Everyone who holds a seat for this session: enrolled in the whole network or in this session. */
export function sessionRoster(sessionId: number) {
  const session = db.select().from(networkSessions).where(eq(networkSessions.id, sessionId)).get();
  if (!session) return [];
  return db
    .select({ userId: users.id, name: users.name, institution: institutions.name, present: attendance.present, method: attendance.method })
    .from(registrations)
    .innerJoin(users, eq(registrations.userId, users.id))
    .leftJoin(institutions, eq(registrations.institutionId, institutions.id))
    .leftJoin(attendance, and(eq(attendance.sessionId, sessionId), eq(attendance.userId, registrations.userId)))
    .where(and(eq(registrations.networkId, session.networkId), eq(registrations.status, "registered"), or(isNull(registrations.sessionId), eq(registrations.sessionId, sessionId))))
    .orderBy(asc(users.name))
    .all();
}

function isOnRoster(userId: string, sessionId: number): boolean {
  return sessionRoster(sessionId).some((row) => row.userId === userId);
}

/** Sets attendance for the roster in one transaction; people not on the roster are ignored. */
export function saveAttendance(sessionId: number, presentUserIds: string[], now = new Date()): void {
  const roster = sessionRoster(sessionId);
  const present = new Set(presentUserIds);
  db.transaction(
    (tx) => {
      for (const person of roster) {
        const isPresent = present.has(person.userId);
        tx.insert(attendance)
          .values({ sessionId, userId: person.userId, present: isPresent, method: "facilitator", markedAt: now })
          .onConflictDoUpdate({ target: [attendance.sessionId, attendance.userId], set: { present: isPresent, method: "facilitator", markedAt: now } })
          .run();
      }
    },
    { behavior: "immediate" },
  );
}

export function checkInCodeFor(sessionId: number): string {
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(checkInCodes).where(eq(checkInCodes.sessionId, sessionId)).get();
      if (existing) return existing.code;
      const code = Array.from({ length: 6 }, () => CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)]).join("");
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
  if (running.length === 0) return { ok: false, error: "Deze code is onbekend of niet (meer) geldig. Inchecken kan enkel tijdens de bijeenkomst." };
  const mine = running.find((c) => isOnRoster(userId, c.session.id));
  if (!mine) return { ok: false, error: "Je bent niet ingeschreven voor deze bijeenkomst." };
  db.insert(attendance)
    .values({ sessionId: mine.session.id, userId, present: true, method: "check-in", markedAt: now })
    .onConflictDoUpdate({ target: [attendance.sessionId, attendance.userId], set: { present: true, method: "check-in", markedAt: now } })
    .run();
  return { ok: true, networkTitle: mine.title };
}

export function attendanceBySession(sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db.select().from(attendance).where(inArray(attendance.sessionId, sessionIds)).all();
}
