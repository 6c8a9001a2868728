import type Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, db } from "./client.server";

const isBusy = (error: unknown) => error instanceof Error && "code" in error && error.code === "SQLITE_BUSY";

/** Short waits first (another process's commit takes a few ms), never more than 4 ms at a time. */
const pause = (attempt: number) =>
  new Promise<void>((resolve) =>
    attempt === 0 ? setImmediate(resolve) : setTimeout(resolve, Math.min(4, attempt) * (0.5 + Math.random())),
  );

/** Writes that arrive while one batch commits wait for the next; a bound keeps each batch short. */
const MAX_BATCH = 32;

interface QueuedWrite {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<Database.Database, QueuedWrite[]>();

/**
 * Runs a write (a function whose own transaction becomes a savepoint here) once this process
 * holds the database's write lock, and resolves after it is committed.
 *
 * Waiting for another process's lock does not block this one: SQLite's busy handler sleeps
 * inside the synchronous better-sqlite3 call (1, 2, 5, 10 … 100 ms steps) with every other
 * request of the process waiting too, so two server processes took fewer writes per second than
 * one. Here BEGIN IMMEDIATE is tried without waiting and retried after a yield or a short timer,
 * for up to `patienceMs`, then the writes fail with SQLITE_BUSY as before.
 *
 * Group commit: the writes queued meanwhile run one after the other in that one transaction,
 * each in its own savepoint (one that throws is rolled back alone and rejects alone), and share
 * its commit: one fsync of the WAL (synchronous=FULL) instead of one per write. Nothing awaits
 * between BEGIN and COMMIT, so no other request of the process runs inside the batch, and every
 * answer still waits for the commit that holds its write.
 */
export function whenWritable<T>(
  write: () => T,
  sqlite: Database.Database = db.$client,
  patienceMs = BUSY_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(sqlite);
    const idle = !queue || queue.length === 0;
    if (!queue) queues.set(sqlite, (queue = []));
    queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
    // drain settles every write it takes; this only guards against a fault outside them (a
    // closed connection), so that no caller waits forever.
    if (idle)
      drain(sqlite, queue, patienceMs).catch((error) =>
        queue.splice(0).forEach((item) => item.reject(error)),
      );
  });
}

async function drain(sqlite: Database.Database, queue: QueuedWrite[], patienceMs: number) {
  while (queue.length > 0) {
    const locked = await beginImmediate(sqlite, patienceMs);
    const batch = queue.splice(0, MAX_BATCH);
    if (locked !== true) {
      for (const item of batch) item.reject(locked);
      continue;
    }
    const outcomes = batch.map((item) => {
      try {
        return { ok: true as const, value: sqlite.transaction(item.write)() };
      } catch (error) {
        return { ok: false as const, error };
      }
    });
    try {
      sqlite.exec("COMMIT");
    } catch (error) {
      for (const item of batch) item.reject(error);
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      continue;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}

/** true once BEGIN IMMEDIATE succeeded, else the error that ends the wait. */
async function beginImmediate(sqlite: Database.Database, patienceMs: number): Promise<true | unknown> {
  const deadline = Date.now() + patienceMs;
  for (let attempt = 0; ; attempt++) {
    sqlite.pragma("busy_timeout = 0");
    try {
      sqlite.exec("BEGIN IMMEDIATE");
      return true;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) return error;
    } finally {
      sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    await pause(attempt);
  }
}
