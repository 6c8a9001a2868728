import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { detectFileType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD } from "./file-types";
import type { NewAttachment } from "./materials.server";

export type UploadResult = { ok: true; formData: FormData; files: NewAttachment[] } | { ok: false; error: string };

const ALLOWED = "PDF, Word, Excel, PowerPoint, OpenDocument en afbeeldingen (PNG, JPG, GIF, WebP)";

/** Parses a material form; every file is checked by content before anything is stored. */
export async function parseMaterialUpload(request: Request): Promise<UploadResult> {
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_ATTACHMENT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: `Een bijlage mag hoogstens ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB groot zijn. Er werd niets bewaard.` };
    return { ok: false, error: "Het formulier kon niet gelezen worden." };
  }
  const uploads = formData.getAll("bijlagen").filter((f): f is File => f instanceof File && f.size > 0);
  if (uploads.length > MAX_ATTACHMENTS_PER_UPLOAD) return { ok: false, error: `Voeg hoogstens ${MAX_ATTACHMENTS_PER_UPLOAD} bijlagen tegelijk toe.` };
  const files: NewAttachment[] = [];
  for (const file of uploads) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = file.name.replace(/[\u0000-\u001f\\/:*?"<>|]/g, "_").slice(-150) || "bijlage";
    const type = detectFileType(bytes, name);
    if (!type) return { ok: false, error: `“${name}” is geen toegelaten bestandstype. Toegelaten: ${ALLOWED}. Er werd niets bewaard.` };
    files.push({ originalName: name, mimeType: type.mime, bytes });
  }
  return { ok: true, formData, files };
}
