import { describe, expect, it } from "vitest";
import { toXlsx } from "~/exports/spreadsheet";
import { parseCsv, parseTable, parseXlsx } from "./tabular";

describe("parseCsv", () => {
  it.each([
    [
      "semicolons with a BOM",
      "\uFEFFphase;role\r\npre;leraar\r\n",
      [
        ["phase", "role"],
        ["pre", "leraar"],
      ],
    ],
    [
      "commas",
      "phase,role\npost,directeur\n",
      [
        ["phase", "role"],
        ["post", "directeur"],
      ],
    ],
    [
      "quoted separators, quotes and newlines",
      'a;b\n"x;y";"zei ""ja""\nen nee"\n',
      [
        ["a", "b"],
        ["x;y", 'zei "ja"\nen nee'],
      ],
    ],
    [
      "empty cells and blank lines",
      "a;b;c\n1;;3\n\n",
      [
        ["a", "b", "c"],
        ["1", "", "3"],
      ],
    ],
    [
      "no final newline",
      "a;b\n1;2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
  ])("%s", (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });
});

describe("parseXlsx", () => {
  it("reads back what the exporter writes, including gaps", () => {
    const bytes = toXlsx("Blad", [
      ["phase", "kennis: getalbegrip", "open: Wat vond je het meest bruikbaar?"],
      ["post", 4, "De voorbeelden & <oefeningen>"],
      ["pre", null, ""],
    ]);
    expect(parseXlsx(bytes)).toEqual([
      ["phase", "kennis: getalbegrip", "open: Wat vond je het meest bruikbaar?"],
      ["post", "4", "De voorbeelden & <oefeningen>"],
      ["pre", "", ""],
    ]);
  });

  it("tells CSV and XLSX apart by content", () => {
    expect(parseTable(new TextEncoder().encode("a;b\n1;2"))).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseTable(toXlsx("x", [["a"], ["1"]]))).toEqual([["a"], ["1"]]);
  });
});
