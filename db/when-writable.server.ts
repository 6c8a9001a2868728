import type Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS, db } from "./client.server";

const isBusy = (error: unknown) => error instanceof Error && "code" in error && error.code === "SQLITE_BUSY";

/** Short waits first (another process's commit takes a few ms), never more than 4 ms at a time. */
const pause = (attempt: number) =>
  new Promise<void>((resolve) => (attempt === 0 ? setImmediate(resolve) : setTimeout(resolve, Math.min(4, attempt) * (0.5 + Math.random()))));

/**
 * Runs a write that starts with BEGIN IMMEDIATE, waiting for another process's write lock without
 * blocking this one. SQLite's busy handler sleeps inside the call (1, 2, 5, 10 … 100 ms), and
 * better-sqlite3 is synchronous, so every other request of the process waited with it: two server
 * processes enrolled fewer people per second than one. Here the lock is tried without waiting and
 * the process serves other requests between tries. Only the BEGIN can be refused, before the
 * write changed anything, so `write` runs again from the start; it must do nothing outside the
 * database before its transaction. After `patienceMs` the last try waits in SQLite as before.
 */
export async function whenWritable<T>(write: () => T, sqlite: Database.Database = db.$client, patienceMs = BUSY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    sqlite.pragma("busy_timeout = 0");
    try {
      return write();
    } catch (error) {
      if (!isBusy(error)) throw error;
    } finally {
      sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    await pause(attempt);
  }
  return write();
}
