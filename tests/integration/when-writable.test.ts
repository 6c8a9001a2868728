import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { whenWritable } from "#db/when-writable.server";

/** Another process's connection to the same file, holding the write lock until released. */
function otherProcessHoldingTheLock() {
  const other = new Database(db.$client.name);
  other.exec("begin immediate");
  other.exec("create table if not exists lock_probe (n integer)");
  return { release: () => (other.exec("commit"), other.close()) };
}

const insertProbe = () => db.transaction(() => db.$client.prepare("insert into lock_probe values (1)").run().changes, { behavior: "immediate" });
const probes = () => db.$client.prepare("select count(*) from lock_probe").pluck().get();

let held: { release: () => void } | null = null;
afterEach(() => {
  held?.release();
  held = null;
});

describe("whenWritable", () => {
  it("waits for another process's write lock without blocking this process, then writes once", async () => {
    db.$client.exec("create table if not exists lock_probe (n integer)");
    held = otherProcessHoldingTheLock();
    const served: number[] = [];
    const ticker = setInterval(() => served.push(Date.now()), 1);
    const write = whenWritable(insertProbe);
    await new Promise((resolve) => setTimeout(resolve, 60));
    // The process kept serving (timers ran) while the write waited for the lock.
    expect(served.length).toBeGreaterThan(10);
    held.release();
    held = null;
    expect(await write).toBe(1);
    clearInterval(ticker);
    expect(probes()).toBe(1);
    // SQLite's own waiting is back for every other statement.
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("passes on errors other than a busy lock at once, without retrying", async () => {
    let calls = 0;
    await expect(
      whenWritable(() => {
        calls++;
        throw new Error("geen schijfruimte");
      }),
    ).rejects.toThrow("geen schijfruimte");
    expect(calls).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("after its patience, waits in SQLite and reports the busy lock if it stays taken", async () => {
    db.$client.exec("create table if not exists lock_probe (n integer)");
    held = otherProcessHoldingTheLock();
    const before = probes();
    let waitsInSqlite = 0;
    // A short patience; the last try is the one that waits in SQLite (busy_timeout as configured),
    // shortened here to 20 ms so the test takes well under a second.
    const attempt = whenWritable(() => {
      if (db.$client.pragma("busy_timeout", { simple: true }) === 5000) {
        waitsInSqlite++;
        db.$client.pragma("busy_timeout = 20");
      }
      return insertProbe();
    }, db.$client, 50);
    await expect(attempt).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    expect(waitsInSqlite).toBe(1);
    expect(probes()).toBe(before);
    db.$client.pragma("busy_timeout = 5000");
  });
});
