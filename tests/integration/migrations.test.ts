import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, type Db } from "#db/client.server";
import { seedDemoData } from "~/seed/demo.server";

const MIGRATIONS = fileURLToPath(new URL("../../db/migrations/", import.meta.url));
const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

/** Real tables; the full-text index (materials_fts and its shadow tables) is derived data, rebuilt by its migration. */
function tables(db: Db): string[] {
  return db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations' and name not like 'materials_fts%' order by name",
    )
    .pluck()
    .all() as string[];
}

function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    tables(db).map((table) => [
      table,
      db.$client.prepare(`select count(*) from "${table}"`).pluck().get() as number,
    ]),
  );
}

/** A migrations folder holding only the first `count` migrations. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "migrations-"));
  cpSync(MIGRATIONS, dir, { recursive: true });
  writeFileSync(
    join(dir, "meta/_journal.json"),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }),
  );
  return dir;
}

async function seededDatabase(): Promise<Db> {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), "seeded-")), "portal.db"));
  migrateDatabase(db);
  await seedDemoData(db);
  return db;
}

describe("migrations", () => {
  it("are named, and none deletes rows or drops a table without copying it first", () => {
    for (const { tag } of journal.entries) {
      expect(tag).toMatch(/^\d{4}_[a-z0-9_]+$/);
      expect(tag).not.toMatch(/^\d{4}_[a-z]+_[a-z]+_[a-z]+$/); // drizzle's random names look like 0001_brave_red_fox
      const sql = readFileSync(join(MIGRATIONS, `${tag}.sql`), "utf8");
      expect(sql, tag).not.toMatch(/\bdelete\s+from\b/i);
      for (const [, table] of sql.matchAll(/drop\s+table\s+[`"]?(\w+)/gi)) {
        expect(sql, `${tag} drops ${table}`).toMatch(
          new RegExp(`insert\\s+into\\s+[\`"]?__new_${table}[\`"]?[\\s\\S]*from\\s+[\`"]?${table}`, "i"),
        );
      }
    }
  });

  it("re-applying all migrations to a seeded database (every start does) loses no rows", async () => {
    const db = await seededDatabase();
    const before = rowCounts(db);
    expect(before.users).toBeGreaterThanOrEqual(3);
    expect(before.institutions).toBeGreaterThanOrEqual(40);
    migrateDatabase(db);
    expect(rowCounts(db)).toEqual(before);
  });

  it("upgrading a seeded database from every earlier migration keeps every row", async () => {
    const source = await seededDatabase();
    for (let applied = 1; applied < journal.entries.length; applied++) {
      const db = openDatabase(join(mkdtempSync(join(tmpdir(), "upgrade-")), "portal.db"));
      migrate(drizzle(db.$client), { migrationsFolder: firstMigrations(applied) });
      db.$client.pragma("foreign_keys = OFF");
      const copy = db.$client.transaction(() => {
        for (const table of tables(db)) {
          const columns = (
            db.$client.prepare(`select name from pragma_table_info('${table}')`).pluck().all() as string[]
          ).filter((column) =>
            (
              source.$client
                .prepare(`select name from pragma_table_info('${table}')`)
                .pluck()
                .all() as string[]
            ).includes(column),
          );
          if (columns.length === 0) continue;
          // A required column a later migration dropped (survey_responses.submitted_on) gets a placeholder.
          const dropped = (
            db.$client
              .prepare(
                `select name, type from pragma_table_info('${table}') where "notnull" and dflt_value is null and pk = 0`,
              )
              .all() as { name: string; type: string }[]
          ).filter((column) => !columns.includes(column.name));
          const list = [...columns, ...dropped.map((column) => column.name)]
            .map((column) => `"${column}"`)
            .join(", ");
          const placeholders = dropped.map((column) => (column.type === "integer" ? 0 : ""));
          for (const row of source.$client
            .prepare(`select ${columns.map((column) => `"${column}"`).join(", ")} from "${table}"`)
            .raw()
            .all() as unknown[][]) {
            db.$client
              .prepare(
                `insert into "${table}" (${list}) values (${[...columns, ...dropped].map(() => "?").join(", ")})`,
              )
              .run(...row, ...placeholders);
          }
        }
      });
      copy();
      db.$client.pragma("foreign_keys = ON");
      const before = rowCounts(db);
      migrateDatabase(db);
      const after = rowCounts(db);
      for (const [table, count] of Object.entries(before))
        expect(after[table], `${table} after migration ${applied + 1}`).toBe(count);
    }
    expect(rowCounts(source).users).toBeGreaterThan(0);
  }, 60_000);
});
