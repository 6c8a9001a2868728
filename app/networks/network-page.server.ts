import type { AuthUser } from "~/auth/auth-state";
import { cachedUntilChange } from "~/http/data-version.server";
import { canPost, canView } from "~/materials/access";
import { renderMarkdown } from "~/materials/markdown.server";
import { networkMaterials, viewerFor } from "~/materials/materials.server";
import { sessionPlace } from "~/registrations/calendar.server";
import { myRegistrationsIn } from "~/registrations/registrations.server";
import { enrolmentBlock } from "~/registrations/rules";
import { networkSeatSummary } from "~/registrations/summary.server";
import { canManage } from "./access.server";
import { getNetworkBySlug, getNetworkDetails } from "./networks.server";

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

/**
 * A network page as one viewer sees it, or null when it does not exist for them (a concept
 * network exists only for the people who run it). Whether enrolling is open, for the network and
 * per session, is the same rule the enrolment itself applies.
 */
export function networkPageFor(user: AuthUser | null, slug: string, now = new Date()) {
  const found = getNetworkBySlug(slug);
  const manager = found ? canManage(user, found.id) : false;
  if (!found || (found.status === "concept" && !manager)) return null;
  const shared = networkPageData(found.id);
  const network = shared.network;
  const mine = user ? myRegistrationsIn(user.id, network.id) : [];
  const seated = manager || mine.some((r) => r.status === "registered");
  // `mine` are the person's live registrations here, so they say whether the person is a member.
  const viewer = viewerFor(user, network.id, mine.length > 0);
  return {
    materials: shared.materials
      .filter((m) => canView(m, viewer))
      .map((m) => ({ id: m.id, title: m.title, type: m.type })),
    canPostMaterial: network.status !== "concept" && canPost(viewer, network.allowMemberMaterials),
    canEnrol: enrolmentBlock(network, null, now) === null,
    network: {
      ...network,
      descriptionHtml: renderMarkdown(network.descriptionMarkdown),
      sessions: network.sessions.map(({ onlineUrl, ...session }) => ({
        ...session,
        place: sessionPlace(session),
        // The online link is for people with a seat and the facilitators only.
        onlineUrl: seated ? onlineUrl : null,
        enrollable: enrolmentBlock(network, session, now) === null,
      })),
    },
    seats: shared.seats,
    mine,
    loggedIn: Boolean(user),
    manager,
  };
}
