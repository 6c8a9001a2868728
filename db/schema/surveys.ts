import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { networkGoals, networks } from "./networks";

export const surveyPhases = ["pre", "post"] as const;
export type SurveyPhase = (typeof surveyPhases)[number];
export const surveyOrigins = ["live", "import"] as const;
export const surveyTemplates = ["voormeting-basis", "nameting-basis", "nameting-uitgebreid"] as const;
export type SurveyTemplate = (typeof surveyTemplates)[number];

export const questionKinds = ["role", "likert", "stage", "single", "multiple", "open"] as const;
export type QuestionKind = (typeof questionKinds)[number];
/** What a question measures; the fixed EDBI part has one construct per Guskey level. */
export const questionConstructs = [
  "rol",
  "tevredenheid",
  "bruikbaarheid",
  "kennis",
  "geleerd",
  "ondersteuning",
  "praktijktoepassing",
  "eigen",
  "open",
] as const;
export type QuestionConstruct = (typeof questionConstructs)[number];

/** Configurable answer lists of the fixed part: the role list and the Kijkwijzer stages. */
export const instrumentLabelKinds = ["role", "stage"] as const;

export const instrumentLabels = sqliteTable(
  "instrument_labels",
  {
    kind: text("kind", { enum: instrumentLabelKinds }).notNull(),
    position: integer("position").notNull(),
    label: text("label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.position] })],
);

export const surveys = sqliteTable(
  "surveys",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "restrict" }),
    phase: text("phase", { enum: surveyPhases }).notNull(),
    template: text("template", { enum: surveyTemplates }).notNull(),
    opensAt: integer("opens_at", { mode: "timestamp" }),
    closesAt: integer("closes_at", { mode: "timestamp" }),
    /** Secret for the guest link (people without an account); null when guests are not invited. */
    guestToken: text("guest_token"),
    /** Participants of a historic trajectory without registrations in the portal. */
    recordedParticipants: integer("recorded_participants"),
    /** "import": a historic trajectory from a file, its own survey, never mixed with live answers. */
    origin: text("origin", { enum: surveyOrigins }).notNull().default("live"),
    /**
     * When the results were published (the survey finally closed with answers to show). From then
     * on the set of answers is frozen: no new window, no import, no attendance change.
     */
    sealedAt: integer("sealed_at", { mode: "timestamp" }),
    /** At sealing: eligible people (registered for pre, present for post), guests not included. */
    sealedEligible: integer("sealed_eligible"),
    /** At sealing: how many of those eligible people had answered. */
    sealedEligibleRespondents: integer("sealed_eligible_respondents"),
    /** At sealing: the guest headcount that capped the guest-link answers (the highest of the sessions). */
    sealedGuestPlaces: integer("sealed_guest_places"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    lastReminderAt: integer("last_reminder_at", { mode: "timestamp" }),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  // Open surveys are those closing later than now: a short range of this index, not every survey ever held.
  (t) => [
    uniqueIndex("surveys_network_phase_unique").on(t.networkId, t.phase),
    uniqueIndex("surveys_guest_token_unique").on(t.guestToken),
    index("surveys_closes_idx").on(t.closesAt),
  ],
);

export const surveyQuestions = sqliteTable(
  "survey_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: questionKinds }).notNull(),
    construct: text("construct", { enum: questionConstructs }).notNull(),
    goalId: integer("goal_id").references(() => networkGoals.id, { onDelete: "restrict" }),
    text: text("text").notNull(),
    /** Choices of single/multiple-choice questions. */
    options: text("options", { mode: "json" }).$type<string[]>(),
    required: integer("required", { mode: "boolean" }).notNull(),
    /** Part of the locked EDBI core. */
    fixed: integer("fixed", { mode: "boolean" }).notNull(),
  },
  (t) => [index("survey_questions_survey_idx").on(t.surveyId, t.position)],
);

/**
 * Who answered (for eligibility and reminders). Deliberately no time and no link to the answers,
 * and a WITHOUT ROWID table (migration 0008; drizzle cannot express it, so keep it if this table
 * is ever regenerated): no insertion order to line up with the responses.
 */
export const surveyCompletions = sqliteTable(
  "survey_completions",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.userId] })],
);

export const responseSources = ["portal", "guest", "import"] as const;

/**
 * What was answered. A random UUID key in a WITHOUT ROWID table (migration 0012; drizzle cannot
 * express it, keep it if this table is ever regenerated), so rows are stored in key order, never
 * in insertion order. No time at all (a day would line answers up with reminder mails), no user
 * column, and a keyed pseudonym that pairs pre and post of one person; once both are published
 * the pseudonyms are replaced by random pair tokens (see sealing.server.ts).
 */
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: text("id").primaryKey(),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    pseudonym: text("pseudonym"),
    role: text("role").notNull(),
    roleOther: text("role_other"),
    source: text("source", { enum: responseSources }).notNull(),
    /** Random per rendered form, so a double-clicked guest form is stored once. */
    submissionKey: text("submission_key"),
  },
  (t) => [
    index("survey_responses_survey_idx").on(t.surveyId),
    uniqueIndex("survey_responses_pseudonym_unique").on(t.surveyId, t.pseudonym),
    uniqueIndex("survey_responses_submission_unique").on(t.submissionKey),
  ],
);

/** WITHOUT ROWID as well (migration 0012), keyed by a random UUID per answer. */
export const surveyAnswers = sqliteTable(
  "survey_answers",
  {
    id: text("id").primaryKey(),
    responseId: text("response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: "cascade" }),
    /** 1–5 for likert and stage questions, the option index for single choice. */
    value: integer("value"),
    /** Open answers and multiple-choice selections (JSON list of option indexes). */
    text: text("text"),
  },
  // question, value, response: the report's counts per value and its knowledge pairs read the index alone.
  (t) => [
    index("survey_answers_question_value_idx").on(t.questionId, t.value, t.responseId),
    index("survey_answers_response_idx").on(t.responseId),
  ],
);

/** The quality unit's plan: which networks must be measured in a school year, and how. */
export const measurementPlan = sqliteTable(
  "measurement_plan",
  {
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    schoolYear: integer("school_year").notNull(),
    pre: integer("pre", { mode: "boolean" }).notNull(),
    post: integer("post", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.schoolYear] })],
);

export type Survey = typeof surveys.$inferSelect;
export type SurveyQuestion = typeof surveyQuestions.$inferSelect;
