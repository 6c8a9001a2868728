import { and, asc, count, countDistinct, eq, inArray, isNotNull } from "drizzle-orm";
import { db } from "#db/client.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { attendance, networkGoals, networks, networkSessions, registrations, surveyAnswers, surveyQuestions, surveyResponses, surveys, type SurveyPhase } from "#db/schema";
import { schoolYearLabel } from "~/networks/time";
import { surveyState } from "~/surveys/rules";
import { groupRows, listsFromCounts } from "./grouping";
import type { OpenAnswers } from "./open-answers";
import { reportMaxAgeMs } from "./max-age.server";
import { responseVerdict, type ResponseVerdict } from "./penninckx";
import { categoryCounts, DEFAULT_K, shuffled, summarise, summarisePairs, type ItemSummary, type PairSummary } from "./stats";

const SCORED = ["tevredenheid", "bruikbaarheid", "kennis", "geleerd", "ondersteuning", "praktijktoepassing", "eigen"] as const;

export interface ReportItem extends ItemSummary {
  key: string;
  phase: SurveyPhase;
  text: string;
}

export interface NetworkReport {
  network: { slug: string; title: string; schoolYear: string };
  participants: { registered: number; attended: number };
  phases: Record<SurveyPhase, (ResponseVerdict & { denominator: number }) | null>;
  items: ReportItem[];
  pairs: Array<PairSummary & { goal: string }>;
  roles: Record<SurveyPhase, { counts: Array<{ label: string; n: number }>; hidden: number } | null>;
  open: OpenAnswers[];
  /** Phases still taking answers: only their response count is shown until they close. */
  pending: SurveyPhase[];
  k: number;
}

/**
 * Every figure of the network report, computed from stored answers by the pure functions in
 * stats.ts. The database returns counts per question and value rather than every answer; only
 * knowledge answers (for the pre/post pairs) and open texts come back one by one.
 */
export function buildNetworkReport(networkId: number, k = DEFAULT_K, now = new Date()): NetworkReport {
  const network = db.select().from(networks).where(eq(networks.id, networkId)).get()!;
  const goals = new Map(db.select().from(networkGoals).where(eq(networkGoals.networkId, networkId)).all().map((g) => [g.id, g.text]));
  const registered = db.select({ n: countDistinct(registrations.userId) }).from(registrations).where(and(eq(registrations.networkId, networkId), eq(registrations.status, "registered"))).get()!.n;
  const attended = db
    .select({ n: countDistinct(attendance.userId) })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .where(and(eq(networkSessions.networkId, networkId), eq(attendance.present, true)))
    .get()!.n;

  const report: NetworkReport = {
    network: { slug: network.slug, title: network.title, schoolYear: schoolYearLabel(network.firstSchoolYear) },
    participants: { registered, attended },
    phases: { pre: null, post: null },
    items: [],
    pairs: [],
    roles: { pre: null, post: null },
    open: [],
    pending: [],
    k,
  };
  const kennisByPseudonym: Record<SurveyPhase, Map<number, Map<string, number>>> = { pre: new Map(), post: new Map() };

  for (const survey of db.select().from(surveys).where(eq(surveys.networkId, networkId)).all()) {
    const roleCounts = db.select({ role: surveyResponses.role, n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).groupBy(surveyResponses.role).all();
    const respondents = roleCounts.reduce((sum, r) => sum + r.n, 0);
    const denominator = survey.recordedParticipants ?? attended;
    report.phases[survey.phase] = { ...responseVerdict(respondents, denominator), denominator };
    // No figures while answers still come in: comparing the report before and after one more
    // answer would give that answer away (live differencing).
    if (surveyState(survey, now) === "open") {
      report.pending.push(survey.phase);
      continue;
    }
    // "andere" is shown without its free text: a rare role could identify someone.
    report.roles[survey.phase] = categoryCounts(roleCounts.flatMap((r) => Array<string>(r.n).fill(r.role)), k);
    const questions = db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, survey.id)).orderBy(asc(surveyQuestions.position)).all();
    const scored = questions.filter((q) => (SCORED as readonly string[]).includes(q.construct) && (q.kind === "likert" || q.kind === "stage"));
    const valuesOf = scoredValues(scored.map((q) => q.id));
    const kennisOf = knowledgeAnswers(scored.filter((q) => q.construct === "kennis" && q.goalId).map((q) => q.id));
    const textsOf = openTexts(questions.filter((q) => q.kind === "open").map((q) => q.id));
    for (const question of questions) {
      if (scored.includes(question)) {
        const goal = question.goalId ? goals.get(question.goalId) : null;
        const key = goal ? `${question.construct}: ${goal}` : question.construct === "eigen" ? `eigen: ${question.text}` : question.construct;
        report.items.push({ key, phase: survey.phase, text: question.text, ...summarise(valuesOf.get(question.id) ?? [], k) });
        if (question.construct === "kennis" && question.goalId) kennisByPseudonym[survey.phase].set(question.goalId, kennisOf.get(question.id) ?? new Map());
      }
      if (question.kind === "open") {
        const texts = textsOf.get(question.id) ?? [];
        // Open answers only once the survey has k respondents, in an order that reveals nothing.
        report.open.push({ questionId: question.id, phase: survey.phase, question: question.text, n: texts.length, answers: respondents >= k ? shuffled(texts, survey.id * 7919 + question.id) : null });
      }
    }
  }
  for (const [goalId, goal] of goals) {
    const pre = kennisByPseudonym.pre.get(goalId);
    const post = kennisByPseudonym.post.get(goalId);
    if (!pre || !post) continue;
    const pairs: Array<[number, number]> = [];
    for (const [person, before] of pre) if (post.has(person)) pairs.push([before, post.get(person)!]);
    report.pairs.push({ goal, ...summarisePairs(pairs, k) });
  }
  return report;
}

/** Per question its scores, rebuilt from counts per value (the summaries need the list). */
function scoredValues(questionIds: number[]): Map<number, number[]> {
  if (!questionIds.length) return new Map();
  const counts = db
    .select({ key: surveyAnswers.questionId, value: surveyAnswers.value, n: count() })
    .from(surveyAnswers)
    .where(and(inArray(surveyAnswers.questionId, questionIds), isNotNull(surveyAnswers.value)))
    .groupBy(surveyAnswers.questionId, surveyAnswers.value)
    .all();
  return listsFromCounts(counts.map((c) => ({ ...c, value: c.value! })));
}

/** Per knowledge question: pseudonym → score, to pair a person's pre and post answers. */
function knowledgeAnswers(questionIds: number[]): Map<number, Map<string, number>> {
  const byQuestion = new Map<number, Map<string, number>>();
  if (!questionIds.length) return byQuestion;
  const rows = db
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, pseudonym: surveyResponses.pseudonym })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
    .where(and(inArray(surveyAnswers.questionId, questionIds), isNotNull(surveyAnswers.value), isNotNull(surveyResponses.pseudonym)))
    .all();
  for (const { questionId, value, pseudonym } of rows) {
    const byPerson = byQuestion.get(questionId) ?? new Map<string, number>();
    byPerson.set(pseudonym!, value!);
    byQuestion.set(questionId, byPerson);
  }
  return byQuestion;
}

function openTexts(questionIds: number[]): Map<number, string[]> {
  if (!questionIds.length) return new Map();
  const rows = db.select({ questionId: surveyAnswers.questionId, text: surveyAnswers.text }).from(surveyAnswers).where(and(inArray(surveyAnswers.questionId, questionIds), isNotNull(surveyAnswers.text))).all();
  return groupRows(rows.filter((r) => r.text), (r) => r.questionId, (r) => r.text!);
}

/** The documented JSON shape (README "Report JSON"), shared by the route and the CLI. */
/**
 * The report, the same for everyone allowed to read it, kept until an answer or edit comes in or
 * one of the network's surveys opens or closes (a running survey shows no figures).
 */
export function cachedNetworkReport(networkId: number): NetworkReport {
  return cachedUntilChange(`network-report:${networkId}`, () => buildNetworkReport(networkId), () => reportMaxAgeMs(networkId));
}

export function reportJson({ network, participants, phases, items, pairs, pending }: NetworkReport) {
  return {
    network,
    participants,
    phases: Object.fromEntries(Object.entries(phases).map(([phase, p]) => [phase, p && { respondents: p.respondents, responseRate: p.responseRate, requiredRate: p.requiredRate, sufficient: p.sufficient }])),
    items: items.map(({ key, phase, n, suppressed, mean, sd, distribution, top2 }) => ({ key, phase, n, suppressed, mean, sd, distribution, top2 })),
    pairs,
    pending,
  };
}
