import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./auth";

/**
 * One-time form tokens (idempotency keys) of forms that create something: the page hands out a
 * fresh token, the action records it with what it created in the same transaction, and a repeat
 * of the same submission (double click, back button, retry) gets the first result instead of a
 * second copy.
 */
export const formSubmissions = sqliteTable(
  "form_submissions",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    /** JSON of what the first submission answered (an id, a slug). */
    result: text("result").notNull(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.token] })],
);
