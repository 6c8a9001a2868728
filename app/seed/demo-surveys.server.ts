import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "#db/client.server";
import {
  attendance,
  networkGoals,
  networks,
  networkSessions,
  registrations,
  surveyAnswers,
  surveyCompletions,
  surveyQuestions,
  surveyResponses,
  surveys,
} from "#db/schema";
import { buildQuestions, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS } from "~/surveys/instrument";
import { pseudonymFor } from "~/surveys/pseudonym.server";
import { demoSurveyAnswers } from "./data";

/** The portal's default k (app/reports/stats.ts): a survey is published with that many answers. */
const DEMO_K = 5;

/**
 * Closed effect surveys for the networks of 2025-2026 that had sessions: post measurements for
 * most, pre and post for a few, so the reports and the meta-analysis have realistic content.
 */
export function seedDemoSurveys(tx: Tx, random: () => number): void {
  // Scores around the brief's published figures (db/seed/data/README.md).
  const { typicalScores, preKnowledgeScores, openAnswers } = demoSurveyAnswers();
  const closed = tx
    .select()
    .from(networks)
    .where(eq(networks.status, "afgesloten"))
    .orderBy(asc(networks.id))
    .all();
  closed.forEach((network, index) => {
    const goals = tx
      .select({ id: networkGoals.id, text: networkGoals.text })
      .from(networkGoals)
      .where(eq(networkGoals.networkId, network.id))
      .orderBy(asc(networkGoals.position))
      .all();
    const attendees = tx
      .selectDistinct({ id: attendance.userId })
      .from(attendance)
      .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
      .where(and(eq(networkSessions.networkId, network.id), eq(attendance.present, true)))
      .all()
      .map((r) => r.id);
    if (attendees.length === 0 || goals.length === 0) return;
    const phases = index % 3 === 0 ? (["pre", "post"] as const) : (["post"] as const);
    // Most, not all, attendees answer: some networks land below the Penninckx requirement.
    const answeringIn = phases.map(() => attendees.filter(() => random() < (index % 4 === 1 ? 0.55 : 0.85)));
    // Published as the portal publishes a closed survey (app/surveys/sealing.server.ts): with k
    // answers the counts are frozen and the completions gone, and once every measurement of the
    // network is published the pseudonyms are random pair tokens.
    const published = answeringIn.map((answering) => answering.length >= DEMO_K);
    const allPublished = published.every(Boolean);
    const pairTokens = new Map(attendees.map((userId) => [userId, `paar-${randomUUID()}`]));
    const registered = tx
      .select({ id: registrations.userId })
      .from(registrations)
      .where(and(eq(registrations.networkId, network.id), eq(registrations.status, "registered")))
      .all().length;
    phases.forEach((phase, phaseIndex) => {
      const answering = answeringIn[phaseIndex];
      const template = phase === "pre" ? "voormeting-basis" : "nameting-basis";
      const closesAt = new Date(Date.UTC(2026, 5, 20));
      const sealed = published[phaseIndex]
        ? {
            sealedAt: closesAt,
            sealedEligible: phase === "pre" ? registered : attendees.length,
            sealedEligibleRespondents: answering.length,
            sealedGuestPlaces: 0,
          }
        : {};
      const survey = tx
        .insert(surveys)
        .values({
          networkId: network.id,
          phase,
          template,
          opensAt: new Date(Date.UTC(2025, 8, 1)),
          closesAt,
          createdAt: new Date(Date.UTC(2025, 8, 1)),
          ...sealed,
        })
        .returning()
        .get();
      const questions = buildQuestions(template, goals, DEFAULT_ROLE_LABELS, DEFAULT_STAGE_LABELS).map(
        (spec, position) =>
          tx
            .insert(surveyQuestions)
            .values({ surveyId: survey.id, position, ...spec })
            .returning()
            .get(),
      );
      for (const userId of answering) {
        if (!published[phaseIndex])
          tx.insert(surveyCompletions).values({ surveyId: survey.id, userId }).run();
        const responseId = randomUUID();
        const pseudonym = allPublished ? pairTokens.get(userId)! : pseudonymFor(userId, network.id);
        tx.insert(surveyResponses)
          .values({
            id: responseId,
            surveyId: survey.id,
            pseudonym,
            role: random() < 0.8 ? "leraar" : "zorgcoördinator of leerlingbegeleider",
            roleOther: null,
            source: "portal",
          })
          .run();
        for (const q of questions) {
          if (q.kind !== "likert" && q.kind !== "stage") continue;
          const preKnowledge = phase === "pre" && q.construct === "kennis";
          const pool = preKnowledge ? preKnowledgeScores : typicalScores[q.construct];
          if (!pool) continue;
          tx.insert(surveyAnswers)
            .values({
              id: randomUUID(),
              responseId,
              questionId: q.id,
              value: pool[Math.floor(random() * pool.length)],
              text: null,
            })
            .run();
        }
        const open = questions.find((q) => q.text === "Wat vond je het meest bruikbaar?");
        if (open && random() < 0.5) {
          const text = openAnswers[Math.floor(random() * openAnswers.length)];
          const answer = { id: randomUUID(), responseId, questionId: open.id, value: null, text };
          tx.insert(surveyAnswers).values(answer).run();
        }
      }
    });
  });
}
