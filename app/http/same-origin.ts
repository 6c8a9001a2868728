const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  secFetchSite: string | undefined;
  origin: string | undefined;
  host: string | undefined;
  /** The configured public origin, when the portal runs behind a proxy that rewrites Host. */
  appOrigin: string | undefined;
}

/**
 * CSRF defence for every non-GET request (lucia v3 leaves CSRF to the app). Browsers send
 * Sec-Fetch-Site; older ones only Origin, which must then name this host or APP_ORIGIN.
 * A request with neither header is refused: every browser sends Origin on a form POST.
 */
export function isSameOriginRequest(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (input.secFetchSite) return input.secFetchSite === "same-origin";
  if (!input.origin || input.origin === "null") return false;
  let originUrl: URL;
  try {
    originUrl = new URL(input.origin);
  } catch {
    return false;
  }
  if (input.appOrigin && originUrl.origin === new URL(input.appOrigin).origin) return true;
  return input.host !== undefined && originUrl.host === input.host.toLowerCase();
}
