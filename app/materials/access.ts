import type { MaterialVisibility } from "#db/schema/materials";

export interface Viewer {
  id: string;
  role: "participant" | "facilitator" | "admin";
  /** Member (live registration) or facilitator of the material's network. */
  inNetwork: boolean;
  facilitatesNetwork: boolean;
}

/** Who may see a material (and download its attachments). */
export function canView(material: { visibility: MaterialVisibility; networkId: number | null }, viewer: Viewer | null): boolean {
  if (material.visibility === "publiek") return true;
  if (!viewer) return false;
  if (material.visibility === "ingelogd" || material.networkId === null) return true;
  return viewer.role === "admin" || viewer.inNetwork || viewer.facilitatesNetwork;
}

/** Facilitators edit every material of their network; with co-creation, members edit their own. */
export function canEdit(material: { networkId: number | null; authorId: string | null }, viewer: Viewer | null, allowMemberMaterials: boolean): boolean {
  if (!viewer || material.networkId === null) return false;
  if (viewer.role === "admin" || viewer.facilitatesNetwork) return true;
  return allowMemberMaterials && viewer.inNetwork && material.authorId === viewer.id;
}

export function canPost(viewer: Viewer | null, allowMemberMaterials: boolean): boolean {
  if (!viewer) return false;
  return viewer.role === "admin" || viewer.facilitatesNetwork || (allowMemberMaterials && viewer.inNetwork);
}
