import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SpawnedServer {
  origin: string;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: no shutdown handler runs, as in a crash or a power cut of the process. */
  kill9: () => Promise<void>;
}

/**
 * The e2e servers' survey pseudonym key, given explicitly: their demo installs would otherwise
 * make one in the user's config folder for every temporary database.
 */
export const E2E_PSEUDONYM_KEY = "e2e-only-survey-pseudonym-key-5b1f0c9e";

/** A fresh directory for a database of its own. */
export function tempDatabasePath(label: string): string {
  return join(mkdtempSync(join(tmpdir(), `portal-${label}-`)), "portal.db");
}

/**
 * Starts the production build (npm test builds it first) as one plain node process, so that a
 * kill reaches the server itself and not a wrapper.
 */
export async function startServer(
  databasePath: string,
  port: number,
  env: Record<string, string> = {},
): Promise<SpawnedServer> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      APP_ORIGIN: origin,
      SEED_DEMO: "1",
      SURVEY_PSEUDONYM_KEY: E2E_PSEUDONYM_KEY,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited early:\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
    kill9: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
