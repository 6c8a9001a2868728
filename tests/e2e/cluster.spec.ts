import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { sessionCookieFor, userIdByEmail, withDatabase } from "../support/e2e-db";
import { startServer, tempDatabasePath, type SpawnedServer } from "../support/spawn-server";

/** The command lines of a process's children (the cluster workers), read from /proc. */
function childCommandLines(pid: number): string[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return children.map((child) => readFileSync(`/proc/${child}/cmdline`, "utf8").replaceAll("\0", " "));
}

/** A fresh connection per request, so the primary hands the requests to both workers in turn. */
async function page(server: SpawnedServer, path: string, cookie?: string) {
  const response = await fetch(`${server.origin}${path}`, {
    headers: { Connection: "close", ...(cookie ? { Cookie: cookie } : {}) },
  });
  return { status: response.status, body: await response.text() };
}

test.describe("one process per core (WEB_CONCURRENCY=2)", () => {
  let server: SpawnedServer;
  let path: string;
  test.beforeAll(async () => {
    path = tempDatabasePath("cluster");
    server = await startServer(path, 3541, { WEB_CONCURRENCY: "2" });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("workers run the compiled worker entry without the TypeScript loader, and serve pages for visitors and logged-in users", async () => {
    const workers = childCommandLines(server.process.pid!);
    expect(workers).toHaveLength(2);
    for (const command of workers) {
      expect(command).toContain("build/worker/worker.js");
      expect(command).not.toContain("tsx");
    }
    expect(server.output()).toContain("(2 processes)");
    const cookie = withDatabase(path, (db) => sessionCookieFor(db, userIdByEmail(db, "deelnemer@demo.test")));
    for (let i = 0; i < 4; i++) {
      expect((await page(server, "/netwerken")).status).toBe(200);
      const dashboard = await page(server, "/mijn-netwerken", cookie);
      expect([dashboard.status, dashboard.body.includes("Mijn inschrijvingen")]).toEqual([200, true]);
    }
  });

  test("a change committed anywhere shows at once in every worker, cached pages included", async () => {
    const before = await page(server, "/netwerken");
    const slug = /href="\/netwerken\/([^"?]+)"/.exec(before.body)![1];
    // Both workers have the catalogue and the network page cached now.
    for (let i = 0; i < 4; i++) await page(server, `/netwerken/${slug}`);
    const title = `Hernoemd in een ander proces ${Date.now()}`;
    const writer = new Database(path);
    writer.prepare("update networks set title = ? where slug = ?").run(title, slug);
    writer.close();
    for (let i = 0; i < 4; i++) {
      expect((await page(server, "/netwerken")).body).toContain(title);
      expect((await page(server, `/netwerken/${slug}`)).body).toContain(title);
    }
  });
});
