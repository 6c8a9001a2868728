import type { LoaderFunctionArgs } from "react-router";
import { requireNetworkReport } from "~/reports/access.server";
import { reportJson } from "~/reports/network-report.server";

/** The report's numbers as JSON (shape in the README): unrounded, rates as fractions, null when suppressed. */
export async function loader(args: LoaderFunctionArgs) {
  const report = await requireNetworkReport(args);
  return new Response(JSON.stringify(reportJson(report)), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
