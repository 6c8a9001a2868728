import { and, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  networkAudiences,
  networkLevels,
  networks,
  operationalGoals,
  surveyAnswers,
  surveyQuestions,
  surveyResponses,
  surveys,
} from "#db/schema";
import { responseCounts } from "~/surveys/response-rate.server";
import { responseFraction, type ResponseSource, type SourceCounts } from "~/surveys/rules";
import { includedSources } from "./visibility";
import { DEFAULT_K } from "./stats";
import { planForYear } from "~/surveys/plan.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { schoolYearChoices, schoolYearLabel } from "~/networks/time";
import { groupRows } from "./grouping";
import {
  aggregate,
  META_ITEMS,
  summarisePlanCoverage,
  type MeasuredNetwork,
  type MetaItem,
  type Tally,
} from "./meta";
import { reportMaxAgeMs } from "./max-age.server";
import { metaTables } from "./meta-export";
import { responseVerdict } from "./penninckx";

/**
 * Networks whose post measurement belongs to a school year. A network spanning two years is
 * measured at its end, so it counts in its last school year. Only published measurements, and
 * of those only the answers the network report itself shows (visibility.ts, the same rule):
 * the meta-analysis never rests on answers that a network's own figures leave out.
 */
export function measuredNetworks(
  schoolYear: number | null,
  k = DEFAULT_K,
): Array<MeasuredNetwork & { schoolYear: number }> {
  const rows = db
    .select({ survey: surveys, network: networks, coreTask: operationalGoals.coreTaskOrImpulse })
    .from(surveys)
    .innerJoin(networks, eq(surveys.networkId, networks.id))
    .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
    .where(
      and(
        eq(surveys.phase, "post"),
        isNotNull(surveys.sealedAt),
        schoolYear === null ? undefined : eq(networks.lastSchoolYear, schoolYear),
      ),
    )
    .all();
  if (rows.length === 0) return [];
  const surveyIds = rows.map((r) => r.survey.id);
  const sources = sourcesBySurvey(surveyIds);
  const tallies = visibleTallies(surveyIds, sources, k);
  const networkIds = rows.map((r) => r.network.id);
  const audiences = groupRows(
    db.select().from(networkAudiences).where(inArray(networkAudiences.networkId, networkIds)).all(),
    (r) => r.networkId,
    (r) => r.jobFunction,
  );
  const levels = groupRows(
    db.select().from(networkLevels).where(inArray(networkLevels.networkId, networkIds)).all(),
    (r) => r.networkId,
    (r) => r.level,
  );
  return rows.flatMap(({ survey, network, coreTask }) => {
    const counts = sources.get(survey.id) ?? {};
    const respondents = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    if (respondents === 0) return [];
    const { respondents: counted, denominator } = responseFraction(responseCounts(survey, counts));
    return [
      {
        id: network.id,
        schoolYear: network.lastSchoolYear,
        coreTask,
        audiences: audiences.get(network.id) ?? [],
        levels: levels.get(network.id) ?? [],
        networkType: network.networkType,
        respondents,
        sufficient: responseVerdict(counted, denominator).sufficient,
        values: Object.fromEntries(
          META_ITEMS.map((item) => [item, tallies.get(`${survey.id}:${item}`) ?? { n: 0, sum: 0 }]),
        ) as Record<MetaItem, Tally>,
      },
    ];
  });
}

function sourcesBySurvey(surveyIds: number[]): Map<number, SourceCounts> {
  const bySurvey = new Map<number, SourceCounts>();
  const rows = db
    .select({ surveyId: surveyResponses.surveyId, source: surveyResponses.source, n: count() })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, surveyIds))
    .groupBy(surveyResponses.surveyId, surveyResponses.source)
    .all();
  for (const { surveyId, source, n } of rows)
    bySurvey.set(surveyId, { ...bySurvey.get(surveyId), [source]: n });
  return bySurvey;
}

/**
 * Per survey and meta item: how many answers and their sum, over the items and sources its
 * network report shows (a source with 1 to k − 1 answers on an item stays out, as there). A mean
 * needs nothing more, so the database adds up per question and source. Surveys with one source
 * (nearly all) are added up from the answers' index alone.
 */
function visibleTallies(
  surveyIds: number[],
  sources: Map<number, SourceCounts>,
  k: number,
): Map<string, Tally> {
  const single = surveyIds.filter((id) => Object.keys(sources.get(id) ?? {}).length === 1);
  const mixed = surveyIds.filter((id) => Object.keys(sources.get(id) ?? {}).length > 1);
  const perQuestion = (ids: number[], bySource: boolean) => {
    if (!ids.length) return [];
    const meta = and(
      inArray(surveyQuestions.surveyId, ids),
      inArray(surveyQuestions.construct, [...META_ITEMS]),
      isNotNull(surveyAnswers.value),
    );
    const base = {
      surveyId: surveyQuestions.surveyId,
      questionId: surveyQuestions.id,
      construct: surveyQuestions.construct,
      n: count(),
      sum: sql<number>`total(${surveyAnswers.value})`,
    };
    if (!bySource) {
      return db
        .select(base)
        .from(surveyAnswers)
        .innerJoin(surveyQuestions, eq(surveyAnswers.questionId, surveyQuestions.id))
        .where(meta)
        .groupBy(surveyQuestions.id)
        .all()
        .map((row) => ({ ...row, source: Object.keys(sources.get(row.surveyId)!)[0] as ResponseSource }));
    }
    return db
      .select({ ...base, source: surveyResponses.source })
      .from(surveyAnswers)
      .innerJoin(surveyQuestions, eq(surveyAnswers.questionId, surveyQuestions.id))
      .innerJoin(surveyResponses, eq(surveyAnswers.responseId, surveyResponses.id))
      .where(meta)
      .groupBy(surveyQuestions.id, surveyResponses.source)
      .all();
  };
  const byQuestion = groupRows(
    [...perQuestion(single, false), ...perQuestion(mixed, true)],
    (r) => r.questionId,
    (r) => r,
  );
  const tallies = new Map<string, Tally>();
  for (const parts of byQuestion.values()) {
    const { included } = includedSources(Object.fromEntries(parts.map((p) => [p.source, p.n])), k);
    const key = `${parts[0].surveyId}:${parts[0].construct}`;
    let tally = tallies.get(key) ?? { n: 0, sum: 0 };
    for (const part of parts)
      if (included.includes(part.source)) tally = { n: tally.n + part.n, sum: tally.sum + part.sum };
    tallies.set(key, tally);
  }
  return tallies;
}

/** The meta-analysis page of a school year: its tables, the trend over all years, how much of the plan was done. */
export function metaAnalysis(year: number) {
  return cachedUntilChange(
    `meta-analysis:${year}`,
    () => {
      const all = measuredNetworks(null);
      const years = [...new Set(all.map((n) => n.schoolYear))].sort();
      return {
        years: [...new Set([...years, ...schoolYearChoices(), year])].sort(),
        tables: metaTables(all.filter((n) => n.schoolYear === year)),
        trend: years.map((y) => ({
          ...aggregate(all.filter((n) => n.schoolYear === y)),
          value: schoolYearLabel(y),
        })),
        coverage: summarisePlanCoverage(planCoverage(year)),
      };
    },
    () => reportMaxAgeMs(null),
  );
}

/** The designated measurements of a school year and whether each was done. */
export function planCoverage(schoolYear: number) {
  const planned = planForYear(schoolYear).filter((n) => n.pre || n.post);
  if (planned.length === 0) return [];
  const done = new Set(
    db
      .selectDistinct({ networkId: surveys.networkId, phase: surveys.phase })
      .from(surveys)
      .where(
        and(
          inArray(
            surveys.networkId,
            planned.map((n) => n.id),
          ),
          isNotNull(surveys.sealedAt),
          sql`exists (select 1 from ${surveyResponses} r where r.survey_id = ${surveys.id})`,
        ),
      )
      .all()
      .map((r) => `${r.networkId}:${r.phase}`),
  );
  return planned.map((n) => ({
    title: n.title,
    slug: n.slug,
    pre: n.pre ? done.has(`${n.id}:pre`) : null,
    post: n.post ? done.has(`${n.id}:post`) : null,
  }));
}
