import { asc, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import { cachedUntilChange } from "~/http/data-version.server";
import {
  attendance,
  institutions,
  networks,
  networkSessions,
  operationalGoals,
  operationalGoalTargets,
  reachNotes,
  registrations,
} from "#db/schema";
import { groupRows } from "./grouping";
import { planYears, reachOf, type ReachRecord } from "./reach";

/**
 * Reach per operational goal over its plan period (or every school year): institutions as they
 * were when their people enrolled, counted once they attended at least one session.
 */
export function reachReport(wholeHistory: boolean) {
  return reachData()[wholeHistory ? "wholeHistory" : "planPeriod"];
}

/** Per level: how many of all known institutions any network reached. */
export function levelCoverage() {
  return reachData().coverage;
}

/**
 * Both views of reach and the level coverage come from one pass over attendance, kept until the
 * next commit: they depend on the data alone (plan periods are part of the goals), not on the clock.
 */
function reachData() {
  return cachedUntilChange("reach", computeReachData, Infinity);
}

function computeReachData() {
  // Who attended which network, once per person and network, before anything is joined to it:
  // attendance has a row per session (five times as many).
  const attended = db.all<{ goalId: number | null; schoolYear: number; institutionId: number }>(sql`
    with present as (
      select distinct ${networkSessions.networkId} as network_id, ${attendance.userId} as user_id
      from ${attendance} join ${networkSessions} on ${networkSessions.id} = ${attendance.sessionId}
      where ${attendance.present} = 1)
    select distinct n.operational_goal_id as goalId, n.first_school_year as schoolYear, r.institution_id as institutionId
    from present p
    join ${registrations} r on r.user_id = p.user_id and r.network_id = p.network_id
    join ${networks} n on n.id = p.network_id`);
  const institutionsById = new Map(
    db
      .select({
        id: institutions.id,
        level: institutions.level,
        groupKind: institutions.groupKind,
        groupName: institutions.groupName,
      })
      .from(institutions)
      .all()
      .map((i) => [i.id, i]),
  );
  const reached = new Set<number>();
  const byGoal = new Map<number, Array<ReachRecord & { schoolYear: number }>>();
  for (const row of attended) {
    const institution = institutionsById.get(row.institutionId);
    if (!institution) continue;
    reached.add(institution.id);
    if (row.goalId === null) continue;
    const record = {
      operationalGoalId: row.goalId,
      institutionId: institution.id,
      level: institution.level,
      groupKind: institution.groupKind,
      groupName: institution.groupName,
      schoolYear: row.schoolYear,
    };
    const group = byGoal.get(row.goalId);
    if (group) group.push(record);
    else byGoal.set(row.goalId, [record]);
  }
  const goals = db
    .select()
    .from(operationalGoals)
    .orderBy(asc(operationalGoals.planPeriod), asc(operationalGoals.code))
    .all();
  const targets = groupRows(
    db.select().from(operationalGoalTargets).all(),
    (t) => t.operationalGoalId,
    (t): [string, number] => [t.level, t.target],
  );
  const notes = new Map(
    db
      .select()
      .from(reachNotes)
      .all()
      .map((n) => [n.operationalGoalId, n.note]),
  );
  const perGoal = (wholeHistory: boolean) =>
    goals.map((goal) => {
      const years = planYears(goal.planPeriod);
      const records = (byGoal.get(goal.id) ?? []).filter(
        (r) => wholeHistory || !years || (r.schoolYear >= years.first && r.schoolYear <= years.last),
      );
      return {
        id: goal.id,
        code: goal.code,
        wording: goal.wording,
        planPeriod: goal.planPeriod,
        coreTaskOrImpulse: goal.coreTaskOrImpulse,
        cells: reachOf(records, Object.fromEntries(targets.get(goal.id) ?? [])),
        note: notes.get(goal.id) ?? "",
      };
    });
  return {
    planPeriod: perGoal(false),
    wholeHistory: perGoal(true),
    coverage: coverageOf([...institutionsById.values()], reached),
  };
}

function coverageOf(all: Array<{ id: number; level: string }>, reached: Set<number>) {
  const levels = groupRows(
    all,
    (i) => i.level,
    (i) => i.id,
  );
  return [...levels]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([level, ids]) => ({
      level,
      total: ids.length,
      reached: ids.filter((id) => reached.has(id)).length,
    }));
}

export function saveReachNote(operationalGoalId: number, note: string): void {
  db.insert(reachNotes)
    .values({ operationalGoalId, note, updatedAt: new Date() })
    .onConflictDoUpdate({ target: reachNotes.operationalGoalId, set: { note, updatedAt: new Date() } })
    .run();
}
