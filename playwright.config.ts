import { defineConfig, devices } from "@playwright/test";
import { E2E_PSEUDONYM_KEY } from "./tests/support/spawn-server";

const port = Number(process.env.E2E_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;
// E2E_DATABASE lets two suites run side by side (each with its own E2E_PORT).
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "tests/.data/e2e.db";

export default defineConfig({
  testDir: "./tests/e2e",
  // One worker: the suite shares one server and database, and the machine has two cores.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Two cores run the server, Chromium and the test runner at once; allow for a slow moment.
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL, trace: "off" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build (npm test builds it first) with a database of its own.
    command: `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && node_modules/.bin/tsx server.ts`,
    url: baseURL,
    env: {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_PATH: E2E_DATABASE,
      APP_ORIGIN: baseURL,
      SEED_DEMO: "1",
      SURVEY_PSEUDONYM_KEY: E2E_PSEUDONYM_KEY,
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
