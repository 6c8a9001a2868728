import type { AppLoadContext } from "@remix-run/node";
import { requireNetworkManager } from "~/networks/access.server";
import type { RenderedHtml } from "~/http/static-html.server";
import { cachedNetworkReport } from "./network-report.server";
import { networkReportHtml } from "./report-html.server";

type ReportArgs = { request: Request; context: AppLoadContext; params: Record<string, string | undefined> };

/** Reports are for the network's facilitators and beheerders, in every format. */
export async function requireNetworkReport(args: ReportArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return cachedNetworkReport(network.id);
}

/** The report page's HTML (with the first open answers), kept as long as its figures. */
export async function requireNetworkReportHtml(args: ReportArgs): Promise<RenderedHtml> {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return networkReportHtml(network.id);
}
