import type { AppLoadContext } from "@remix-run/node";
import { requireNetworkManager } from "~/networks/access.server";
import { cachedUntilChange } from "~/http/data-version.server";
import { reportMaxAgeMs } from "./max-age.server";
import { buildNetworkReport } from "./network-report.server";

/** Reports are for the network's facilitators and beheerders, in every format. */
export async function requireNetworkReport(args: { request: Request; context: AppLoadContext; params: Record<string, string | undefined> }) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  // The same figures for everyone allowed to read them, until an answer or edit comes in or one
  // of the network's surveys opens or closes (a running survey shows no figures).
  return cachedUntilChange(`network-report:${network.id}`, () => buildNetworkReport(network.id), () => reportMaxAgeMs(network.id));
}
