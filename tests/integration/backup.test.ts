import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, checkLatestBackup, restoreDatabase } from "#db/backup";
import { db } from "#db/client.server";
import { pseudonymKeyFile } from "~/surveys/pseudonym-key";
import { pseudonymFor } from "~/surveys/pseudonym.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

const dir = mkdtempSync(join(tmpdir(), "backup-"));
const count = (file: string, table: string) => {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare(`select count(*) from ${table}`).pluck().get() as number;
  } finally {
    copy.close();
  }
};
const integrity = (file: string) => {
  const copy = new Database(file, { readonly: true });
  try {
    return { integrity: copy.pragma("integrity_check", { simple: true }), foreignKeyProblems: (copy.pragma("foreign_key_check") as unknown[]).length };
  } finally {
    copy.close();
  }
};
const liveDatabase = () => process.env.DATABASE_PATH!;

/** A new host's folder for a restored database; with `key`, the pseudonym key restored beside it, as README "Backups" asks. */
function freshHome(label: string, key = true): string {
  const home = mkdtempSync(join(dir, `${label}-`));
  if (key) {
    pseudonymFor("sleutel-aanmaken", 0); // the key file exists once the portal has used it
    copyFileSync(pseudonymKeyFile(liveDatabase()), pseudonymKeyFile(join(home, "portal.db")));
  }
  return join(home, "portal.db");
}

/** One survey answer of a participant through the portal, paired by the keyed pseudonym. */
function answeredSurvey() {
  const { network } = createPublishedNetwork(createUser("facilitator").id);
  const teacher = createUser();
  const surveyId = Number(
    db.$client.prepare("insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, created_at) values (?, 'pre', 'voormeting-basis', unixepoch() - 3600, unixepoch() + 86400, 0, unixepoch())").run(network.id).lastInsertRowid,
  );
  db.$client.prepare("insert into survey_completions (survey_id, user_id) values (?, ?)").run(surveyId, teacher.id);
  db.$client.prepare("insert into survey_responses (id, survey_id, pseudonym, role, source) values (?, ?, ?, 'leraar', 'portal')").run(randomUUID(), surveyId, pseudonymFor(teacher.id, network.id));
}

const savedKey = process.env.SURVEY_PSEUDONYM_KEY;
afterEach(() => {
  if (savedKey === undefined) delete process.env.SURVEY_PSEUDONYM_KEY;
  else process.env.SURVEY_PSEUDONYM_KEY = savedKey;
});

describe("backup and restore", () => {
  it("copies a consistent database while it is in use, and never overwrites a file", async () => {
    createPublishedNetwork(createUser("facilitator").id);
    const target = join(dir, "kopie.db");
    expect(await backupDatabase(db, target)).toEqual({ ok: true });
    expect(count(target, "users")).toBe(db.$client.prepare("select count(*) from users").pluck().get());
    expect(count(target, "networks")).toBe(db.$client.prepare("select count(*) from networks").pluck().get());
    const before = readFileSync(target);
    expect(await backupDatabase(db, target)).toEqual({ ok: false, message: `${target} already exists; choose a new file name.` });
    expect(readFileSync(target).equals(before)).toBe(true);
  });

  it("check 61: while another connection keeps committing writes the backup finishes, and every write acknowledged before it started is in the restored copy", async () => {
    // The running server: another connection on the same file (in production another process).
    const server = new Database(liveDatabase());
    server.pragma("busy_timeout = 5000");
    try {
      // Well over better-sqlite3's 100 pages per backup step (SQLite restarts a stepwise backup
      // whenever another connection writes between two steps).
      server.exec("create table if not exists backup_padding (bytes blob)");
      server.transaction(() => {
        for (let i = 0; i < 400; i++) server.prepare("insert into backup_padding values (randomblob(8000))").run();
      })();
      const insert = server.prepare("insert into users (id, email, name, password_hash, role, job_function, created_at) values (?, ?, 'Schrijver', 'x', 'participant', 'leraar', unixepoch())");
      const acknowledged: string[] = [];
      const write = () => {
        const id = randomUUID();
        insert.run(id, `${id}@school.test`); // returns once committed: acknowledged
        acknowledged.push(id);
      };
      for (let i = 0; i < 25; i++) write();
      const beforeBackup = [...acknowledged];
      let writing = true;
      const keepWriting = () => {
        if (!writing) return;
        write();
        setImmediate(keepWriting);
      };
      setImmediate(keepWriting);
      const target = join(dir, "onder-belasting.db");
      const outcome = await Promise.race([backupDatabase(db, target), new Promise((resolve) => setTimeout(() => resolve("still copying after 20 s"), 20_000))]);
      writing = false;
      expect(outcome).toEqual({ ok: true });
      // The writes really went on while the backup ran.
      expect(acknowledged.length).toBeGreaterThan(beforeBackup.length);

      const restored = freshHome("onder-belasting");
      expect(await restoreDatabase(target, restored)).toEqual({ ok: true });
      expect(integrity(restored)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
      const copy = new Database(restored, { readonly: true });
      try {
        const present = new Set(copy.prepare("select id from users where name = 'Schrijver'").pluck().all() as string[]);
        expect(beforeBackup.filter((id) => !present.has(id))).toEqual([]);
        // A snapshot: what it holds was acknowledged, in order (no later write without the earlier ones).
        expect(acknowledged.slice(0, present.size).every((id) => present.has(id))).toBe(true);
      } finally {
        copy.close();
      }
    } finally {
      server.close();
    }
  }, 40_000);

  it("restores a checked backup and refuses anything else without touching the database", async () => {
    const backup = join(dir, "voor-restore.db");
    await backupDatabase(db, backup);
    const restored = freshHome("hersteld");
    expect(await restoreDatabase(backup, restored)).toEqual({ ok: true });
    expect(count(restored, "users")).toBe(count(backup, "users"));
    const junk = join(dir, "rommel.db");
    writeFileSync(junk, "geen database");
    const before = readFileSync(restored);
    expect((await restoreDatabase(junk, restored)).ok).toBe(false);
    expect(readFileSync(restored).equals(before)).toBe(true);
  });

  it("check 62: restore refuses a database that another connection has open (a running server) and changes nothing; once it is closed the restore goes ahead", async () => {
    const backup = join(dir, "voor-open-doel.db");
    expect(await backupDatabase(db, backup)).toEqual({ ok: true });
    const target = freshHome("open-doel");
    // The target is a live WAL database with a write that is still in its -wal file.
    const holder = new Database(target);
    holder.pragma("journal_mode = WAL");
    holder.exec("create table live (value text)");
    holder.prepare("insert into live values ('nog in de wal')").run();
    try {
      // What the refusal relies on: leaving WAL mode needs the database to itself. A second
      // connection gets SQLITE_BUSY while another one has it open, even when that one is idle.
      const probe = new Database(target, { timeout: 0 });
      try {
        let refusal: unknown;
        try {
          probe.pragma("journal_mode = DELETE");
        } catch (error) {
          refusal = error;
        }
        expect((refusal as { code?: string } | undefined)?.code).toBe("SQLITE_BUSY");
        expect(probe.pragma("journal_mode", { simple: true })).toBe("wal");
      } finally {
        probe.close();
      }
      const files = () => ["", "-wal", "-shm"].map((suffix) => (existsSync(`${target}${suffix}`) ? readFileSync(`${target}${suffix}`).toString("base64") : null));
      const before = files();
      expect(before[1]).not.toBeNull(); // the -wal exists: deleting it would lose a commit
      expect(await restoreDatabase(backup, target)).toEqual({
        ok: false,
        message: `${target} is open in another process (is the server still running?). Stop the server and anything else using the database, then restore again. Nothing was changed.`,
      });
      expect(files()).toEqual(before);
      expect(holder.prepare("select value from live").pluck().all()).toEqual(["nog in de wal"]);
      expect(holder.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      holder.close();
    }
    expect(await restoreDatabase(backup, target)).toEqual({ ok: true });
    // Nothing of the replaced database (its -wal included) leaks into the restored one.
    expect(count(target, "sqlite_master where name = 'live'")).toBe(0);
    expect(count(target, "users")).toBe(count(backup, "users"));
    expect(integrity(target)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
  });

  it("restore refuses a backup with paired survey answers when the pseudonym key is missing or another one, unless told to skip the check", async () => {
    answeredSurvey();
    const backup = join(dir, "met-antwoorden.db");
    expect(await backupDatabase(db, backup)).toEqual({ ok: true });
    delete process.env.SURVEY_PSEUDONYM_KEY;

    // A new host without the key: refused, nothing created.
    const bare = freshHome("zonder-sleutel", false);
    const missing = await restoreDatabase(backup, bare);
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.message).toContain(`${pseudonymKeyFile(bare)} does not exist`);
      expect(missing.message).toContain("Restore the key from your backup routine first");
      expect(missing.message).toContain("--skip-key-check");
      expect(missing.message).toMatch(/Nothing was changed\.$/);
    }
    expect(existsSync(bare)).toBe(false);

    // Another key (e.g. one a server made on the new host): refused as well.
    writeFileSync(pseudonymKeyFile(bare), randomBytes(32).toString("hex"), { mode: 0o600 });
    const wrong = await restoreDatabase(backup, bare);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.message).toContain("does not belong to this backup");
    expect(existsSync(bare)).toBe(false);
    // The same wrong key given through the environment, over the right file: refused too.
    const withKey = freshHome("sleutel-via-env");
    process.env.SURVEY_PSEUDONYM_KEY = "een-andere-sleutel-van-minstens-32-tekens";
    expect((await restoreDatabase(backup, withKey)).ok).toBe(false);
    // The right key through the environment works without a file.
    process.env.SURVEY_PSEUDONYM_KEY = readFileSync(pseudonymKeyFile(liveDatabase()), "utf8").trim();
    expect(await restoreDatabase(backup, freshHome("alleen-env", false))).toEqual({ ok: true });
    delete process.env.SURVEY_PSEUDONYM_KEY;

    // The key restored beside it: fine. On purpose without it: allowed with the override.
    expect(await restoreDatabase(backup, withKey)).toEqual({ ok: true });
    const deliberate = freshHome("bewust-zonder", false);
    expect(await restoreDatabase(backup, deliberate, { skipKeyCheck: true })).toEqual({ ok: true });
    expect(count(deliberate, "survey_responses")).toBe(count(backup, "survey_responses"));
  });

  it("check 61: the backup file is never readable by others, not even while it is being written, whatever the umask", async () => {
    const target = join(dir, "alleen-eigenaar.db");
    const oldUmask = process.umask(0); // the most permissive operator setting
    const seen = new Set<number>();
    let watching = true;
    const watch = () => {
      if (existsSync(target)) seen.add(statSync(target).mode & 0o777);
      if (watching) setImmediate(watch);
    };
    try {
      watch();
      expect(await backupDatabase(db, target)).toEqual({ ok: true });
    } finally {
      watching = false;
      process.umask(oldUmask);
    }
    expect(process.umask(oldUmask)).toBe(oldUmask); // the process umask is left as it was
    expect(seen.size).toBeGreaterThan(0); // the file was looked at while the copy was under way
    expect([...seen]).toEqual([0o600]);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it("works through the operator CLI", async () => {
    answeredSurvey();
    const backup = join(dir, "cli.db");
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH };
    delete env.SURVEY_PSEUDONYM_KEY;
    const out = execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "backup", backup], { env, encoding: "utf8" });
    expect(out).toContain(`Backup written to ${backup}.`);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const cliRestore = (target: string, ...extra: string[]) => {
      try {
        return { status: 0, out: execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "restore", backup, ...extra], { env: { ...env, DATABASE_PATH: target }, encoding: "utf8", stdio: "pipe" }) };
      } catch (error) {
        const failed = error as { status: number; stderr: string };
        return { status: failed.status, out: failed.stderr };
      }
    };
    const bare = freshHome("cli-zonder-sleutel", false);
    const refused = cliRestore(bare);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("there is no survey pseudonym key");
    expect(existsSync(bare)).toBe(false);
    expect(cliRestore(bare, "--skip-key-check")).toMatchObject({ status: 0, out: expect.stringContaining(`Restored ${backup} into ${bare}`) });
    const target = freshHome("cli-hersteld");
    expect(cliRestore(target)).toMatchObject({ status: 0, out: expect.stringContaining(`Restored ${backup} into ${target}`) });
    expect(count(target, "users")).toBe(count(backup, "users"));
  }, 60_000);

  it("check 63: check-backups passes only for a recent, intact newest backup", async () => {
    const folder = join(dir, "nachtelijk");
    mkdirSync(folder);
    expect(checkLatestBackup(folder)).toEqual({ ok: false, message: `No backup (*.db) in ${folder}.` });
    const old = join(folder, "portal-2026-11-20.db");
    await backupDatabase(db, old);
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000);
    utimesSync(old, fiveDaysAgo, fiveDaysAgo);
    expect(checkLatestBackup(folder)).toMatchObject({ ok: false, message: expect.stringContaining("hours old") });
    const fresh = join(folder, "portal-2026-11-25.db");
    await backupDatabase(db, fresh);
    expect(checkLatestBackup(folder)).toMatchObject({ ok: true });
    writeFileSync(join(folder, "portal-2026-11-26.db"), "half geschreven");
    expect(checkLatestBackup(folder)).toMatchObject({ ok: false, message: expect.stringContaining("fails its integrity check") });
    const cli = () => execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "check-backups", folder], { encoding: "utf8", stdio: "pipe" });
    expect(cli).toThrow();
  }, 30_000);
});
