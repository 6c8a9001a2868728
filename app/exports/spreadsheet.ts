// Spreadsheet exports (CSV for Belgian Excel, minimal XLSX). Every string is treated as
// untrusted: teachers' names and free text end up in files that office software opens.
import { strToU8, zipSync } from "fflate";

export type Cell = string | number | null | undefined | Date;

// OWASP "CSV Injection": = + - @ and the control characters tab, CR, LF and NUL at the start of a
// cell make spreadsheet software start a formula.
const FORMULA_TRIGGER = /^[=+\-@\t\r\n\0]/;

export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

const brussels = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Brussels",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function formatBrusselsDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date in spreadsheet cell");
  const parts = brussels.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}

function finite(value: number): number {
  // NaN or Infinity in an export is a bug upstream; an empty cell would hide it.
  if (!Number.isFinite(value)) throw new RangeError(`Cannot export non-finite number ${value}`);
  return value;
}

// ---------- CSV ----------

// Commas too: Excel in a comma locale splits there, and "a,=1" would start a new cell with a formula.
const CSV_NEEDS_QUOTES = /[;,"\r\n]/;

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(finite(cell)).replace(".", ",");
  const text = cell instanceof Date ? formatBrusselsDateTime(cell) : neutraliseCell(cell);
  return CSV_NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The BOM and ";" make Excel with Belgian regional settings open the file as UTF-8 columns. */
export function toCsv(rows: Cell[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvField).join(";") + "\r\n").join("");
}

// ---------- XLSX ----------

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const CONTENT_TYPES =
  `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  "</Types>";

const ROOT_RELS =
  `${XML_HEADER}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  "</Relationships>";

const WORKBOOK_RELS =
  `${XML_HEADER}<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  "</Relationships>";

// Style index 0 is the default, 1 is bold (header row). Excel requires the two default fills.
const STYLES =
  `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

// Characters outside the XML 1.0 Char production make the whole file unreadable.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;"); // a literal CR would be normalised away by the XML parser
}

/** Excel decodes "_xHHHH_" in strings as a character; escaping the underscore keeps user text literal. */
function protectExcelEscapes(value: string): string {
  return value.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

// Excel rejects names that start or end with an apostrophe.
const tidyName = (name: string) =>
  name
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();

export function sanitiseSheetName(name: string): string {
  const cleaned = tidyName(name.replace(XML_INVALID, "").replace(/[\u0000-\u001F\u007F[\]:*?/\\]/g, ""));
  let short = "";
  // Excel counts UTF-16 units; stopping at a whole code point never leaves half a surrogate pair.
  for (const char of cleaned) {
    if (short.length + char.length > 31) break;
    short += char;
  }
  return tidyName(short) || "Blad1";
}

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function xlsxCell(cell: Cell, ref: string, style: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return `<c r="${ref}"${style}><v>${finite(cell)}</v></c>`;
  const raw = cell instanceof Date ? formatBrusselsDateTime(cell) : cell;
  const text = protectExcelEscapes(neutraliseCell(raw.replace(XML_INVALID, "")));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function sheetXml(rows: Cell[][]): string {
  if (rows.length > MAX_ROWS) throw new RangeError(`XLSX allows at most ${MAX_ROWS} rows`);
  const body = rows
    .map((row, r) => {
      if (row.length > MAX_COLUMNS) throw new RangeError(`XLSX allows at most ${MAX_COLUMNS} columns`);
      const style = r === 0 ? ' s="1"' : "";
      const cells = row.map((cell, c) => xlsxCell(cell, `${columnName(c)}${r + 1}`, style)).join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return `${XML_HEADER}<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

function workbookXml(sheetName: string): string {
  return (
    `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${escapeXml(sanitiseSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets>` +
    "</workbook>"
  );
}

// A fixed timestamp keeps identical exports byte-identical.
const ZIP_MTIME = new Date(2000, 0, 1);

export function toXlsx(sheetName: string, rows: Cell[][]): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(CONTENT_TYPES),
      "_rels/.rels": strToU8(ROOT_RELS),
      "xl/workbook.xml": strToU8(workbookXml(sheetName)),
      "xl/_rels/workbook.xml.rels": strToU8(WORKBOOK_RELS),
      "xl/worksheets/sheet1.xml": strToU8(sheetXml(rows)),
      "xl/styles.xml": strToU8(STYLES),
    },
    { mtime: ZIP_MTIME },
  );
}
