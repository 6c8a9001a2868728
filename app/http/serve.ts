import type { AppLoadContext, ServerBuild } from "react-router";
import { createRequestHandler } from "@react-router/express";
import express from "express";
import { cspNonce } from "./nonce";
import { securityHeaders } from "./security-headers";
import { isSameOriginRequest } from "./same-origin";
import { bodyLimitFor, bodyLimitStatus } from "./body-limit";
import { isFormContentType } from "./content-type";
import { logSecurityEvent } from "./security-log";
import { slowRequestLog } from "./slow-requests";
import { drainUnreadBody } from "./unread-body";
import { pageCache } from "./page-cache";
import { dataVersion } from "./data-version.server";
import "~/context";

export interface ServeOptions {
  production: boolean;
  port: number;
  /** The React Router server build (build/server/index.js) as a file URL; unused in development. */
  serverBuildUrl: string;
  /** Print the address once listening (the process that the operator started). */
  announce: boolean;
}

/**
 * The Express app in front of React Router: security headers, body limits, the same-origin check, the
 * anonymous page cache, static files, then React Router. Run by server.ts itself in a single process, or
 * by each cluster worker (worker.ts).
 */
export async function serve({ production, port, serverBuildUrl, announce }: ServeOptions) {
  const viteDevServer = production
    ? undefined
    : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

  // A request unanswered after 10 s is a fault worth a log line (the render deadline is 5 s).
  app.use(slowRequestLog(10_000));
  // An answer sent before the body was read (a redirect to the login page) must not leave the
  // client stuck sending it.
  app.use(drainUnreadBody);
  app.use((req, res, next) => {
    const nonce = cspNonce();
    res.locals.cspNonce = nonce;
    for (const [name, value] of Object.entries(
      securityHeaders({ nonce, development: !production, https: req.secure }),
    )) {
      res.setHeader(name, value);
    }
    next();
  });

  // Refuse oversized bodies and cross-origin writes before any action runs.
  app.use((req, res, next) => {
    const limitStatus = bodyLimitStatus(req.method, req.headers, req.path);
    if (limitStatus === 413)
      return res
        .status(413)
        .type("text/plain; charset=utf-8")
        .send(`Het verzoek is te groot (maximaal ${Math.floor(bodyLimitFor(req.path) / 1024 / 1024)} MB).`);
    if (limitStatus === 411)
      return res.status(411).type("text/plain; charset=utf-8").send("Het verzoek moet een lengte vermelden.");
    const allowed = isSameOriginRequest({
      method: req.method,
      secFetchSite: req.get("sec-fetch-site"),
      origin: req.get("origin"),
      host: req.get("host"),
      appOrigin: process.env.APP_ORIGIN,
    });
    if (!allowed) {
      logSecurityEvent("request.cross-origin-blocked", { ip: req.ip, route: req.path, status: 403 });
      return res
        .status(403)
        .type("text/plain; charset=utf-8")
        .send("Geweigerd: dit formulier werd vanaf een andere website verstuurd.");
    }
    if (!isFormContentType(req.method, req.get("content-type")))
      return res
        .status(415)
        .type("text/plain; charset=utf-8")
        .send("Dit verzoek wordt niet aanvaard: verstuur het formulier vanaf de website.");
    next();
  });

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    app.use(anonymousPageCache());
    app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  }
  // Page URLs have no file extension, so only requests for a name with one look on disk (a
  // stat per page request was measurable in tests/bench).
  const publicFiles = express.static(production ? "build/client" : "public", { maxAge: "1h" });
  app.use((req, res, next) => (/\.[^/]+$/.test(req.path) ? publicFiles(req, res, next) : next()));

  // React Router refuses an action whose Origin differs from the request URL's origin, which
  // breaks every form behind a proxy that does not pass Host and the scheme on. The check above
  // already matched Origin with APP_ORIGIN, so React Router may accept that host too.
  const allowedActionOrigins = process.env.APP_ORIGIN ? [new URL(process.env.APP_ORIGIN).host] : undefined;
  const withAllowedOrigins = (serverBuild: ServerBuild): ServerBuild =>
    allowedActionOrigins ? { ...serverBuild, allowedActionOrigins } : serverBuild;
  const build = viteDevServer
    ? async () =>
        withAllowedOrigins(
          (await viteDevServer.ssrLoadModule("virtual:react-router/server-build")) as ServerBuild,
        )
    : withAllowedOrigins((await import(serverBuildUrl)) as ServerBuild);

  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext(req, res): AppLoadContext {
        const context: AppLoadContext = {
          cspNonce: res.locals.cspNonce,
          clientIp: req.ip ?? "unknown",
          authCookies: [],
          dataRequest: req.path.endsWith(".data"),
          staticHtml: {},
        };
        // Refusals by the app (403 not allowed, 429 throttled) go to the security log, with the
        // user when the request carried a valid auth session.
        res.once("finish", () => {
          if (res.statusCode !== 403 && res.statusCode !== 429) return;
          void Promise.resolve(context.auth).then((auth) =>
            logSecurityEvent("access.denied", {
              user: auth?.user?.id,
              ip: req.ip,
              route: req.path,
              status: res.statusCode,
            }),
          );
        });
        // Loaders run in parallel and cannot all return headers, so the auth cookie travels
        // through the context and is written here, after React Router has set its own headers.
        const writeHead = res.writeHead;
        res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
          for (const cookie of context.authCookies) this.appendHeader("Set-Cookie", cookie);
          return writeHead.apply(this, args);
        } as typeof res.writeHead;
        return context;
      },
    }),
  );

  const host = process.env.HOST;
  const server = host ? app.listen(port, host, onListen) : app.listen(port, onListen);
  // Longer than any client's or proxy's idle timeout, so the server never closes a kept-alive
  // connection at the moment a client sends its next request on it (the client would see a reset).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  function onListen() {
    if (announce) console.log(`LEERKR@CHT.NET portal: http://localhost:${port}`);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

/**
 * The public pages anonymous visitors see most (home, catalogue, a network), rendered once per
 * database change.
 */
function anonymousPageCache() {
  return pageCache({
    paths: [/^\/$/, /^\/netwerken\/?$/, /^\/netwerken\/[^/]+\/?$/],
    dataVersion,
    maxAgeMs: 60_000,
    budgetBytes: 32 * 1024 * 1024,
  });
}
