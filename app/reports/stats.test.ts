import { describe, expect, it } from "vitest";
import {
  categoryCounts,
  formatNumber,
  formatPercent,
  mean,
  sampleSd,
  shuffled,
  summarise,
  summarisePairs,
} from "./stats";

describe("summarise", () => {
  it("computes n, mean, sample SD, distribution and top-2-box", () => {
    const s = summarise([5, 5, 4, 4, 3, 2]);
    expect(s).toMatchObject({ n: 6, suppressed: false, distribution: [0, 1, 1, 2, 2] });
    expect(s.mean).toBeCloseTo(23 / 6, 12);
    expect(s.sd).toBeCloseTo(
      Math.sqrt(((5 - 23 / 6) ** 2 * 2 + (4 - 23 / 6) ** 2 * 2 + (3 - 23 / 6) ** 2 + (2 - 23 / 6) ** 2) / 5),
      12,
    );
    expect(s.top2).toBeCloseTo(4 / 6, 12);
  });

  it.each([
    [[5, 4, 4, 3], true],
    [[5, 4, 4, 3, 1], false],
    [[], true],
  ])("k = 5: %j suppressed → %s, n stays visible", (values, suppressed) => {
    const s = summarise(values);
    expect(s.suppressed).toBe(suppressed);
    expect(s.n).toBe(values.length);
    if (suppressed) expect([s.mean, s.sd, s.distribution, s.top2]).toEqual([null, null, null, null]);
  });

  it("the brief's headline example: a mean of 4,25", () => {
    expect(formatNumber(summarise([5, 5, 4, 3, 4, 5, 4, 4]).mean)).toBe("4,25");
  });
});

describe("sampleSd and mean", () => {
  it.each([
    [[], null, null],
    [[3], 3, null],
    [[2, 4], 3, Math.SQRT2],
    [[4, 4, 4], 4, 0],
  ])("%j → mean %s, sd %s", (values, m, sd) => {
    expect(mean(values)).toBe(m);
    if (sd === null) expect(sampleSd(values)).toBeNull();
    else expect(sampleSd(values)).toBeCloseTo(sd, 12);
  });
});

describe("summarisePairs", () => {
  it("mean and SD of the differences and the effect size", () => {
    const s = summarisePairs([
      [2, 4],
      [3, 4],
      [2, 3],
      [1, 3],
      [3, 5],
    ]);
    expect(s.n).toBe(5);
    expect(s.meanDiff).toBeCloseTo(1.6, 12);
    expect(s.sdDiff).toBeCloseTo(Math.sqrt((0.4 ** 2 * 2 + 0.6 ** 2 * 2 + 0.4 ** 2) / 4), 12);
    expect(s.effectSize).toBeCloseTo(1.6 / s.sdDiff!, 12);
  });

  it("has no effect size when every difference is the same", () => {
    expect(
      summarisePairs([
        [2, 3],
        [2, 3],
        [1, 2],
        [3, 4],
        [4, 5],
      ]).effectSize,
    ).toBeNull();
  });

  it("suppresses fewer than k pairs", () => {
    expect(
      summarisePairs([
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
      ]),
    ).toEqual({ n: 4, suppressed: true, meanDiff: null, sdDiff: null, effectSize: null });
  });
});

describe("categoryCounts", () => {
  const many = (n: number, label: string) => Array<string>(n).fill(label);
  it.each([
    [
      "a rest of k or more stays one folded group",
      [...many(6, "leraar"), ...many(5, "directeur"), ...many(3, "andere"), ...many(2, "zorgcoördinator")],
      [
        { label: "leraar", n: 6 },
        { label: "directeur", n: 5 },
      ],
      5,
    ],
    [
      "a rest under k takes the smallest shown category with it",
      [...many(6, "leraar"), ...many(5, "directeur"), "andere", "zorgcoördinator"],
      [{ label: "leraar", n: 6 }],
      7,
    ],
    ["nothing is shown when no rest of k can be formed", [...many(5, "leraar"), "andere"], [], 6],
    [
      "no rest, nothing folded",
      [...many(5, "leraar"), ...many(7, "directeur")],
      [
        { label: "directeur", n: 7 },
        { label: "leraar", n: 5 },
      ],
      0,
    ],
  ])("%s", (_, roles, counts, hidden) => {
    const result = categoryCounts(roles);
    expect(result).toEqual({ counts, hidden });
    // Whatever is shown, the rest (total minus shown) is never a group of 1 to k − 1.
    expect(result.hidden === 0 || result.hidden >= 5).toBe(true);
  });
});

describe("formatting and order", () => {
  it.each([
    [4.25, "4,25"],
    [null, "–"],
    [3, "3,00"],
  ])("formatNumber(%s) → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
  it("formats percentages", () => {
    expect(formatPercent(11 / 21)).toBe("52 %");
  });
  it("shuffles deterministically per seed and keeps every item", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(shuffled(items, 7)).toEqual(shuffled(items, 7));
    expect([...shuffled(items, 7)].sort()).toEqual(items);
  });
});
