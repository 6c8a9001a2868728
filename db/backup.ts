import { chmodSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./client.server";

function integrityOk(file: string): boolean {
  const check = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return check.pragma("integrity_check", { simple: true }) === "ok" && Boolean(check.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get());
  } finally {
    check.close();
  }
}

/**
 * A consistent copy while the server keeps running (SQLite's online backup API), checked with
 * integrity_check before it is reported as done. Never overwrites an existing file.
 */
export async function backupDatabase(db: Db, target: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (existsSync(target)) return { ok: false, message: `${target} already exists; choose a new file name.` };
  await db.$client.backup(target);
  // Survey answers and personal data: readable by the operator only.
  chmodSync(target, 0o600);
  if (!integrityOk(target)) return { ok: false, message: `The copy in ${target} failed its integrity check.` };
  return { ok: true };
}

/** Replaces the database at `target` with a checked backup. Stop the server first. */
export async function restoreDatabase(source: string, target: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!existsSync(source)) return { ok: false, message: `${source} does not exist.` };
  let valid = false;
  try {
    valid = integrityOk(source);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, message: `${source} is not a valid portal backup (integrity check or schema missing); nothing was changed.` };
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  const from = new Database(source, { readonly: true });
  try {
    await from.backup(target);
  } finally {
    from.close();
  }
  return { ok: true };
}

/**
 * For the host's monitoring (cron, health check): the newest *.db in a backup folder must be
 * younger than maxAgeHours and pass integrity_check. Exit status 1 otherwise.
 */
export function checkLatestBackup(dir: string, maxAgeHours = 26, now = Date.now()): { ok: boolean; message: string } {
  if (!existsSync(dir)) return { ok: false, message: `${dir} does not exist.` };
  const backups = readdirSync(dir)
    .filter((name) => name.endsWith(".db"))
    .map((name) => ({ file: join(dir, name), modified: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  const newest = backups[0];
  if (!newest) return { ok: false, message: `No backup (*.db) in ${dir}.` };
  const ageHours = (now - newest.modified) / 3_600_000;
  if (ageHours > maxAgeHours) return { ok: false, message: `The newest backup, ${newest.file}, is ${Math.floor(ageHours)} hours old (more than ${maxAgeHours}).` };
  let valid = false;
  try {
    valid = integrityOk(newest.file);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, message: `The newest backup, ${newest.file}, fails its integrity check.` };
  return { ok: true, message: `${newest.file} is ${Math.floor(ageHours * 60)} minutes old and intact.` };
}
