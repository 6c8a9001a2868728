import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { db } from "#db/client.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { attendance, institutions, networks, networkSessions, operationalGoals, operationalGoalTargets, reachNotes, registrations } from "#db/schema";
import { groupRows } from "./grouping";
import { planYears, reachOf, type ReachRecord } from "./reach";

/**
 * Reach per operational goal over its plan period (or every school year): institutions as they
 * were when their people enrolled, counted once they attended at least one session. One query
 * for all goals; each goal keeps the school years of its plan period.
 */
export function reachReport(wholeHistory: boolean) {
  // Reach depends on the data alone (plan periods are part of the goals), not on the clock.
  return cachedUntilChange(`reach:${wholeHistory}`, () => computeReach(wholeHistory), Infinity);
}

function computeReach(wholeHistory: boolean) {
  const goals = db.select().from(operationalGoals).orderBy(asc(operationalGoals.planPeriod), asc(operationalGoals.code)).all();
  const targets = db.select().from(operationalGoalTargets).all();
  const notes = new Map(db.select().from(reachNotes).all().map((n) => [n.operationalGoalId, n.note]));
  const attended = db
    .selectDistinct({ operationalGoalId: networks.operationalGoalId, schoolYear: networks.firstSchoolYear, institutionId: institutions.id, level: institutions.level, groupKind: institutions.groupKind, groupName: institutions.groupName })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .innerJoin(networks, eq(networkSessions.networkId, networks.id))
    .innerJoin(registrations, and(eq(registrations.networkId, networks.id), eq(registrations.userId, attendance.userId)))
    .innerJoin(institutions, eq(registrations.institutionId, institutions.id))
    .where(and(isNotNull(networks.operationalGoalId), eq(attendance.present, true)))
    .all();
  const byGoal = groupRows(attended, (r) => r.operationalGoalId!, (r) => r);
  return goals.map((goal) => {
    const years = planYears(goal.planPeriod);
    const records: ReachRecord[] = (byGoal.get(goal.id) ?? []).filter((r) => wholeHistory || !years || (r.schoolYear >= years.first && r.schoolYear <= years.last)) as ReachRecord[];
    const goalTargets = Object.fromEntries(targets.filter((t) => t.operationalGoalId === goal.id).map((t) => [t.level, t.target]));
    return { id: goal.id, code: goal.code, wording: goal.wording, planPeriod: goal.planPeriod, cells: reachOf(records, goalTargets), note: notes.get(goal.id) ?? "" };
  });
}

/** Per level: how many of all known institutions any network reached. */
export function levelCoverage() {
  return cachedUntilChange("reach-levels", computeLevelCoverage, Infinity);
}

function computeLevelCoverage() {
  const totals = db.select({ level: institutions.level, n: count() }).from(institutions).groupBy(institutions.level).all();
  const reached = db
    .selectDistinct({ id: institutions.id, level: institutions.level })
    .from(attendance)
    .innerJoin(networkSessions, eq(attendance.sessionId, networkSessions.id))
    .innerJoin(registrations, and(eq(registrations.networkId, networkSessions.networkId), eq(registrations.userId, attendance.userId)))
    .innerJoin(institutions, eq(registrations.institutionId, institutions.id))
    .where(eq(attendance.present, true))
    .all();
  return totals.map((t) => ({ level: t.level, total: t.n, reached: reached.filter((r) => r.level === t.level).length }));
}

export function saveReachNote(operationalGoalId: number, note: string): void {
  db.insert(reachNotes)
    .values({ operationalGoalId, note, updatedAt: new Date() })
    .onConflictDoUpdate({ target: reachNotes.operationalGoalId, set: { note, updatedAt: new Date() } })
    .run();
}
