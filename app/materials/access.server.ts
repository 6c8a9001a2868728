import { redirect } from "react-router";
import { z } from "zod";
import { getOptionalUser, pageUrl, type RequestArgs } from "~/auth/guards.server";
import { canEdit, canView } from "./access";
import { getMaterial, viewerFor } from "./materials.server";

/**
 * The material if the requester may see it. Members-only material answers 404 to everyone else,
 * exactly like a material that does not exist, so its existence does not leak either.
 */
export async function loadVisibleMaterial(
  args: RequestArgs & { params: Record<string, string | undefined> },
) {
  const user = await getOptionalUser(args);
  const id = z.coerce.number().int().positive().safeParse(args.params.id);
  const material = id.success ? getMaterial(id.data) : null;
  if (!material) throw new Response("Niet gevonden", { status: 404 });
  const viewer = viewerFor(user, material.networkId);
  if (!canView(material, viewer)) {
    if (!user) {
      const url = pageUrl(args);
      throw redirect(`/inloggen?redirectTo=${encodeURIComponent(url.pathname)}`);
    }
    throw new Response("Niet gevonden", { status: 404 });
  }
  return {
    user,
    viewer,
    material,
    editable: canEdit(material, viewer, material.network?.allowMemberMaterials ?? false),
  };
}
