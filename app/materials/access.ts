import type { MaterialVisibility } from "#db/schema/materials";

export interface Viewer {
  id: string;
  role: "participant" | "facilitator" | "admin";
  /** Member (live registration) or facilitator of the material's network. */
  inNetwork: boolean;
  facilitatesNetwork: boolean;
}

/** Who may see a material (and download its attachments). */
export function canView(
  material: { visibility: MaterialVisibility; networkId: number | null },
  viewer: Viewer | null,
): boolean {
  if (material.visibility === "publiek") return true;
  if (!viewer) return false;
  if (material.visibility === "ingelogd" || material.networkId === null) return true;
  return viewer.role === "admin" || viewer.inNetwork || viewer.facilitatesNetwork;
}

/** Facilitators edit every material of their network; with co-creation, members edit their own. */
export function canEdit(
  material: { networkId: number | null; authorId: string | null },
  viewer: Viewer | null,
  allowMemberMaterials: boolean,
): boolean {
  if (!viewer || material.networkId === null) return false;
  if (viewer.role === "admin" || viewer.facilitatesNetwork) return true;
  return allowMemberMaterials && viewer.inNetwork && material.authorId === viewer.id;
}

export function canPost(viewer: Viewer | null, allowMemberMaterials: boolean): boolean {
  if (!viewer) return false;
  return viewer.role === "admin" || viewer.facilitatesNetwork || (allowMemberMaterials && viewer.inNetwork);
}

/** Visibility as a small number, for the hit lists that search keeps (search.server.ts). */
export const VISIBILITIES = ["publiek", "ingelogd", "leden"] as const satisfies readonly MaterialVisibility[];

/** Who may see each hit of a kept search: its network (0 for the library) and its visibility (index in VISIBILITIES). */
export interface HitVisibility {
  networkIds: Int32Array;
  visibility: Uint8Array;
}

/**
 * The positions of the hits the viewer may see, by canView. `memberOf` lists the networks the
 * viewer belongs to or facilitates; it is asked at most once, and only when a hit needs it.
 */
export function visibleHits(
  hits: HitVisibility,
  user: { id: string; role: Viewer["role"] } | null,
  memberOf: () => Set<number>,
): number[] {
  const visible: number[] = [];
  let members: Set<number> | undefined;
  // Two viewers, built once: a search can have thousands of hits.
  const outside: Viewer | null = user && {
    id: user.id,
    role: user.role,
    inNetwork: false,
    facilitatesNetwork: false,
  };
  const inside: Viewer | null = user && { ...outside!, inNetwork: true };
  for (let i = 0; i < hits.visibility.length; i++) {
    const visibility = VISIBILITIES[hits.visibility[i]];
    const networkId = hits.networkIds[i] || null;
    const needsMembership =
      outside !== null && visibility === "leden" && networkId !== null && outside.role !== "admin";
    const viewer = needsMembership && (members ??= memberOf()).has(networkId!) ? inside : outside;
    if (canView({ visibility, networkId }, viewer)) visible.push(i);
  }
  return visible;
}
