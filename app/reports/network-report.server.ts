import { and, asc, count, countDistinct, eq, inArray, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { cachedUntilChange } from "~/http/data-version.server";
import {
  attendance,
  networkGoals,
  networks,
  networkSessions,
  registrations,
  surveyQuestions,
  surveyResponses,
  surveys,
  type Survey,
  type SurveyPhase,
} from "#db/schema";
import { responseSources } from "#db/schema/surveys";
import { schoolYearLabel } from "~/networks/time";
import { responseCounts } from "~/surveys/response-rate.server";
import {
  responseFraction,
  surveyState,
  type DenominatorBasis,
  type ResponseSource,
  type SourceCounts,
} from "~/surveys/rules";
import type { OpenAnswers } from "./open-answers";
import { reportMaxAgeMs } from "./max-age.server";
import { responseVerdict, type ResponseVerdict } from "./penninckx";
import {
  categoryCounts,
  DEFAULT_K,
  summarise,
  summarisePairs,
  type ItemSummary,
  type PairSummary,
} from "./stats";
import { includedSourcesOf, knowledgeAnswers, openTexts, visibleScores } from "./visible-answers.server";
import { pairsBlock, type LeftOut } from "./visibility";

const SCORED = [
  "tevredenheid",
  "bruikbaarheid",
  "kennis",
  "geleerd",
  "ondersteuning",
  "praktijktoepassing",
  "eigen",
] as const;

export interface ReportItem extends ItemSummary {
  key: string;
  phase: SurveyPhase;
  text: string;
  /** Sources with 1 to k − 1 answers on this item, left out of its figure. */
  leftOut: LeftOut[];
}

/**
 * "open": still taking answers; "unpublished": not taking answers but never published (no
 * source reached k, or the window lies ahead); "published": closed and sealed, its figures
 * shown and frozen.
 */
export type PhaseStatus = "open" | "unpublished" | "published";

export interface PhaseSummary extends ResponseVerdict {
  status: PhaseStatus;
  origin: Survey["origin"];
  /** All responses received, from every source. */
  responses: number;
  /** The response rate's denominator and what it counts. */
  denominator: number;
  basis: DenominatorBasis;
  guests: { answers: number; places: number };
  /** Sources left out of the survey-wide figures (roles, open answers). */
  leftOut: LeftOut[];
}

export type ReportPair = PairSummary & { goal: string; withheld: string | null };

export interface NetworkReport {
  network: { slug: string; title: string; schoolYear: string };
  participants: { registered: number; attended: number };
  phases: Record<SurveyPhase, PhaseSummary | null>;
  items: ReportItem[];
  pairs: ReportPair[];
  roles: Record<SurveyPhase, { counts: Array<{ label: string; n: number }>; hidden: number } | null>;
  open: OpenAnswers[];
  /** Phases without published results: only their response count is shown. */
  pending: SurveyPhase[];
  k: number;
}

function statusOf(survey: Survey, now: Date): PhaseStatus {
  if (survey.sealedAt) return "published";
  return surveyState(survey, now) === "open" ? "open" : "unpublished";
}

function phaseSummary(
  survey: Survey,
  status: PhaseStatus,
  sources: SourceCounts,
  leftOut: LeftOut[],
): PhaseSummary {
  const counts = responseCounts(survey, sources);
  const responses = Object.values(sources).reduce((sum, n) => sum + (n ?? 0), 0);
  const { respondents, denominator } = responseFraction(counts);
  const base = {
    status,
    origin: survey.origin,
    responses,
    denominator,
    basis: counts.basis,
    guests: { answers: counts.guestAnswers, places: counts.guestPlaces },
    leftOut,
  };
  if (status === "published") return { ...responseVerdict(respondents, denominator), ...base };
  // Before publication no rate: its numerator (eligible people who answered) would tell, one
  // attendance change at a time, whether a given person answered.
  return {
    ...responseVerdict(0, denominator),
    ...base,
    respondents: responses,
    responseRate: null,
    sufficient: false,
  };
}

/**
 * Every figure of the network report, computed from stored answers by the pure functions in
 * stats.ts and visibility.ts, for published surveys only: a survey's figures appear once, when
 * it is sealed, and never change after (so no two views of the report differ by a few answers).
 */
export function buildNetworkReport(networkId: number, k = DEFAULT_K, now = new Date()): NetworkReport {
  const network = db.select().from(networks).where(eq(networks.id, networkId)).get()!;
  const goals = new Map(
    db
      .select()
      .from(networkGoals)
      .where(eq(networkGoals.networkId, networkId))
      .all()
      .map((g) => [g.id, g.text]),
  );
  const registered = db
    .select({ n: countDistinct(registrations.userId) })
    .from(registrations)
    .where(and(eq(registrations.networkId, networkId), eq(registrations.status, "registered")))
    .get()!.n;
  const attended = db
    .select({ n: countDistinct(attendance.userId) })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .where(and(eq(networkSessions.networkId, networkId), eq(attendance.present, true)))
    .get()!.n;

  const report: NetworkReport = {
    network: {
      slug: network.slug,
      title: network.title,
      schoolYear: schoolYearLabel(network.firstSchoolYear),
    },
    participants: { registered, attended },
    phases: { pre: null, post: null },
    items: [],
    pairs: [],
    roles: { pre: null, post: null },
    open: [],
    pending: [],
    k,
  };
  const knowledge: Record<SurveyPhase, Map<number, { byPerson: Map<string, number>; item: ReportItem }>> = {
    pre: new Map(),
    post: new Map(),
  };

  for (const survey of db
    .select()
    .from(surveys)
    .where(eq(surveys.networkId, networkId))
    .orderBy(sql`${surveys.phase} = 'post'`)
    .all()) {
    const status = statusOf(survey, now);
    const sources = includedSourcesOf(survey.id, k);
    report.phases[survey.phase] = phaseSummary(survey, status, sources.counts, sources.leftOut);
    if (status !== "published") {
      report.pending.push(survey.phase);
      continue;
    }
    // "andere" is shown without its free text: a rare role could identify someone.
    report.roles[survey.phase] = categoryCounts(roleLabels(survey.id, sources.included), k);
    const questions = db
      .select()
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, survey.id))
      .orderBy(asc(surveyQuestions.position))
      .all();
    const scored = questions.filter(
      (q) =>
        (SCORED as readonly string[]).includes(q.construct) && (q.kind === "likert" || q.kind === "stage"),
    );
    const visible = visibleScores(
      survey.id,
      scored.map((q) => q.id),
      k,
    );
    const kennis = scored.filter((q) => q.construct === "kennis" && q.goalId);
    const kennisOf = knowledgeAnswers(
      new Map(kennis.map((q) => [q.id, sourcesTakingPart(visible.get(q.id)!.leftOut)])),
    );
    const open = questions.filter((q) => q.kind === "open");
    const textsOf = openTexts(
      open.map((q) => q.id),
      sources.included,
    );
    const includedResponses = sources.included.reduce(
      (sum, source) => sum + (sources.counts[source] ?? 0),
      0,
    );
    for (const question of questions) {
      if (scored.includes(question)) {
        const goal = question.goalId ? goals.get(question.goalId) : null;
        const key = goal
          ? `${question.construct}: ${goal}`
          : question.construct === "eigen"
            ? `eigen: ${question.text}`
            : question.construct;
        const { values, leftOut } = visible.get(question.id)!;
        const item: ReportItem = {
          key,
          phase: survey.phase,
          text: question.text,
          ...summarise(values, k),
          leftOut,
        };
        report.items.push(item);
        if (kennis.includes(question))
          knowledge[survey.phase].set(question.goalId!, {
            byPerson: kennisOf.get(question.id) ?? new Map(),
            item,
          });
      }
      if (question.kind === "open") {
        const texts = textsOf.get(question.id) ?? [];
        // Open answers only from sources with k respondents, in the answers' random-id order.
        report.open.push({
          questionId: question.id,
          phase: survey.phase,
          question: question.text,
          n: texts.length,
          answers: includedResponses >= k ? texts : null,
        });
      }
    }
  }
  for (const [goalId, goal] of goals) {
    const pre = knowledge.pre.get(goalId);
    const post = knowledge.post.get(goalId);
    if (pre && post) report.pairs.push(pairedGain(goal, pre, post, k));
  }
  return report;
}

/** The sources an item's figure uses: all but those left out (a source without answers adds nothing). */
function sourcesTakingPart(leftOut: LeftOut[]): Set<ResponseSource> {
  return new Set(responseSources.filter((source) => !leftOut.some((l) => l.source === source)));
}

type KnowledgeSide = { byPerson: Map<string, number>; item: ReportItem };

/** The paired gain of one goal, withheld when it differs from the item means beside it by 1 to k − 1 people. */
function pairedGain(goal: string, pre: KnowledgeSide, post: KnowledgeSide, k: number): ReportPair {
  const pairs: Array<[number, number]> = [];
  for (const [person, before] of pre.byPerson)
    if (post.byPerson.has(person)) pairs.push([before, post.byPerson.get(person)!]);
  const summary = summarisePairs(pairs, k);
  const sides = [pre.item, post.item].map((item) => ({
    phase: item.phase,
    n: item.n,
    shown: !item.suppressed,
  }));
  const withheld = summary.suppressed ? null : pairsBlock(pairs.length, sides, k);
  if (!withheld) return { goal, ...summary, withheld: null };
  return { goal, n: summary.n, suppressed: true, meanDiff: null, sdDiff: null, effectSize: null, withheld };
}

/** Each response's role, from the sources that take part. */
function roleLabels(surveyId: number, sources: Array<"portal" | "guest" | "import">): string[] {
  return rolesOf(surveyId, sources).flatMap((r) => Array<string>(r.n).fill(r.role));
}

function rolesOf(surveyId: number, sources: Array<"portal" | "guest" | "import">) {
  if (!sources.length) return [];
  return db
    .select({ role: surveyResponses.role, n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), inArray(surveyResponses.source, sources)))
    .groupBy(surveyResponses.role)
    .all();
}

/**
 * The report, the same for everyone allowed to read it, kept until an answer or edit comes in or
 * one of the network's surveys opens or closes.
 */
export function cachedNetworkReport(networkId: number): NetworkReport {
  return cachedUntilChange(
    `network-report:${networkId}`,
    () => buildNetworkReport(networkId),
    () => reportMaxAgeMs(networkId),
  );
}

/** The documented JSON shape (README "Report JSON"), shared by the route and the CLI. */
export function reportJson({ network, participants, phases, items, pairs, pending }: NetworkReport) {
  return {
    network,
    participants,
    phases: Object.fromEntries(
      Object.entries(phases).map(([phase, p]) => [
        phase,
        p && {
          status: p.status,
          origin: p.origin,
          responses: p.responses,
          respondents: p.respondents,
          denominator: p.denominator,
          basis: p.basis,
          guests: p.guests,
          responseRate: p.responseRate,
          requiredRate: p.requiredRate,
          sufficient: p.sufficient,
          leftOut: p.leftOut,
        },
      ]),
    ),
    items: items.map(({ key, phase, n, suppressed, mean, sd, distribution, top2, leftOut }) => ({
      key,
      phase,
      n,
      suppressed,
      mean,
      sd,
      distribution,
      top2,
      leftOut,
    })),
    pairs,
    pending,
  };
}
