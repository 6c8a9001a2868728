import type { Cell } from "~/exports/spreadsheet";
import type { NetworkReport } from "./network-report.server";
import { leftOutNote } from "./visibility";

const PHASE = { pre: "voormeting", post: "nameting" } as const;
const STATUS = { open: "loopt nog", unpublished: "niet gepubliceerd", published: "gepubliceerd" } as const;
const BASIS = {
  registered: "ingeschrevenen",
  attended: "aanwezigen",
  imported: "deelnemers opgegeven bij de import",
} as const;

/** The report as rows for CSV and XLSX: aggregates only, suppressed cells left empty. */
export function reportRows(report: NetworkReport): Cell[][] {
  const rows: Cell[][] = [
    ["Netwerk", report.network.title],
    ["Schooljaar", report.network.schoolYear],
    ["Ingeschreven", report.participants.registered],
    ["Aanwezig", report.participants.attended],
    [],
  ];
  rows.push([
    "Fase",
    "Status",
    "Respondenten",
    "Noemer",
    "Noemer telt",
    "Gasten (plaatsen)",
    "Responsgraad",
    "Vereist",
    "Voldoende",
  ]);
  for (const phase of ["pre", "post"] as const) {
    const p = report.phases[phase];
    if (!p) continue;
    const published = p.status === "published";
    rows.push([
      PHASE[phase],
      STATUS[p.status],
      published ? p.respondents : p.responses,
      p.denominator,
      BASIS[p.basis],
      p.guests.places,
      p.responseRate,
      p.requiredRate,
      published ? (p.sufficient ? "ja" : "nee (voorzichtig interpreteren)") : null,
    ]);
  }
  rows.push([], ["Fase", "Vraag", "n", "Gemiddelde", "SD", "1", "2", "3", "4", "5", "Top-2", "Opmerking"]);
  for (const item of report.items) {
    rows.push([
      PHASE[item.phase],
      item.key,
      item.n,
      item.mean,
      item.sd,
      ...(item.distribution ?? [null, null, null, null, null]),
      item.top2,
      leftOutNote(item.leftOut, report.k),
    ]);
  }
  if (report.pairs.length) {
    rows.push(
      [],
      ["Doel (gepaard)", "Paren", "Gemiddeld verschil", "SD verschil", "Effectgrootte", "Opmerking"],
    );
    for (const pair of report.pairs)
      rows.push([pair.goal, pair.n, pair.meanDiff, pair.sdDiff, pair.effectSize, pair.withheld]);
  }
  return rows;
}
