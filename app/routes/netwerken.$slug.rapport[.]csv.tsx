import type { LoaderFunctionArgs } from "react-router";
import { toCsv } from "~/exports/spreadsheet";
import { requireNetworkReport } from "~/reports/access.server";
import { reportRows } from "~/reports/report-export";

export async function loader(args: LoaderFunctionArgs) {
  const report = await requireNetworkReport(args);
  return new Response(toCsv(reportRows(report)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rapport-${report.network.slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
