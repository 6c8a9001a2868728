import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase, checkLatestBackup, restoreDatabase } from "#db/backup";
import { db } from "#db/client.server";
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

describe("backup and restore", () => {
  it("copies a consistent database while it is in use, and never overwrites a file", async () => {
    createPublishedNetwork(createUser("facilitator").id);
    const target = join(dir, "kopie.db");
    expect(await backupDatabase(db, target)).toEqual({ ok: true });
    expect(count(target, "users")).toBe(db.$client.prepare("select count(*) from users").pluck().get());
    expect(count(target, "networks")).toBe(db.$client.prepare("select count(*) from networks").pluck().get());
    expect(await backupDatabase(db, target)).toEqual({ ok: false, message: `${target} already exists; choose a new file name.` });
  });

  it("restores a checked backup and refuses anything else without touching the database", async () => {
    const backup = join(dir, "voor-restore.db");
    await backupDatabase(db, backup);
    const restored = join(dir, "hersteld.db");
    expect(await restoreDatabase(backup, restored)).toEqual({ ok: true });
    expect(count(restored, "users")).toBe(count(backup, "users"));
    const junk = join(dir, "rommel.db");
    writeFileSync(junk, "geen database");
    const before = readFileSync(restored);
    expect((await restoreDatabase(junk, restored)).ok).toBe(false);
    expect(readFileSync(restored).equals(before)).toBe(true);
  });

  it("works through the operator CLI", async () => {
    const backup = join(dir, "cli.db");
    const env = { ...process.env, DATABASE_PATH: process.env.DATABASE_PATH };
    const out = execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "backup", backup], { env, encoding: "utf8" });
    expect(out).toContain(`Backup written to ${backup}.`);
    const target = join(dir, "cli-hersteld.db");
    const restoredOut = execFileSync("node_modules/.bin/tsx", ["app/cli/portal.ts", "restore", backup], { env: { ...env, DATABASE_PATH: target }, encoding: "utf8" });
    expect(restoredOut).toContain(`Restored ${backup} into ${target}`);
    expect(count(target, "users")).toBe(count(backup, "users"));
  }, 30_000);

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
