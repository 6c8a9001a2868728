import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "#db/client.server";
import { networkGoals, surveyAnswers, surveyQuestions, surveyResponses, surveys, type SurveyPhase } from "#db/schema";
import type { Table } from "~/imports/tabular";
import { validateImport } from "./import";
import { buildQuestions } from "./instrument";
import { importPseudonym } from "./pseudonym.server";
import { answerDay } from "./rules";
import { labelsOf } from "./surveys.server";

export type ImportOutcome = { ok: true; imported: Record<SurveyPhase, number> } | { ok: false; errors: string[] };


function surveyFor(tx: Tx, networkId: number, phase: SurveyPhase, goals: { id: number; text: string }[]) {
  const existing = tx.select().from(surveys).where(and(eq(surveys.networkId, networkId), eq(surveys.phase, phase))).get();
  if (existing) return existing;
  const template = phase === "pre" ? "voormeting-basis" : "nameting-basis";
  const created = tx.insert(surveys).values({ networkId, phase, template, createdAt: new Date() }).returning().get();
  buildQuestions(template, goals, labelsOf("role"), labelsOf("stage")).forEach((spec, position) => tx.insert(surveyQuestions).values({ surveyId: created.id, position, ...spec }).run());
  return created;
}

/**
 * Imports historic answers (a Microsoft Forms export in the template's columns) in one
 * transaction: the whole file or nothing. Respondent codes pair pre and post rows.
 */
export function importResponses(networkId: number, table: Table, participants: number | null, now = new Date()): ImportOutcome {
  const goals = db.select({ id: networkGoals.id, text: networkGoals.text }).from(networkGoals).where(eq(networkGoals.networkId, networkId)).orderBy(asc(networkGoals.position)).all();
  const validated = validateImport(table, goals, labelsOf("role"));
  if (!validated.ok) return validated;
  try {
    return db.transaction(
      (tx): ImportOutcome => {
        const imported: Record<SurveyPhase, number> = { pre: 0, post: 0 };
        for (const phase of ["pre", "post"] as const) {
          const rows = validated.responses.filter((r) => r.phase === phase);
          if (rows.length === 0) continue;
          const survey = surveyFor(tx, networkId, phase, goals);
          if (participants !== null) tx.update(surveys).set({ recordedParticipants: participants }).where(eq(surveys.id, survey.id)).run();
          const questions = tx.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, survey.id)).all();
          for (const text of validated.openQuestions) {
            if (questions.some((q) => q.kind === "open" && q.text === text)) continue;
            const max = tx.select({ max: sql<number>`coalesce(max(${surveyQuestions.position}), -1)` }).from(surveyQuestions).where(eq(surveyQuestions.surveyId, survey.id)).get()!.max;
            questions.push(tx.insert(surveyQuestions).values({ surveyId: survey.id, position: max + 1, kind: "open", construct: "open", goalId: null, text, options: null, required: false, fixed: false }).returning().get());
          }
          for (const row of rows) {
            const responseId = randomUUID();
            tx.insert(surveyResponses)
              .values({ id: responseId, surveyId: survey.id, pseudonym: row.respondent ? importPseudonym(networkId, row.respondent) : null, role: row.role, roleOther: row.roleOther, source: "import" })
              .run();
            for (const score of row.scores) {
              const question = questions.find((q) => q.construct === score.construct && q.goalId === score.goalId);
              if (question) tx.insert(surveyAnswers).values({ id: randomUUID(), responseId, questionId: question.id, value: score.value, text: null }).run();
            }
            for (const answer of row.open) {
              const question = questions.find((q) => q.kind === "open" && q.text === answer.question)!;
              tx.insert(surveyAnswers).values({ id: randomUUID(), responseId, questionId: question.id, value: null, text: answer.text }).run();
            }
            imported[phase]++;
          }
        }
        return { ok: true, imported };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed: survey_responses/.test(error.message)) {
      return { ok: false, errors: ["Deze respondentcodes zijn al geïmporteerd voor dit netwerk; er werd niets geïmporteerd."] };
    }
    throw error;
  }
}
