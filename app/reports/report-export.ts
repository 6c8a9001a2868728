import type { Cell } from "~/exports/spreadsheet";
import type { NetworkReport } from "./network-report.server";

const PHASE = { pre: "voormeting", post: "nameting" } as const;

/** The report as rows for CSV and XLSX: aggregates only, suppressed cells left empty. */
export function reportRows(report: NetworkReport): Cell[][] {
  const rows: Cell[][] = [["Netwerk", report.network.title], ["Schooljaar", report.network.schoolYear], ["Ingeschreven", report.participants.registered], ["Aanwezig", report.participants.attended], []];
  rows.push(["Fase", "Respondenten", "Deelnemers", "Responsgraad", "Vereist", "Voldoende"]);
  for (const phase of ["pre", "post"] as const) {
    const p = report.phases[phase];
    if (p) rows.push([PHASE[phase], p.respondents, p.denominator, p.responseRate, p.requiredRate, p.sufficient ? "ja" : "nee (voorzichtig interpreteren)"]);
  }
  rows.push([], ["Fase", "Vraag", "n", "Gemiddelde", "SD", "1", "2", "3", "4", "5", "Top-2"]);
  for (const item of report.items) {
    rows.push([PHASE[item.phase], item.key, item.n, item.mean, item.sd, ...(item.distribution ?? [null, null, null, null, null]), item.top2]);
  }
  if (report.pairs.length) {
    rows.push([], ["Doel (gepaard)", "Paren", "Gemiddeld verschil", "SD verschil", "Effectgrootte"]);
    for (const pair of report.pairs) rows.push([pair.goal, pair.n, pair.meanDiff, pair.sdDiff, pair.effectSize]);
  }
  return rows;
}
