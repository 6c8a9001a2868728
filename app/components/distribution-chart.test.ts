import { describe, expect, it } from "vitest";
import { barSegments } from "./distribution-chart";

describe("barSegments", () => {
  it.each([
    { name: "no answers, no bars", distribution: [0, 0, 0, 0, 0], bars: [] },
    { name: "one value fills the axis", distribution: [0, 0, 7, 0, 0], bars: [[0, 100]] },
    {
      name: "shares in order, empty values skipped",
      distribution: [169, 342, 348, 141, 0],
      bars: [
        [0, 16.9],
        [16.9, 34.2],
        [51.1, 34.8],
        [85.9, 14.1],
      ],
    },
    {
      name: "thirds end at exactly 100",
      distribution: [1, 1, 1, 0, 0],
      bars: [
        [0, 33.33],
        [33.33, 33.34],
        [66.67, 33.33],
      ],
    },
  ])("$name", ({ distribution, bars }) => {
    const segments = barSegments(distribution);
    expect(segments.map((s) => [s.x, s.width])).toEqual(bars);
    if (segments.length)
      expect(Math.round((segments.at(-1)!.x + segments.at(-1)!.width) * 100) / 100).toBe(100);
  });

  it("colours each bar by its answer value, red for 1 to dark green for 5", () => {
    expect(barSegments([1, 0, 0, 0, 1]).map((s) => s.color)).toEqual(["#b91c1c", "#14532d"]);
  });
});
