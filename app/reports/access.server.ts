import type { AppLoadContext } from "react-router";
import { requireNetworkManager } from "~/networks/access.server";
import { isFacilitatorOf } from "~/networks/networks.server";
import { cachedNetworkReport, type NetworkReport } from "./network-report.server";
import { withoutOpenAnswers } from "./open-answers";

export type ReportArgs = {
  request: Request;
  context: AppLoadContext;
  params: Record<string, string | undefined>;
};

/**
 * Reports are for the network's facilitators and beheerders, in every format. Open answers are
 * for the facilitators of the network only: the privacy text on the survey page promises the
 * quality unit sees figures per network and over all networks, not what someone wrote.
 */
export async function reportReader(args: ReportArgs) {
  const { user, network } = await requireNetworkManager(args, args.params.slug);
  return { network, readsOpenAnswers: isFacilitatorOf(user.id, network.id) };
}

export async function requireNetworkReport(args: ReportArgs): Promise<NetworkReport> {
  const { network, readsOpenAnswers } = await reportReader(args);
  const report = cachedNetworkReport(network.id);
  return readsOpenAnswers ? report : withoutOpenAnswers(report);
}
