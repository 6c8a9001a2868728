import cluster from "node:cluster";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "./app/seed/bootstrap.server";
import { runScheduledTasks } from "./app/schedule.server";
import { sealDueSurveys } from "./app/surveys/sealing.server";
import { PseudonymKeyError } from "./app/surveys/pseudonym-key";
import { serve } from "./app/http/serve";

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
// One process per core serves more requests: SQLite in WAL mode lets them all read at once and
// takes their writes one at a time. The primary migrates and runs the schedule; workers serve.
const workerCount = isProduction ? Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1) : 1;
const isPrimary = cluster.isPrimary;
const serverBuildUrl = new URL("./build/server/index.js", import.meta.url).href;

if (isPrimary) {
  try {
    await prepareDatabase({ log: true });
  } catch (error) {
    // A missing or unusable pseudonym key is an operator's setup step, not a crash: say what to do.
    if (!(error instanceof PseudonymKeyError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// Offer expiry, session reminders and publishing surveys whose window has passed; each is
// recorded as done in the database, so a restart or a second process never repeats one.
const SCHEDULE_MS = 60_000;
function runSchedule() {
  try {
    runScheduledTasks();
    sealDueSurveys();
  } catch (error) {
    console.error("scheduled tasks failed", error);
  }
}
if (isPrimary) {
  runSchedule();
  setInterval(runSchedule, SCHEDULE_MS).unref();
}

if (isPrimary && workerCount > 1) {
  let stopping = false;
  // Workers run the compiled worker entry (build/worker/worker.js, made by `npm run build`):
  // plain JavaScript, without the TypeScript loader the primary starts with, which costs every
  // process about 37 MB. V8 grows its heap lazily up to a quarter of the machine's memory; a cap
  // keeps each worker near its live set (measured in tests/bench).
  cluster.setupPrimary({
    exec: fileURLToPath(new URL("./build/worker/worker.js", import.meta.url)),
    execArgv: [`--max-old-space-size=${Number(process.env.WORKER_HEAP_MB ?? 224)}`],
  });
  const workerEnv = { SERVER_BUILD_URL: serverBuildUrl };
  const fork = () =>
    cluster.fork(workerEnv).once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`worker ended (${signal ?? code}); starting a new one`);
      fork();
    });
  for (let i = 0; i < workerCount; i++) fork();
  cluster.once("listening", () =>
    console.log(`LEERKR@CHT.NET portal: http://localhost:${port} (${workerCount} processes)`),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      cluster.disconnect(() => process.exit(0));
    });
  }
} else {
  await serve({ production: isProduction, port, serverBuildUrl, announce: isPrimary });
}
