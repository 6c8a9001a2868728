import type { Table } from "~/imports/tabular";
import { columnFor, FIXED_COLUMNS } from "./import";

export const IGNORE = "negeren";

/** Headers that identify a person in a Forms export: never imported. */
const IDENTIFYING =
  /^(id|e-?mail|naam|name|begintijd|tijd van voltooien|start time|completion time|laatst gewijzigd)/i;

/**
 * A first guess of the template column for a Microsoft Forms header (question text); the
 * facilitator confirms or corrects it on the mapping screen.
 */
export function suggestColumn(header: string, goals: { id: number; text: string }[]): string {
  const h = header.trim();
  if (columnFor(h, goals)) return h;
  if (IDENTIFYING.test(h)) return IGNORE;
  const lower = h.toLowerCase();
  const goal = goals.find((g) => lower.includes(g.text.toLowerCase()));
  if (goal && /kennis/.test(lower)) return `kennis: ${goal.text}`;
  if (goal && /geleerd/.test(lower)) return `geleerd: ${goal.text}`;
  if (/\brol\b|doelgroep|functie/.test(lower)) return "role";
  if (/tevreden/.test(lower)) return "tevredenheid";
  if (/bruikbaar/.test(lower) && !/meest bruikbaar/.test(lower)) return "bruikbaarheid";
  if (/ondersteuning/.test(lower)) return "ondersteuning";
  if (/fase|praktijk/.test(lower) && !/nodig/.test(lower)) return "praktijktoepassing";
  return `open: ${h}`;
}

export function mappingTargets(goals: { id: number; text: string }[]): string[] {
  return [IGNORE, ...FIXED_COLUMNS, ...goals.flatMap((g) => [`kennis: ${g.text}`, `geleerd: ${g.text}`])];
}

/** Applies the chosen mapping: renamed headers, ignored columns dropped, a phase column added. */
export function applyMapping(table: Table, targets: string[], phase: "pre" | "post" | null): Table {
  const [header, ...rows] = table;
  const keep = header.map((_, i) => i).filter((i) => targets[i] && targets[i] !== IGNORE);
  const addPhase = phase !== null && !keep.some((i) => targets[i] === "phase");
  const newHeader = [...(addPhase ? ["phase"] : []), ...keep.map((i) => targets[i])];
  return [newHeader, ...rows.map((row) => [...(addPhase ? [phase] : []), ...keep.map((i) => row[i] ?? "")])];
}
