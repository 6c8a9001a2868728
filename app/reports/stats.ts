/** Default k: figures over fewer answers are not shown (brief, k-anonymity). */
export const DEFAULT_K = Number(process.env.REPORT_MIN_ANSWERS ?? 5);

export interface ItemSummary {
  n: number;
  suppressed: boolean;
  mean: number | null;
  sd: number | null;
  distribution: number[] | null;
  top2: number | null;
}

export function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Sample standard deviation (n − 1); undefined for fewer than two values. */
export function sampleSd(values: number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

/** n, mean, SD, 1–5 counts and top-2-box; everything but n is withheld below k. */
export function summarise(values: number[], k = DEFAULT_K): ItemSummary {
  const n = values.length;
  if (n < k) return { n, suppressed: true, mean: null, sd: null, distribution: null, top2: null };
  const distribution = [1, 2, 3, 4, 5].map((score) => values.filter((v) => v === score).length);
  return {
    n,
    suppressed: false,
    mean: mean(values),
    sd: sampleSd(values),
    distribution,
    top2: (distribution[3] + distribution[4]) / n,
  };
}

export interface PairSummary {
  n: number;
  suppressed: boolean;
  meanDiff: number | null;
  sdDiff: number | null;
  effectSize: number | null;
}

/** Paired pre/post: mean and SD of (post − pre) and the effect size mean / SD of the differences. */
export function summarisePairs(pairs: Array<[pre: number, post: number]>, k = DEFAULT_K): PairSummary {
  const n = pairs.length;
  if (n < k) return { n, suppressed: true, meanDiff: null, sdDiff: null, effectSize: null };
  const diffs = pairs.map(([pre, post]) => post - pre);
  const meanDiff = mean(diffs)!;
  const sdDiff = sampleSd(diffs);
  return { n, suppressed: false, meanDiff, sdDiff, effectSize: sdDiff ? meanDiff / sdDiff : null };
}

/**
 * Counts per category (e.g. role mix), with categories under k folded away. The folded rest is
 * itself kept at 0 or at least k (secondary suppression): the total is shown elsewhere, so a
 * rest of 1–4 would give away a small group by subtraction.
 */
export function categoryCounts(
  values: string[],
  k = DEFAULT_K,
): { counts: Array<{ label: string; n: number }>; hidden: number } {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const shown = [...counts]
    .filter(([, n]) => n >= k)
    .map(([label, n]) => ({ label, n }))
    .sort((a, b) => b.n - a.n);
  let hidden = values.length - shown.reduce((s, c) => s + c.n, 0);
  while (hidden > 0 && hidden < k && shown.length) hidden += shown.pop()!.n;
  return { counts: shown, hidden };
}

/** Dutch number format with a decimal comma: 4,25. */
export function formatNumber(value: number | null, decimals = 2): string {
  return value === null ? "–" : value.toFixed(decimals).replace(".", ",");
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? "–" : `${Math.round(fraction * 100)} %`;
}

/** Fisher–Yates with a seeded generator, so open answers come in an order that reveals nothing. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
