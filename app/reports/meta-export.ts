import type { Cell } from "~/exports/spreadsheet";
import { aggregate, groupBy, META_ITEMS, type Grouping, type MeasuredNetwork, type MetaRow } from "./meta";

export const GROUPINGS: Array<[Grouping, string]> = [
  ["coreTask", "Kerntaak of beleidsimpuls"],
  ["audience", "Doelgroep"],
  ["level", "Niveau"],
  ["networkType", "Soort netwerk"],
];

export function metaTables(networks: MeasuredNetwork[]) {
  return {
    overall: { ...aggregate(networks), value: "Alle netwerken" },
    groups: GROUPINGS.map(([grouping, label]) => ({ grouping, label, rows: groupBy(networks, grouping) })),
  };
}

const rowCells = (row: MetaRow): Cell[] => [
  row.value,
  row.networks,
  row.respondents,
  row.sufficientShare,
  ...META_ITEMS.flatMap((item) => [
    row.items[item].n,
    row.items[item].pooledMean,
    row.items[item].meanOfMeans,
  ]),
];

/** Aggregates only; cells withheld for k-anonymity stay empty. */
export function metaRows(schoolYear: string, networks: MeasuredNetwork[]): Cell[][] {
  const { overall, groups } = metaTables(networks);
  const header = [
    "Groep",
    "Netwerken",
    "Respondenten",
    "Aandeel voldoende respons",
    ...META_ITEMS.flatMap((item) => [
      `${item} n`,
      `${item} gemiddelde (alle antwoorden)`,
      `${item} gemiddelde van netwerkgemiddelden`,
    ]),
  ];
  const rows: Cell[][] = [["Meta-analyse effectmeting", schoolYear], [], header, rowCells(overall)];
  for (const group of groups) {
    rows.push([], [group.label]);
    for (const row of group.rows) rows.push(rowCells(row));
  }
  return rows;
}
