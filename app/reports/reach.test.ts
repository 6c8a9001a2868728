import { describe, expect, it } from "vitest";
import { planYears, reachChapters, reachOf, type ReachRecord } from "./reach";

const record = (institutionId: number, level: string, groupName: string | null = null): ReachRecord => ({
  operationalGoalId: 1,
  institutionId,
  level,
  groupKind: groupName ? "scholengemeenschap" : null,
  groupName,
});

describe("reachOf", () => {
  it("counts unique institutions per level and scholengemeenschappen separately", () => {
    const records = [
      record(1, "basisonderwijs", "SG Meetjesland"),
      record(1, "basisonderwijs", "SG Meetjesland"),
      record(2, "basisonderwijs", "SG Meetjesland"),
      record(3, "basisonderwijs", "SG Gent"),
      record(4, "clb"),
    ];
    expect(reachOf(records, { basisonderwijs: 400, clb: 3, "secundair onderwijs": 30 })).toEqual([
      { level: "basisonderwijs", target: 400, reached: 3, share: 3 / 400 },
      { level: "clb", target: 3, reached: 1, share: 1 / 3 },
      { level: "secundair onderwijs", target: 30, reached: 0, share: 0 },
      { level: "scholengemeenschap", target: null, reached: 2, share: null },
    ]);
  });

  it("shows reach without a target too", () => {
    expect(reachOf([record(9, "deeltijds kunstonderwijs")], {})).toEqual([
      { level: "deeltijds kunstonderwijs", target: null, reached: 1, share: null },
    ]);
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

describe("reachChapters", () => {
  const ORDER = ["KT1", "KT2", "KT3", "BI1", "BI2"] as const;
  it.each([
    {
      name: "the first chapter with goals by default",
      goals: ["BI1", "KT2", "KT2"],
      requested: null,
      chapters: [
        ["KT2", 2],
        ["BI1", 1],
      ],
      current: "KT2",
    },
    {
      name: "the requested chapter",
      goals: ["BI1", "KT2", "KT2"],
      requested: "BI1",
      chapters: [
        ["KT2", 2],
        ["BI1", 1],
      ],
      current: "BI1",
    },
    {
      name: "a known chapter without goals falls back to the first",
      goals: ["BI1", "KT2"],
      requested: "KT1",
      chapters: [
        ["KT2", 1],
        ["BI1", 1],
      ],
      current: "KT2",
    },
    {
      name: "an unknown value falls back to the first",
      goals: ["KT3"],
      requested: "<script>",
      chapters: [["KT3", 1]],
      current: "KT3",
    },
    { name: "no goals at all", goals: [], requested: "KT1", chapters: [], current: null },
  ] as const)("$name", ({ goals, requested, chapters, current }) => {
    const result = reachChapters(ORDER, goals, requested);
    expect(result.chapters.map((c) => [c.chapter, c.goals])).toEqual(chapters);
    expect(result.current).toBe(current);
  });
});
