import type { IncomingHttpHeaders } from "node:http";

/** Forms carry text; file uploads (materials) will get their own, streamed limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * 413 when the declared body is too large; 411 when a write request streams a body without
 * declaring its length, since the cap could not be enforced before the action reads it.
 */
export function bodyLimitStatus(method: string, headers: IncomingHttpHeaders): 200 | 411 | 413 {
  const length = headers["content-length"];
  if (length !== undefined) return Number(length) > MAX_BODY_BYTES ? 413 : 200;
  if (headers["transfer-encoding"] && !["GET", "HEAD"].includes(method.toUpperCase())) return 411;
  return 200;
}
