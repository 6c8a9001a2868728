import type { IncomingHttpHeaders } from "node:http";

/** Forms carry text; only the upload routes below accept more. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Historic survey files (MAX_IMPORT_BYTES) plus the multipart overhead. */
export const MAX_UPLOAD_BODY_BYTES = 5 * 1024 * 1024 + 64 * 1024;
const UPLOAD_PATHS = [/^\/netwerken\/[^/]+\/metingen\/import(\.data)?$/];
/** Material forms: up to five attachments of 20 MB; each file's own limit is checked per part. */
export const MAX_MATERIAL_BODY_BYTES = 5 * 20 * 1024 * 1024 + 256 * 1024;
const MATERIAL_PATHS = [
  /^\/netwerken\/[^/]+\/materialen\/nieuw(\.data)?$/,
  /^\/materialen\/\d+\/bewerken(\.data)?$/,
];

export function bodyLimitFor(path: string): number {
  if (MATERIAL_PATHS.some((pattern) => pattern.test(path))) return MAX_MATERIAL_BODY_BYTES;
  return UPLOAD_PATHS.some((pattern) => pattern.test(path)) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * 413 when the declared body is too large; 411 when a write request streams a body without
 * declaring its length, since the cap could not be enforced before the action reads it.
 */
export function bodyLimitStatus(method: string, headers: IncomingHttpHeaders, path = "/"): 200 | 411 | 413 {
  const length = headers["content-length"];
  if (length !== undefined) return Number(length) > bodyLimitFor(path) ? 413 : 200;
  if (headers["transfer-encoding"] && !["GET", "HEAD"].includes(method.toUpperCase())) return 411;
  return 200;
}
