import { readMultipartForm } from "~/http/multipart.server";
import { detectFileType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_UPLOAD } from "./file-types";
import type { NewAttachment } from "./materials.server";

export type UploadResult =
  { ok: true; formData: FormData; files: NewAttachment[] } | { ok: false; error: string };

const ALLOWED = "PDF, Word, Excel, PowerPoint, OpenDocument en afbeeldingen (PNG, JPG, GIF, WebP)";

/** Parses a material form; every file is checked by content before anything is stored. */
export async function parseMaterialUpload(request: Request): Promise<UploadResult> {
  const form = await readMultipartForm(request, MAX_ATTACHMENT_BYTES);
  if (!form.ok && form.reason === "too-large")
    return {
      ok: false,
      error: `Een bijlage mag hoogstens ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB groot zijn. Er werd niets bewaard.`,
    };
  if (!form.ok) return { ok: false, error: "Het formulier kon niet gelezen worden." };
  const { formData } = form;
  const uploads = formData.getAll("bijlagen").filter((f): f is File => f instanceof File && f.size > 0);
  if (uploads.length > MAX_ATTACHMENTS_PER_UPLOAD)
    return { ok: false, error: `Voeg hoogstens ${MAX_ATTACHMENTS_PER_UPLOAD} bijlagen tegelijk toe.` };
  const files: NewAttachment[] = [];
  for (const file of uploads) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = file.name.replace(/[\u0000-\u001f\\/:*?"<>|]/g, "_").slice(-150) || "bijlage";
    const type = detectFileType(bytes, name);
    if (!type)
      return {
        ok: false,
        error: `“${name}” is geen toegelaten bestandstype. Toegelaten: ${ALLOWED}. Er werd niets bewaard.`,
      };
    files.push({ originalName: name, mimeType: type.mime, bytes });
  }
  return { ok: true, formData, files };
}
