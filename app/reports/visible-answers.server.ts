import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "#db/client.server";
import { surveyAnswers, surveyResponses } from "#db/schema";
import { sourceCounts } from "~/surveys/eligibility.server";
import type { ResponseSource, SourceCounts } from "~/surveys/rules";
import { includedSources, visibleValues, type LeftOut, type ValuesBySource } from "./visibility";

/**
 * The answers of a published survey that figures may use, per question (visibility.ts decides).
 * Most surveys have answers from one source only; then the counts come from the answers' index
 * alone, without looking up each answer's response for its source.
 */
export function visibleScores(
  surveyId: number,
  questionIds: number[],
  k: number,
): Map<number, { values: number[]; leftOut: LeftOut[] }> {
  const bySource = scoresBySource(surveyId, questionIds);
  return new Map(questionIds.map((id) => [id, visibleValues(bySource.get(id) ?? {}, k)]));
}

function scoresBySource(surveyId: number, questionIds: number[]): Map<number, ValuesBySource> {
  const result = new Map<number, ValuesBySource>();
  if (!questionIds.length) return result;
  const sources = Object.keys(sourceCounts(surveyId)) as ResponseSource[];
  const scored = and(inArray(surveyAnswers.questionId, questionIds), isNotNull(surveyAnswers.value));
  const rows: Array<{ questionId: number; source: ResponseSource; value: number | null; n: number }> =
    sources.length === 1
      ? db
          .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, n: count() })
          .from(surveyAnswers)
          .where(scored)
          .groupBy(surveyAnswers.questionId, surveyAnswers.value)
          .all()
          .map((row) => ({ ...row, source: sources[0] }))
      : db
          .select({
            questionId: surveyAnswers.questionId,
            source: surveyResponses.source,
            value: surveyAnswers.value,
            n: count(),
          })
          .from(surveyAnswers)
          .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
          .where(scored)
          .groupBy(surveyAnswers.questionId, surveyResponses.source, surveyAnswers.value)
          .all();
  for (const { questionId, source, value, n } of rows) {
    const bySource = result.get(questionId) ?? {};
    const list = (bySource[source] ??= []);
    for (let i = 0; i < n; i++) list.push(value!);
    result.set(questionId, bySource);
  }
  return result;
}

/** The sources whose responses count for survey-wide figures (roles, open answers). */
export function includedSourcesOf(
  surveyId: number,
  k: number,
): { included: ResponseSource[]; leftOut: LeftOut[]; counts: SourceCounts } {
  const counts = sourceCounts(surveyId);
  return { ...includedSources(counts, k), counts };
}

/** Per knowledge question: pseudonym → score, from the sources that take part in that question's figure. */
export function knowledgeAnswers(
  sourcesOf: Map<number, Set<ResponseSource>>,
): Map<number, Map<string, number>> {
  const byQuestion = new Map<number, Map<string, number>>();
  const questionIds = [...sourcesOf.keys()];
  if (!questionIds.length) return byQuestion;
  const rows = db
    .select({
      questionId: surveyAnswers.questionId,
      value: surveyAnswers.value,
      pseudonym: surveyResponses.pseudonym,
      source: surveyResponses.source,
    })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
    .where(
      and(
        inArray(surveyAnswers.questionId, questionIds),
        isNotNull(surveyAnswers.value),
        isNotNull(surveyResponses.pseudonym),
      ),
    )
    .all();
  for (const { questionId, value, pseudonym, source } of rows) {
    if (!sourcesOf.get(questionId)!.has(source)) continue;
    const byPerson = byQuestion.get(questionId) ?? new Map<string, number>();
    byPerson.set(pseudonym!, value!);
    byQuestion.set(questionId, byPerson);
  }
  return byQuestion;
}

/**
 * Open answers per question, from the given sources, ordered by the answer's own random id: an
 * order unrelated to who wrote it, to when, and to the order of the same person's answers to
 * another question (each answer has its own id). The same on every view, so reloading the
 * report teaches nothing either.
 */
export function openTexts(questionIds: number[], sources: ResponseSource[]): Map<number, string[]> {
  const texts = new Map<number, string[]>();
  if (!questionIds.length || !sources.length) return texts;
  const rows = db
    .select({ questionId: surveyAnswers.questionId, text: surveyAnswers.text })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
    .where(
      and(
        inArray(surveyAnswers.questionId, questionIds),
        isNotNull(surveyAnswers.text),
        inArray(surveyResponses.source, sources),
      ),
    )
    .orderBy(asc(surveyAnswers.id))
    .all();
  for (const { questionId, text } of rows) {
    if (!text) continue;
    const list = texts.get(questionId) ?? [];
    list.push(text);
    texts.set(questionId, list);
  }
  return texts;
}
