import { strFromU8, unzipSync } from "fflate";

export type Table = string[][];

/** Historic exports are small; this also bounds what an upload can make us parse. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * RFC 4180 CSV with either ";" (Belgian Excel) or "," as separator, detected from the header
 * unless the caller knows it (our own exports always use ";").
 */
export function parseCsv(input: string, knownSeparator?: ";" | ","): Table {
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator =
    knownSeparator ??
    ((firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",");
  const rows: Table = [];
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
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

const decodeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi,
    (_m, name: string, dec?: string, hex?: string) =>
      dec
        ? String.fromCodePoint(Number(dec))
        : hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[
              name.toLowerCase()
            ],
  );

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const MAX_UNZIPPED = 20 * 1024 * 1024;

/** The first worksheet of an .xlsx as text cells (shared and inline strings, numbers). */
export function parseXlsx(bytes: Uint8Array): Table {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (file) => {
      // A zip bomb must not exhaust memory: refuse archives that expand beyond a sane size.
      total += file.originalSize;
      if (total > MAX_UNZIPPED) throw new Error("Het bestand is te groot.");
      return (
        file.name === "xl/sharedStrings.xml" ||
        file.name === "xl/workbook.xml" ||
        file.name.startsWith("xl/worksheets/sheet")
      );
    },
  });
  const sheetName = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort()[0];
  if (!sheetName) throw new Error("Dit Excel-bestand bevat geen werkblad.");
  const shared = files["xl/sharedStrings.xml"]
    ? [...strFromU8(files["xl/sharedStrings.xml"]).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        decodeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
      )
    : [];
  const rows: Table = [];
  for (const rowMatch of strFromU8(files[sheetName]).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: string[] = [];
    for (const cell of rowMatch[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1];
      const body = cell[2] ?? "";
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = "";
      if (type === "s" && value !== undefined) text = shared[Number(value)] ?? "";
      else if (type === "inlineStr")
        text = decodeXml([...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
      else if (value !== undefined) text = decodeXml(value);
      const index = ref ? columnIndex(ref) : row.length;
      while (row.length < index) row.push("");
      row[index] = text;
    }
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

/** CSV or XLSX, told apart by content (a zip starts with PK), not by the file name. */
export function parseTable(bytes: Uint8Array): Table {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return parseXlsx(bytes);
  return parseCsv(new TextDecoder("utf-8").decode(bytes));
}
