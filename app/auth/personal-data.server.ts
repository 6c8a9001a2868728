import { randomBytes } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  attendance,
  authSessions,
  authTokens,
  calendarFeeds,
  digcompAssessments,
  digicoachProfiles,
  institutions,
  intakeAnswers,
  networkFacilitators,
  networks,
  networkSessions,
  registrations,
  surveyCompletions,
  surveys,
  users,
} from "#db/schema";
import { offerFreedSeats } from "~/registrations/seats.server";
import { verifyPassword } from "./password.server";

/** Everything the portal holds about one person, except the anonymous survey answers. */
export function personalData(userId: string) {
  const user = db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      jobFunction: users.jobFunction,
      jobFunctionOther: users.jobFunctionOther,
      institution: institutions.name,
      createdAt: users.createdAt,
      emailVerifiedAt: users.emailVerifiedAt,
    })
    .from(users)
    .leftJoin(institutions, eq(users.institutionId, institutions.id))
    .where(eq(users.id, userId))
    .get();
  return {
    exportedAt: new Date().toISOString(),
    account: user,
    registrations: db
      .select({
        network: networks.title,
        sessionId: registrations.sessionId,
        status: registrations.status,
        institution: institutions.name,
        createdAt: registrations.createdAt,
      })
      .from(registrations)
      .innerJoin(networks, eq(registrations.networkId, networks.id))
      .leftJoin(institutions, eq(registrations.institutionId, institutions.id))
      .where(eq(registrations.userId, userId))
      .all(),
    intakeAnswers: db
      .select({ network: networks.title, answer: intakeAnswers.answer })
      .from(intakeAnswers)
      .innerJoin(registrations, eq(intakeAnswers.registrationId, registrations.id))
      .innerJoin(networks, eq(registrations.networkId, networks.id))
      .where(eq(registrations.userId, userId))
      .all(),
    attendance: db
      .select({
        network: networks.title,
        sessionStart: networkSessions.startsAt,
        present: attendance.present,
        method: attendance.method,
      })
      .from(attendance)
      .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
      .innerJoin(networks, eq(networkSessions.networkId, networks.id))
      .where(eq(attendance.userId, userId))
      .all(),
    surveyCompletions: db
      .select({ network: networks.title, phase: surveys.phase })
      .from(surveyCompletions)
      .innerJoin(surveys, eq(surveyCompletions.surveyId, surveys.id))
      .innerJoin(networks, eq(surveys.networkId, networks.id))
      .where(eq(surveyCompletions.userId, userId))
      .all(),
    digicoachProfile:
      db.select().from(digicoachProfiles).where(eq(digicoachProfiles.userId, userId)).get() ?? null,
    digcompAssessments: db
      .select({ levels: digcompAssessments.levels, takenAt: digcompAssessments.takenAt })
      .from(digcompAssessments)
      .where(eq(digcompAssessments.userId, userId))
      .all(),
    note: "Je antwoorden op metingen worden anoniem bewaard en kunnen niet aan jou gekoppeld worden; ze zitten daarom niet in dit bestand.",
  };
}

export type DeleteAccountResult = "ok" | "wrong-password" | "sole-facilitator";

/**
 * Erases a person: name, e-mail, password, sessions, tokens, calendar feed and survey completions
 * go; registrations and attendance stay under an anonymous placeholder, because the reach of a
 * network counts institutions, not people. The anonymous survey answers stay as they were.
 */
export async function deleteAccount(userId: string, password: string): Promise<DeleteAccountResult> {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, password))) return "wrong-password";
  return db.transaction(
    (tx): DeleteAccountResult => {
      for (const { networkId } of tx
        .select({ networkId: networkFacilitators.networkId })
        .from(networkFacilitators)
        .where(eq(networkFacilitators.userId, userId))
        .all()) {
        const others = tx
          .select()
          .from(networkFacilitators)
          .where(and(eq(networkFacilitators.networkId, networkId), ne(networkFacilitators.userId, userId)))
          .all();
        if (others.length === 0) return "sole-facilitator";
      }
      tx.delete(networkFacilitators).where(eq(networkFacilitators.userId, userId)).run();
      tx.delete(authSessions).where(eq(authSessions.userId, userId)).run();
      tx.delete(authTokens).where(eq(authTokens.userId, userId)).run();
      tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
      tx.delete(surveyCompletions).where(eq(surveyCompletions.userId, userId)).run();
      tx.delete(digicoachProfiles).where(eq(digicoachProfiles.userId, userId)).run();
      // Places on waitlists and pending offers end; a freed offer goes to the next person in line.
      const pending = tx
        .select()
        .from(registrations)
        .where(
          and(eq(registrations.userId, userId), inArray(registrations.status, ["waitlisted", "offered"])),
        )
        .all();
      for (const registration of pending) {
        tx.update(registrations)
          .set({ status: "cancelled", updatedAt: new Date() })
          .where(eq(registrations.id, registration.id))
          .run();
        if (registration.status === "offered")
          offerFreedSeats(tx, registration.networkId, registration.sessionId, new Date());
      }
      tx.update(users)
        .set({
          name: "Verwijderde gebruiker",
          email: `verwijderd-${userId}@invalid`,
          passwordHash: `!${randomBytes(16).toString("hex")}`,
          role: "participant",
          jobFunctionOther: null,
          emailVerifiedAt: null,
        })
        .where(eq(users.id, userId))
        .run();
      return "ok";
    },
    { behavior: "immediate" },
  );
}
