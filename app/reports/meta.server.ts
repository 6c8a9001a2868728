import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { attendance, networkAudiences, networkLevels, networks, networkSessions, operationalGoals, surveyAnswers, surveyQuestions, surveyResponses, surveys } from "#db/schema";
import { planForYear } from "~/surveys/plan.server";
import { META_ITEMS, type MeasuredNetwork, type MetaItem } from "./meta";
import { responseVerdict } from "./penninckx";

/** A survey still taking answers stays out: comparing figures before and after one more answer would reveal it. */
const notOpenNow = sql`not (coalesce(${surveys.opensAt} <= unixepoch(), 0) and coalesce(${surveys.closesAt} > unixepoch(), 0))`;

/**
 * Networks whose post measurement belongs to a school year. A network spanning two years is
 * measured at its end, so it counts in its last school year.
 */
export function measuredNetworks(schoolYear: number | null): Array<MeasuredNetwork & { schoolYear: number }> {
  const rows = db
    .select({ survey: surveys, network: networks, coreTask: operationalGoals.coreTaskOrImpulse })
    .from(surveys)
    .innerJoin(networks, eq(surveys.networkId, networks.id))
    .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
    .where(and(eq(surveys.phase, "post"), notOpenNow, schoolYear === null ? undefined : eq(networks.lastSchoolYear, schoolYear)))
    .all();
  return rows.flatMap(({ survey, network, coreTask }) => {
    const responses = db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).all();
    if (responses.length === 0) return [];
    const attended = db.selectDistinct({ id: attendance.userId }).from(attendance).innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id)).where(and(eq(networkSessions.networkId, network.id), eq(attendance.present, true))).all().length;
    const scored = db
      .select({ construct: surveyQuestions.construct, value: surveyAnswers.value })
      .from(surveyAnswers)
      .innerJoin(surveyQuestions, eq(surveyAnswers.questionId, surveyQuestions.id))
      .where(and(eq(surveyQuestions.surveyId, survey.id), inArray(surveyQuestions.construct, [...META_ITEMS])))
      .all();
    const values = Object.fromEntries(META_ITEMS.map((item) => [item, scored.filter((s) => s.construct === item && s.value !== null).map((s) => s.value!)])) as Record<MetaItem, number[]>;
    return [
      {
        id: network.id,
        schoolYear: network.lastSchoolYear,
        coreTask,
        audiences: db.select({ a: networkAudiences.jobFunction }).from(networkAudiences).where(eq(networkAudiences.networkId, network.id)).all().map((r) => r.a),
        levels: db.select({ l: networkLevels.level }).from(networkLevels).where(eq(networkLevels.networkId, network.id)).all().map((r) => r.l),
        networkType: network.networkType,
        respondents: responses.length,
        sufficient: responseVerdict(responses.length, survey.recordedParticipants ?? attended).sufficient,
        values,
      },
    ];
  });
}

/** The designated measurements of a school year and whether each was done. */
export function planCoverage(schoolYear: number) {
  return planForYear(schoolYear)
    .filter((n) => n.pre || n.post)
    .map((n) => {
      const done = (phase: "pre" | "post") =>
        Boolean(db.select({ id: surveyResponses.id }).from(surveyResponses).innerJoin(surveys, eq(surveyResponses.surveyId, surveys.id)).where(and(eq(surveys.networkId, n.id), eq(surveys.phase, phase))).get());
      return { title: n.title, slug: n.slug, pre: n.pre ? done("pre") : null, post: n.post ? done("post") : null };
    });
}
