import type { educationLevels } from "#db/schema/institutions";
import type { Table } from "~/imports/tabular";
import { slugSchema } from "./validation";

/** Level codes of the network import file (README), mapped onto the portal's levels. */
export const LEVEL_CODES: Record<string, (typeof educationLevels)[number]> = {
  bao: "basisonderwijs",
  so: "secundair onderwijs",
  // Special-needs schools are counted with their level; the file cannot say which, so basis.
  buo: "basisonderwijs",
  dko: "deeltijds kunstonderwijs",
  clb: "clb",
  vo: "volwassenenonderwijs",
  lsc: "leersteun",
};

export const NETWORK_IMPORT_COLUMNS = [
  "slug",
  "title",
  "goals",
  "od_code",
  "school_year",
  "level",
  "facilitator_email",
  "capacity",
] as const;

export interface NetworkImportRow {
  row: number;
  slug: string;
  title: string;
  goals: string[];
  odCode: string;
  schoolYear: number;
  level: (typeof educationLevels)[number];
  facilitatorEmail: string | null;
  capacity: number;
}

export type NetworkImportResult = { ok: true; rows: NetworkImportRow[] } | { ok: false; errors: string[] };

/** Checks every row before anything is written; errors name the row and column. */
export function validateNetworkImport(table: Table): NetworkImportResult {
  const [header, ...rows] = table;
  if (!header) return { ok: false, errors: ["Het bestand is leeg."] };
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  for (const name of names)
    if (!(NETWORK_IMPORT_COLUMNS as readonly string[]).includes(name))
      errors.push(`Kolom '${name}' is onbekend.`);
  for (const column of NETWORK_IMPORT_COLUMNS)
    if (column !== "facilitator_email" && !names.includes(column))
      errors.push(`De kolom '${column}' ontbreekt.`);
  if (errors.length) return { ok: false, errors };
  const result: NetworkImportRow[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const cell = (column: string) => (cells[names.indexOf(column)] ?? "").trim();
    const fail = (column: string, message: string) =>
      errors.push(`Rij ${rowNumber}, kolom '${column}': ${message}`);
    const slug = slugSchema.safeParse(cell("slug"));
    if (!slug.success) fail("slug", "gebruik enkel kleine letters, cijfers en koppeltekens.");
    else if (seen.has(slug.data)) fail("slug", `'${slug.data}' komt twee keer voor.`);
    else seen.add(slug.data);
    const title = cell("title");
    if (title.length < 3 || title.length > 150) fail("title", "geef een titel van 3 tot 150 tekens.");
    const goals = cell("goals")
      .split("|")
      .map((g) => g.trim())
      .filter(Boolean);
    if (goals.length === 0 || goals.length > 12 || goals.some((g) => g.length > 300))
      fail("goals", "geef 1 tot 12 doelen, gescheiden door |.");
    const odCode = cell("od_code");
    if (!odCode) fail("od_code", "vul de code van de operationele doelstelling in.");
    const yearMatch = /^(\d{4})(?:-(\d{4}))?$/.exec(cell("school_year"));
    const schoolYear = yearMatch ? Number(yearMatch[1]) : NaN;
    if (
      !yearMatch ||
      (yearMatch[2] && Number(yearMatch[2]) !== schoolYear + 1) ||
      schoolYear < 2015 ||
      schoolYear > 2040
    )
      fail("school_year", "gebruik de vorm 2025-2026.");
    const level = LEVEL_CODES[cell("level").toLowerCase()];
    if (!level) fail("level", `gebruik een van: ${Object.keys(LEVEL_CODES).join(", ")}.`);
    const email = cell("facilitator_email").toLowerCase();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      fail("facilitator_email", "dit is geen geldig e-mailadres.");
    const capacity = Number(cell("capacity"));
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000)
      fail("capacity", "geef een geheel getal van 1 tot 1000.");
    if (slug.success)
      result.push({
        row: rowNumber,
        slug: slug.data,
        title,
        goals,
        odCode,
        schoolYear,
        level,
        facilitatorEmail: email || null,
        capacity,
      });
  });
  if (rows.length === 0) errors.push("Het bestand bevat geen netwerken.");
  return errors.length ? { ok: false, errors: errors.slice(0, 30) } : { ok: true, rows: result };
}
