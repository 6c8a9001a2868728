import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "#db/client.server";
import { attendance, networkGoals, networks, networkSessions, registrations, surveyAnswers, surveyQuestions, surveyResponses, surveys, type SurveyPhase } from "#db/schema";
import { schoolYearLabel } from "~/networks/time";
import { surveyState } from "~/surveys/rules";
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
  open: Array<{ phase: SurveyPhase; question: string; answers: string[] | null; n: number }>;
  /** Phases still taking answers: only their response count is shown until they close. */
  pending: SurveyPhase[];
  k: number;
}

/** Every figure of the network report, computed from stored answers by the pure functions in stats.ts. */
export function buildNetworkReport(networkId: number, k = DEFAULT_K, now = new Date()): NetworkReport {
  const network = db.select().from(networks).where(eq(networks.id, networkId)).get()!;
  const goals = new Map(db.select().from(networkGoals).where(eq(networkGoals.networkId, networkId)).all().map((g) => [g.id, g.text]));
  const registered = db.selectDistinct({ id: registrations.userId }).from(registrations).where(and(eq(registrations.networkId, networkId), eq(registrations.status, "registered"))).all().length;
  const attended = db
    .selectDistinct({ id: attendance.userId })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .where(and(eq(networkSessions.networkId, networkId), eq(attendance.present, true)))
    .all().length;

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
    const responses = db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).all();
    const denominator = survey.recordedParticipants ?? attended;
    report.phases[survey.phase] = { ...responseVerdict(responses.length, denominator), denominator };
    // No figures while answers still come in: comparing the report before and after one more
    // answer would give that answer away (live differencing).
    if (surveyState(survey, now) === "open") {
      report.pending.push(survey.phase);
      continue;
    }
    // "andere" is shown without its free text: a rare role could identify someone.
    report.roles[survey.phase] = categoryCounts(responses.map((r) => r.role), k);
    const questions = db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, survey.id)).orderBy(asc(surveyQuestions.position)).all();
    const answers = responses.length
      ? db
          .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, text: surveyAnswers.text, pseudonym: surveyResponses.pseudonym })
          .from(surveyAnswers)
          .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
          .where(inArray(surveyAnswers.questionId, questions.map((q) => q.id)))
          .all()
      : [];
    for (const question of questions) {
      const own = answers.filter((a) => a.questionId === question.id);
      if ((SCORED as readonly string[]).includes(question.construct) && (question.kind === "likert" || question.kind === "stage")) {
        const values = own.map((a) => a.value).filter((v): v is number => v !== null);
        const goal = question.goalId ? goals.get(question.goalId) : null;
        const key = goal ? `${question.construct}: ${goal}` : question.construct === "eigen" ? `eigen: ${question.text}` : question.construct;
        report.items.push({ key, phase: survey.phase, text: question.text, ...summarise(values, k) });
        if (question.construct === "kennis" && question.goalId) {
          const byPerson = new Map<string, number>();
          for (const a of own) if (a.pseudonym && a.value !== null) byPerson.set(a.pseudonym, a.value);
          kennisByPseudonym[survey.phase].set(question.goalId, byPerson);
        }
      }
      if (question.kind === "open") {
        const texts = own.map((a) => a.text).filter((t): t is string => Boolean(t));
        // Open answers only once the survey has k respondents, in an order that reveals nothing.
        report.open.push({ phase: survey.phase, question: question.text, n: texts.length, answers: responses.length >= k ? shuffled(texts, survey.id * 7919 + question.id) : null });
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


/** The documented JSON shape (README "Report JSON"), shared by the route and the CLI. */
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
