import { and, count, countDistinct, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { attendance, networkAudiences, networkLevels, networks, networkSessions, operationalGoals, surveyAnswers, surveyQuestions, surveyResponses, surveys } from "#db/schema";
import { planForYear } from "~/surveys/plan.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { schoolYearChoices, schoolYearLabel } from "~/networks/time";
import { groupRows } from "./grouping";
import { aggregate, META_ITEMS, summarisePlanCoverage, type MeasuredNetwork, type MetaItem, type Tally } from "./meta";
import { reportMaxAgeMs } from "./max-age.server";
import { metaTables } from "./meta-export";
import { responseVerdict } from "./penninckx";

/** A survey still taking answers stays out: comparing figures before and after one more answer would reveal it. */
const notOpenNow = sql`not (coalesce(${surveys.opensAt} <= unixepoch(), 0) and coalesce(${surveys.closesAt} > unixepoch(), 0))`;

/**
 * Networks whose post measurement belongs to a school year. A network spanning two years is
 * measured at its end, so it counts in its last school year. Five set-based queries, whatever
 * the number of networks; scores come back as counts per value.
 */
export function measuredNetworks(schoolYear: number | null): Array<MeasuredNetwork & { schoolYear: number }> {
  const rows = db
    .select({ survey: surveys, network: networks, coreTask: operationalGoals.coreTaskOrImpulse, respondents: sql<number>`(select count(*) from ${surveyResponses} r where r.survey_id = ${surveys.id})` })
    .from(surveys)
    .innerJoin(networks, eq(surveys.networkId, networks.id))
    .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
    .where(and(eq(surveys.phase, "post"), notOpenNow, schoolYear === null ? undefined : eq(networks.lastSchoolYear, schoolYear)))
    .all()
    .filter((row) => row.respondents > 0);
  if (rows.length === 0) return [];
  const networkIds = rows.map((r) => r.network.id);
  const attended = new Map(
    db
      .select({ networkId: networkSessions.networkId, n: countDistinct(attendance.userId) })
      .from(attendance)
      .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
      .where(and(inArray(networkSessions.networkId, networkIds), eq(attendance.present, true)))
      .groupBy(networkSessions.networkId)
      .all()
      .map((r) => [r.networkId, r.n]),
  );
  // A mean needs only how many answers and their sum: the database adds them up per survey and item.
  const scores = new Map(
    db
      .select({ surveyId: surveyQuestions.surveyId, construct: surveyQuestions.construct, n: count(), sum: sql<number>`total(${surveyAnswers.value})` })
      .from(surveyAnswers)
      .innerJoin(surveyQuestions, eq(surveyAnswers.questionId, surveyQuestions.id))
      .where(and(inArray(surveyQuestions.surveyId, rows.map((r) => r.survey.id)), inArray(surveyQuestions.construct, [...META_ITEMS]), isNotNull(surveyAnswers.value)))
      .groupBy(surveyQuestions.surveyId, surveyQuestions.construct)
      .all()
      .map((r): [string, Tally] => [`${r.surveyId}:${r.construct}`, { n: r.n, sum: r.sum }]),
  );
  const audiences = groupRows(db.select().from(networkAudiences).where(inArray(networkAudiences.networkId, networkIds)).all(), (r) => r.networkId, (r) => r.jobFunction);
  const levels = groupRows(db.select().from(networkLevels).where(inArray(networkLevels.networkId, networkIds)).all(), (r) => r.networkId, (r) => r.level);
  return rows.map(({ survey, network, coreTask, respondents }) => ({
    id: network.id,
    schoolYear: network.lastSchoolYear,
    coreTask,
    audiences: audiences.get(network.id) ?? [],
    levels: levels.get(network.id) ?? [],
    networkType: network.networkType,
    respondents,
    sufficient: responseVerdict(respondents, survey.recordedParticipants ?? attended.get(network.id) ?? 0).sufficient,
    values: Object.fromEntries(META_ITEMS.map((item) => [item, scores.get(`${survey.id}:${item}`) ?? { n: 0, sum: 0 }])) as Record<MetaItem, Tally>,
  }));
}

/** The meta-analysis page of a school year: its tables, the trend over all years, how much of the plan was done. */
export function metaAnalysis(year: number) {
  return cachedUntilChange(`meta-analysis:${year}`, () => {
    const all = measuredNetworks(null);
    const years = [...new Set(all.map((n) => n.schoolYear))].sort();
    return {
      years: [...new Set([...years, ...schoolYearChoices(), year])].sort(),
      tables: metaTables(all.filter((n) => n.schoolYear === year)),
      trend: years.map((y) => ({ ...aggregate(all.filter((n) => n.schoolYear === y)), value: schoolYearLabel(y) })),
      coverage: summarisePlanCoverage(planCoverage(year)),
    };
  }, () => reportMaxAgeMs(null));
}

/** The designated measurements of a school year and whether each was done. */
export function planCoverage(schoolYear: number) {
  const planned = planForYear(schoolYear).filter((n) => n.pre || n.post);
  if (planned.length === 0) return [];
  const done = new Set(
    db
      .selectDistinct({ networkId: surveys.networkId, phase: surveys.phase })
      .from(surveys)
      .where(and(inArray(surveys.networkId, planned.map((n) => n.id)), sql`exists (select 1 from ${surveyResponses} r where r.survey_id = ${surveys.id})`))
      .all()
      .map((r) => `${r.networkId}:${r.phase}`),
  );
  return planned.map((n) => ({ title: n.title, slug: n.slug, pre: n.pre ? done.has(`${n.id}:pre`) : null, post: n.post ? done.has(`${n.id}:post`) : null }));
}
