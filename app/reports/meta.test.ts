import { describe, expect, it } from "vitest";
import { aggregate, groupBy, META_ITEMS, type MeasuredNetwork } from "./meta";

function network(id: number, coreTask: string, scores: number[], sufficient = true): MeasuredNetwork {
  const values = Object.fromEntries(META_ITEMS.map((item) => [item, item === "tevredenheid" ? scores : []])) as MeasuredNetwork["values"];
  return { id, coreTask, audiences: ["leraar"], levels: ["basisonderwijs"], networkType: "lerend netwerk met inhoudelijke focus", respondents: scores.length, sufficient, values };
}

describe("aggregate", () => {
  it("pools all answers and averages the network means side by side", () => {
    const row = aggregate([network(1, "KT1", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]), network(2, "KT1", [3, 3, 3, 3, 3])]);
    expect(row.items.tevredenheid.pooledMean).toBeCloseTo(65 / 15, 12);
    expect(row.items.tevredenheid.meanOfMeans).toBe(4);
    expect(row).toMatchObject({ networks: 2, respondents: 15, sufficientShare: 1 });
  });

  it("leaves a network with fewer than k answers out of the mean of means, and withholds small pools", () => {
    const row = aggregate([network(1, "KT1", [4, 4, 4, 4, 4]), network(2, "KT1", [1, 1])]);
    expect(row.items.tevredenheid).toMatchObject({ n: 7, meanOfMeans: 4, networksInMean: 1 });
    expect(row.items.tevredenheid.pooledMean).toBeCloseTo(22 / 7, 12);
    expect(aggregate([network(3, "KT2", [5, 5, 5])]).items.tevredenheid).toEqual({ n: 3, pooledMean: null, meanOfMeans: null, networksInMean: 0 });
  });

  it("counts the share of networks with a sufficient response rate", () => {
    expect(aggregate([network(1, "KT1", [4], true), network(2, "KT1", [4], false), network(3, "KT1", [4], false), network(4, "KT1", [4], true)]).sufficientShare).toBe(0.5);
  });
});

describe("groupBy", () => {
  it("groups per kerntaak or beleidsimpuls", () => {
    const rows = groupBy([network(1, "KT1", [4, 4, 4, 4, 4]), network(2, "BI2", [5, 5, 5, 5, 5]), network(3, "KT1", [2, 2, 2, 2, 2])], "coreTask");
    expect(rows.map((r) => [r.value, r.networks, r.items.tevredenheid.meanOfMeans])).toEqual([
      ["BI2", 1, 5],
      ["KT1", 2, 3],
    ]);
  });
});

describe("groupBy: no small group by subtraction from the overall figure", () => {
  const fives = (n: number, score: number) => Array<number>(n).fill(score);
  it.each([
    ["a withheld group of 2 takes the smallest shown group with it", [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(6, 3)), network(3, "KT3", fives(2, 1))], { KT1: true, KT2: false, KT3: false }],
    ["a withheld rest of k or more is safe", [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(3, 3)), network(3, "KT3", fives(2, 1))], { KT1: true, KT2: false, KT3: false }],
    ["nothing withheld, nothing extra hidden", [network(1, "KT1", fives(20, 4)), network(2, "KT2", fives(6, 3))], { KT1: true, KT2: true }],
    ["a withheld rest of 3 with one shown group hides everything", [network(1, "KT1", fives(9, 4)), network(2, "KT2", fives(3, 3))], { KT1: false, KT2: false }],
  ])("%s", (_, networks, shown) => {
    const rows = groupBy(networks, "coreTask");
    expect(Object.fromEntries(rows.map((r) => [r.value, r.items.tevredenheid.pooledMean !== null]))).toEqual(shown);
    const withheld = rows.filter((r) => r.items.tevredenheid.pooledMean === null).reduce((s, r) => s + r.items.tevredenheid.n, 0);
    expect(withheld === 0 || withheld >= 5).toBe(true);
  });
});
