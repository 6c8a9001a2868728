export interface ReachRecord {
  operationalGoalId: number;
  institutionId: number;
  level: string;
  groupKind: string | null;
  groupName: string | null;
}

export interface ReachCell {
  level: string;
  target: number | null;
  reached: number;
  share: number | null;
}

/** School years of a plan period: "2022-2025" covers 2022-2023, 2023-2024 and 2024-2025. */
export function planYears(planPeriod: string): { first: number; last: number } | null {
  const match = /^(\d{4})-(\d{4})$/.exec(planPeriod);
  if (!match || Number(match[2]) <= Number(match[1])) return null;
  return { first: Number(match[1]), last: Number(match[2]) - 1 };
}

/**
 * Real reach of one operational goal: unique institutions per level with at least one attended
 * session, and the scholengemeenschappen they belong to counted separately.
 */
export function reachOf(records: ReachRecord[], targets: Record<string, number>): ReachCell[] {
  const byLevel = new Map<string, Set<number>>();
  const groups = new Set<string>();
  for (const r of records) {
    byLevel.set(r.level, (byLevel.get(r.level) ?? new Set()).add(r.institutionId));
    if (r.groupKind === "scholengemeenschap" && r.groupName) groups.add(r.groupName);
  }
  const reached: Record<string, number> = Object.fromEntries([...byLevel].map(([level, set]) => [level, set.size]));
  if (groups.size) reached.scholengemeenschap = groups.size;
  const levels = [...new Set([...Object.keys(targets), ...Object.keys(reached)])];
  return levels.map((level) => {
    const target = targets[level] ?? null;
    const count = reached[level] ?? 0;
    return { level, target, reached: count, share: target ? count / target : null };
  });
}
