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
  const reached: Record<string, number> = Object.fromEntries(
    [...byLevel].map(([level, set]) => [level, set.size]),
  );
  if (groups.size) reached.scholengemeenschap = groups.size;
  const levels = [...new Set([...Object.keys(targets), ...Object.keys(reached)])];
  return levels.map((level) => {
    const target = targets[level] ?? null;
    const count = reached[level] ?? 0;
    return { level, target, reached: count, share: target ? count / target : null };
  });
}

export interface ReachChapter<Chapter extends string> {
  chapter: Chapter;
  goals: number;
}

/**
 * The reach report is read per kerntaak or beleidsimpuls, as the annual report presents it: the
 * chapters that have goals (in `order`), and the one to show: the requested one when it has
 * goals, else the first.
 */
export function reachChapters<Chapter extends string>(
  order: readonly Chapter[],
  goalChapters: readonly Chapter[],
  requested: string | null,
): { chapters: Array<ReachChapter<Chapter>>; current: Chapter | null } {
  const counts = new Map<Chapter, number>();
  for (const chapter of goalChapters) counts.set(chapter, (counts.get(chapter) ?? 0) + 1);
  const chapters = order
    .filter((chapter) => counts.has(chapter))
    .map((chapter) => ({ chapter, goals: counts.get(chapter)! }));
  const current = chapters.find((c) => c.chapter === requested)?.chapter ?? chapters[0]?.chapter ?? null;
  return { chapters, current };
}
