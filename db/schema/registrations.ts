import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { institutions } from "./institutions";
import { intakeQuestions, networkSessions, networks } from "./networks";

/**
 * registered: holds a seat. offered: a seat is held for the first person on the waitlist until
 * offerExpiresAt. waitlisted: in the queue (ordered by queueKey). cancelled / expired: history.
 */
export const registrationStatuses = ["registered", "offered", "waitlisted", "cancelled", "expired"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "restrict" }),
    /** null: the whole network (all its sessions); otherwise one session. */
    sessionId: integer("session_id").references(() => networkSessions.id, { onDelete: "restrict" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The institution at the moment of enrolling: reach counts institutions, and people move. */
    institutionId: integer("institution_id").references(() => institutions.id, { onDelete: "restrict" }),
    status: text("status", { enum: registrationStatuses }).notNull(),
    /** Waitlist order: first come first served; a facilitator may move someone up. */
    queueKey: real("queue_key").notNull(),
    offerExpiresAt: integer("offer_expires_at", { mode: "timestamp" }),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [
    // One live registration per person and network or session: double submits cannot create two.
    uniqueIndex("registrations_live_unique")
      .on(t.networkId, sql`coalesce(${t.sessionId}, 0)`, t.userId)
      .where(sql`${t.status} in ('registered', 'offered', 'waitlisted')`),
    index("registrations_network_idx").on(t.networkId, t.status, t.queueKey),
    // Seats held and the waiting list of one scope (the network as a whole, or one session) are
    // counted and read from this index alone: by network and status, every registration of the
    // network was read from the table to check its session, several times per enrolment.
    index("registrations_scope_idx").on(t.networkId, t.sessionId, t.status, t.queueKey),
    index("registrations_user_idx").on(t.userId, t.status),
    // Attendance joined to the registration it belongs to (reach per institution) is one lookup.
    index("registrations_user_network_idx").on(t.userId, t.networkId, t.institutionId),
  ],
);

export const intakeAnswers = sqliteTable(
  "intake_answers",
  {
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => intakeQuestions.id, { onDelete: "cascade" }),
    answer: text("answer").notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.questionId] })],
);

/** Every manual change to the waitlist order, with who did it and why. */
export const waitlistChanges = sqliteTable("waitlist_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  registrationId: integer("registration_id")
    .notNull()
    .references(() => registrations.id, { onDelete: "cascade" }),
  actorUserId: text("actor_user_id")
    .notNull()
    .references(() => users.id, { onDelete: "restrict" }),
  fromPosition: integer("from_position").notNull(),
  toPosition: integer("to_position").notNull(),
  reason: text("reason").notNull(),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
});

export const attendanceMethods = ["facilitator", "check-in"] as const;

export const attendance = sqliteTable(
  "attendance",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => networkSessions.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    present: integer("present", { mode: "boolean" }).notNull(),
    method: text("method", { enum: attendanceMethods }).notNull(),
    markedAt: integer("marked_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** Short codes shown in the room; participants check in with them during the session only. */
export const checkInCodes = sqliteTable("check_in_codes", {
  sessionId: integer("session_id")
    .primaryKey()
    .references(() => networkSessions.id, { onDelete: "cascade" }),
  code: text("code").notNull(),
});

/** One personal calendar feed per user; the token is the only credential of the feed URL. */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [uniqueIndex("calendar_feeds_token_unique").on(t.token)],
);

/** Marks a notification as sent, so a restart never sends it twice. */
export const sentNotifications = sqliteTable("sent_notifications", {
  key: text("key").primaryKey(),
  sentAt: integer("sent_at", { mode: "timestamp" }).notNull(),
});

export type Registration = typeof registrations.$inferSelect;
