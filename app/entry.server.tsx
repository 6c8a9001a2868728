import {
  type AppLoadContext,
  type EntryContext,
  type HandleDataRequestFunction,
  ServerRouter,
} from "react-router";
import { renderToPipeableStream } from "react-dom/server";
import { getAuth } from "~/auth/guards.server";
import { NonceContext } from "~/components/nonce";
import { StaticHtmlContext } from "~/components/static-html";
import { isPersonalResponse, PERSONAL_CACHE_CONTROL } from "~/http/cache-control";
import { collectPage, renderDeadline } from "~/http/page-render";

/** React Router rejects deferred data still pending after this long; the render is aborted just after. */
export const streamTimeout = 5_000;
const ABORT_DELAY = streamTimeout + 1_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  // Pages for a logged-in person (and other personal pages) never land in a shared or back-button cache.
  if (await isPersonal(request, loadContext)) responseHeaders.set("Cache-Control", PERSONAL_CACHE_CONTROL);
  // Public pages may be stored but are revalidated on every visit (ETag, see page-cache.ts), and
  // never handed to someone whose cookies differ.
  else if (!responseHeaders.has("Cache-Control")) {
    responseHeaders.set("Cache-Control", "no-cache");
    responseHeaders.append("Vary", "Cookie");
  }
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <StaticHtmlContext.Provider value={loadContext.staticHtml}>
          <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
        </StaticHtmlContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        // The whole page is sent at once (see collectPage).
        onAllReady() {
          pipe(
            collectPage(
              (html) => {
                deadline.cancel();
                responseHeaders.set("Content-Type", "text/html; charset=utf-8");
                // Buffer.concat never returns a view of a SharedArrayBuffer.
                resolve(
                  new Response(html as Uint8Array<ArrayBuffer>, {
                    headers: responseHeaders,
                    status: responseStatusCode,
                  }),
                );
              },
              (error) => {
                deadline.cancel();
                reject(error);
              },
            ),
          );
        },
        onShellError(error: unknown) {
          deadline.cancel();
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    const deadline = renderDeadline(abort, ABORT_DELAY);
  });
}

/** The auth session is validated once per request (memoised); `.data` requests may run no loader that asks for it. */
async function isPersonal(request: Request, context: AppLoadContext): Promise<boolean> {
  const { user } = await getAuth({ request, context });
  return isPersonalResponse({ method: request.method, url: request.url, loggedIn: Boolean(user) });
}

/**
 * Single-fetch data (`/path.data`, `/_root.data`) carries the same loader data as the document,
 * so it gets the same cache headers: client-side navigations of a logged-in person must not be
 * stored by a shared cache or a proxy either.
 */
export const handleDataRequest: HandleDataRequestFunction = async (response, { request, context }) => {
  if (!(await isPersonal(request, context))) return response;
  try {
    response.headers.set("Cache-Control", PERSONAL_CACHE_CONTROL);
    return response;
  } catch {
    // A response with immutable headers (Response.redirect) is copied instead.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", PERSONAL_CACHE_CONTROL);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
};
