import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import {
  KEY_ENV,
  KEY_FILE_ENV,
  lookupPseudonymKey,
  placesSearchedForKey,
  PseudonymKeyError,
  pseudonymWith,
  type PseudonymKey,
} from "~/surveys/pseudonym-key";
import type { Db } from "#db/client.server";

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * Pages per backup step: all of them. better-sqlite3 copies 100 pages per step by default and
 * yields between steps; SQLite restarts a backup from the first page whenever another connection
 * (the running server) writes between two steps, so on a large database under steady writes the
 * backup never finished. One step reads one consistent snapshot (WAL: the server keeps writing).
 */
const ALL_PAGES = 0x7fffffff;

function integrityOk(file: string): boolean {
  const check = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      check.pragma("integrity_check", { simple: true }) === "ok" &&
      Boolean(check.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get())
    );
  } finally {
    check.close();
  }
}

/**
 * A consistent copy while the server keeps running (SQLite's online backup API), checked with
 * integrity_check before it is reported as done. Never overwrites an existing file.
 */
export async function backupDatabase(db: Db, target: string): Promise<Outcome> {
  // Survey answers and personal data: readable by the operator only, from the first byte. The
  // empty file is created with mode 0600 (whatever the umask) before SQLite writes into it, and
  // "wx" refuses an existing file without a window between checking and creating.
  try {
    writeFileSync(target, "", { flag: "wx", mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { ok: false, message: `${target} already exists; choose a new file name.` };
    if (code === "ENOENT") return { ok: false, message: `The folder of ${target} does not exist.` };
    throw error;
  }
  try {
    await db.$client.backup(target, { progress: () => ALL_PAGES });
  } catch (error) {
    for (const suffix of ["", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
    return {
      ok: false,
      message: `The backup to ${target} failed (${(error as Error).message}); nothing was kept.`,
    };
  }
  if (!integrityOk(target))
    return { ok: false, message: `The copy in ${target} failed its integrity check.` };
  return { ok: true };
}

/**
 * Whether another connection (a running server, a second process) has the database open. Leaving
 * WAL mode needs the database to itself: while anyone else has it open, even idle, SQLite answers
 * `journal_mode = DELETE` with SQLITE_BUSY (tests/integration/backup.test.ts checks this). When
 * nobody has, the switch checkpoints the -wal into the file and removes it, so nothing committed
 * is left behind in a -wal that would later be replayed onto the restored copy. (The portal always
 * runs in WAL mode; in rollback mode an idle connection holds no lock and cannot be seen.)
 */
function openElsewhere(file: string): boolean {
  let probe: Database.Database;
  try {
    probe = new Database(file, { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    return probe.pragma("journal_mode = DELETE", { simple: true }) !== "delete";
  } catch (error) {
    const code = String((error as { code?: string }).code ?? "");
    // Not a database (a broken file being replaced): nothing can be using it as one.
    return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
  } finally {
    probe.close();
  }
}

/**
 * The backup's portal answers are paired pre/post through a keyed pseudonym; the key is neither in
 * the database nor in its folder (README "Keeping the pseudonym key"), so it is never in a backup
 * and has to be restored apart. Without the same key, pre and post answers of one person would
 * silently stop pairing. Null when the key is there and fits.
 */
function pseudonymKeyProblem(source: string, target: string): string | null {
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const pseudonymised = pseudonymisedAnswers(backup);
    if (pseudonymised === 0) return null;
    const found = keyForRestore(target);
    if (typeof found === "string")
      return `The backup holds ${pseudonymised} pseudonymised survey answers, but ${found}`;
    return keyFitsBackup(backup, found.key)
      ? null
      : `The survey pseudonym key (${found.from}) does not belong to this backup: none of its answers carries a pseudonym made with it. Restore the key that was in use when the backup was made; with this one pre and post answers of the same person no longer pair up. To restore anyway, add --skip-key-check.`;
  } finally {
    backup.close();
  }
}

function pseudonymisedAnswers(backup: Database.Database): number {
  const hasTable = (name: string) =>
    Boolean(backup.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name));
  if (!hasTable("survey_responses") || !hasTable("survey_completions")) return 0;
  // Once a network's measurements are all published its pseudonyms are random pair tokens
  // ("paar-…", app/surveys/sealing.server.ts): they need no key.
  return backup
    .prepare(
      "select count(*) from survey_responses where pseudonym is not null and pseudonym not like 'paar-%'",
    )
    .pluck()
    .get() as number;
}

/** The key a server on the target would use, or why there is none (read only: nothing may change before the restore). */
function keyForRestore(target: string): PseudonymKey | string {
  let found: PseudonymKey | null;
  try {
    found = lookupPseudonymKey(target);
  } catch (error) {
    if (!(error instanceof PseudonymKeyError)) throw error;
    return `the survey pseudonym key for ${target} is not usable:\n${error.message}\nTo restore without the key on purpose, add --skip-key-check.`;
  }
  if (found) return found;
  return `there is no survey pseudonym key for ${target}: ${placesSearchedForKey(target)}. Restore the key first from where you keep it apart from the database backups (password manager, secrets store): put it in a file outside the data folder, mode 0600, and set ${KEY_FILE_ENV} to that file (or set ${KEY_ENV} to the key). Without it pre and post answers of the same person no longer pair up. To restore without the key on purpose, add --skip-key-check.`;
}

/**
 * Portal answers carry HMAC(key, user:network); the completions say who answered, so the key can
 * be tried on them. Imported answers use respondent codes the database does not keep. Without
 * completions to try (all published) there is nothing to contradict the key.
 */
function keyFitsBackup(backup: Database.Database, key: Buffer): boolean {
  const candidates = backup
    .prepare(
      "select c.survey_id as surveyId, c.user_id as userId, s.network_id as networkId from survey_completions c join surveys s on s.id = c.survey_id where exists (select 1 from survey_responses r where r.survey_id = c.survey_id and r.source = 'portal' and r.pseudonym is not null) limit 500",
    )
    .all() as Array<{ surveyId: number; userId: string; networkId: number }>;
  if (!candidates.length) return true;
  const known = backup.prepare("select 1 from survey_responses where survey_id = ? and pseudonym = ?");
  return candidates.some((c) => known.get(c.surveyId, pseudonymWith(key, c.userId, c.networkId)));
}

/**
 * Replaces the database at `target` with a checked backup. Refuses while anything has the target
 * open (stop the server first), and when the survey pseudonym key for the target is missing or
 * does not match the backup (unless `skipKeyCheck`). Every refusal leaves the target untouched.
 */
export async function restoreDatabase(
  source: string,
  target: string,
  options: { skipKeyCheck?: boolean } = {},
): Promise<Outcome> {
  if (!existsSync(source)) return { ok: false, message: `${source} does not exist.` };
  let valid = false;
  try {
    valid = integrityOk(source);
  } catch {
    valid = false;
  }
  if (!valid)
    return {
      ok: false,
      message: `${source} is not a valid portal backup (integrity check or schema missing); nothing was changed.`,
    };
  if (!options.skipKeyCheck) {
    const problem = pseudonymKeyProblem(source, target);
    if (problem) return { ok: false, message: `${problem} Nothing was changed.` };
  }
  if (existsSync(target) && openElsewhere(target)) {
    return {
      ok: false,
      message: `${target} is open in another process (is the server still running?). Stop the server and anything else using the database, then restore again. Nothing was changed.`,
    };
  }
  // After the check above no -wal or -shm should be left; a stale one (a crashed server) must not
  // be replayed onto the restored copy.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
  mkdirSync(dirname(target), { recursive: true });
  const from = new Database(source, { readonly: true });
  try {
    await from.backup(target, { progress: () => ALL_PAGES });
  } finally {
    from.close();
  }
  if (!integrityOk(target))
    return {
      ok: false,
      message: `The restored database ${target} failed its integrity check; restore again from another backup.`,
    };
  return { ok: true };
}

/**
 * For the host's monitoring (cron, health check): the newest *.db in a backup folder must be
 * younger than maxAgeHours and pass integrity_check. Exit status 1 otherwise.
 */
export function checkLatestBackup(
  dir: string,
  maxAgeHours = 26,
  now = Date.now(),
): { ok: boolean; message: string } {
  if (!existsSync(dir)) return { ok: false, message: `${dir} does not exist.` };
  const backups = readdirSync(dir)
    .filter((name) => name.endsWith(".db"))
    .map((name) => ({ file: join(dir, name), modified: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  const newest = backups[0];
  if (!newest) return { ok: false, message: `No backup (*.db) in ${dir}.` };
  const ageHours = (now - newest.modified) / 3_600_000;
  if (ageHours > maxAgeHours)
    return {
      ok: false,
      message: `The newest backup, ${newest.file}, is ${Math.floor(ageHours)} hours old (more than ${maxAgeHours}).`,
    };
  let valid = false;
  try {
    valid = integrityOk(newest.file);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, message: `The newest backup, ${newest.file}, fails its integrity check.` };
  return { ok: true, message: `${newest.file} is ${Math.floor(ageHours * 60)} minutes old and intact.` };
}
