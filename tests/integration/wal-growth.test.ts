import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { databasePathFromEnv, db, JOURNAL_SIZE_LIMIT_BYTES, openDatabase } from "#db/client.server";
import { recordLoginFailure } from "~/auth/throttle.server";
import { ACCOUNT_RULE } from "~/auth/throttle";

const MB = 1024 * 1024;

describe("check 48: -wal growth", () => {
  it("the -wal file stays under 8 MB through 3,000 writes once a long reader lets go", () => {
    const path = databasePathFromEnv();
    const walSize = () => statSync(`${path}-wal`).size;
    const write = (i: number) =>
      recordLoginFailure([[`account:wal${i}@school.test`, ACCOUNT_RULE]], 1_900_000_000 + i);
    expect(db.$client.pragma("journal_size_limit", { simple: true })).toBe(JOURNAL_SIZE_LIMIT_BYTES);
    expect(db.$client.pragma("wal_autocheckpoint", { simple: true })).toBeGreaterThan(0);

    // A second connection opened like the app's (another server process), holding a read
    // transaction: no checkpoint can get past its snapshot meanwhile.
    const reader = openDatabase(path).$client;
    reader.exec("BEGIN");
    expect(reader.prepare("select count(*) from auth_throttle").pluck().get()).toBe(0);
    for (let i = 0; i < 300; i++) write(i);
    const [starved] = db.$client.pragma("wal_checkpoint(PASSIVE)") as Array<{
      busy: number;
      log: number;
      checkpointed: number;
    }>;
    expect(starved.checkpointed).toBeLessThan(starved.log);
    reader.exec("COMMIT");
    reader.close();

    for (let i = 300; i < 3300; i++) write(i);
    expect(db.$client.prepare("select count(*) from auth_throttle").pluck().get()).toBe(3300);
    expect(walSize()).toBeLessThan(8 * MB);
    // Checkpoints run again: everything in the -wal can be copied back to the database.
    const [after] = db.$client.pragma("wal_checkpoint(PASSIVE)") as Array<{
      busy: number;
      log: number;
      checkpointed: number;
    }>;
    expect(after).toMatchObject({ busy: 0, checkpointed: after.log });
  });
});
