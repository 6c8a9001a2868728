import type { LoaderFunctionArgs } from "react-router";
import { toXlsx } from "~/exports/spreadsheet";
import { requireNetworkReport } from "~/reports/access.server";
import { reportRows } from "~/reports/report-export";

export async function loader(args: LoaderFunctionArgs) {
  const report = await requireNetworkReport(args);
  return new Response(new Uint8Array(toXlsx("Rapport", reportRows(report))), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="rapport-${report.network.slug}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
