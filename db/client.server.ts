import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { databasePathFromEnv } from "./path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle inside db.transaction(): domain functions take it to join the caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

export { DEFAULT_DATABASE_PATH, databasePathFromEnv } from "./path";

/** Upper bound for the -wal file once a checkpoint has reset it (64 MB). */
export const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** How long a statement waits for another process's write lock (SQLite's busy handler). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the SQLite file with the pragmas every connection needs. synchronous=FULL because
 * better-sqlite3's WAL default (NORMAL) may lose acknowledged commits on power loss.
 */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  // Deleted and overwritten rows are zeroed, not left in free pages (old pseudonyms, sealed-away completions).
  sqlite.pragma("secure_delete = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // A reader holding a snapshot keeps checkpoints from reaching the start of the -wal file, so it
  // grows meanwhile; SQLite reuses that file afterwards but never shrinks it. This caps what is
  // left on disk after such a spike (checked in tests/integration/wal-growth.test.ts, check 48).
  sqlite.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
  reusePreparedStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * drizzle prepares every query anew, and preparing costs about as much as running a small query.
 * The same SQL text gets the same compiled statement back, reset to plain row mode (drizzle
 * switches statements to raw mode itself where it wants arrays). Bounded, oldest out first.
 */
export function reusePreparedStatements(sqlite: Database.Database, max = 2000) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = statements.get(source);
    // A statement still stepping through an iterate() cannot serve a second caller.
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      statements.set(source, statement);
      if (statements.size > max) statements.delete(statements.keys().next().value!);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * Runs the pending migrations with foreign keys off, as SQLite's procedure for rebuilding a table
 * asks (the pragma is ignored inside the migrator's transaction, so it is set around it): dropping
 * a rebuilt parent table would otherwise cascade into its children. The keys are checked after.
 */
export function migrateDatabase(db: Db): void {
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const violations = db.$client.pragma("foreign_key_check") as unknown[];
    if (violations.length)
      throw new Error(
        `Migration left ${violations.length} rows that break a foreign key: ${JSON.stringify(violations.slice(0, 5))}`,
      );
  } finally {
    db.$client.pragma("foreign_keys = ON");
  }
}

declare global {
  // One handle per process, also across Vite dev-server reloads.
  var __portalDb: Db | undefined;
}

export const db: Db = (globalThis.__portalDb ??= openDatabase(databasePathFromEnv()));

/**
 * A query built once, on first use, for the hot paths that run on nearly every request: drizzle
 * assembles a query's SQL anew on every call otherwise, which costs more than running a small
 * indexed lookup. Values go in as `sql.placeholder(name)`. Built on first use because this
 * module may load before the database is migrated.
 */
export function preparedOnce<Query>(build: () => Query): () => Query {
  let query: Query | undefined;
  return () => (query ??= build());
}

/** How soon after a survey write the -wal file is checkpointed and emptied. */
export const WAL_TRUNCATE_DELAY_MS = 1000;
let walTruncate: NodeJS.Timeout | undefined;

/**
 * A survey answer is committed together with the record that this person answered; until a
 * checkpoint, the -wal file keeps both in adjacent frames. Shortly after a survey write (once per
 * burst, not per answer: a checkpoint costs an fsync of the database) the WAL is checkpointed and
 * truncated to zero, so a copy of the files does not pair a completion with its answers.
 */
export function scheduleWalTruncate(handle: Db = db): void {
  if (walTruncate) return;
  walTruncate = setTimeout(() => {
    walTruncate = undefined;
    truncateWal(handle);
  }, WAL_TRUNCATE_DELAY_MS);
  walTruncate.unref();
}

/** Checkpoints and empties the -wal file; a reader still holding old frames makes it retry later. */
export function truncateWal(handle: Db = db): boolean {
  try {
    const [result] = handle.$client.pragma("wal_checkpoint(TRUNCATE)") as Array<{ busy: number }>;
    if (result?.busy) scheduleWalTruncate(handle);
    return !result?.busy;
  } catch {
    // The handle was closed (tests, shutdown): nothing left to protect in this process.
    return false;
  }
}
