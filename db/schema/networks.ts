import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { educationLevels } from "./institutions";

export const networkStatuses = ["concept", "gepubliceerd", "volzet", "afgesloten", "geannuleerd"] as const;
export type NetworkStatus = (typeof networkStatuses)[number];

export const networkTypes = [
  "lerend netwerk met inhoudelijke focus",
  "lerend netwerk met intervisiekarakter",
  "thematraject",
  "functietraject",
  "ontmoetingsdag",
  "schoolteamvorming",
  "smaakmaker",
] as const;

export const networkThemes = [
  "Leiderschap en beleidskracht",
  "Effectieve didactiek",
  "Taal en lezen",
  "Wiskunde en STEM",
  "Zorg en inclusie",
  "Digitale didactiek en mediawijsheid",
  "Kwaliteitscultuur en data",
  "Welbevinden en gedrag",
  "Kunstonderwijs",
  "Leerlingenbegeleiding",
  "Volwassenenonderwijs en NT2",
] as const;

export const sessionKinds = [
  "kick-off",
  "netwerkmoment",
  "zitdag",
  "verdiepingsmoment",
  "terugkomdag",
  "webinar",
  "studiedag",
  "intervisie",
  "ontmoetingsdag",
] as const;

export const modalities = ["fysiek", "online", "hybride"] as const;

/** Kerntaken (KT1–KT3) and beleidsimpulsen (BI1–BI4) of the support service. */
export const coreTasksAndImpulses = ["KT1", "KT2", "KT3", "BI1", "BI2", "BI3", "BI4"] as const;

/** Levels a reach target (streefcijfer) can be set for; scholengemeenschappen count separately. */
export const targetLevels = [...educationLevels, "scholengemeenschap"] as const;

export const operationalGoals = sqliteTable(
  "operational_goals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** e.g. "NO 1.2", "BAO BI 2.3". */
    code: text("code").notNull(),
    wording: text("wording").notNull(),
    coreTaskOrImpulse: text("core_task_or_impulse", { enum: coreTasksAndImpulses }).notNull(),
    /** e.g. "2022-2025". */
    planPeriod: text("plan_period").notNull(),
  },
  (t) => [uniqueIndex("operational_goals_code_unique").on(t.code, t.planPeriod)],
);

export const operationalGoalTargets = sqliteTable(
  "operational_goal_targets",
  {
    operationalGoalId: integer("operational_goal_id")
      .notNull()
      .references(() => operationalGoals.id, { onDelete: "cascade" }),
    level: text("level", { enum: targetLevels }).notNull(),
    target: integer("target").notNull(),
  },
  (t) => [primaryKey({ columns: [t.operationalGoalId, t.level] })],
);

export const networks = sqliteTable(
  "networks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    descriptionMarkdown: text("description_markdown").notNull(),
    theme: text("theme", { enum: networkThemes }).notNull(),
    networkType: text("network_type", { enum: networkTypes }).notNull(),
    /** null: Vlaanderen-breed. */
    region: text("region"),
    /** School years as the calendar year they start in: 2025 is 2025-2026. A network may span two. */
    firstSchoolYear: integer("first_school_year").notNull(),
    lastSchoolYear: integer("last_school_year").notNull(),
    status: text("status", { enum: networkStatuses }).notNull().default("concept"),
    capacity: integer("capacity").notNull(),
    registrationDeadline: integer("registration_deadline", { mode: "timestamp" }).notNull(),
    /** Teachers may enrol in single sessions instead of the whole network. */
    allowSessionRegistration: integer("allow_session_registration", { mode: "boolean" })
      .notNull()
      .default(false),
    /** Co-creation: members may post materials (and edit their own). */
    allowMemberMaterials: integer("allow_member_materials", { mode: "boolean" }).notNull().default(false),
    operationalGoalId: integer("operational_goal_id").references(() => operationalGoals.id, {
      onDelete: "restrict",
    }),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [
    uniqueIndex("networks_slug_unique").on(t.slug),
    index("networks_status_idx").on(t.status, t.firstSchoolYear),
  ],
);

export const networkLevels = sqliteTable(
  "network_levels",
  {
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    level: text("level", { enum: educationLevels }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.level] }), index("network_levels_level_idx").on(t.level)],
);

/** Doelgroepen (job functions) the network is meant for. */
export const networkAudiences = sqliteTable(
  "network_audiences",
  {
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    jobFunction: text("job_function").notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.jobFunction] })],
);

/** The network's goals/contents; the effect surveys ask knowledge items per goal. */
export const networkGoals = sqliteTable(
  "network_goals",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("network_goals_network_idx").on(t.networkId, t.position)],
);

export const networkFacilitators = sqliteTable(
  "network_facilitators",
  {
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index("network_facilitators_user_idx").on(t.userId),
  ],
);

/** Voorinschrijving: questions answered when enrolling. */
export const intakeQuestions = sqliteTable(
  "intake_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    required: integer("required", { mode: "boolean" }).notNull().default(true),
  },
  (t) => [index("intake_questions_network_idx").on(t.networkId)],
);

/** A meeting of a network (bijeenkomst). Times are UTC; shown in Europe/Brussels. */
export const networkSessions = sqliteTable(
  "network_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: sessionKinds }).notNull(),
    title: text("title"),
    startsAt: integer("starts_at", { mode: "timestamp" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp" }).notNull(),
    modality: text("modality", { enum: modalities }).notNull(),
    venueName: text("venue_name"),
    venueAddress: text("venue_address"),
    /** Shown only to registered participants and facilitators. */
    onlineUrl: text("online_url"),
    capacity: integer("capacity"),
    /** People without an account the facilitator counted at the session; caps guest-link survey answers. */
    guestCount: integer("guest_count").notNull().default(0),
    cancelledAt: integer("cancelled_at", { mode: "timestamp" }),
    /** Bumped on every change, so calendar clients replace the event (iCalendar SEQUENCE). */
    revision: integer("revision").notNull().default(0),
  },
  (t) => [
    index("network_sessions_network_idx").on(t.networkId, t.startsAt),
    index("network_sessions_start_idx").on(t.startsAt),
  ],
);

export type Network = typeof networks.$inferSelect;
export type NetworkSession = typeof networkSessions.$inferSelect;
export type OperationalGoal = typeof operationalGoals.$inferSelect;

/** The quality unit's explanation (duiding) of the reach of an operational goal. */
export const reachNotes = sqliteTable("reach_notes", {
  operationalGoalId: integer("operational_goal_id")
    .primaryKey()
    .references(() => operationalGoals.id, { onDelete: "cascade" }),
  note: text("note").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
});
