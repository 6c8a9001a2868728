import type { AppLoadContext } from "react-router";
import type { AuthUser } from "~/auth/auth-state";
import { requireRole } from "~/auth/guards.server";
import { getNetworkBySlug, isFacilitatorOf } from "./networks.server";

/** Facilitators manage only the networks they run; admins manage all. 404 before 403. */
export async function requireNetworkManager(
  args: { request: Request; context: AppLoadContext },
  slug: string | undefined,
) {
  const user = await requireRole(args, ["facilitator", "admin"]);
  const network = slug ? getNetworkBySlug(slug) : null;
  if (!network) throw new Response("Niet gevonden", { status: 404 });
  if (!canManage(user, network.id)) throw new Response("Je begeleidt dit netwerk niet.", { status: 403 });
  return { user, network };
}

export function canManage(user: AuthUser | null, networkId: number): boolean {
  if (!user) return false;
  return user.role === "admin" || (user.role === "facilitator" && isFacilitatorOf(user.id, networkId));
}
