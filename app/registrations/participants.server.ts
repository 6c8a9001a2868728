import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import * as schema from "#db/schema";
import { db } from "#db/client.server";
import {
  intakeAnswers,
  intakeQuestions,
  institutions,
  networkSessions,
  registrations,
  users,
} from "#db/schema";
import { attendanceBySession } from "./attendance.server";
import { LIVE } from "./seats.server";

/** The facilitator's view: every live registration with institution, function, answers, attendance. */
export function listParticipants(networkId: number) {
  const rows = db
    .select({
      id: registrations.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      jobFunction: users.jobFunction,
      jobFunctionOther: users.jobFunctionOther,
      institution: institutions.name,
      status: registrations.status,
      sessionId: registrations.sessionId,
      queueKey: registrations.queueKey,
      offerExpiresAt: registrations.offerExpiresAt,
      createdAt: registrations.createdAt,
    })
    .from(registrations)
    .innerJoin(users, eq(registrations.userId, users.id))
    .leftJoin(institutions, eq(registrations.institutionId, institutions.id))
    .where(and(eq(registrations.networkId, networkId), inArray(registrations.status, LIVE)))
    .orderBy(asc(registrations.queueKey), asc(registrations.id))
    .all();
  const questions = db
    .select()
    .from(intakeQuestions)
    .where(eq(intakeQuestions.networkId, networkId))
    .orderBy(asc(intakeQuestions.position))
    .all();
  const answers = rows.length
    ? db
        .select()
        .from(intakeAnswers)
        .where(
          inArray(
            intakeAnswers.registrationId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const sessions = db
    .select()
    .from(networkSessions)
    .where(eq(networkSessions.networkId, networkId))
    .orderBy(asc(networkSessions.startsAt))
    .all();
  const presence = attendanceBySession(sessions.map((s) => s.id));
  let waitPosition = 0;
  return {
    questions,
    sessions,
    participants: rows.map((row) => ({
      ...row,
      waitlistPosition: row.status === "waitlisted" ? ++waitPosition : 0,
      answers: Object.fromEntries(
        answers.filter((a) => a.registrationId === row.id).map((a) => [a.questionId, a.answer]),
      ),
      attended: Object.fromEntries(
        presence.filter((p) => p.userId === row.userId).map((p) => [p.sessionId, p.present]),
      ),
    })),
  };
}

export type ParticipantList = ReturnType<typeof listParticipants>;

/** The logged manual waitlist changes of a network, newest first. */
export function waitlistChangeLog(networkId: number) {
  const { waitlistChanges } = schema;
  const actor = alias(users, "actor");
  return db
    .select({
      id: waitlistChanges.id,
      person: users.name,
      actor: actor.name,
      fromPosition: waitlistChanges.fromPosition,
      toPosition: waitlistChanges.toPosition,
      reason: waitlistChanges.reason,
      createdAt: waitlistChanges.createdAt,
    })
    .from(waitlistChanges)
    .innerJoin(registrations, eq(waitlistChanges.registrationId, registrations.id))
    .innerJoin(users, eq(registrations.userId, users.id))
    .innerJoin(actor, eq(waitlistChanges.actorUserId, actor.id))
    .where(eq(registrations.networkId, networkId))
    .orderBy(desc(waitlistChanges.id))
    .all();
}
