import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // Every route is known to the browser from the first page (one cached manifest asset) instead
  // of discovered lazily: lazy discovery made every page render compute a partial manifest,
  // measured at about a fifth of a logged-in page's server time in tests/bench (Remix v2).
  routeDiscovery: { mode: "initial" },
  future: {
    // Loaders and actions get the request as it came in instead of a copy per call.
    v8_passThroughRequests: true,
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: true,
    // Off for now: it turns the load context into a RouterContextProvider (context.get(...)).
    v8_middleware: false,
  },
} satisfies Config;
