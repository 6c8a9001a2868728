import { describe, expect, it } from "vitest";
import { includedSources, leftOutNote, pairsBlock, visibleValues } from "./visibility";

describe("includedSources", () => {
  it.each([
    ["members only", { portal: 12 }, ["portal"], []],
    ["no answers", {}, [], []],
    ["a few guests beside many members", { portal: 12, guest: 3 }, ["portal"], [{ source: "guest", n: 3 }]],
    ["enough guests", { portal: 12, guest: 5 }, ["portal", "guest"], []],
    [
      "too few of each",
      { portal: 4, guest: 4 },
      [],
      [
        { source: "portal", n: 4 },
        { source: "guest", n: 4 },
      ],
    ],
    ["an empty source takes part trivially", { portal: 6, guest: 0 }, ["portal"], []],
  ])("%s", (_, counts, included, leftOut) => {
    expect(includedSources(counts, 5)).toEqual({ included, leftOut });
  });
});

describe("visibleValues", () => {
  it("drops the values of a source under k and keeps the rest", () => {
    expect(visibleValues({ portal: [1, 2, 3, 4, 5], guest: [5, 5] }, 5)).toEqual({
      values: [1, 2, 3, 4, 5],
      leftOut: [{ source: "guest", n: 2 }],
    });
    expect(leftOutNote([{ source: "guest", n: 2 }], 5)).toBe(
      "Niet meegeteld: 2 gasten via de gastlink (minder dan 5).",
    );
    expect(leftOutNote([], 5)).toBeNull();
  });
});

describe("pairsBlock", () => {
  const shown = (phase: "pre" | "post", n: number) => ({ phase, n, shown: true });
  it.each([
    ["everyone paired", 6, [shown("pre", 6), shown("post", 6)], false],
    ["the known case: 5 pairs beside a post mean over 6", 5, [shown("pre", 5), shown("post", 6)], true],
    ["one pre respondent without a pair", 5, [shown("pre", 6), shown("post", 5)], true],
    ["k or more without a pair", 5, [shown("pre", 10), shown("post", 12)], false],
    ["4 unpaired of a large group", 20, [shown("pre", 24), shown("post", 20)], true],
    [
      "a side that is not shown adds nothing",
      5,
      [shown("pre", 5), { phase: "post" as const, n: 6, shown: false }],
      false,
    ],
  ])("%s", (_, pairs, sides, blocked) => {
    expect(pairsBlock(pairs, sides, 5) !== null).toBe(blocked);
  });
});
