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
