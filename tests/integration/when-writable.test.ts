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

const insertProbe = () =>
  db.transaction(() => db.$client.prepare("insert into lock_probe values (1)").run().changes, {
    behavior: "immediate",
  });
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

  it("after its patience, reports the busy lock and writes nothing", async () => {
    db.$client.exec("create table if not exists lock_probe (n integer)");
    held = otherProcessHoldingTheLock();
    const before = probes();
    let ran = 0;
    const started = Date.now();
    const attempt = whenWritable(() => (ran++, insertProbe()), db.$client, 50);
    await expect(attempt).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ran).toBe(0);
    expect(probes()).toBe(before);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("commits the writes queued meanwhile together, in order, and rolls back only the one that fails", async () => {
    db.$client.exec("create table if not exists lock_probe (n integer)");
    db.$client.exec("delete from lock_probe");
    held = otherProcessHoldingTheLock();
    const insert = (n: number) => () =>
      db.transaction(() => db.$client.prepare("insert into lock_probe values (?)").run(n).changes, {
        behavior: "immediate",
      });
    const writes = [
      whenWritable(insert(1)),
      whenWritable(() => {
        insert(2)();
        throw new Error("ongeldig antwoord");
      }),
      whenWritable(insert(3)),
    ];
    const settled = Promise.allSettled(writes);
    await new Promise((resolve) => setTimeout(resolve, 20));
    held.release();
    held = null;
    const [first, failed, third] = await settled;
    expect(first).toEqual({ status: "fulfilled", value: 1 });
    expect(failed).toMatchObject({ status: "rejected", reason: { message: "ongeldig antwoord" } });
    expect(third).toEqual({ status: "fulfilled", value: 1 });
    expect(db.$client.prepare("select n from lock_probe order by rowid").pluck().all()).toEqual([1, 3]);
    expect(db.$client.inTransaction).toBe(false);
  });
});
