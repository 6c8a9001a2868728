/**
 * The entry of a cluster worker, built to build/worker/worker.js by `npm run build` and started by
 * server.ts when WEB_CONCURRENCY > 1. The primary has migrated the database already; a worker
 * only serves.
 */
import { serve } from "./serve";

await serve({
  production: true,
  port: Number(process.env.PORT ?? 3000),
  serverBuildUrl: process.env.SERVER_BUILD_URL!,
  announce: false,
});
