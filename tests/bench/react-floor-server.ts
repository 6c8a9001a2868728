/**
 * The React floor: `node --import tsx tests/bench/react-floor-server.ts <port> <pages file> <workers>`
 * serves page i of the pages file (a JSON list of `{ url, headers }`) at `/<i>`, with as many
 * processes as the portal runs (node:cluster and node:http, as floor-server.ts). Each process
 * imports the production build (build/server/index.js; run it with the server's environment:
 * DATABASE_PATH, SURVEY_PSEUDONYM_KEY, APP_ORIGIN, NODE_ENV=production) and asks React Router for
 * every page once, through a copy of the build whose document entry keeps what React Router hands
 * it: the router context (loader data, matches, manifest), the load context (with the memoised
 * auth session and the HTML the loaders rendered once, `staticHtml`), status and headers.
 *
 * Per request it then calls the app's own entry (app/entry.server.tsx) with those: the same React
 * tree, rendered by react-dom/server and collected as the portal collects it, with no database,
 * no routing, no loaders and no middleware. The hydration data that React Router encodes per
 * request (turbo-stream) is encoded once too and replayed, so its cost counts as the framework's.
 *
 * `GET /ready` answers 200 once every process has captured its pages and listens, 503 before.
 */
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import {
  createRequestHandler,
  type AppLoadContext,
  type EntryContext,
  type HandleDocumentRequestFunction,
  type ServerBuild,
} from "react-router";
import { cspNonce } from "../../app/http/nonce";

export interface FloorPage {
  url: string;
  headers?: Record<string, string>;
}

interface CapturedPage {
  request: Request;
  status: number;
  /** The document headers React Router computed, before the entry added its own. */
  headers: Array<[string, string]>;
  routerContext: EntryContext;
  /** The chunks of the hydration data stream (serverHandoffStream), read once. */
  handoff: Uint8Array[];
  loadContext: AppLoadContext;
}

const [port, pagesFile, workers = "1"] = process.argv.slice(2);
const count = Number(workers);

async function readAll(stream: ReadableStream<Uint8Array> | undefined): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  if (!stream) return chunks;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

function replay(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/**
 * The parts of the router context that one render consumes or changes: the hydration stream is
 * read once, `renderMeta` collects that stream's chunks, and ServerRouter replaces the static
 * handler context's loader data with a copy.
 */
function freshRouterContext(page: Pick<CapturedPage, "routerContext" | "handoff">): EntryContext {
  return {
    ...page.routerContext,
    staticHandlerContext: { ...page.routerContext.staticHandlerContext },
    serverHandoffStream: page.handoff.length > 0 ? replay(page.handoff) : undefined,
    renderMeta: {},
  };
}

async function capture(build: ServerBuild, page: FloorPage): Promise<CapturedPage> {
  const entry = build.entry.module.default;
  let captured: CapturedPage | undefined;
  const capturing: HandleDocumentRequestFunction = async (
    request,
    status,
    headers,
    routerContext,
    loadContext,
  ) => {
    const handoff = await readAll(routerContext.serverHandoffStream);
    const kept = { ...routerContext, serverHandoffStream: undefined };
    captured = { request, status, headers: [...headers], routerContext: kept, handoff, loadContext };
    return entry(request, status, headers, freshRouterContext({ routerContext: kept, handoff }), loadContext);
  };
  // The build's entry module is an ES module namespace (read-only), so the copy gets a new object.
  const wrapped: ServerBuild = { ...build, entry: { module: { ...build.entry.module, default: capturing } } };
  // Shaped as getLoadContext in app/http/serve.ts shapes it.
  const loadContext: AppLoadContext = {
    cspNonce: cspNonce(),
    clientIp: "127.0.0.1",
    authCookies: [],
    dataRequest: false,
    staticHtml: {},
  };
  const response = await createRequestHandler(wrapped, "production")(
    new Request(page.url, { headers: page.headers }),
    loadContext,
  );
  await response.arrayBuffer();
  if (!captured || response.status !== 200) {
    const location = response.headers.get("Location");
    const answer = `${response.status}${location ? ` to ${location}` : ""}`;
    throw new Error(`${page.url}: ${answer}, not a page to capture`);
  }
  if (!captured.loadContext.auth) throw new Error(`${page.url}: the render did not ask for the auth session`);
  return captured;
}

/** The app's own document entry, called as React Router calls it, with the captured data. */
function render(build: ServerBuild, page: CapturedPage): Promise<Response> {
  const response = build.entry.module.default(
    page.request,
    page.status,
    new Headers(page.headers),
    freshRouterContext(page),
    page.loadContext,
  );
  return Promise.resolve(response);
}

async function send(response: Response, res: ServerResponse) {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { "Content-Length": String(body.length) };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(body);
}

async function worker() {
  const pages = JSON.parse(readFileSync(pagesFile, "utf8")) as FloorPage[];
  const buildUrl = new URL("../../build/server/index.js", import.meta.url).href;
  const build = (await import(buildUrl)) as ServerBuild;
  const captured: CapturedPage[] = [];
  for (const page of pages) captured.push(await capture(build, page));
  let ready = count <= 1;
  process.on("message", (message) => {
    if (message === "ready") ready = true;
  });
  createServer((req, res) => {
    if (req.url === "/ready") {
      res.writeHead(ready ? 200 : 503, { "Content-Length": "0" });
      res.end();
      return;
    }
    const page = captured[Number(/^\/(\d+)$/.exec(req.url ?? "")?.[1] ?? NaN)];
    if (!page) {
      res.writeHead(404, { "Content-Length": "0" });
      res.end();
      return;
    }
    render(build, page)
      .then((response) => send(response, res))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "Content-Length": "0" });
        res.end();
      });
  }).listen(Number(port), "127.0.0.1");
}

if (count > 1 && cluster.isPrimary) {
  // The portal's workers run with this heap cap (server.ts), which sets how often they collect.
  const heapMb = Number(process.env.WORKER_HEAP_MB ?? 224);
  cluster.setupPrimary({ execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`] });
  let listening = 0;
  let stopping = false;
  cluster.on("listening", () => {
    if (++listening < count) return;
    for (const child of Object.values(cluster.workers ?? {})) child?.send("ready");
  });
  // A worker that fails its capture ends the floor: the benchmark sees the exit and stops.
  cluster.on("exit", (child, code, signal) => {
    if (stopping) return;
    console.error(`react floor: worker ${child.id} ended (${signal ?? code})`);
    process.exit(1);
  });
  for (let i = 0; i < count; i++) cluster.fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const child of Object.values(cluster.workers ?? {})) child?.process.kill(signal);
      process.exit(0);
    });
  }
} else {
  await worker();
}
