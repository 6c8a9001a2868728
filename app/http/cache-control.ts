/** What every personal response carries: no shared cache, no proxy and no back-button cache keeps it. */
export const PERSONAL_CACHE_CONTROL = "private, no-store";

/** Anonymous pages whose URL is itself the credential (a guest survey link). */
const CAPABILITY_PATHS = [/^\/enquete\/gast\//];

/**
 * Whether a response (an HTML document or its single-fetch `.data` twin) holds personal data:
 * everything shown to a logged-in person, every answer to a form submit (it echoes what was
 * sent), and pages opened with a credential in the URL (a reset, confirmation or guest link).
 * `url` may be a `.data` URL: `/x.data` stands for `/x` and `/_root.data` for `/`.
 */
export function isPersonalResponse({
  method,
  url,
  loggedIn,
}: {
  method: string;
  url: string;
  loggedIn: boolean;
}): boolean {
  if (loggedIn) return true;
  if (method !== "GET" && method !== "HEAD") return true;
  const { pathname, searchParams } = new URL(url, "http://localhost");
  const path = pathname.replace(/\.data$/, "").replace(/^\/_root$/, "/");
  return searchParams.has("token") || CAPABILITY_PATHS.some((pattern) => pattern.test(path));
}
