import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PATCH_MARKER, patchRouteMatching, routerFile } from "./patch-route-matching";

// The server loads the CommonJS build, the one the patch changes.
const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as typeof import("@remix-run/router");

type Route = import("@remix-run/router").AgnosticRouteObject;
const appLikeRoutes = (): Route[] => [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "catalogue", path: "netwerken" },
      { id: "new-network", path: "netwerken/nieuw" },
      { id: "network", path: "netwerken/:slug" },
      { id: "report", path: "netwerken/:slug/rapport" },
      { id: "open-answers", path: "netwerken/:slug/rapport/open-antwoorden/:questionId" },
      { id: "calendar", path: "agenda/:token.ics" },
      { id: "optional", path: "digicoaches/:id?" },
      { id: "case", path: "Hoofdletters", caseSensitive: true },
      { id: "not-found", path: "*" },
    ],
  },
];

const cases: Array<{ url: string; leaf: string; params?: Record<string, string | undefined> }> = [
  { url: "/", leaf: "home" },
  { url: "/netwerken", leaf: "catalogue" },
  { url: "/netwerken/", leaf: "catalogue" },
  { url: "/NETWERKEN", leaf: "catalogue" },
  { url: "/netwerken/nieuw", leaf: "new-network" },
  { url: "/netwerken/rekenen-2026", leaf: "network", params: { slug: "rekenen-2026" } },
  { url: "/netwerken/rekenen-2026/rapport", leaf: "report", params: { slug: "rekenen-2026" } },
  { url: "/netwerken/a/rapport/open-antwoorden/7", leaf: "open-answers", params: { slug: "a", questionId: "7" } },
  { url: "/agenda/abc.ics", leaf: "calendar", params: { token: "abc" } },
  { url: "/digicoaches", leaf: "optional", params: { id: undefined } },
  { url: "/digicoaches/12", leaf: "optional", params: { id: "12" } },
  { url: "/Hoofdletters", leaf: "case" },
  { url: "/hoofdletters", leaf: "not-found", params: { "*": "hoofdletters" } },
  { url: "/bestaat/niet", leaf: "not-found", params: { "*": "bestaat/niet" } },
];

describe("memoised route matching (postinstall patch of @remix-run/router)", () => {
  it("is applied to the installed server build of the router", () => {
    expect(readFileSync(routerFile().file, "utf8")).toContain(PATCH_MARKER);
  });

  it("patches once, leaves a patched text as it is and refuses a text it does not recognise", () => {
    const patched = patchRouteMatching(readFileSync(routerFile().file, "utf8"));
    expect(patched).toContain(PATCH_MARKER);
    expect(patchRouteMatching(patched)).toBe(patched);
    expect(() => patchRouteMatching("function matchRoutes() {}")).toThrow(/exactly once, found it 0 times/);
  });

  const routes = appLikeRoutes();
  it.each(cases)("$url → $leaf, the same on every call and for a new routes array", ({ url, leaf, params }) => {
    for (const table of [routes, routes, appLikeRoutes()]) {
      const matches = matchRoutes(table, url);
      expect(matches?.at(-1)?.route.id).toBe(leaf);
      expect(matches?.at(-1)?.params).toEqual(params ?? {});
      // The matched routes are those of the array that was passed, not of an earlier one.
      expect(matches?.[0].route).toBe(table[0]);
    }
  });

  it("answers from each routes array's own routes", () => {
    const withoutCatalogue = appLikeRoutes();
    withoutCatalogue[0].children = withoutCatalogue[0].children!.filter((route) => route.id !== "catalogue");
    expect(matchRoutes(routes, "/netwerken")?.at(-1)?.route.id).toBe("catalogue");
    expect(matchRoutes(withoutCatalogue, "/netwerken")?.at(-1)?.route.id).toBe("not-found");
  });
});
