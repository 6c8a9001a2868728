import { describe, expect, it } from "vitest";
import { planYears, reachOf, type ReachRecord } from "./reach";

const record = (institutionId: number, level: string, groupName: string | null = null): ReachRecord => ({ operationalGoalId: 1, institutionId, level, groupKind: groupName ? "scholengemeenschap" : null, groupName });

describe("reachOf", () => {
  it("counts unique institutions per level and scholengemeenschappen separately", () => {
    const records = [record(1, "basisonderwijs", "SG Meetjesland"), record(1, "basisonderwijs", "SG Meetjesland"), record(2, "basisonderwijs", "SG Meetjesland"), record(3, "basisonderwijs", "SG Gent"), record(4, "clb")];
    expect(reachOf(records, { basisonderwijs: 400, clb: 3, "secundair onderwijs": 30 })).toEqual([
      { level: "basisonderwijs", target: 400, reached: 3, share: 3 / 400 },
      { level: "clb", target: 3, reached: 1, share: 1 / 3 },
      { level: "secundair onderwijs", target: 30, reached: 0, share: 0 },
      { level: "scholengemeenschap", target: null, reached: 2, share: null },
    ]);
  });

  it("shows reach without a target too", () => {
    expect(reachOf([record(9, "deeltijds kunstonderwijs")], {})).toEqual([{ level: "deeltijds kunstonderwijs", target: null, reached: 1, share: null }]);
  });
});

describe("planYears", () => {
  it.each([
    ["2022-2025", { first: 2022, last: 2024 }],
    ["2025-2030", { first: 2025, last: 2029 }],
    ["2025-2025", null],
    ["onzin", null],
  ])("%s → %j", (period, years) => {
    expect(planYears(period)).toEqual(years);
  });
});
