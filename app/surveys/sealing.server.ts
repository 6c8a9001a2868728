import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { db, scheduleWalTruncate, type Tx } from "#db/client.server";
import { surveyCompletions, surveyResponses, surveys, type Survey } from "#db/schema";
import { DEFAULT_K } from "~/reports/stats";
import { sourceCounts } from "./eligibility.server";
import { responseCounts } from "./response-rate.server";
import { isSealable } from "./rules";

/** Prefix of the random tokens that replace pseudonyms once a network's measurements are all published. */
export const PAIR_TOKEN_PREFIX = "paar-";

/**
 * Publishes a survey that has closed: from now on its answers are frozen and the report shows
 * its figures. The response rate's counts are kept as they are now, the record of who answered
 * is deleted (it was only needed while people could still answer), and when the network's
 * measurements are all published the pseudonyms are cut loose from the key. Runs inside the
 * caller's transaction; false when the survey is not due (still open, published already, or no
 * source has k answers, in which case nothing was ever visible and it may still be reopened).
 */
export function sealIfDue(tx: Tx, survey: Survey, now: Date, k = DEFAULT_K): boolean {
  if (survey.sealedAt || survey.origin !== "live" || !survey.closesAt || survey.closesAt > now) return false;
  const sources = sourceCounts(survey.id);
  if (!isSealable(sources, k)) return false;
  const counts = responseCounts(survey, sources);
  tx.update(surveys)
    .set({
      sealedAt: now,
      sealedEligible: counts.eligible,
      sealedEligibleRespondents: counts.eligibleRespondents,
      sealedGuestPlaces: counts.guestPlaces,
    })
    .where(eq(surveys.id, survey.id))
    .run();
  tx.delete(surveyCompletions).where(eq(surveyCompletions.surveyId, survey.id)).run();
  detachPseudonymsWhenPublished(tx, survey.networkId);
  scheduleWalTruncate();
  return true;
}

/**
 * Pseudonyms are a keyed hash of the person: whoever holds the key and the database could
 * recompute them. Once a network's post measurement and every other measurement of it are
 * published, pairing is all they are still needed for, so each is replaced by a random token
 * (the same token for the same pseudonym, so pre and post still pair). From then on not even
 * the key links an answer to a person.
 */
export function detachPseudonymsWhenPublished(tx: Tx, networkId: number): void {
  const ofNetwork = tx
    .select({ id: surveys.id, phase: surveys.phase, sealedAt: surveys.sealedAt })
    .from(surveys)
    .where(eq(surveys.networkId, networkId))
    .all();
  if (!ofNetwork.some((s) => s.phase === "post" && s.sealedAt) || ofNetwork.some((s) => !s.sealedAt)) return;
  const surveyIds = ofNetwork.map((s) => s.id);
  const keyed = tx
    .selectDistinct({ pseudonym: surveyResponses.pseudonym })
    .from(surveyResponses)
    .where(
      and(
        inArray(surveyResponses.surveyId, surveyIds),
        isNotNull(surveyResponses.pseudonym),
        sql`${surveyResponses.pseudonym} not like ${`${PAIR_TOKEN_PREFIX}%`}`,
      ),
    )
    .all();
  for (const { pseudonym } of keyed) {
    tx.update(surveyResponses)
      .set({ pseudonym: `${PAIR_TOKEN_PREFIX}${randomUUID()}` })
      .where(and(inArray(surveyResponses.surveyId, surveyIds), eq(surveyResponses.pseudonym, pseudonym!)))
      .run();
  }
}

/** Publishes every survey whose window has passed (the schedule runs this every minute). */
export function sealDueSurveys(now = new Date(), k = DEFAULT_K): number {
  const due = db
    .select()
    .from(surveys)
    .where(and(eq(surveys.origin, "live"), isNull(surveys.sealedAt), lte(surveys.closesAt, now)))
    .all();
  if (due.length === 0) return 0;
  return db.transaction((tx) => due.filter((survey) => sealIfDue(tx, survey, now, k)).length, {
    behavior: "immediate",
  });
}
