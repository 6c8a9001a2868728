/**
 * `npm run bench` (`npm run bench -- --quick` for the small dataset): builds the app, generates
 * the synthetic dataset into its own database file, starts the production server on 127.0.0.1,
 * measures every route under load beside its physical floor, prints a markdown table (also
 * written to tests/bench/results/) and stops everything it started.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Fixtures } from "./dataset";
import { BENCH_PSEUDONYM_KEY } from "./keys";
import { medianMs, metaFloorQueries, reportFloorQueries } from "./floors";
import { highWaterMarks, load, sampleMemory, type LoadResult, type Target } from "./load";
import type { FloorPage } from "./react-floor-server";

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const ratioText = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "–");
const mb = (n: number) => `${Math.round(n / 1024 / 1024)}`;
const quick = process.argv.includes("--quick");
const scale = quick ? "quick" : "full";
const seconds = quick ? 2 : 5;
const workers = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
const APP_PORT = 3900;
const FLOOR_PORT = 3901;
const REACT_FLOOR_PORT = 3902;
/** The most a logged-in GET page may cost beside its React floor (floor req/s ÷ page req/s, @50). */
const REACT_FLOOR_GOAL = 1.5;
const origin = `http://127.0.0.1:${APP_PORT}`;
const started: ChildProcess[] = [];
const workdir = mkdtempSync(join(tmpdir(), "leerkracht-bench-"));

function stopAll() {
  for (const child of started) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(workdir, { recursive: true, force: true });
}
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

function step(text: string) {
  console.error(`· ${text}`);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

/** Waits until `url` answers (with a 2xx status when `ok` is set). */
async function waitFor(url: string, child: ChildProcess, ok = false) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process ended with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (ok && !response.ok) throw new Error(`${url}: ${response.status}`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not start`);
}

function startProcess(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
  started.push(child);
  return child;
}

// ---------------------------------------------------------------------------------------------

step("production build");
run("npm", ["run", "build", "--silent"]);

step(`dataset (${scale})`);
const databasePath = join(workdir, "bench.sqlite");
run(process.execPath, ["--import", "tsx", "tests/bench/generate.ts", databasePath, scale]);
const fixtures = JSON.parse(readFileSync(join(workdir, "fixtures.json"), "utf8")) as Fixtures;

step(`server: ${workers} process(es)`);
// The React floor (react-floor-server.ts) imports the same build, so it gets the same environment.
const serverEnv = {
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  PORT: String(APP_PORT),
  APP_ORIGIN: origin,
  DATABASE_PATH: databasePath,
  SEED_DEMO: "0",
  SURVEY_PSEUDONYM_KEY: BENCH_PSEUDONYM_KEY,
  WEB_CONCURRENCY: String(workers),
};
const server = startProcess(["--import", "tsx", "server.ts"], serverEnv);
await waitFor(`${origin}/`, server);

const cookie = (id: string) => ({ Cookie: `session=${id}` });
const lastYear = fixtures.currentSchoolYear - 1;
const cataloguePath = `/netwerken?niveau=basisonderwijs&schooljaar=${fixtures.currentSchoolYear}`;

/** A form POST from the site itself, from the next person of the write cohort. */
function cohortPost(path: string, body: string): Target {
  let next = 0;
  return {
    url: `${origin}${path}`,
    method: "POST",
    setupRequest: (request) => ({
      ...request,
      method: "POST",
      path,
      headers: {
        ...request.headers,
        Cookie: `session=${fixtures.writeCohort[next++ % fixtures.writeCohort.length]}`,
        Origin: origin,
        "Sec-Fetch-Site": "same-origin",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body,
    }),
  };
}

const surveyBody = new URLSearchParams(
  fixtures.openSurvey.questions.flatMap((q): Array<[string, string]> => {
    const name = `q${q.id}`;
    switch (q.kind) {
      case "role":
        return [[name, q.options![0]]];
      case "likert":
        return [[name, "4"]];
      case "stage":
        return [[name, "3"]];
      case "single":
      case "multiple":
        return [[name, "0"]];
      default:
        return [[name, "De concrete voorbeelden uit andere scholen."]];
    }
  }),
).toString();

interface RouteCase {
  name: string;
  target: Target;
  floor?: "http" | "report" | "meta";
}

const routes: RouteCase[] = [
  { name: "catalogue, anonymous", target: { url: `${origin}${cataloguePath}` }, floor: "http" },
  // The smallest page that is rendered on every request (no cache): what Remix itself costs here.
  { name: "login page, anonymous (smallest rendered page)", target: { url: `${origin}/inloggen` } },
  {
    name: "catalogue, logged in",
    target: { url: `${origin}${cataloguePath}`, headers: cookie(fixtures.cookies.teacher) },
  },
  {
    name: "network page, anonymous",
    target: { url: `${origin}/netwerken/${fixtures.publicNetworkSlug}` },
    floor: "http",
  },
  {
    name: "network page, logged in",
    target: {
      url: `${origin}/netwerken/${fixtures.teacherNetworkSlug}`,
      headers: cookie(fixtures.cookies.teacher),
    },
  },
  {
    name: "teacher dashboard",
    target: { url: `${origin}/mijn-netwerken`, headers: cookie(fixtures.cookies.teacher) },
  },
  {
    name: "network report (2,000 answers)",
    target: {
      url: `${origin}/netwerken/${fixtures.reportNetworkSlug}/rapport`,
      headers: cookie(fixtures.cookies.facilitator),
    },
    floor: "report",
  },
  {
    name: `meta-analysis ${lastYear}–${lastYear + 1}`,
    target: { url: `${origin}/rapporten?schooljaar=${lastYear}`, headers: cookie(fixtures.cookies.admin) },
    floor: "meta",
  },
  {
    name: "reach report (first kerntaak)",
    target: { url: `${origin}/rapporten/bereik`, headers: cookie(fixtures.cookies.admin) },
  },
  {
    name: "material search",
    target: { url: `${origin}/materialen?q=feedback`, headers: cookie(fixtures.cookies.teacher) },
  },
  { name: "survey submit (POST)", target: cohortPost(`/enquete/${fixtures.openSurvey.id}`, surveyBody) },
  {
    name: "enrolment (POST)",
    target: cohortPost(`/netwerken/${fixtures.enrolNetworkSlug}`, "intent=inschrijven"),
  },
];

// ---------------------------------------------------------------------------------------------
// Floors

step("floors");
const floorDb = new Database(databasePath, { readonly: true });
const sqlFloors = {
  report: reportFloorQueries(floorDb, fixtures.reportNetworkSlug),
  meta: metaFloorQueries(floorDb),
};
const floorMs: Record<keyof typeof sqlFloors, number> = {
  report: medianMs(sqlFloors.report),
  meta: medianMs(sqlFloors.meta),
};

const catalogueBytes = Buffer.from(await (await fetch(`${origin}${cataloguePath}`)).arrayBuffer());
const bodyFile = join(workdir, "catalogue.html");
writeFileSync(bodyFile, catalogueBytes);
const floorServer = startProcess(
  ["--import", "tsx", "tests/bench/floor-server.ts", String(FLOOR_PORT), bodyFile, String(workers)],
  {},
);
await waitFor(`http://127.0.0.1:${FLOOR_PORT}/`, floorServer);
await load({ url: `http://127.0.0.1:${FLOOR_PORT}/` }, 10, 1);
const httpFloor = await load({ url: `http://127.0.0.1:${FLOOR_PORT}/` }, 50, seconds);
floorServer.kill("SIGTERM");

/**
 * The React floor of every logged-in GET page: the app's own document entry, in as many processes
 * as the server, rendering the page's React tree from loader data captured once (no database, no
 * routing, no middleware per request). Page i is served at /i.
 */
function isLoggedInGet(route: RouteCase): boolean {
  return route.target.method !== "POST" && Boolean(route.target.headers?.Cookie);
}
const reactFloorRoutes = routes.filter(isLoggedInGet);
const reactFloorPages = join(workdir, "react-floor-pages.json");
const pages = reactFloorRoutes.map(({ target }): FloorPage => ({ url: target.url, headers: target.headers }));
writeFileSync(reactFloorPages, JSON.stringify(pages));
step(`React floors: ${reactFloorRoutes.length} page(s) captured in ${workers} process(es)`);
const reactFloorScript = "tests/bench/react-floor-server.ts";
const reactFloorArgs = [reactFloorScript, String(REACT_FLOOR_PORT), reactFloorPages, String(workers)];
const reactFloorServer = startProcess(["--import", "tsx", ...reactFloorArgs], serverEnv);
await waitFor(`http://127.0.0.1:${REACT_FLOOR_PORT}/ready`, reactFloorServer, true);

interface ReactFloor {
  at10: LoadResult;
  at50: LoadResult;
  pageBytes: number;
  floorBytes: number;
  /** The two bodies are the same once their CSP nonces are set aside. */
  same: boolean;
}

/** A page's size, and its HTML with its CSP nonce (fresh per response) set aside to compare two pages. */
async function pageOf(target: Target): Promise<{ bytes: number; html: string }> {
  const html = await (await fetch(target.url, { headers: target.headers })).text();
  const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
  return { bytes: Buffer.byteLength(html), html: nonce ? html.replaceAll(nonce, "NONCE") : html };
}

async function measureReactFloor(route: RouteCase): Promise<ReactFloor> {
  const target: Target = { url: `http://127.0.0.1:${REACT_FLOOR_PORT}/${reactFloorRoutes.indexOf(route)}` };
  const page = await pageOf(route.target);
  const floor = await pageOf(target);
  const same = page.html === floor.html;
  if (!same) {
    let at = 0;
    while (at < page.html.length && page.html[at] === floor.html[at]) at++;
    const around = (html: string) => JSON.stringify(html.slice(Math.max(0, at - 40), at + 80));
    const sizes = `${page.bytes} / ${floor.bytes} bytes`;
    console.error(`  WARNING: the React floor's page differs from the server's (${sizes})`);
    console.error(`    server: ${around(page.html)}`);
    console.error(`    floor:  ${around(floor.html)}`);
  }
  await load(target, 10, 1); // warm-up
  const at10 = await load(target, 10, seconds);
  const at50 = await load(target, 50, seconds);
  return { at10, at50, pageBytes: page.bytes, floorBytes: floor.bytes, same };
}

/**
 * Server time of a report page with every cache cold: a write from another connection before each
 * request changes the data version, as a real answer or enrolment would. Each request follows a
 * run of its raw-SQL floor, so both see the machine in the same state (this VM's speed drifts);
 * the ratio is the median of the per-pair ratios.
 */
async function coldServerMs(
  target: Target,
  floor: () => unknown,
  runs = 15,
): Promise<{ coldMs: number; ratio: number }> {
  const writer = new Database(databasePath);
  writer.pragma("busy_timeout = 5000");
  writer.exec("create table if not exists bench_touch (at integer)");
  const touch = writer.prepare("insert into bench_touch (at) values (?)");
  const times: number[] = [];
  const ratios: number[] = [];
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  for (let i = 0; i < runs; i++) {
    const f0 = process.hrtime.bigint();
    floor();
    const floorRun = Number(process.hrtime.bigint() - f0) / 1e6;
    touch.run(Date.now());
    const t0 = process.hrtime.bigint();
    const response = await fetch(target.url, { headers: target.headers });
    await response.arrayBuffer();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    ratios.push(times.at(-1)! / floorRun);
  }
  writer.close();
  return { coldMs: median(times), ratio: median(ratios) };
}

// ---------------------------------------------------------------------------------------------
// Routes

/** Waits until requests still queued from the last route are done, so they do not slow the next. */
async function settle() {
  for (let i = 0; i < 600; i++) {
    const t0 = Date.now();
    await fetch(`${origin}/favicon.svg`).then((r) => r.arrayBuffer());
    if (Date.now() - t0 < 20) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Row {
  route: RouteCase;
  at10: LoadResult;
  at50: LoadResult;
  peakRss: number;
  cold?: { coldMs: number; ratio: number };
  reactFloor?: ReactFloor;
}
const rows: Row[] = [];
for (const route of routes) {
  step(route.name);
  const isPost = route.target.method === "POST";
  const cold =
    route.floor === "report" || route.floor === "meta"
      ? await coldServerMs(route.target, sqlFloors[route.floor])
      : undefined;
  if (!isPost) await load(route.target, 10, 1); // warm-up
  const memory = sampleMemory(server.pid!);
  const at10 = await load(route.target, 10, seconds);
  const at50 = await load(route.target, 50, seconds);
  const peakRss = memory.stop();
  await settle();
  // Right after its page, so that both see the machine in the same state (this VM's speed drifts).
  const reactFloor = isLoggedInGet(route) ? await measureReactFloor(route) : undefined;
  rows.push({ route, at10, at50, peakRss, cold, reactFloor });
  console.error(`  ${tableRow(rows.at(-1)!)}`);
}
reactFloorServer.kill("SIGTERM");
const hwm = highWaterMarks(server.pid!);

// ---------------------------------------------------------------------------------------------
// Report

function tableLine(cells: unknown[]): string {
  return `| ${cells.join(" | ")} |`;
}

function tableRow(r: Row): string {
  return tableLine([
    r.route.name,
    ...[r.at10, r.at50].flatMap((l) => [ms(l.p50), ms(l.p95), ms(l.p99), Math.round(l.requestsPerSecond)]),
    errorText(r),
    mb(r.peakRss),
    floorColumn(r),
    reactFloorColumn(r),
  ]);
}

/** Failed requests (connection errors, timeouts) and non-2xx answers by status, over both loads. */
function errorText(row: Row): string {
  const statuses: Record<string, number> = {};
  for (const load of [row.at10, row.at50])
    for (const [code, n] of Object.entries(load.otherStatuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return [
    String(row.at10.errors + row.at50.errors),
    ...Object.entries(statuses).map(([code, n]) => `${n}×${code}`),
  ].join(", ");
}

function floorColumn(row: Row): string {
  if (row.route.floor === "http")
    return `${(row.at50.requestsPerSecond / httpFloor.requestsPerSecond).toFixed(2)} of http floor`;
  if (!row.cold || (row.route.floor !== "report" && row.route.floor !== "meta")) return "";
  const floor = floorMs[row.route.floor];
  return `cold ${ms(row.cold.coldMs)} ms = ${row.cold.ratio.toFixed(1)}× its SQL floor run just before, warm p50 ${(row.at10.p50 / floor).toFixed(1)}× SQL floor ${ms(floor)} ms`;
}

/** Floor req/s ÷ page req/s at 50 connections: how many times the page costs its React floor. */
function reactFloorRatio(row: Row): number {
  return row.reactFloor!.at50.requestsPerSecond / row.at50.requestsPerSecond;
}

function reactFloorColumn(row: Row): string {
  const floor = row.reactFloor;
  if (!floor) return "";
  const p50 = row.at10.p50 / floor.at10.p50;
  const rps = Math.round(floor.at50.requestsPerSecond);
  return `${ratioText(reactFloorRatio(row))} React floor (floor ${rps} req/s @50); p50 @10 ${ratioText(p50)}`;
}

const floorRows = rows.filter((row) => row.reactFloor);
const overGoal = floorRows.filter((row) => !(reactFloorRatio(row) <= REACT_FLOOR_GOAL));
const overGoalText = overGoal.map((row) => `${row.route.name} ${ratioText(reactFloorRatio(row))}`).join("; ");
const reactFloorLines = [
  `React floors: each logged-in GET page rendered by the app's own entry (app/entry.server.tsx, \
react-dom/server) in ${workers} process(es) of node:cluster + node:http, from the loader data, load context \
and hydration data React Router produced for it once: no database, routing, loaders or middleware per \
request (tests/bench/react-floor-server.ts).`,
  `**Goal: every logged-in GET at most ${REACT_FLOOR_GOAL}× its React floor** (ratio = floor req/s @50 ÷ \
page req/s @50): ${overGoal.length === 0 ? "met" : "not met"}, ${floorRows.length - overGoal.length} of \
${floorRows.length} within${overGoal.length ? `; over: ${overGoalText}` : ""}.`,
  "",
  tableLine([
    "React floor of",
    "p50 @10",
    "req/s @10",
    "p50 @50",
    "p95 @50",
    "req/s @50",
    "errors",
    "bytes (page / floor)",
    "ratio @50",
    "p50 ratio @10",
  ]),
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...floorRows.map((row) => {
    const f = row.reactFloor!;
    return tableLine([
      row.route.name,
      ms(f.at10.p50),
      Math.round(f.at10.requestsPerSecond),
      ms(f.at50.p50),
      ms(f.at50.p95),
      Math.round(f.at50.requestsPerSecond),
      f.at10.errors + f.at10.non2xx + f.at50.errors + f.at50.non2xx,
      `${f.pageBytes} / ${f.floorBytes}${f.same ? "" : " (differ)"}`,
      ratioText(reactFloorRatio(row)),
      ratioText(row.at10.p50 / f.at10.p50),
    ]);
  }),
];

const lines = [
  `# Benchmark (${scale} dataset), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown"}), ${Math.round(totalmem() / 1024 ** 3)} GiB; server: ${workers} process(es); load generator on the same machine; ${seconds} s per measurement.`,
  `Dataset: ${Object.entries(fixtures.counts)
    .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
    .join(", ")}.`,
  "",
  tableLine([
    "Route",
    ...["@10", "@50"].flatMap((at) => [`p50 ${at}`, `p95 ${at}`, `p99 ${at}`, `req/s ${at}`]),
    "errors",
    "peak RSS MB",
    "floor",
    "React floor",
  ]),
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
  ...rows.map(tableRow),
  tableLine([
    "bare node:http floor (same bytes)",
    ...["", "", "", ""],
    ...[ms(httpFloor.p50), ms(httpFloor.p95), ms(httpFloor.p99), Math.round(httpFloor.requestsPerSecond)],
    httpFloor.errors + httpFloor.non2xx,
    ...["", "", ""],
  ]),
  "",
  ...reactFloorLines,
  "",
  `Raw SQL floors (median of 21 runs on one connection): network report ${ms(floorMs.report)} ms, meta-analysis ${ms(floorMs.meta)} ms; each cold request is paired with a floor run just before it.`,
  `Peak memory per server process over the whole run (VmHWM): ${hwm.map((p) => `${mb(p.bytes)} MB`).join(", ")}.`,
];
const markdown = lines.join("\n");
console.log(markdown);
const resultsDir = new URL("./results/", import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  new URL(`${scale}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`, resultsDir),
  `${markdown}\n`,
);
process.exit(0);
