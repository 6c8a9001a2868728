import { describe, expect, it } from "vitest";
import {
  aggregate,
  contributes,
  groupBy,
  META_ITEMS,
  type Grouping,
  type MeasuredNetwork,
  type MetaItem,
  type MetaRow,
  type Tally,
  summarisePlanCoverage,
} from "./meta";

/** The tests write scores out; the database hands the app their count and sum. */
const tally = (values: number[]): Tally => ({ n: values.length, sum: values.reduce((s, v) => s + v, 0) });

function network(id: number, coreTask: string, scores: number[], sufficient = true): MeasuredNetwork {
  const values = Object.fromEntries(
    META_ITEMS.map((item) => [item, tally(item === "tevredenheid" ? scores : [])]),
  ) as MeasuredNetwork["values"];
  return {
    id,
    coreTask,
    audiences: ["leraar"],
    levels: ["basisonderwijs"],
    networkType: "lerend netwerk met inhoudelijke focus",
    respondents: scores.length,
    sufficient,
    values,
  };
}

describe("aggregate", () => {
  it("pools all answers and averages the network means side by side", () => {
    const row = aggregate([
      network(1, "KT1", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
      network(2, "KT1", [3, 3, 3, 3, 3]),
    ]);
    expect(row.items.tevredenheid.pooledMean).toBeCloseTo(65 / 15, 12);
    expect(row.items.tevredenheid.meanOfMeans).toBe(4);
    expect(row).toMatchObject({ networks: 2, respondents: 15, sufficientShare: 1 });
  });

  it("leaves the answers of a network with fewer than k answers out of every figure of the item", () => {
    const row = aggregate([network(1, "KT1", [4, 4, 4, 4, 4]), network(2, "KT1", [1, 1])]);
    expect(row.items.tevredenheid).toEqual({ n: 5, pooledMean: 4, meanOfMeans: 4, networksInMean: 1 });
    expect(row).toMatchObject({ networks: 2, respondents: 7 });
    expect(aggregate([network(3, "KT2", [5, 5, 5])]).items.tevredenheid).toEqual({
      n: 0,
      pooledMean: null,
      meanOfMeans: null,
      networksInMean: 0,
    });
  });

  it("counts the share of networks with a sufficient response rate", () => {
    expect(
      aggregate([
        network(1, "KT1", [4], true),
        network(2, "KT1", [4], false),
        network(3, "KT1", [4], false),
        network(4, "KT1", [4], true),
      ]).sufficientShare,
    ).toBe(0.5);
  });
});

describe("groupBy", () => {
  it("groups per kerntaak or beleidsimpuls", () => {
    const rows = groupBy(
      [
        network(1, "KT1", [4, 4, 4, 4, 4]),
        network(2, "BI2", [5, 5, 5, 5, 5]),
        network(3, "KT1", [2, 2, 2, 2, 2]),
      ],
      "coreTask",
    );
    expect(rows.map((r) => [r.value, r.networks, r.items.tevredenheid.meanOfMeans])).toEqual([
      ["BI2", 1, 5],
      ["KT1", 2, 3],
    ]);
  });
});

describe("groupBy: no small group by subtraction from the overall figure", () => {
  const fives = (n: number, score: number) => Array<number>(n).fill(score);
  it.each([
    // A small group's answers are not in the overall figure either, so nothing else needs hiding.
    [
      "a withheld group of 2 does not take another group with it",
      [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(6, 3)), network(3, "KT3", fives(2, 1))],
      { KT1: true, KT2: true, KT3: false },
    ],
    [
      "two withheld groups",
      [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(3, 3)), network(3, "KT3", fives(2, 1))],
      { KT1: true, KT2: false, KT3: false },
    ],
    [
      "nothing withheld, nothing extra hidden",
      [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(6, 3))],
      { KT1: true, KT2: true },
    ],
    [
      "a withheld group of 3 beside one shown group",
      [network(1, "KT1", fives(9, 4)), network(2, "KT2", fives(3, 3))],
      { KT1: true, KT2: false },
    ],
  ])("%s", (_, networks, shown) => {
    const rows = groupBy(networks, "coreTask");
    expect(Object.fromEntries(rows.map((r) => [r.value, r.items.tevredenheid.pooledMean !== null]))).toEqual(
      shown,
    );
    const withheld = rows
      .filter((r) => r.items.tevredenheid.pooledMean === null)
      .reduce((s, r) => s + r.items.tevredenheid.n, 0);
    expect(withheld === 0 || withheld >= 5).toBe(true);
    const overall = aggregate(networks).items.tevredenheid.n;
    expect(
      overall -
        rows
          .filter((r) => r.items.tevredenheid.pooledMean !== null)
          .reduce((s, r) => s + r.items.tevredenheid.n, 0),
    ).toBe(withheld);
  });
});

describe("a network under k answers on an item changes no published figure (overlapping groups)", () => {
  const K = 5;
  const same = (n: number, score: number) => Array<number>(n).fill(score);
  interface Spec {
    id: number;
    respondents: number;
    coreTask?: string | null;
    audiences?: string[];
    levels?: string[];
    type?: string;
    values: Partial<Record<MetaItem, number[]>>;
  }
  const make = (spec: Spec): MeasuredNetwork => ({
    id: spec.id,
    coreTask: spec.coreTask === undefined ? "KT1" : spec.coreTask,
    audiences: spec.audiences ?? ["leraar"],
    levels: spec.levels ?? ["basisonderwijs"],
    networkType: spec.type ?? "lerend netwerk",
    respondents: spec.respondents,
    sufficient: spec.respondents >= K,
    values: Object.fromEntries(
      META_ITEMS.map((item) => [item, tally(spec.values[item] ?? [])]),
    ) as MeasuredNetwork["values"],
  });
  const GROUPINGS: Array<Grouping | "overall"> = ["overall", "coreTask", "audience", "level", "networkType"];
  const rowsOf = (networks: MeasuredNetwork[], grouping: Grouping | "overall"): MetaRow[] =>
    grouping === "overall" ? [aggregate(networks, K)] : groupBy(networks, grouping, K);
  const EMPTY = { n: 0, pooledMean: null, meanOfMeans: null, networksInMean: 0 };
  /** Per grouping, row and item: the published answer figures (a group without networks shows nothing). */
  const cells = (networks: MeasuredNetwork[], item: MetaItem) =>
    Object.fromEntries(
      GROUPINGS.map((g) => [
        g,
        Object.fromEntries(
          rowsOf(networks, g)
            .filter((r) => r.items[item].n > 0)
            .map((r) => [r.value, r.items[item]]),
        ),
      ]),
    );

  const scenarios: Array<[string, Spec[]]> = [
    [
      // Without the rule: "basisonderwijs" pools 1 and 2, "directeur" shows 1 alone; the difference is network 2's three answers.
      "a small network sharing a level with a large one, beside an audience row of the large one",
      [
        {
          id: 1,
          respondents: 10,
          levels: ["basisonderwijs", "secundair onderwijs"],
          audiences: ["leraar", "directeur"],
          values: { tevredenheid: same(10, 4), kennis: same(20, 4) },
        },
        {
          id: 2,
          respondents: 3,
          levels: ["basisonderwijs"],
          audiences: ["leraar"],
          values: { tevredenheid: [1, 1, 2], kennis: [1, 2, 1, 2, 1, 2] },
        },
        {
          id: 3,
          respondents: 6,
          levels: ["secundair onderwijs"],
          audiences: ["zorgcoördinator"],
          coreTask: "BI2",
          values: { tevredenheid: same(6, 3), kennis: same(6, 3) },
        },
      ],
    ],
    [
      // Knowledge pooled over three goals gives 6 answers, but from 2 people.
      "k answers over several goals from fewer than k respondents",
      [
        { id: 1, respondents: 8, values: { kennis: same(8, 4), geleerd: same(8, 5) } },
        {
          id: 2,
          respondents: 2,
          levels: ["basisonderwijs", "buitengewoon onderwijs"],
          values: { kennis: [1, 1, 1, 2, 2, 2], geleerd: [5, 5, 5, 5, 5, 5] },
        },
      ],
    ],
    [
      "a large network that skipped an optional item is small on that item only",
      [
        {
          id: 1,
          respondents: 7,
          type: "netwerk A",
          values: { tevredenheid: same(7, 4), praktijktoepassing: same(7, 3) },
        },
        {
          id: 2,
          respondents: 9,
          type: "netwerk B",
          audiences: ["leraar", "ICT-coördinator"],
          values: { tevredenheid: same(9, 2), praktijktoepassing: [5, 5] },
        },
        {
          id: 3,
          respondents: 5,
          type: "netwerk B",
          coreTask: null,
          values: { tevredenheid: same(5, 5), praktijktoepassing: same(5, 1) },
        },
      ],
    ],
    [
      "only small networks: nothing is published",
      [
        { id: 1, respondents: 4, values: { tevredenheid: [5, 5, 5, 5], ondersteuning: [1, 2, 3, 4] } },
        {
          id: 2,
          respondents: 1,
          levels: ["secundair onderwijs"],
          values: { tevredenheid: [1], ondersteuning: [1] },
        },
      ],
    ],
  ];

  describe.each(scenarios)("%s", (_, specs) => {
    const networks = specs.map(make);
    it.each(META_ITEMS.map((item) => [item]))(
      "%s: every grouping equals the aggregate without the networks under k",
      (item) => {
        const withoutSmall = networks.filter((n) => contributes(n, item, K));
        expect(cells(networks, item)).toEqual(cells(withoutSmall, item));
        for (const g of GROUPINGS)
          for (const row of rowsOf(networks, g))
            if (row.items[item].n === 0) expect(row.items[item]).toEqual(EMPTY);
      },
    );

    it("other answers from the small networks change no figure at all", () => {
      const flipped = networks.map((n) => ({
        ...n,
        values: Object.fromEntries(
          META_ITEMS.map((item) => [
            item,
            contributes(n, item, K)
              ? n.values[item]
              : { n: n.values[item].n, sum: 6 * n.values[item].n - n.values[item].sum },
          ]),
        ) as MeasuredNetwork["values"],
      }));
      for (const g of GROUPINGS) expect(rowsOf(flipped, g)).toEqual(rowsOf(networks, g));
    });
  });

  it.each([
    [5, 5, true],
    [4, 8, false],
    [5, 4, false],
    [12, 30, true],
  ])("contributes with %i respondents and %i answers: %s", (respondents, answers, expected) => {
    expect(contributes(make({ id: 1, respondents, values: { kennis: same(answers, 3) } }), "kennis", K)).toBe(
      expected,
    );
  });
});

describe("summarisePlanCoverage", () => {
  it.each([
    {
      name: "no plan",
      rows: [],
      summary: { networks: 0, pre: { planned: 0, done: 0 }, post: { planned: 0, done: 0 } },
    },
    {
      name: "designated phases only, done or missing",
      rows: [
        { pre: true, post: false },
        { pre: null, post: true },
        { pre: false, post: null },
        { pre: true, post: true },
      ],
      summary: { networks: 4, pre: { planned: 3, done: 2 }, post: { planned: 3, done: 2 } },
    },
    {
      name: "nothing done yet",
      rows: [{ pre: false, post: false }],
      summary: { networks: 1, pre: { planned: 1, done: 0 }, post: { planned: 1, done: 0 } },
    },
  ])("$name", ({ rows, summary }) => {
    expect(summarisePlanCoverage(rows)).toEqual(summary);
  });
});
