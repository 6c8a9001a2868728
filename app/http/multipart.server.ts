import {
  MaxFileSizeExceededError,
  MaxTotalSizeExceededError,
  parseFormData,
} from "@remix-run/form-data-parser";

export type MultipartResult =
  { ok: true; formData: FormData } | { ok: false; reason: "too-large" | "unreadable" };

/**
 * Reads a multipart form with every part (file or text) capped at `maxPartBytes` while it
 * streams in, so an oversized part is refused as soon as its bytes pass the cap, whatever the
 * browser declared. Files are kept in memory: every upload route caps them at a few MB.
 */
export async function readMultipartForm(request: Request, maxPartBytes: number): Promise<MultipartResult> {
  // Only the site's own upload forms are read; any other body is refused as Remix v2 did.
  if (!request.headers.get("content-type")?.startsWith("multipart/form-data"))
    return { ok: false, reason: "unreadable" };
  try {
    const formData = await parseFormData(request, {
      maxFileSize: maxPartBytes,
      maxTotalSize: maxPartBytes * 6,
    });
    return { ok: true, formData };
  } catch (error) {
    if (error instanceof MaxFileSizeExceededError || error instanceof MaxTotalSizeExceededError)
      return { ok: false, reason: "too-large" };
    return { ok: false, reason: "unreadable" };
  }
}
