import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  attachments,
  materials,
  networks,
  type Material,
  type MaterialType,
  type MaterialVisibility,
} from "#db/schema";
import type { AuthUser } from "~/auth/auth-state";
import { isFacilitatorOf } from "~/networks/networks.server";
import { hasLiveRegistrationIn } from "~/registrations/registrations.server";
import type { Viewer } from "./access";
import { deleteUpload, writeUpload } from "./storage.server";

/** `inNetwork` when the caller has already read the person's registrations in the network. */
export function viewerFor(
  user: AuthUser | null,
  networkId: number | null,
  inNetwork?: boolean,
): Viewer | null {
  if (!user) return null;
  if (networkId === null)
    return { id: user.id, role: user.role, inNetwork: false, facilitatesNetwork: false };
  return {
    id: user.id,
    role: user.role,
    inNetwork: inNetwork ?? hasLiveRegistrationIn(user.id, networkId),
    facilitatesNetwork: isFacilitatorOf(user.id, networkId),
  };
}

export function getMaterial(id: number) {
  const material = db.select().from(materials).where(eq(materials.id, id)).get();
  if (!material) return null;
  const network = material.networkId
    ? db
        .select({
          id: networks.id,
          slug: networks.slug,
          title: networks.title,
          allowMemberMaterials: networks.allowMemberMaterials,
        })
        .from(networks)
        .where(eq(networks.id, material.networkId))
        .get()!
    : null;
  return {
    ...material,
    network,
    attachments: db.select().from(attachments).where(eq(attachments.materialId, id)).all(),
  };
}

export interface MaterialInput {
  title: string;
  bodyMarkdown: string;
  type: MaterialType;
  tags: string[];
  links: string[];
  visibility: MaterialVisibility;
  sessionId: number | null;
}

export interface NewAttachment {
  originalName: string;
  mimeType: string;
  bytes: Uint8Array;
}

const newAttachmentId = () => randomBytes(16).toString("hex");

/**
 * Files are written before the transaction commits and removed again if it fails, so a
 * material and its attachments exist together or not at all.
 */
function withFiles<T>(files: NewAttachment[], work: (ids: string[]) => T): T {
  const ids = files.map(() => newAttachmentId());
  try {
    files.forEach((file, i) => writeUpload(ids[i], file.bytes));
    return work(ids);
  } catch (error) {
    ids.forEach(deleteUpload);
    throw error;
  }
}

export function createMaterial(
  networkId: number,
  authorId: string,
  input: MaterialInput,
  files: NewAttachment[],
): number {
  return withFiles(files, (ids) =>
    db.transaction(
      (tx) => {
        const now = new Date();
        const { id } = tx
          .insert(materials)
          .values({ ...input, networkId, authorId, createdAt: now, updatedAt: now })
          .returning({ id: materials.id })
          .get();
        files.forEach((file, i) =>
          tx
            .insert(attachments)
            .values({
              id: ids[i],
              materialId: id,
              originalName: file.originalName,
              mimeType: file.mimeType,
              size: file.bytes.length,
              createdAt: now,
            })
            .run(),
        );
        return id;
      },
      { behavior: "immediate" },
    ),
  );
}

export function updateMaterial(
  id: number,
  input: MaterialInput,
  files: NewAttachment[],
  removeAttachmentIds: string[],
): void {
  const removed = withFiles(files, (ids) =>
    db.transaction(
      (tx) => {
        const now = new Date();
        tx.update(materials)
          .set({ ...input, updatedAt: now })
          .where(eq(materials.id, id))
          .run();
        files.forEach((file, i) =>
          tx
            .insert(attachments)
            .values({
              id: ids[i],
              materialId: id,
              originalName: file.originalName,
              mimeType: file.mimeType,
              size: file.bytes.length,
              createdAt: now,
            })
            .run(),
        );
        const doomed = removeAttachmentIds.length
          ? tx
              .select({ id: attachments.id })
              .from(attachments)
              .where(and(eq(attachments.materialId, id), inArray(attachments.id, removeAttachmentIds)))
              .all()
          : [];
        if (doomed.length)
          tx.delete(attachments)
            .where(
              inArray(
                attachments.id,
                doomed.map((d) => d.id),
              ),
            )
            .run();
        return doomed.map((d) => d.id);
      },
      { behavior: "immediate" },
    ),
  );
  removed.forEach(deleteUpload);
}

/** Deletes the material and then its files. */
export function deleteMaterial(id: number): void {
  const files = db
    .select({ id: attachments.id })
    .from(attachments)
    .where(eq(attachments.materialId, id))
    .all();
  db.delete(materials).where(eq(materials.id, id)).run();
  files.forEach((f) => deleteUpload(f.id));
}

export function recordView(id: number): void {
  db.update(materials)
    .set({ viewCount: sql`${materials.viewCount} + 1` })
    .where(eq(materials.id, id))
    .run();
}

export function recordDownload(materialId: number): void {
  db.update(materials)
    .set({ downloadCount: sql`${materials.downloadCount} + 1` })
    .where(eq(materials.id, materialId))
    .run();
}

export function networkMaterials(networkId: number): Material[] {
  return db
    .select()
    .from(materials)
    .where(eq(materials.networkId, networkId))
    .orderBy(sql`${materials.updatedAt} desc`)
    .all();
}
