import type { LoaderFunctionArgs } from "react-router";
import { loadVisibleMaterial } from "~/materials/access.server";
import { recordDownload } from "~/materials/materials.server";
import { readUpload } from "~/materials/storage.server";

/** Downloads go through the same visibility rules as the material; never rendered inline (nosniff is set on every response by server.ts). */
export async function loader(args: LoaderFunctionArgs) {
  const { material } = await loadVisibleMaterial(args);
  const attachment = material.attachments.find((a) => a.id === args.params.attachmentId);
  if (!attachment) throw new Response("Niet gevonden", { status: 404 });
  const bytes = readUpload(attachment.id);
  recordDownload(material.id);
  const ascii = attachment.originalName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.originalName)}`,
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
