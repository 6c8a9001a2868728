/**
 * Only local paths are followed after login; anything else (other hosts, protocol-relative
 * "//x", backslash tricks, javascript:) falls back to the home page.
 */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(target)) return fallback;
  try {
    const resolved = new URL(target, "http://portal.invalid");
    if (resolved.origin !== "http://portal.invalid") return fallback;
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return fallback;
  }
}
