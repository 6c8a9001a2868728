import type { SurveyPhase } from "#db/schema/surveys";
import type { Table } from "~/imports/tabular";
import { OTHER_ROLE } from "./instrument";

/** Columns of the import template (README "Importing historic results"). */
export const FIXED_COLUMNS = [
  "phase",
  "respondent",
  "role",
  "tevredenheid",
  "bruikbaarheid",
  "ondersteuning",
  "praktijktoepassing",
] as const;
const POST_ONLY = new Set(["tevredenheid", "bruikbaarheid"]);

export type ImportColumn =
  | { kind: (typeof FIXED_COLUMNS)[number] }
  | { kind: "kennis" | "geleerd"; goalId: number; goal: string }
  | { kind: "open"; question: string };

export interface ImportedResponse {
  row: number;
  phase: SurveyPhase;
  respondent: string | null;
  role: string;
  roleOther: string | null;
  /** Scores 1–5 per construct; knowledge and learned per goal id. */
  scores: {
    construct:
      "tevredenheid" | "bruikbaarheid" | "ondersteuning" | "praktijktoepassing" | "kennis" | "geleerd";
    goalId: number | null;
    value: number;
  }[];
  open: { question: string; text: string }[];
}

/** `skipped`: rows without a single answer (blank lines, a phase alone): they are nobody's response. */
export type ImportResult =
  | { ok: true; responses: ImportedResponse[]; openQuestions: string[]; skipped: number }
  | { ok: false; errors: string[] };

const MAX_ROWS = 5000;
const MAX_ERRORS = 20;

/** Agreement labels as Microsoft Forms exports them, and the portal's own. */
const AGREEMENT_LABELS: Record<string, number> = {
  "helemaal oneens": 1,
  "volledig oneens": 1,
  oneens: 2,
  neutraal: 3,
  "noch eens, noch oneens": 3,
  "noch eens noch oneens": 3,
  eens: 4,
  "helemaal eens": 5,
  "volledig eens": 5,
};

/** A score from a cell: a number, or an agreement label (Forms exports the label text). */
export function scoreFromCell(value: string): number {
  const label = AGREEMENT_LABELS[value.trim().toLowerCase()];
  return label ?? Number(value.replace(",", "."));
}

/** Maps a header to a column; null when the network has no such goal or the name is unknown. */
export function columnFor(header: string, goals: { id: number; text: string }[]): ImportColumn | null {
  const name = header.trim();
  const lower = name.toLowerCase();
  if ((FIXED_COLUMNS as readonly string[]).includes(lower))
    return { kind: lower as (typeof FIXED_COLUMNS)[number] };
  const prefixed = /^(kennis|geleerd|open)\s*:\s*(.+)$/i.exec(name);
  if (!prefixed) return null;
  const kind = prefixed[1].toLowerCase() as "kennis" | "geleerd" | "open";
  const rest = prefixed[2].trim();
  if (kind === "open") return { kind, question: rest };
  const goal = goals.find((g) => g.text.trim().toLowerCase() === rest.toLowerCase());
  return goal ? { kind, goalId: goal.id, goal: goal.text } : null;
}

/**
 * Validates a whole file before anything is stored: every error names its row (as in a
 * spreadsheet, header = row 1) and column, and one error rejects the file.
 */
export function validateImport(
  table: Table,
  goals: { id: number; text: string }[],
  roleLabels: string[],
): ImportResult {
  const [header, ...rows] = table;
  if (!header) return { ok: false, errors: ["Het bestand is leeg."] };
  if (rows.length > MAX_ROWS) return { ok: false, errors: [`Het bestand heeft meer dan ${MAX_ROWS} rijen.`] };
  const errors: string[] = [];
  const columns = header.map((h) => {
    const column = columnFor(h, goals);
    if (!column) {
      const goalLike = /^(kennis|geleerd)\s*:\s*(.+)$/i.exec(h.trim());
      errors.push(
        goalLike
          ? `Kolom '${h}': het netwerk heeft geen doel '${goalLike[2].trim()}'.`
          : `Kolom '${h}' is onbekend.`,
      );
    }
    return column;
  });
  if (!columns.some((c) => c?.kind === "phase")) errors.push("De kolom 'phase' ontbreekt.");
  if (errors.length) return { ok: false, errors };

  const responses: ImportedResponse[] = [];
  let skipped = 0;
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => !(cell ?? "").trim())) {
      skipped++;
      return;
    }
    const fail = (column: string, message: string) =>
      errors.length < MAX_ERRORS && errors.push(`Rij ${rowNumber}, kolom '${column}': ${message}`);
    const response: ImportedResponse = {
      row: rowNumber,
      phase: "post",
      respondent: null,
      role: OTHER_ROLE,
      roleOther: null,
      scores: [],
      open: [],
    };
    columns.forEach((column, c) => {
      const value = (cells[c] ?? "").trim();
      const name = header[c];
      if (!column || value === "") return;
      switch (column.kind) {
        case "phase":
          if (value !== "pre" && value !== "post") fail(name, "gebruik pre of post.");
          else response.phase = value;
          return;
        case "respondent":
          if (value.length > 100) fail(name, "de code is te lang (hoogstens 100 tekens).");
          else response.respondent = value;
          return;
        case "role": {
          const known = roleLabels.find((r) => r.toLowerCase() === value.toLowerCase());
          response.role = known ?? OTHER_ROLE;
          response.roleOther = known ? null : value.slice(0, 100);
          return;
        }
        case "open":
          if (value.length > 2000) fail(name, "het antwoord is langer dan 2000 tekens.");
          else response.open.push({ question: column.question, text: value });
          return;
        default: {
          const score = scoreFromCell(value);
          if (!Number.isInteger(score) || score < 1 || score > 5) {
            fail(name, `'${value}' is geen geheel getal van 1 tot 5.`);
            return;
          }
          response.scores.push({
            construct: column.kind,
            goalId: "goalId" in column ? column.goalId : null,
            value: score,
          });
        }
      }
    });
    const phaseCell = columns.findIndex((c) => c?.kind === "phase");
    if (!(cells[phaseCell] ?? "").trim()) fail("phase", "vul pre of post in.");
    for (const score of response.scores) {
      if (response.phase === "pre" && (POST_ONLY.has(score.construct) || score.construct === "geleerd")) {
        fail(score.construct, "deze vraag hoort enkel bij een nameting (post).");
        break;
      }
    }
    // A row that answers nothing would still count as a respondent and help a figure reach k.
    if (response.scores.length === 0 && response.open.length === 0) skipped++;
    else responses.push(response);
  });
  const codes = new Set<string>();
  for (const r of responses) {
    if (!r.respondent) continue;
    const key = `${r.phase}:${r.respondent}`;
    if (codes.has(key) && errors.length < MAX_ERRORS)
      errors.push(
        `Rij ${r.row}, kolom 'respondent': code '${r.respondent}' komt twee keer voor in de ${r.phase === "pre" ? "voormeting" : "nameting"}.`,
      );
    codes.add(key);
  }
  if (responses.length === 0) errors.push("Het bestand bevat geen antwoorden.");
  if (errors.length) return { ok: false, errors };
  const openQuestions = [...new Set(columns.flatMap((c) => (c?.kind === "open" ? [c.question] : [])))];
  return { ok: true, responses, openQuestions, skipped };
}
