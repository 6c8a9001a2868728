import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { prepareDatabase } from "./db/bootstrap";
import { runScheduledTasks } from "./app/registrations/notifications.server";
import { securityHeaders } from "./app/http/security-headers";
import { isSameOriginRequest } from "./app/http/same-origin";
import { bodyLimitFor, bodyLimitStatus } from "./app/http/body-limit";
import { isFormContentType } from "./app/http/content-type";
import { logSecurityEvent } from "./app/http/security-log";
import { pageCache } from "./app/http/page-cache";
import { dataVersion } from "./app/http/data-version.server";
import "./app/context";

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
// One process per core serves more requests: SQLite in WAL mode lets them all read at once and
// takes their writes one at a time. The primary migrates and runs the schedule; workers serve.
const workerCount = isProduction ? Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1) : 1;
const isPrimary = cluster.isPrimary;

if (isPrimary) await prepareDatabase({ log: true });

// Offer expiry and session reminders; each is recorded as done in the database, so a restart
// or a second process never repeats one.
const SCHEDULE_MS = 60_000;
function runSchedule() {
  try {
    runScheduledTasks();
  } catch (error) {
    console.error("scheduled tasks failed", error);
  }
}
if (isPrimary) {
  runSchedule();
  setInterval(runSchedule, SCHEDULE_MS).unref();
}

if (isPrimary && workerCount > 1) {
  let stopping = false;
  // V8 grows its heap lazily up to a quarter of the machine's memory; a cap keeps each worker
  // near its live set (measured in tests/bench: under 300 MB of RSS while serving reports).
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${Number(process.env.WORKER_HEAP_MB ?? 224)}`] });
  const fork = () => cluster.fork().once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`worker ended (${signal ?? code}); starting a new one`);
    fork();
  });
  for (let i = 0; i < workerCount; i++) fork();
  cluster.once("listening", () => console.log(`LEERKR@CHT.NET portal: http://localhost:${port} (${workerCount} processes)`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      cluster.disconnect(() => process.exit(0));
    });
  }
} else {
  await serve();
}

async function serve() {

  const viteDevServer = isProduction
    ? undefined
    : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

  const app = express();
  app.disable("x-powered-by");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

  app.use((req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    for (const [name, value] of Object.entries(securityHeaders({ nonce, development: !isProduction, https: req.secure }))) {
      res.setHeader(name, value);
    }
    next();
  });

  // Refuse oversized bodies and cross-origin writes before any Remix action runs.
  app.use((req, res, next) => {
    const limitStatus = bodyLimitStatus(req.method, req.headers, req.path);
    if (limitStatus === 413) return res.status(413).type("text/plain; charset=utf-8").send(`Het verzoek is te groot (maximaal ${Math.floor(bodyLimitFor(req.path) / 1024 / 1024)} MB).`);
    if (limitStatus === 411) return res.status(411).type("text/plain; charset=utf-8").send("Het verzoek moet een lengte vermelden.");
    const allowed = isSameOriginRequest({
      method: req.method,
      secFetchSite: req.get("sec-fetch-site"),
      origin: req.get("origin"),
      host: req.get("host"),
      appOrigin: process.env.APP_ORIGIN,
    });
    if (!allowed) {
      logSecurityEvent("request.cross-origin-blocked", { ip: req.ip, route: req.path, status: 403 });
      return res.status(403).type("text/plain; charset=utf-8").send("Geweigerd: dit formulier werd vanaf een andere website verstuurd.");
    }
    // Remix 2.17 compares Origin with Host itself and answers 500 on a mismatch, which breaks every
    // form behind a proxy that does not pass Host on. The check above already matched Origin with
    // APP_ORIGIN, so Remix is told the public host.
    if (process.env.APP_ORIGIN && req.get("origin") === new URL(process.env.APP_ORIGIN).origin && !req.get("x-forwarded-host")) {
      req.headers["x-forwarded-host"] = new URL(process.env.APP_ORIGIN).host;
    }
    if (!isFormContentType(req.method, req.get("content-type"))) return res.status(415).type("text/plain; charset=utf-8").send("Dit verzoek wordt niet aanvaard: verstuur het formulier vanaf de website.");
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
  const publicFiles = express.static(isProduction ? "build/client" : "public", { maxAge: "1h" });
  app.use((req, res, next) => (/\.[^/]+$/.test(req.path) ? publicFiles(req, res, next) : next()));

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
    : ((await import(new URL("./build/server/index.js", import.meta.url).href)) as ServerBuild);

  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext(req, res): AppLoadContext {
        const context: AppLoadContext = {
          cspNonce: res.locals.cspNonce,
          clientIp: req.ip ?? "unknown",
          authCookies: [],
        };
        // Refusals by the app (403 not allowed, 429 throttled) go to the security log, with the
        // user when the request carried a valid auth session.
        res.once("finish", () => {
          if (res.statusCode !== 403 && res.statusCode !== 429) return;
          void Promise.resolve(context.auth).then((auth) => logSecurityEvent("access.denied", { user: auth?.user?.id, ip: req.ip, route: req.path, status: res.statusCode }));
        });
        // Loaders run in parallel and cannot all return headers, so the auth cookie travels
        // through the context and is written here, after Remix has set its own headers.
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
    if (isPrimary) console.log(`LEERKR@CHT.NET portal: http://localhost:${port}`);
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
