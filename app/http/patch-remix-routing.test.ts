import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { applyPatch, installed, PATCH_MARKER, PATCHES } from "./patch-remix-routing";

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

describe("route tables kept between requests (postinstall patch of Remix's server code)", () => {
  it.each(PATCHES)("is applied to the installed $packageName $version ($file)", (patch) => {
    const { file, version } = installed(patch);
    expect(version).toBe(patch.version);
    expect(readFileSync(file, "utf8")).toContain(PATCH_MARKER);
  });

  it.each(PATCHES)("patches $packageName once and leaves a patched text as it is", (patch) => {
    const patched = applyPatch(patch, readFileSync(installed(patch).file, "utf8"));
    expect(patched).toContain(PATCH_MARKER);
    expect(applyPatch(patch, patched)).toBe(patched);
  });

  it("refuses a text it does not recognise", () => {
    expect(() => applyPatch(PATCHES[0], "function matchRoutes() {}")).toThrow(/exactly once, found it 0 times/);
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

  it("gives every call match objects of its own, sharing one params object as unpatched", () => {
    const first = matchRoutes(routes, "/netwerken/a/rapport/open-antwoorden/7")!;
    expect(first.map((match) => match.params)).toEqual(first.map(() => first[0].params));
    (first[0].params as Record<string, string>).slug = "changed";
    first.pop();
    const second = matchRoutes(routes, "/netwerken/a/rapport/open-antwoorden/7")!;
    expect(second).toHaveLength(2);
    expect(second.at(-1)?.params).toEqual({ slug: "a", questionId: "7" });
    expect(second.at(-1)?.pathnameBase).toBe("/netwerken/a/rapport/open-antwoorden/7");
  });

  it("keeps matching correctly beyond the number of paths it keeps", () => {
    for (let i = 0; i < 5_100; i++) {
      expect(matchRoutes(routes, `/netwerken/n-${i}`)?.at(-1)?.params).toEqual({ slug: `n-${i}` });
    }
    expect(matchRoutes(routes, "/netwerken/n-3")?.at(-1)?.params).toEqual({ slug: "n-3" });
  });

  it("refuses a text patched by an earlier edition of the script", () => {
    const earlier = "/* leerkracht: route tables kept between requests */\nfunction matchRoutes() {}";
    expect(() => applyPatch(PATCHES[0], earlier)).toThrow(/earlier edition.*npm ci/);
  });

  it("answers from each routes array's own routes", () => {
    const withoutCatalogue = appLikeRoutes();
    withoutCatalogue[0].children = withoutCatalogue[0].children!.filter((route) => route.id !== "catalogue");
    expect(matchRoutes(routes, "/netwerken")?.at(-1)?.route.id).toBe("catalogue");
    expect(matchRoutes(withoutCatalogue, "/netwerken")?.at(-1)?.route.id).toBe("not-found");
  });
});

describe("the static router's data routes (react-router-dom/server)", () => {
  const require = createRequire(import.meta.url);
  const { createStaticHandler, createStaticRouter } = require("react-router-dom/server") as typeof import("react-router-dom/server");

  async function routerFor(table: Route[], url: string) {
    const context = await createStaticHandler(table as never).query(new Request(`http://localhost${url}`));
    if (context instanceof Response) throw new Error("unexpected redirect");
    return createStaticRouter(table as never, context);
  }

  it("are built once per routes array and answer each array's own matches", async () => {
    const table = appLikeRoutes();
    const first = await routerFor(table, "/netwerken/a/rapport");
    const second = await routerFor(table, "/netwerken");
    expect(second.routes).toBe(first.routes);
    expect(first.state.matches.at(-1)?.route.id).toBe("report");
    expect(second.state.matches.at(-1)?.route.id).toBe("catalogue");
    // The matches point at the router's own data routes.
    expect(second.state.matches[0].route).toBe(second.routes[0]);

    const other = appLikeRoutes();
    other[0].children = other[0].children!.filter((route) => route.id !== "catalogue");
    const third = await routerFor(other, "/netwerken");
    expect(third.routes).not.toBe(first.routes);
    expect(third.state.matches.at(-1)?.route.id).toBe("not-found");
  });
});

describe("the request a loader gets (@remix-run/server-runtime)", () => {
  const require = createRequire(import.meta.url);
  const { callRouteLoader } = require("@remix-run/server-runtime/dist/data.js") as {
    callRouteLoader(args: { loadContext: unknown; loader: (args: { request: Request }) => unknown; params: object; request: Request; routeId: string; singleFetch: boolean }): Promise<unknown>;
  };
  const requestSeenBy = (request: Request) => callRouteLoader({ loadContext: {}, loader: ({ request }) => request, params: {}, request, routeId: "test", singleFetch: true }) as Promise<Request>;

  it.each([
    { url: "http://x/netwerken?q=rekenen&pagina=2", seen: "http://x/netwerken?q=rekenen&pagina=2", copied: false },
    { url: "http://x/mijn-netwerken", seen: "http://x/mijn-netwerken", copied: false },
    { url: "http://x/netwerken?index&q=a", seen: "http://x/netwerken?q=a", copied: true },
    { url: "http://x/netwerken?index=1", seen: "http://x/netwerken?index=1", copied: true },
    { url: "http://x/netwerken?_routes=routes%2Fnetwerken&q=a", seen: "http://x/netwerken?q=a", copied: true },
  ])("$url reaches the loader as $seen (copied: $copied)", async ({ url, seen, copied }) => {
    const request = new Request(url, { headers: { Cookie: "session=abc" } });
    const received = await requestSeenBy(request);
    expect(received.url).toBe(seen);
    expect(received.headers.get("Cookie")).toBe("session=abc");
    expect(received === request).toBe(!copied);
  });
});

