import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { institutions } from "./institutions";

export const coachRoles = ["digicoach", "ICT-coördinator", "digigangmaker"] as const;
export const trainingStatuses = ["gevolgd", "bezig", "gepland"] as const;
export const coachAvailabilities = ["vragen", "klasbezoek", "workshop"] as const;

export const digicoachProfiles = sqliteTable(
  "digicoach_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: coachRoles }).notNull(),
    institutionId: integer("institution_id").references(() => institutions.id, { onDelete: "set null" }),
    levels: text("levels", { mode: "json" }).$type<string[]>().notNull(),
    specialisations: text("specialisations", { mode: "json" }).$type<string[]>().notNull(),
    assignmentMarkdown: text("assignment_markdown").notNull(),
    hoursPerWeek: integer("hours_per_week"),
    schoolHasIctPolicy: integer("school_has_ict_policy", { mode: "boolean" }).notNull(),
    trainingStatus: text("training_status", { enum: trainingStatuses }),
    trainingCourse: text("training_course"),
    trainingDate: text("training_date"),
    availability: text("availability", { mode: "json" }).$type<string[]>().notNull(),
    /** Opt-in: hidden profiles are not listed and answer 404 to everyone but the owner. */
    visible: integer("visible", { mode: "boolean" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("digicoach_profiles_visible_idx").on(t.visible)],
);

/** DigCompEdu self-assessments, kept over time so progress is visible: 22 levels 1 (A1) to 6 (C2). */
export const digcompAssessments = sqliteTable(
  "digcomp_assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => digicoachProfiles.userId, { onDelete: "cascade" }),
    levels: text("levels", { mode: "json" }).$type<number[]>().notNull(),
    takenAt: integer("taken_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("digcomp_assessments_user_idx").on(t.userId, t.takenAt)],
);

/** Team links between coaches of a school or scholengroep; shown once the colleague accepts. */
export const digicoachTeam = sqliteTable(
  "digicoach_team",
  {
    requesterId: text("requester_id")
      .notNull()
      .references(() => digicoachProfiles.userId, { onDelete: "cascade" }),
    colleagueId: text("colleague_id")
      .notNull()
      .references(() => digicoachProfiles.userId, { onDelete: "cascade" }),
    accepted: integer("accepted", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requesterId, t.colleagueId] })],
);

export type DigicoachProfile = typeof digicoachProfiles.$inferSelect;
