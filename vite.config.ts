import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [
    tailwindcss(),
    // Remix's plugin stays out of vitest, as Remix's docs advise, and out of the build of the
    // cluster worker entry (package.json "build").
    !process.env.VITEST &&
      !process.env.BUILD_WORKER &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          // Off: discovering routes lazily makes every page render compute a partial route
          // manifest (route matching per path prefix), measured at about a fifth of a logged-in
          // page's server time in tests/bench. The full manifest is one cached asset instead.
          v3_lazyRouteDiscovery: false,
        },
      }),
    tsconfigPaths(),
  ],
  // The cluster worker entry is server code for Node: no public files copied beside it.
  build: process.env.BUILD_WORKER ? { target: "node20", copyPublicDir: false } : undefined,
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/test-database.ts"],
  },
});
