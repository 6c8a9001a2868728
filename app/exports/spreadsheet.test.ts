import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  formatBrusselsDateTime,
  neutraliseCell,
  sanitiseSheetName,
  toCsv,
  toXlsx,
  type Cell,
} from "./spreadsheet";

describe("neutraliseCell", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\n=1", "'\n=1"],
    ["\0abc", "'\0abc"],
    ['=HYPERLINK("http://evil.test","klik")', `'=HYPERLINK("http://evil.test","klik")`],
    ["Jan Peeters", "Jan Peeters"],
    ["Jan-Willem De Smet", "Jan-Willem De Smet"],
    ["1+1=2", "1+1=2"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe("formatBrusselsDateTime", () => {
  it.each([
    ["2026-01-15T12:30:00Z", "2026-01-15 13:30"],
    ["2026-07-01T22:15:00Z", "2026-07-02 00:15"],
    ["2026-03-29T00:59:00Z", "2026-03-29 01:59"],
    ["2026-03-29T01:00:00Z", "2026-03-29 03:00"],
  ])("%s → %s", (iso, expected) => {
    expect(formatBrusselsDateTime(new Date(iso))).toBe(expected);
  });

  it("rejects an invalid date", () => {
    expect(() => formatBrusselsDateTime(new Date("nope"))).toThrow(RangeError);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe("\uFEFFa;b\r\nc;d\r\n");
    expect(toCsv([])).toBe("\uFEFF");
  });

  it.each<[Cell, string]>([
    ["gewoon", "gewoon"],
    ["a;b", '"a;b"'],
    ['zei "hallo"', '"zei ""hallo"""'],
    ["regel 1\nregel 2", '"regel 1\nregel 2"'],
    ["regel 1\r\nregel 2", '"regel 1\r\nregel 2"'],
    ["a,b", '"a,b"'],
    ["=1+1", "'=1+1"],
    ['=cmd|"/c calc"!A1;x', `"'=cmd|""/c calc""!A1;x"`],
    ["\rx", '"\'\rx"'],
    [4.25, "4,25"],
    [-4.25, "-4,25"],
    [1000000, "1000000"],
    [0, "0"],
    [new Date("2026-01-15T12:30:00Z"), "2026-01-15 13:30"],
    [null, ""],
    [undefined, ""],
  ])("writes %j as %j", (cell, expected) => {
    expect(toCsv([[cell, "z"]])).toBe(`\uFEFF${expected};z\r\n`);
  });

  it("rejects non-finite numbers instead of writing NaN", () => {
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
    expect(() => toCsv([[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });
});

describe("sanitiseSheetName", () => {
  it.each([
    ["Inschrijvingen", "Inschrijvingen"],
    ["Sessie [12]: wie?/wat*\\", "Sessie 12 wiewat"],
    ["Een heel lange naam voor een werkblad met inschrijvingen", "Een heel lange naam voor een we"],
    ["'citaat'", "citaat"],
    ["[]:*?/\\", "Blad1"],
    ["a".repeat(30) + "😀", "a".repeat(30)],
  ])("%j → %j", (input, expected) => {
    const name = sanitiseSheetName(input);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("toXlsx", () => {
  function unzip(bytes: Uint8Array): Record<string, string> {
    return Object.fromEntries(
      Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
    );
  }

  const rows: Cell[][] = [
    ["Naam", "Score", "Ingeschreven"],
    ["=1+1", 4.25, new Date("2026-01-15T12:30:00Z")],
    ["@SUM(A1:A2)", -1, null],
    ['<b>Tom & Jerry</b> "quoted"', 0, "-"],
    ["bel\u0007l\u0000 \uFFFE", undefined, "_x0041_"],
    ["\rx", "  spaties  ", "gewoon"],
  ];

  it("contains the package parts", () => {
    const files = unzip(toXlsx("Inschrijvingen", rows));
    expect(Object.keys(files).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort(),
    );
    expect(files["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Inschrijvingen" sheetId="1" r:id="rId1"/>');
  });

  it("writes neutralised, escaped inline strings and never a formula", () => {
    const sheet = unzip(toXlsx("Blad", rows))["xl/worksheets/sheet1.xml"];
    expect(sheet).not.toContain("<f>");
    expect(sheet).not.toContain("<f ");
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t>\'=1+1</t></is></c>');
    expect(sheet).toContain("<t>'@SUM(A1:A2)</t>");
    expect(sheet).toContain("<t>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; &quot;quoted&quot;</t>");
    expect(sheet).toContain("<t>'-</t>");
    expect(sheet).toContain("<t>'&#13;x</t>");
    expect(sheet).toContain('<t xml:space="preserve">  spaties  </t>');
    expect(sheet).toContain("<t>_x005F_x0041_</t>");
    expect(sheet).not.toMatch(/<t[^>]*>[=+\-@\t\r]/);
  });

  it("writes numbers as numbers, dates as Brussels text, and skips empty cells", () => {
    const sheet = unzip(toXlsx("Blad", rows))["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<c r="B2"><v>4.25</v></c>');
    expect(sheet).toContain('<c r="B3"><v>-1</v></c>');
    expect(sheet).toContain('<c r="C2" t="inlineStr"><is><t>2026-01-15 13:30</t></is></c>');
    expect(sheet).not.toContain('r="C3"');
    expect(sheet).not.toContain('r="B5"');
  });

  it("removes characters that are invalid in XML", () => {
    const sheet = unzip(toXlsx("Blad", rows))["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<t xml:space="preserve">bell </t>');
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it("makes the first row bold and addresses wide rows", () => {
    const wide = Array.from({ length: 28 }, (_, i) => i);
    const sheet = unzip(toXlsx("Blad", [["Kop"], wide]))["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<c r="AB2"><v>27</v></c>');
    expect(unzip(toXlsx("Blad", [[]]))["xl/styles.xml"]).toContain('<cellXfs count="2">');
  });

  it("escapes the sheet name in the workbook", () => {
    const workbook = unzip(toXlsx('Tom & "Jerry" <3', []))["xl/workbook.xml"];
    expect(workbook).toContain('name="Tom &amp; &quot;Jerry&quot; &lt;3"');
  });

  it("is byte-identical for identical input", () => {
    expect(toXlsx("Blad", rows)).toEqual(toXlsx("Blad", rows));
  });
});

describe("check 29: CSV cells never start a formula, whatever the reader's separator", () => {
  /** A strict RFC 4180 reader with a given separator. */
  function parseCsv(text: string, separator: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && field === "") quoted = true;
      else if (c === separator) {
        row.push(field);
        field = "";
      } else if (c === "\r" && text[i + 1] === "\n") {
        row.push(field);
        rows.push(row);
        row = [];
        field = "";
        i++;
      } else field += c;
    }
    return rows;
  }
  const hostile = [
    '=HYPERLINK("http://evil","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    "a;=1",
    "a,=1",
    '"=1"',
    'x"\n=cmd',
    "\0abc",
  ];
  it.each([";", ","])("read with %j as separator", (separator) => {
    const rows = parseCsv(
      toCsv([["naam", "aantal"], ...hostile.map((text) => [text, -3])]).slice(1),
      separator,
    );
    expect(rows).toHaveLength(hostile.length + 1);
    for (const row of rows.slice(1))
      expect(row.filter((cell) => /^[=+@\t\r\n\0]/.test(cell) || (/^-/.test(cell) && cell !== "-3"))).toEqual(
        [],
      );
  });
});
