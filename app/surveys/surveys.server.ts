import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, count, eq, inArray, notInArray, sql } from "drizzle-orm";
import { db, preparedOnce, scheduleWalTruncate, type Tx } from "#db/client.server";
import {
  attendance,
  instrumentLabels,
  networkGoals,
  networks,
  networkSessions,
  registrations,
  surveyAnswers,
  surveyCompletions,
  surveyQuestions,
  surveyResponses,
  surveys,
  users,
  type Survey,
  type SurveyTemplate,
} from "#db/schema";
import { config } from "~/config.server";
import { deliverPendingMailInBackground, enqueueMail } from "~/mail/outbox.server";
import type { ParsedResponse } from "./answers";
import {
  buildQuestions,
  DEFAULT_ROLE_LABELS,
  DEFAULT_STAGE_LABELS,
  phaseOfTemplate,
  type QuestionSpec,
} from "./instrument";
import { surveyReminderMail } from "./messages";
import { pseudonymFor } from "./pseudonym.server";
import { eligibleUsers, guestPlaces, isEligible, sourceCounts } from "./eligibility.server";
import { responseCounts } from "./response-rate.server";
import { reminderBlock, responseFraction, surveyState, windowBlock } from "./rules";
import { sealIfDue } from "./sealing.server";

export function labelsOf(kind: "role" | "stage"): string[] {
  const rows = db
    .select()
    .from(instrumentLabels)
    .where(eq(instrumentLabels.kind, kind))
    .orderBy(asc(instrumentLabels.position))
    .all();
  if (rows.length) return rows.map((r) => r.label);
  return kind === "role" ? DEFAULT_ROLE_LABELS : DEFAULT_STAGE_LABELS;
}

export function saveLabels(kind: "role" | "stage", labels: string[]): void {
  db.transaction(
    (tx) => {
      tx.delete(instrumentLabels).where(eq(instrumentLabels.kind, kind)).run();
      tx.insert(instrumentLabels)
        .values(labels.map((label, position) => ({ kind, position, label })))
        .run();
    },
    { behavior: "immediate" },
  );
}

export type CreateSurveyResult = { ok: true; id: number } | { ok: false; error: string };

/** One survey per phase per network, built from a template and the network's goals. */
export function createSurvey(networkId: number, template: SurveyTemplate): CreateSurveyResult {
  const phase = phaseOfTemplate(template);
  return db.transaction(
    (tx): CreateSurveyResult => {
      if (
        tx
          .select({ id: surveys.id })
          .from(surveys)
          .where(and(eq(surveys.networkId, networkId), eq(surveys.phase, phase)))
          .get()
      ) {
        return {
          ok: false,
          error:
            phase === "pre" ? "Dit netwerk heeft al een voormeting." : "Dit netwerk heeft al een nameting.",
        };
      }
      const goals = tx
        .select({ id: networkGoals.id, text: networkGoals.text })
        .from(networkGoals)
        .where(eq(networkGoals.networkId, networkId))
        .orderBy(asc(networkGoals.position))
        .all();
      if (goals.length === 0)
        return { ok: false, error: "Geef het netwerk eerst doelen: de kennisvragen worden eruit gemaakt." };
      const { id } = tx
        .insert(surveys)
        .values({ networkId, phase, template, createdAt: new Date() })
        .returning({ id: surveys.id })
        .get();
      insertQuestions(tx, id, 0, buildQuestions(template, goals, labelsOf("role"), labelsOf("stage")));
      return { ok: true, id };
    },
    { behavior: "immediate" },
  );
}

function insertQuestions(tx: Tx, surveyId: number, from: number, specs: QuestionSpec[]) {
  specs.forEach((spec, index) =>
    tx
      .insert(surveyQuestions)
      .values({ surveyId, position: from + index, ...spec })
      .run(),
  );
}

export function responseCount(surveyId: number): number {
  return db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get()!
    .n;
}

const surveyById = preparedOnce(() =>
  db
    .select()
    .from(surveys)
    .where(eq(surveys.id, sql.placeholder("surveyId")))
    .prepare(),
);
const questionsOf = preparedOnce(() =>
  db
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, sql.placeholder("surveyId")))
    .orderBy(asc(surveyQuestions.position))
    .prepare(),
);

export function getSurvey(surveyId: number) {
  const survey = surveyById().get({ surveyId });
  if (!survey) return null;
  return { ...survey, questions: questionsOf().all({ surveyId }) };
}

export function surveyByGuestToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const survey = db.select().from(surveys).where(eq(surveys.guestToken, token)).get();
  return survey ? getSurvey(survey.id) : null;
}

/**
 * Milliseconds until the next survey (of one network, or of any) opens or closes; Infinity when
 * none will. Until then the set of open surveys stays as it is, so results that hide open surveys
 * (reports, the meta-analysis) stay valid that long unless the data changes.
 */
export function msUntilSurveyWindowChange(networkId: number | null, now = new Date()): number {
  const at = Math.floor(now.getTime() / 1000);
  const ofNetwork = networkId === null ? sql`1 = 1` : sql`${surveys.networkId} = ${networkId}`;
  const next = db.get<{ next: number | null }>(
    sql`select min(t) as next from (select ${surveys.opensAt} as t from ${surveys} where ${ofNetwork} and ${surveys.opensAt} > ${at} union all select ${surveys.closesAt} from ${surveys} where ${ofNetwork} and ${surveys.closesAt} > ${at})`,
  ).next;
  return next === null ? Infinity : next * 1000 - now.getTime();
}

export { eligibleCount, isEligible } from "./eligibility.server";

/** Whether the guest link has taken as many answers as the largest guest headcount. */
export function guestLinkFull(survey: Pick<Survey, "id" | "networkId">): boolean {
  return (sourceCounts(survey.id).guest ?? 0) >= guestPlaces(survey.networkId);
}

export function hasCompleted(userId: string, surveyId: number): boolean {
  return Boolean(
    db
      .select()
      .from(surveyCompletions)
      .where(and(eq(surveyCompletions.surveyId, surveyId), eq(surveyCompletions.userId, userId)))
      .get(),
  );
}

export type SubmitResult = "ok" | "already" | "closed" | "not-eligible" | "guests-full";

/**
 * Stores one response: the completion (who) and the answers (what) are written in one
 * transaction but never linked. A second submit by the same person changes nothing. Guest-link
 * answers stop at the guest headcount the facilitator recorded, so guests can never push the
 * response rate over 100 % or make up the k answers a figure needs.
 */
export function submitResponse(
  survey: Survey,
  respondent: { userId: string } | { guestSubmissionKey: string },
  parsed: Extract<ParsedResponse, { ok: true }>,
  now = new Date(),
): SubmitResult {
  if (surveyState(survey, now) !== "open") return "closed";
  if ("userId" in respondent && !isEligible(respondent.userId, survey)) return "not-eligible";
  return db.transaction(
    (tx): SubmitResult => {
      if ("userId" in respondent) {
        const inserted = tx
          .insert(surveyCompletions)
          .values({ surveyId: survey.id, userId: respondent.userId })
          .onConflictDoNothing()
          .run();
        if (inserted.changes === 0) return "already";
      } else if (
        tx
          .select({ id: surveyResponses.id })
          .from(surveyResponses)
          .where(eq(surveyResponses.submissionKey, respondent.guestSubmissionKey))
          .get()
      ) {
        return "already";
      } else if (guestLinkFull(survey)) {
        return "guests-full";
      }
      const responseId = randomUUID();
      tx.insert(surveyResponses)
        .values({
          id: responseId,
          surveyId: survey.id,
          pseudonym: "userId" in respondent ? pseudonymFor(respondent.userId, survey.networkId) : null,
          role: parsed.role,
          roleOther: parsed.roleOther,
          source: "userId" in respondent ? "portal" : "guest",
          submissionKey: "userId" in respondent ? null : respondent.guestSubmissionKey,
        })
        .run();
      // One statement for all answers of the response: building a statement per answer cost more than writing them.
      if (parsed.answers.length)
        tx.insert(surveyAnswers)
          .values(parsed.answers.map((answer) => ({ id: randomUUID(), responseId, ...answer })))
          .run();
      scheduleWalTruncate();
      return "ok";
    },
    { behavior: "immediate" },
  );
}

/** The network's surveys with their live counts, for the facilitator's survey page. */
export function listSurveysOf(networkId: number) {
  return db
    .select()
    .from(surveys)
    .where(eq(surveys.networkId, networkId))
    .orderBy(sql`${surveys.phase} = 'post'`)
    .all()
    .map((survey) => {
      const sources = sourceCounts(survey.id);
      const counts = responseCounts(survey, sources);
      return {
        ...survey,
        responses: Object.values(sources).reduce((sum, n) => sum + (n ?? 0), 0),
        eligible: counts.eligible,
        guestPlaces: counts.guestPlaces,
        // Published: the frozen rate. Before that only totals: the overlap of who answered with
        // who is marked present would tell, one attendance change at a time, who answered.
        rate: survey.sealedAt ? responseFraction(counts) : null,
      };
    });
}

export type EditResult = { ok: true } | { ok: false; error: string };

const LOCKED =
  "Er zijn al antwoorden: de vragen liggen vast. Je kan de meting nog sluiten, heropenen of verlengen.";

export function addOwnQuestion(surveyId: number, spec: QuestionSpec): EditResult {
  return db.transaction(
    (tx): EditResult => {
      if (
        tx.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get()!
          .n > 0
      )
        return { ok: false, error: LOCKED };
      const last = tx
        .select({ max: sql<number>`coalesce(max(${surveyQuestions.position}), -1)` })
        .from(surveyQuestions)
        .where(eq(surveyQuestions.surveyId, surveyId))
        .get()!.max;
      insertQuestions(tx, surveyId, last + 1, [spec]);
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export function removeQuestion(surveyId: number, questionId: number): EditResult {
  return db.transaction(
    (tx): EditResult => {
      if (
        tx.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).get()!
          .n > 0
      )
        return { ok: false, error: LOCKED };
      const question = tx
        .select()
        .from(surveyQuestions)
        .where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)))
        .get();
      if (!question) return { ok: false, error: "Deze vraag bestaat niet (meer)." };
      if (question.fixed)
        return { ok: false, error: "Vragen van het vaste EDBI-deel kan je niet verwijderen." };
      tx.delete(surveyQuestions).where(eq(surveyQuestions.id, questionId)).run();
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/**
 * A new window. A window that has already ended closes the survey and, with k answers in a
 * source, publishes it in the same transaction; a published survey's window never moves again
 * (also not into the future: that would take new answers after figures were seen).
 */
export function setWindow(surveyId: number, opensAt: Date, closesAt: Date, now = new Date()): EditResult {
  return db.transaction(
    (tx): EditResult => {
      const current = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get()!;
      const blocked = windowBlock(current);
      if (blocked) return { ok: false, error: blocked };
      tx.update(surveys).set({ opensAt, closesAt }).where(eq(surveys.id, surveyId)).run();
      sealIfDue(tx, { ...current, opensAt, closesAt }, now);
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

export type CloseResult = { ok: true; published: boolean } | { ok: false; error: string };

/** Closes now; with k answers in a source the results are published at once (and frozen). */
export function closeSurvey(surveyId: number, now = new Date()): CloseResult {
  return db.transaction(
    (tx): CloseResult => {
      const current = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get()!;
      const blocked = windowBlock(current);
      if (blocked) return { ok: false, error: blocked };
      const opensAt = current.opensAt && current.opensAt <= now ? current.opensAt : now;
      tx.update(surveys).set({ opensAt, closesAt: now }).where(eq(surveys.id, surveyId)).run();
      return { ok: true, published: sealIfDue(tx, { ...current, opensAt, closesAt: now }, now) };
    },
    { behavior: "immediate" },
  );
}

export function setGuestLink(surveyId: number, enabled: boolean): EditResult {
  return db.transaction(
    (tx): EditResult => {
      const blocked = windowBlock(tx.select().from(surveys).where(eq(surveys.id, surveyId)).get()!);
      if (blocked) return { ok: false, error: blocked };
      tx.update(surveys)
        .set({ guestToken: enabled ? randomBytes(24).toString("base64url") : null })
        .where(eq(surveys.id, surveyId))
        .run();
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}

/** Mails everyone eligible who has not answered; the facilitator only learns how many. */
export function sendSurveyReminders(
  surveyId: number,
  now = new Date(),
): { ok: true; sent: number } | { ok: false; error: string } {
  const result = db.transaction(
    (tx) => {
      const survey = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get()!;
      const blocked = reminderBlock(survey, now);
      if (blocked) return { ok: false as const, error: blocked };
      const network = tx.select().from(networks).where(eq(networks.id, survey.networkId)).get()!;
      const done = tx
        .select({ id: surveyCompletions.userId })
        .from(surveyCompletions)
        .where(eq(surveyCompletions.surveyId, surveyId));
      const eligible = eligibleUsers(survey)
        .all()
        .map((r) => r.id);
      const recipients = eligible.length
        ? tx
            .select({ name: users.name, email: users.email })
            .from(users)
            .where(and(inArray(users.id, eligible), notInArray(users.id, done)))
            .all()
        : [];
      for (const person of recipients)
        enqueueMail(
          tx,
          person.email,
          surveyReminderMail(
            person.name,
            network.title,
            survey.phase,
            `${config.appOrigin}/enquete/${survey.id}`,
            survey.closesAt!,
          ),
        );
      tx.update(surveys)
        .set({ remindersSent: survey.remindersSent + 1, lastReminderAt: now })
        .where(eq(surveys.id, surveyId))
        .run();
      return { ok: true as const, sent: recipients.length };
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return result;
}

/**
 * Open surveys a person may still answer (for "Mijn netwerken"): the same rule as `isEligible`
 * (registered for a pre survey, present at a session for a post survey) and not yet completed,
 * decided in one query instead of two lookups per open survey in the whole system.
 */
const openSurveysOf = preparedOnce(() => {
  const userId = sql.placeholder("userId");
  const at = sql.placeholder("at");
  const registered = sql`exists (select 1 from ${registrations} where ${registrations.userId} = ${userId} and ${registrations.networkId} = ${surveys.networkId} and ${registrations.status} = 'registered')`;
  const attended = sql`exists (select 1 from ${attendance} join ${networkSessions} on ${networkSessions.id} = ${attendance.sessionId} where ${attendance.userId} = ${userId} and ${networkSessions.networkId} = ${surveys.networkId} and ${attendance.present} = 1)`;
  const completed = sql`exists (select 1 from ${surveyCompletions} where ${surveyCompletions.surveyId} = ${surveys.id} and ${surveyCompletions.userId} = ${userId})`;
  return db
    .select({ id: surveys.id, phase: surveys.phase, title: networks.title, closesAt: surveys.closesAt })
    .from(surveys)
    .innerJoin(networks, eq(surveys.networkId, networks.id))
    .where(
      and(
        sql`${surveys.opensAt} <= ${at}`,
        sql`${surveys.closesAt} > ${at}`,
        sql`(case when ${surveys.phase} = 'pre' then ${registered} else ${attended} end)`,
        sql`not ${completed}`,
      ),
    )
    .orderBy(asc(surveys.closesAt), asc(surveys.id))
    .prepare();
});

export function openSurveysFor(userId: string, now = new Date()) {
  return openSurveysOf()
    .all({ userId, at: Math.floor(now.getTime() / 1000) })
    .map((row) => ({ ...row, closesAt: row.closesAt! }));
}
