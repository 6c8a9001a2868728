import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { db, scheduleWalTruncate, type Tx } from "#db/client.server";
import {
  networkGoals,
  surveyAnswers,
  surveyQuestions,
  surveyResponses,
  surveys,
  type SurveyPhase,
} from "#db/schema";
import type { Table } from "~/imports/tabular";
import { validateImport, type ImportedResponse } from "./import";
import { buildQuestions, PHASE_LABELS } from "./instrument";
import { importPseudonym } from "./pseudonym.server";
import { detachPseudonymsWhenPublished } from "./sealing.server";
import { labelsOf } from "./surveys.server";

export type ImportOutcome =
  { ok: true; imported: Record<SurveyPhase, number>; skipped: number } | { ok: false; errors: string[] };

/**
 * A historic measurement of its own, closed and published at once: imported rows never mix
 * with live answers (they would count towards k without being people who answered here).
 */
function historicSurvey(
  tx: Tx,
  networkId: number,
  phase: SurveyPhase,
  goals: { id: number; text: string }[],
  participants: number,
  openQuestions: string[],
  now: Date,
) {
  const template = phase === "pre" ? "voormeting-basis" : "nameting-basis";
  const created = tx
    .insert(surveys)
    .values({
      networkId,
      phase,
      template,
      origin: "import",
      opensAt: now,
      closesAt: now,
      sealedAt: now,
      recordedParticipants: participants,
      sealedEligible: participants,
      sealedEligibleRespondents: 0,
      sealedGuestPlaces: 0,
      createdAt: now,
    })
    .returning()
    .get();
  const specs = [
    ...buildQuestions(template, goals, labelsOf("role"), labelsOf("stage")),
    ...openQuestions.map((text) => ({
      kind: "open" as const,
      construct: "open" as const,
      goalId: null,
      text,
      options: null,
      required: false,
      fixed: false,
    })),
  ];
  const questions = specs.map((spec, position) =>
    tx
      .insert(surveyQuestions)
      .values({ surveyId: created.id, position, ...spec })
      .returning()
      .get(),
  );
  return { survey: created, questions };
}

function insertResponse(
  tx: Tx,
  networkId: number,
  surveyId: number,
  questions: ReturnType<typeof historicSurvey>["questions"],
  row: ImportedResponse,
) {
  const responseId = randomUUID();
  tx.insert(surveyResponses)
    .values({
      id: responseId,
      surveyId,
      pseudonym: row.respondent ? importPseudonym(networkId, row.respondent) : null,
      role: row.role,
      roleOther: row.roleOther,
      source: "import",
    })
    .run();
  const answers = [
    ...row.scores.flatMap((score) => {
      const question = questions.find((q) => q.construct === score.construct && q.goalId === score.goalId);
      return question
        ? [{ id: randomUUID(), responseId, questionId: question.id, value: score.value, text: null }]
        : [];
    }),
    ...row.open.map((answer) => ({
      id: randomUUID(),
      responseId,
      questionId: questions.find((q) => q.kind === "open" && q.text === answer.question)!.id,
      value: null,
      text: answer.text,
    })),
  ];
  if (answers.length) tx.insert(surveyAnswers).values(answers).run();
}

/** Why a phase of the file cannot be imported, or null. */
function phaseBlock(
  tx: Tx,
  networkId: number,
  phase: SurveyPhase,
  rows: number,
  participants: number,
): string | null {
  const label = PHASE_LABELS[phase];
  if (
    tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.networkId, networkId), eq(surveys.phase, phase)))
      .get()
  ) {
    return `Dit netwerk heeft al een ${label}. Een import wordt een eigen, afgesloten meting en kan niet samengaan met bestaande antwoorden; er werd niets geïmporteerd.`;
  }
  if (rows > participants)
    return `Het bestand bevat ${rows} ingevulde formulieren voor de ${label}, meer dan de ${participants} deelnemers die je opgaf; er werd niets geïmporteerd.`;
  return null;
}

/**
 * Imports historic answers (a Microsoft Forms export in the template's columns) in one
 * transaction: the whole file or nothing. Each phase in the file becomes its own historic,
 * published measurement over the participant count given; respondent codes pair pre and post.
 */
export function importResponses(
  networkId: number,
  table: Table,
  participants: number,
  now = new Date(),
): ImportOutcome {
  const goals = db
    .select({ id: networkGoals.id, text: networkGoals.text })
    .from(networkGoals)
    .where(eq(networkGoals.networkId, networkId))
    .orderBy(asc(networkGoals.position))
    .all();
  const validated = validateImport(table, goals, labelsOf("role"));
  if (!validated.ok) return validated;
  const outcome = db.transaction(
    (tx): ImportOutcome => {
      const byPhase = {
        pre: validated.responses.filter((r) => r.phase === "pre"),
        post: validated.responses.filter((r) => r.phase === "post"),
      };
      const errors = (["pre", "post"] as const)
        .flatMap((phase) =>
          byPhase[phase].length
            ? [phaseBlock(tx, networkId, phase, byPhase[phase].length, participants)]
            : [],
        )
        .filter((e) => e !== null);
      if (errors.length) return { ok: false, errors };
      for (const phase of ["pre", "post"] as const) {
        if (byPhase[phase].length === 0) continue;
        const { survey, questions } = historicSurvey(
          tx,
          networkId,
          phase,
          goals,
          participants,
          validated.openQuestions,
          now,
        );
        for (const row of byPhase[phase]) insertResponse(tx, networkId, survey.id, questions, row);
        tx.update(surveys)
          .set({ sealedEligibleRespondents: byPhase[phase].length })
          .where(eq(surveys.id, survey.id))
          .run();
      }
      detachPseudonymsWhenPublished(tx, networkId);
      return {
        ok: true,
        imported: { pre: byPhase.pre.length, post: byPhase.post.length },
        skipped: validated.skipped,
      };
    },
    { behavior: "immediate" },
  );
  scheduleWalTruncate();
  return outcome;
}
