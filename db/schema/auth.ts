import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { institutions } from "./institutions";

export const roles = ["participant", "facilitator", "admin"] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Stored lower-cased and trimmed; the unique index makes e-mail the login name. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: roles }).notNull().default("participant"),
    institutionId: integer("institution_id").references(() => institutions.id, { onDelete: "restrict" }),
    jobFunction: text("job_function").notNull(),
    jobFunctionOther: text("job_function_other"),
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp" }),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_name_idx").on(t.name)],
);

/** Login sessions (lucia v3). Named auth_sessions: "session" means a network meeting here. */
export const authSessions = sqliteTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Unix seconds, as lucia's drizzle adapter writes it. */
    expiresAt: integer("expires_at").notNull(),
    /** Unix seconds; enforces the absolute lifetime that lucia's sliding expiry lacks. */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const authTokenPurposes = ["verify_email", "reset_password"] as const;
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];

/** Single-use e-mailed tokens; only the SHA-256 of the token is stored. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: authTokenPurposes }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);

/** Failed-login counters per key ("account:<email>" or "ip:<address>"). */
export const authThrottle = sqliteTable("auth_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: integer("window_started_at").notNull(),
  lockedUntil: integer("locked_until"),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
