import { describe, expect, it } from "vitest";
import { matchLinesByText } from "./goal-matching";

const stored = [
  { id: 11, text: "getalbegrip" },
  { id: 12, text: "hoofdrekenen" },
  { id: 13, text: "breuken" },
];

// Compact outcome per submitted line: "=id" kept, "~id" reworded, "+" added; then the removed ids.
function outline(storedLines: { id: number; text: string }[], submitted: string[]) {
  const { lines, removed } = matchLinesByText(storedLines, submitted);
  const marks = lines.map((line) =>
    line.kind === "kept" ? `=${line.id}` : line.kind === "reworded" ? `~${line.id}` : "+",
  );
  return { lines: marks, removed: removed.map((line) => line.id) };
}

describe("matchLinesByText", () => {
  it.each([
    {
      name: "nothing changed",
      submitted: ["getalbegrip", "hoofdrekenen", "breuken"],
      lines: ["=11", "=12", "=13"],
      removed: [],
    },
    {
      name: "reorder keeps each id with its text",
      submitted: ["breuken", "getalbegrip", "hoofdrekenen"],
      lines: ["=13", "=11", "=12"],
      removed: [],
    },
    {
      name: "add at the end",
      submitted: ["getalbegrip", "hoofdrekenen", "breuken", "meten"],
      lines: ["=11", "=12", "=13", "+"],
      removed: [],
    },
    {
      name: "add in front",
      submitted: ["meten", "getalbegrip", "hoofdrekenen", "breuken"],
      lines: ["+", "=11", "=12", "=13"],
      removed: [],
    },
    {
      name: "remove from the middle",
      submitted: ["getalbegrip", "breuken"],
      lines: ["=11", "=13"],
      removed: [12],
    },
    { name: "remove everything but one", submitted: ["breuken"], lines: ["=13"], removed: [11, 12] },
    {
      name: "reword in place",
      submitted: ["getalbegrip", "hoofdrekenen tot 100", "breuken"],
      lines: ["=11", "~12", "=13"],
      removed: [],
    },
    {
      name: "reword and reorder",
      submitted: ["breuken", "getalbegrip tot 1000", "hoofdrekenen"],
      lines: ["=13", "~11", "=12"],
      removed: [],
    },
    {
      name: "two rewordings pair up in list order",
      submitted: ["A", "hoofdrekenen", "B"],
      lines: ["~11", "=12", "~13"],
      removed: [],
    },
    {
      name: "reword one, add another",
      submitted: ["getalbegrip", "hoofdrekenen", "breuken (1ste graad)", "meten"],
      lines: ["=11", "=12", "~13", "+"],
      removed: [],
    },
    {
      name: "reword one, remove another",
      submitted: ["getalbegrip", "kommagetallen"],
      lines: ["=11", "~12"],
      removed: [13],
    },
    {
      name: "surrounding spaces do not count",
      submitted: ["  breuken ", "getalbegrip\t", "hoofdrekenen"],
      lines: ["=13", "=11", "=12"],
      removed: [],
    },
    {
      name: "case does count: a different text is a rewording",
      submitted: ["Getalbegrip", "hoofdrekenen", "breuken"],
      lines: ["~11", "=12", "=13"],
      removed: [],
    },
    {
      name: "a duplicate in the input matches one stored row, the copy takes a left-over row",
      submitted: ["breuken", "breuken", "getalbegrip"],
      lines: ["=13", "~12", "=11"],
      removed: [],
    },
    {
      name: "a duplicate in the input with nothing left over is added",
      submitted: ["getalbegrip", "hoofdrekenen", "breuken", "breuken"],
      lines: ["=11", "=12", "=13", "+"],
      removed: [],
    },
    { name: "empty list removes all", submitted: [], lines: [], removed: [11, 12, 13] },
  ])("$name", ({ submitted, lines, removed }) => {
    expect(outline(stored, submitted)).toEqual({ lines, removed });
  });

  it("matches a text stored twice one row at a time, in stored order", () => {
    const twice = [
      { id: 1, text: "lezen" },
      { id: 2, text: "lezen" },
      { id: 3, text: "schrijven" },
    ];
    expect(outline(twice, ["schrijven", "lezen"])).toEqual({ lines: ["=3", "=1"], removed: [2] });
    expect(outline(twice, ["lezen", "lezen", "schrijven"])).toEqual({
      lines: ["=1", "=2", "=3"],
      removed: [],
    });
  });

  it("with nothing stored, every line is added", () => {
    expect(outline([], ["a", "b"])).toEqual({ lines: ["+", "+"], removed: [] });
  });

  it("gives each line its new position and text, and a rewording its previous text", () => {
    expect(matchLinesByText(stored, ["breuken", "getalbegrip tot 1000", "meten"]).lines).toEqual([
      { kind: "kept", id: 13, position: 0, text: "breuken" },
      { kind: "reworded", id: 11, position: 1, text: "getalbegrip tot 1000", previousText: "getalbegrip" },
      { kind: "reworded", id: 12, position: 2, text: "meten", previousText: "hoofdrekenen" },
    ]);
  });
});
