/**
 * Run by `postinstall`: keeps Remix's route tables between requests, in the server copies of
 * four packages (the browser bundle uses other files, which stay as published).
 *
 * Per request, Remix built the same route tables again and again: it matched the URL against
 * every route three times (request handler, data router, rendering), each time flattening and
 * ranking all routes and compiling every route pattern into a new RegExp, and it rebuilt the
 * React route objects of all routes twice (server routes, then data routes). Together about a
 * fifth of a small page's server CPU (tests/bench). All of these depend on their inputs alone:
 * - a compiled pattern on (path, caseSensitive, end): kept per those three values;
 * - flattened, ranked branches on the routes array: kept per array; the server never changes a
 *   routes array after creating it, and the only code that adds routes in place (lazy route
 *   discovery, client side) starts a new cache;
 * - the matches of a path on (routes array, decoded path, partial or not): kept per array, at
 *   most 5,000 paths, each call getting copies (walking all branches for a path was still about
 *   a tenth of a small page's server CPU once the above was kept);
 * - the server routes on the build's route manifest (with the route modules of the same build):
 *   kept per manifest, so a rebuilt app (development) gets new ones;
 * - the data routes of the static router on the server routes: kept per routes array.
 * And it copied the request twice for every loader it called (new URL, new Request, a signal that
 * follows the original) to take Remix's own `index` and `_routes` parameters off, also when the
 * URL has neither: now the request is copied only when it has one of them to take off.
 * The versions are pinned (package-lock.json); on any other version this script stops with an
 * error, so an upgrade is a conscious review of this patch.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Marks a patched file; the version says which edition of this script patched it. */
export const PATCH_MARKER = "/* leerkracht: route tables kept between requests, v2 */";
const ANY_EDITION_MARKER = "/* leerkracht: route tables kept between requests";

export interface DependencyPatch {
  packageName: string;
  version: string;
  /** The file inside the package that the server loads. */
  file: string;
  replacements: Array<{ find: string; replace: string }>;
}

export const PATCHES: DependencyPatch[] = [
  {
    packageName: "@remix-run/router",
    version: "1.23.3",
    file: "dist/router.cjs.js",
    replacements: [
      {
        find: `  let branches = flattenRoutes(routes);
  rankRouteBranches(branches);
  let matches = null;
  let decoded = decodePath(pathname);
`,
        replace: `  let table = routeTables.get(routes);
  if (!table) {
    let branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    table = { branches, matches: new Map() };
    routeTables.set(routes, table);
  }
  let decoded = decodePath(pathname);
  let matchKey = (allowPartial ? "1" : "0") + decoded;
  if (table.matches.has(matchKey)) return copyRouteMatches(table.matches.get(matchKey));
  let branches = table.branches;
  let matches = null;
`,
      },
      {
        find: `    matches = matchRouteBranch(branches[i], decoded, allowPartial);
  }
  return matches;
}
`,
        replace: `    matches = matchRouteBranch(branches[i], decoded, allowPartial);
  }
  // Paths carry slugs and ids, so the kept matches are bounded.
  if (table.matches.size >= MAX_KEPT_MATCHES) table.matches.clear();
  table.matches.set(matchKey, matches);
  return copyRouteMatches(matches);
}
`,
      },
      {
        find: `function compilePath(path, caseSensitive, end) {
  if (caseSensitive === void 0) {
    caseSensitive = false;
  }
  if (end === void 0) {
    end = true;
  }
`,
        replace: `${PATCH_MARKER}
let routeTables = new WeakMap();
const MAX_KEPT_MATCHES = 5000;
// Every call gets match objects of its own, as unpatched; the matches of one call share one
// params object, as matchRouteBranch makes them.
function copyRouteMatches(matches) {
  if (!matches) return null;
  let params = Object.assign({}, matches[matches.length - 1].params);
  return matches.map((match) => ({ params, pathname: match.pathname, pathnameBase: match.pathnameBase, route: match.route }));
}
const compiledPathCache = new Map();
function compilePath(path, caseSensitive, end) {
  if (caseSensitive === void 0) {
    caseSensitive = false;
  }
  if (end === void 0) {
    end = true;
  }
  let cacheKey = (caseSensitive ? "1" : "0") + (end ? "1" : "0") + path;
  let compiled = compiledPathCache.get(cacheKey);
  if (compiled) return compiled;
  compiled = compilePathUncached(path, caseSensitive, end);
  if (compiledPathCache.size < 10000) compiledPathCache.set(cacheKey, compiled);
  return compiled;
}
function compilePathUncached(path, caseSensitive, end) {
`,
      },
      {
        find: `function patchRoutesImpl(routeId, children, routesToUse, manifest, mapRouteProperties) {
`,
        replace: `function patchRoutesImpl(routeId, children, routesToUse, manifest, mapRouteProperties) {
  routeTables = new WeakMap();
`,
      },
    ],
  },
  {
    packageName: "@remix-run/server-runtime",
    version: "2.17.5",
    file: "dist/data.js",
    replacements: [
      {
        find: `function stripIndexParam(request) {
  let url = new URL(request.url);
`,
        replace: `${PATCH_MARKER}
function stripIndexParam(request) {
  let url = new URL(request.url);
  if (!url.searchParams.has("index")) return request;
`,
      },
      {
        find: `function stripRoutesParam(request) {
  let url = new URL(request.url);
`,
        replace: `function stripRoutesParam(request) {
  let url = new URL(request.url);
  if (!url.searchParams.has("_routes")) return request;
`,
      },
    ],
  },
  {
    packageName: "@remix-run/react",
    version: "2.17.5",
    file: "dist/server.js",
    replacements: [
      {
        find: `  let routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);
`,
        replace: `  let routes$1 = serverRoutesCache.get(manifest.routes);
  if (!routes$1) {
    routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);
    serverRoutesCache.set(manifest.routes, routes$1);
  }
`,
      },
      {
        find: `function RemixServer({
`,
        replace: `${PATCH_MARKER}
const serverRoutesCache = new WeakMap();
function RemixServer({
`,
      },
    ],
  },
  {
    packageName: "react-router-dom",
    version: "6.30.4",
    file: "server.js",
    replacements: [
      {
        find: `function createStaticRouter(routes, context, opts = {}) {
  let manifest = {};
  let dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);
`,
        replace: `${PATCH_MARKER}
const dataRoutesCache = new WeakMap();
function createStaticRouter(routes, context, opts = {}) {
  let converted = dataRoutesCache.get(routes);
  if (!converted) {
    let manifest = {};
    converted = { manifest, dataRoutes: router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest) };
    dataRoutesCache.set(routes, converted);
  }
  let { manifest, dataRoutes } = converted;
`,
      },
    ],
  },
];

/** The patched source, or the source unchanged when it is patched already. */
export function applyPatch(patch: DependencyPatch, source: string): string {
  if (source.includes(PATCH_MARKER)) return source;
  if (source.includes(ANY_EDITION_MARKER)) {
    throw new Error(`${patch.packageName}/${patch.file} was patched by an earlier edition of this script; reinstall the dependencies (npm ci) to patch the published text.`);
  }
  let patched = source;
  for (const { find, replace } of patch.replacements) {
    const count = patched.split(find).length - 1;
    if (count !== 1) throw new Error(`${patch.packageName}/${patch.file}: expected the text to patch exactly once, found it ${count} times:\n${find}`);
    patched = patched.replace(find, () => replace);
  }
  return patched;
}

/** Where the server loads the package from, and which version is installed there. */
export function installed(patch: DependencyPatch): { file: string; version: string } {
  const packageJson = createRequire(import.meta.url).resolve(`${patch.packageName}/package.json`);
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return { file: join(dirname(packageJson), patch.file), version };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const patch of PATCHES) {
    const { file, version } = installed(patch);
    if (version !== patch.version) {
      throw new Error(`${patch.packageName} ${version} is installed; app/http/patch-remix-routing.ts was written for ${patch.version}. Review the patch for the new version.`);
    }
    const source = readFileSync(file, "utf8");
    const patched = applyPatch(patch, source);
    if (patched !== source) writeFileSync(file, patched);
  }
}
