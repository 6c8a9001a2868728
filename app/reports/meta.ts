import { DEFAULT_K, mean } from "./stats";

export const META_ITEMS = [
  "tevredenheid",
  "bruikbaarheid",
  "kennis",
  "geleerd",
  "ondersteuning",
  "praktijktoepassing",
] as const;
export type MetaItem = (typeof META_ITEMS)[number];

export interface MeasuredNetwork {
  id: number;
  coreTask: string | null;
  audiences: string[];
  levels: string[];
  networkType: string;
  respondents: number;
  sufficient: boolean;
  /** Post-survey scores per fixed item (knowledge and learned pooled over the goals). */
  values: Record<MetaItem, Tally>;
}

/** A network's answers on one item: how many and their sum, all that a mean needs. */
export interface Tally {
  n: number;
  sum: number;
}

export interface MetaCell {
  n: number;
  pooledMean: number | null;
  meanOfMeans: number | null;
  networksInMean: number;
}

export interface MetaRow {
  value: string;
  networks: number;
  respondents: number;
  sufficientShare: number | null;
  items: Record<MetaItem, MetaCell>;
}

export type Grouping = "coreTask" | "audience" | "level" | "networkType";

function groupValues(network: MeasuredNetwork, grouping: Grouping): string[] {
  switch (grouping) {
    case "coreTask":
      return [network.coreTask ?? "zonder doelstelling"];
    case "audience":
      return network.audiences;
    case "level":
      return network.levels;
    case "networkType":
      return [network.networkType];
  }
}

/**
 * Whether a network's answers on an item may enter any figure of the meta-analysis: only when
 * the network has at least k answers on that item and at least k respondents (knowledge and
 * learned are pooled over the goals, so k answers alone could come from fewer than k people).
 * A smaller network's answers must stay out of every cell, not only out of the mean of means:
 * the groupings by level and by audience overlap, so subtracting one pooled figure from another
 * would otherwise isolate a small network's answers.
 */
export function contributes(network: MeasuredNetwork, item: MetaItem, k = DEFAULT_K): boolean {
  return network.respondents >= k && network.values[item].n >= k;
}

/**
 * Aggregates over networks: per item the mean pooled over the answers of the networks that
 * contribute to it (see `contributes`), and beside it the mean of their network means (each
 * network weighs the same). The counts of networks and respondents and the share with a
 * sufficient response still cover every network: they hold no answers.
 */
export function aggregate(networks: MeasuredNetwork[], k = DEFAULT_K): MetaRow {
  const items = Object.fromEntries(
    META_ITEMS.map((item) => {
      const counted = networks.filter((n) => contributes(n, item, k)).map((n) => n.values[item]);
      const n = counted.reduce((s, t) => s + t.n, 0);
      const networkMeans = counted.map((t) => t.sum / t.n);
      const cell: MetaCell = {
        n,
        pooledMean: n >= k ? counted.reduce((s, t) => s + t.sum, 0) / n : null,
        meanOfMeans: networkMeans.length ? mean(networkMeans) : null,
        networksInMean: networkMeans.length,
      };
      return [item, cell];
    }),
  ) as Record<MetaItem, MetaCell>;
  return {
    value: "",
    networks: networks.length,
    respondents: networks.reduce((s, n) => s + n.respondents, 0),
    sufficientShare: networks.length ? networks.filter((n) => n.sufficient).length / networks.length : null,
    items,
  };
}

export function groupBy(networks: MeasuredNetwork[], grouping: Grouping, k = DEFAULT_K): MetaRow[] {
  const groups = new Map<string, MeasuredNetwork[]>();
  for (const network of networks)
    for (const value of groupValues(network, grouping))
      groups.set(value, [...(groups.get(value) ?? []), network]);
  const rows = [...groups]
    .map(([value, members]) => ({ ...aggregate(members, k), value }))
    .sort((a, b) => a.value.localeCompare(b.value, "nl"));
  for (const item of META_ITEMS) protectComplement(rows, item, k);
  return rows;
}

/**
 * Secondary suppression: the pooled mean over all networks is shown too, so if the groups whose
 * mean is withheld hold 1 to k − 1 answers together, total minus the shown groups would give
 * their answers away. Withhold the smallest shown groups until that rest is 0 or at least k.
 * Since only networks with at least k answers contribute, a withheld group now holds 0 answers
 * and this never fires; it stays as a second line of defence should that rule ever be loosened.
 */
function protectComplement(rows: MetaRow[], item: MetaItem, k: number) {
  let withheld = rows
    .filter((r) => r.items[item].pooledMean === null)
    .reduce((s, r) => s + r.items[item].n, 0);
  const shown = rows
    .filter((r) => r.items[item].pooledMean !== null)
    .sort((a, b) => a.items[item].n - b.items[item].n);
  for (const row of shown) {
    if (withheld === 0 || withheld >= k) break;
    row.items[item] = { ...row.items[item], pooledMean: null };
    withheld += row.items[item].n;
  }
}

/** A designated measurement of the plan and whether it was done (null: not designated). */
export interface PlannedMeasurement {
  pre: boolean | null;
  post: boolean | null;
}

export interface PlanCoverageSummary {
  networks: number;
  pre: { planned: number; done: number };
  post: { planned: number; done: number };
}

/** How much of the measurement plan of a year was done, per phase (the meta-analysis shows it). */
export function summarisePlanCoverage(rows: PlannedMeasurement[]): PlanCoverageSummary {
  const phase = (pick: (row: PlannedMeasurement) => boolean | null) => ({
    planned: rows.filter((row) => pick(row) !== null).length,
    done: rows.filter((row) => pick(row) === true).length,
  });
  return { networks: rows.length, pre: phase((row) => row.pre), post: phase((row) => row.post) };
}
