import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

/**
 * A hash per table of its full contents (all columns but the ignored ones), to assert that a
 * request wrote nothing. FTS5 shadow tables follow their source table and are skipped.
 */
export function dbFingerprint(
  db: Database.Database,
  ignore: Record<string, readonly string[] | "*"> = {},
): Record<string, string> {
  const tables = db
    .prepare(
      "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' and name not like '__drizzle%' order by name",
    )
    .pluck()
    .all() as string[];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const skip = ignore[table];
    if (skip === "*") continue;
    const columns = (
      db.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[]
    ).filter((c) => !skip?.includes(c));
    // WITHOUT ROWID tables (survey_completions) have no rowid; their primary key orders them.
    const withoutRowid = /WITHOUT ROWID/i.test(
      db.prepare("select sql from sqlite_schema where name = ?").pluck().get(table) as string,
    );
    const rows = db
      .prepare(
        `select ${columns.map((c) => `"${c}"`).join(", ")} from "${table}"${withoutRowid ? "" : " order by rowid"}`,
      )
      .raw()
      .all();
    result[table] = createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
  }
  return result;
}
