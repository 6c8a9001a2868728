import { describe, expect, it } from "vitest";
import { groupRows, listsFromCounts } from "./grouping";

describe("groupRows", () => {
  it.each([
    { rows: [], expected: [] },
    {
      rows: [
        { k: "a", v: 1 },
        { k: "b", v: 2 },
        { k: "a", v: 3 },
      ],
      expected: [
        ["a", [1, 3]],
        ["b", [2]],
      ],
    },
  ])("$rows", ({ rows, expected }) => {
    expect([
      ...groupRows(
        rows,
        (r) => r.k,
        (r) => r.v,
      ),
    ]).toEqual(expected);
  });
});

describe("listsFromCounts", () => {
  it.each([
    { rows: [], expected: [] },
    {
      rows: [
        { key: 1, value: 4, n: 2 },
        { key: 2, value: 5, n: 1 },
        { key: 1, value: 2, n: 1 },
      ],
      expected: [
        [1, [4, 4, 2]],
        [2, [5]],
      ],
    },
    { rows: [{ key: 1, value: 3, n: 0 }], expected: [[1, []]] },
  ])("$rows", ({ rows, expected }) => {
    expect([...listsFromCounts(rows)]).toEqual(expected);
  });
});
