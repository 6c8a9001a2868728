import {
  educationLevels,
  institutionGroupKinds,
  institutionKinds,
  regions,
  type NewInstitution,
} from "#db/schema/institutions";
import type { Table } from "~/imports/tabular";

export const INSTITUTION_COLUMNS = [
  "name",
  "kind",
  "level",
  "city",
  "region",
  "group_kind",
  "group_name",
] as const;

/** Validates an institutions file (README) before anything is written; errors name row and column. */
export function validateInstitutions(
  table: Table,
): { ok: true; rows: NewInstitution[] } | { ok: false; errors: string[] } {
  const [header, ...rows] = table;
  if (!header) return { ok: false, errors: ["Het bestand is leeg."] };
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  for (const column of INSTITUTION_COLUMNS.slice(0, 5))
    if (!names.includes(column)) errors.push(`De kolom '${column}' ontbreekt.`);
  for (const name of names)
    if (!(INSTITUTION_COLUMNS as readonly string[]).includes(name))
      errors.push(`Kolom '${name}' is onbekend.`);
  if (errors.length) return { ok: false, errors };
  const parsed: NewInstitution[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (c: string) => (names.includes(c) ? (cells[names.indexOf(c)] ?? "").trim() : "");
    const oneOf = <T extends string>(column: string, allowed: readonly T[]): T | null => {
      const value = cell(column);
      if ((allowed as readonly string[]).includes(value)) return value as T;
      errors.push(`Rij ${row}, kolom '${column}': gebruik een van: ${allowed.join(", ")}.`);
      return null;
    };
    const name = cell("name");
    const city = cell("city");
    if (name.length < 3 || name.length > 200)
      errors.push(`Rij ${row}, kolom 'name': geef een naam van 3 tot 200 tekens.`);
    if (city.length < 2 || city.length > 100) errors.push(`Rij ${row}, kolom 'city': geef de gemeente.`);
    const kind = oneOf("kind", institutionKinds);
    const level = oneOf("level", educationLevels);
    const region = oneOf("region", regions);
    const groupKindText = cell("group_kind");
    const groupKind = groupKindText ? oneOf("group_kind", institutionGroupKinds) : null;
    const groupName = cell("group_name") || null;
    if (kind && level && region && name && city)
      parsed.push({ name, kind, level, city, region, groupKind, groupName });
  });
  if (rows.length === 0) errors.push("Het bestand bevat geen instellingen.");
  return errors.length ? { ok: false, errors: errors.slice(0, 30) } : { ok: true, rows: parsed };
}
