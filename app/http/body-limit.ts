import type { IncomingHttpHeaders } from "node:http";

/** Forms carry text; only the upload routes below accept more. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Historic survey files (MAX_IMPORT_BYTES) plus the multipart overhead. */
export const MAX_UPLOAD_BODY_BYTES = 5 * 1024 * 1024 + 64 * 1024;
const UPLOAD_PATHS = [/^\/netwerken\/[^/]+\/metingen\/import(\.data)?$/];

export function bodyLimitFor(path: string): number {
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
