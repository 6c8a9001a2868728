/**
 * Run by `postinstall`: memoises route matching in the server copy of @remix-run/router
 * (dist/router.cjs.js; browsers load dist/router.js, which stays as published).
 *
 * Remix matches the URL against every route three times per request (request handler, data
 * router, rendering), and each time the router flattens and ranks all routes again and compiles
 * every route pattern into a new RegExp: a fifth of a small page's server CPU in tests/bench.
 * Both results depend on their inputs alone, so they are kept:
 * - the compiled pattern per (path, caseSensitive, end): a pure function of three values;
 * - the flattened, ranked branches per routes array: the server never changes a routes array
 *   after creating it; the only code that adds routes in place (lazy route discovery, client
 *   side) starts a new cache.
 * The package version is pinned (package-lock.json); on any other version this script stops with
 * an error, so an upgrade is a conscious review of this patch.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export const PATCHED_VERSION = "1.23.3";
export const PATCH_MARKER = "/* leerkracht: memoised route matching */";

const replacements: Array<{ find: string; replace: string }> = [
  {
    find: `  let branches = flattenRoutes(routes);
  rankRouteBranches(branches);
  let matches = null;`,
    replace: `  let branches = rankedBranchesCache.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    rankedBranchesCache.set(routes, branches);
  }
  let matches = null;`,
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
let rankedBranchesCache = new WeakMap();
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
  rankedBranchesCache = new WeakMap();
`,
  },
];

/** The patched source, or the source unchanged when it is patched already. */
export function patchRouteMatching(source: string): string {
  if (source.includes(PATCH_MARKER)) return source;
  let patched = source;
  for (const { find, replace } of replacements) {
    const count = patched.split(find).length - 1;
    if (count !== 1) throw new Error(`@remix-run/router: expected the text to patch exactly once, found it ${count} times:\n${find}`);
    patched = patched.replace(find, () => replace);
  }
  return patched;
}

export function routerFile(): { file: string; version: string } {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("@remix-run/router/package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  return { file: join(dirname(packageJson), "dist", "router.cjs.js"), version };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { file, version } = routerFile();
  if (version !== PATCHED_VERSION) {
    throw new Error(`@remix-run/router ${version} is installed; app/http/patch-route-matching.ts was written for ${PATCHED_VERSION}. Review the patch for the new version.`);
  }
  const source = readFileSync(file, "utf8");
  const patched = patchRouteMatching(source);
  if (patched !== source) writeFileSync(file, patched);
}
