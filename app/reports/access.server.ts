import type { AppLoadContext } from "@remix-run/node";
import { requireNetworkManager } from "~/networks/access.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { reportMaxAgeMs } from "./max-age.server";
import { buildNetworkReport } from "./network-report.server";
import type { RenderedHtml } from "~/http/static-html.server";
import { networkReportHtml } from "./report-html.server";

type ReportArgs = { request: Request; context: AppLoadContext; params: Record<string, string | undefined> };

/** The same figures for everyone allowed to read them, until an answer or edit comes in or one
 * of the network's surveys opens or closes (a running survey shows no figures). */
function cachedReport(networkId: number) {
  return cachedUntilChange(`network-report:${networkId}`, () => buildNetworkReport(networkId), () => reportMaxAgeMs(networkId));
}

/** Reports are for the network's facilitators and beheerders, in every format. */
export async function requireNetworkReport(args: ReportArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return cachedReport(network.id);
}

/** The report page's HTML (with the first open answers), kept as long as its figures. */
export async function requireNetworkReportHtml(args: ReportArgs): Promise<RenderedHtml> {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return networkReportHtml(network.id, () => cachedReport(network.id));
}
