import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, checkLatestBackup, restoreDatabase } from "~/cli/backup";
import { db } from "#db/client.server";
import { demoPseudonymKeyFile, legacyPseudonymKeyFile } from "~/surveys/pseudonym-key";
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
    return {
      integrity: copy.pragma("integrity_check", { simple: true }),
      foreignKeyProblems: (copy.pragma("foreign_key_check") as unknown[]).length,
    };
  } finally {
    copy.close();
  }
};
const liveDatabase = () => process.env.DATABASE_PATH!;

/** A key file outside every data folder, as README "Keeping the pseudonym key" asks. */
function keyFileOutsideData(key = randomBytes(32).toString("hex")): string {
  const file = join(mkdtempSync(join(tmpdir(), "pseudonym-key-")), "pseudonym.key");
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return file;
}

// The live database is a real install's: its key comes from SURVEY_PSEUDONYM_KEY_FILE, and a
// restore on another host finds it there when the operator configured it again.
const LIVE_KEY_FILE = keyFileOutsideData();
const LIVE_KEY = readFileSync(LIVE_KEY_FILE, "utf8").trim();
const keyEnv = ["SEED_DEMO", "SURVEY_PSEUDONYM_KEY", "SURVEY_PSEUDONYM_KEY_FILE"] as const;
function setKeyEnv(values: Partial<Record<(typeof keyEnv)[number], string>>) {
  for (const name of keyEnv) {
    if (values[name] === undefined) delete process.env[name];
    else process.env[name] = values[name];
  }
}
const LIVE_KEY_ENV = { SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY_FILE: LIVE_KEY_FILE };
setKeyEnv(LIVE_KEY_ENV);
afterEach(() => setKeyEnv(LIVE_KEY_ENV));

/** A new host's folder for a restored database. */
function freshHome(label: string): string {
  return join(mkdtempSync(join(dir, `${label}-`)), "portal.db");
}

/** One survey answer of a participant through the portal, paired by the keyed pseudonym. */
function answeredSurvey() {
  const { network } = createPublishedNetwork(createUser("facilitator").id);
  const teacher = createUser();
  const surveyId = Number(
    db.$client
      .prepare(
        "insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, created_at) values (?, 'pre', 'voormeting-basis', unixepoch() - 3600, unixepoch() + 86400, 0, unixepoch())",
      )
      .run(network.id).lastInsertRowid,
  );
  db.$client
    .prepare("insert into survey_completions (survey_id, user_id) values (?, ?)")
    .run(surveyId, teacher.id);
  db.$client
    .prepare(
      "insert into survey_responses (id, survey_id, pseudonym, role, source) values (?, ?, ?, 'leraar', 'portal')",
    )
    .run(randomUUID(), surveyId, pseudonymFor(teacher.id, network.id));
}

describe("backup and restore", () => {
  it("copies a consistent database while it is in use, and never overwrites a file", async () => {
    createPublishedNetwork(createUser("facilitator").id);
    const target = join(dir, "kopie.db");
    expect(await backupDatabase(db, target)).toEqual({ ok: true });
    expect(count(target, "users")).toBe(db.$client.prepare("select count(*) from users").pluck().get());
    expect(count(target, "networks")).toBe(db.$client.prepare("select count(*) from networks").pluck().get());
    const before = readFileSync(target);
    expect(await backupDatabase(db, target)).toEqual({
      ok: false,
      message: `${target} already exists; choose a new file name.`,
    });
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
        for (let i = 0; i < 400; i++)
          server.prepare("insert into backup_padding values (randomblob(8000))").run();
      })();
      const insert = server.prepare(
        "insert into users (id, email, name, password_hash, role, job_function, created_at) values (?, ?, 'Schrijver', 'x', 'participant', 'leraar', unixepoch())",
      );
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
      const outcome = await Promise.race([
        backupDatabase(db, target),
        new Promise((resolve) => setTimeout(() => resolve("still copying after 20 s"), 20_000)),
      ]);
      writing = false;
      expect(outcome).toEqual({ ok: true });
      // The writes really went on while the backup ran.
      expect(acknowledged.length).toBeGreaterThan(beforeBackup.length);

      const restored = freshHome("onder-belasting");
      expect(await restoreDatabase(target, restored)).toEqual({ ok: true });
      expect(integrity(restored)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
      const copy = new Database(restored, { readonly: true });
      try {
        const present = new Set(
          copy.prepare("select id from users where name = 'Schrijver'").pluck().all() as string[],
        );
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
      const files = () =>
        ["", "-wal", "-shm"].map((suffix) =>
          existsSync(`${target}${suffix}`) ? readFileSync(`${target}${suffix}`).toString("base64") : null,
        );
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
    const refusal = async (target: string) => {
      const outcome = await restoreDatabase(backup, target);
      expect(outcome.ok).toBe(false);
      expect(existsSync(target)).toBe(false);
      return outcome.ok ? "" : outcome.message;
    };

    // A new host of a real install without the key configured: refused, nothing created.
    const bare = freshHome("zonder-sleutel");
    setKeyEnv({ SEED_DEMO: "0" });
    const missing = await refusal(bare);
    expect(missing).toContain(
      `there is no survey pseudonym key for ${bare}: SURVEY_PSEUDONYM_KEY and SURVEY_PSEUDONYM_KEY_FILE are unset.`,
    );
    expect(missing).toContain("set SURVEY_PSEUDONYM_KEY_FILE to that file");
    expect(missing).toContain("--skip-key-check");
    expect(missing).toMatch(/Nothing was changed\.$/);
    // The right key beside the database, as older versions kept it: refused, it has to move out.
    writeFileSync(legacyPseudonymKeyFile(bare), LIVE_KEY, { mode: 0o600 });
    expect(await refusal(bare)).toContain("where an older version put it");
    // The right key configured, but in the data folder: refused as well.
    setKeyEnv({ SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY_FILE: legacyPseudonymKeyFile(bare) });
    expect(await refusal(bare)).toContain("is inside the data folder");

    // Another key (e.g. one made anew on the new host), as a file or through the environment: refused.
    setKeyEnv({ SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY_FILE: keyFileOutsideData() });
    expect(await refusal(bare)).toContain("does not belong to this backup");
    setKeyEnv({ SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY: "een-andere-sleutel-van-minstens-32-tekens" });
    expect(await refusal(bare)).toContain("(SURVEY_PSEUDONYM_KEY) does not belong to this backup");

    // A demo install without a key names where its key would be.
    setKeyEnv({});
    const demo = freshHome("demo-zonder-sleutel");
    expect(await refusal(demo)).toContain(`there is no demo key at ${demoPseudonymKeyFile(demo)}`);

    // The right key through the environment, or in a file outside the data folder: fine.
    setKeyEnv({ SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY: LIVE_KEY });
    expect(await restoreDatabase(backup, freshHome("alleen-env"))).toEqual({ ok: true });
    setKeyEnv({ SEED_DEMO: "0", SURVEY_PSEUDONYM_KEY_FILE: keyFileOutsideData(LIVE_KEY) });
    expect(await restoreDatabase(backup, freshHome("sleutelbestand"))).toEqual({ ok: true });
    // On purpose without it: allowed with the override.
    setKeyEnv({ SEED_DEMO: "0" });
    const deliberate = freshHome("bewust-zonder");
    expect(await restoreDatabase(backup, deliberate, { skipKeyCheck: true })).toEqual({ ok: true });
    expect(count(deliberate, "survey_responses")).toBe(count(backup, "survey_responses"));
  });

  it("a backup never holds the pseudonym key: not in the file, not beside it", async () => {
    answeredSurvey();
    const folder = mkdtempSync(join(dir, "zonder-sleutel-in-backup-"));
    const backup = join(folder, "portal.db");
    expect(await backupDatabase(db, backup)).toEqual({ ok: true });
    const files = readdirSync(folder);
    expect(files.filter((name) => !/^portal\.db(-wal|-shm)?$/.test(name))).toEqual([]);
    for (const name of files)
      expect(readFileSync(join(folder, name)).includes(Buffer.from(LIVE_KEY))).toBe(false);
    // Nor is there a key in the live database's folder, which a folder backup would take along.
    expect(readdirSync(dirname(liveDatabase())).filter((name) => name.endsWith(".key"))).toEqual([]);
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
    // The operator's shell on a new host: SEED_DEMO=0, and the key only where it is configured.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_PATH: process.env.DATABASE_PATH,
      SEED_DEMO: "0",
      SURVEY_PSEUDONYM_KEY: "",
      SURVEY_PSEUDONYM_KEY_FILE: "",
    };
    const out = execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "backup", backup], {
      env,
      encoding: "utf8",
    });
    expect(out).toContain(`Backup written to ${backup}.`);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const cliRestore = (target: string, { keyFile = "", args = [] as string[] } = {}) => {
      try {
        return {
          status: 0,
          out: execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "restore", backup, ...args], {
            env: { ...env, SURVEY_PSEUDONYM_KEY_FILE: keyFile, DATABASE_PATH: target },
            encoding: "utf8",
            stdio: "pipe",
          }),
        };
      } catch (error) {
        const failed = error as { status: number; stderr: string };
        return { status: failed.status, out: failed.stderr };
      }
    };
    const bare = freshHome("cli-zonder-sleutel");
    const refused = cliRestore(bare);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("there is no survey pseudonym key");
    expect(existsSync(bare)).toBe(false);
    expect(cliRestore(bare, { args: ["--skip-key-check"] })).toMatchObject({
      status: 0,
      out: expect.stringContaining(`Restored ${backup} into ${bare}`),
    });
    const target = freshHome("cli-hersteld");
    expect(cliRestore(target, { keyFile: LIVE_KEY_FILE })).toMatchObject({
      status: 0,
      out: expect.stringContaining(`Restored ${backup} into ${target}`),
    });
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
    expect(checkLatestBackup(folder)).toMatchObject({
      ok: false,
      message: expect.stringContaining("hours old"),
    });
    const fresh = join(folder, "portal-2026-11-25.db");
    await backupDatabase(db, fresh);
    expect(checkLatestBackup(folder)).toMatchObject({ ok: true });
    writeFileSync(join(folder, "portal-2026-11-26.db"), "half geschreven");
    expect(checkLatestBackup(folder)).toMatchObject({
      ok: false,
      message: expect.stringContaining("fails its integrity check"),
    });
    const cli = () =>
      execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "check-backups", folder], {
        encoding: "utf8",
        stdio: "pipe",
      });
    expect(cli).toThrow();
  }, 30_000);
});
