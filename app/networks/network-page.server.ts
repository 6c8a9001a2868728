import { cachedUntilChange } from "~/http/data-version.server";
import { networkMaterials } from "~/materials/materials.server";
import { networkSeatSummary } from "~/registrations/summary.server";
import { getNetworkDetails } from "./networks.server";

/**
 * What every visitor of a network page reads (details, materials before each viewer's filter,
 * seats), once per database change; the caller has already decided the visitor may see it.
 */
export function networkPageData(networkId: number) {
  return cachedUntilChange(`network-page:${networkId}`, () => ({
    network: getNetworkDetails(networkId)!,
    materials: networkMaterials(networkId),
    seats: networkSeatSummary(networkId),
  }));
}
