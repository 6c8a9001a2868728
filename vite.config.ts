import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [
    tailwindcss(),
    // React Router's plugin stays out of vitest and out of the build of the cluster worker
    // entry (package.json "build"); its options are in react-router.config.ts.
    !process.env.VITEST && !process.env.BUILD_WORKER && reactRouter(),
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
