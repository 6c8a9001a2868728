import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { roles } from "#db/schema/auth";
import { coachRoles, trainingStatuses } from "#db/schema/digicoaches";
import { educationLevels, institutionGroupKinds, institutionKinds, regions } from "#db/schema/institutions";
import {
  coreTasksAndImpulses,
  modalities,
  networkStatuses,
  networkThemes,
  networkTypes,
  sessionKinds,
  targetLevels,
} from "#db/schema/networks";
import { questionConstructs } from "#db/schema/surveys";
import { JOB_FUNCTIONS } from "~/auth/job-functions";

/**
 * The reference and demo data the seeding inserts: JSON files in db/seed/data/ (its README names
 * the sources), each checked against its schema here on first use. A file that does not match
 * stops the start with the file and the field in the message, before anything is inserted.
 */
export const SEED_DATA_DIR = fileURLToPath(new URL("../../db/seed/data/", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** "Local Europe/Brussels time", as the seeding reads it, e.g. "2025-10-14T13:30". */
const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "expected a local time YYYY-MM-DDTHH:MM");

const operationalGoalSchema = z.strictObject({
  code: z.string().min(1),
  wording: z.string().min(1),
  coreTaskOrImpulse: z.enum(coreTasksAndImpulses),
  /** "2022-2025": begeleidingsplan; "2020-2025": LEERKR@CHT.NET (README). */
  planPeriod: z.string().regex(/^\d{4}-\d{4}$/, "expected a plan period YYYY-YYYY"),
  targets: z.array(z.strictObject({ level: z.enum(targetLevels), target: z.number().int().nonnegative() })),
});
export type OperationalGoalSeed = z.infer<typeof operationalGoalSchema>;

const demoSessionSchema = z.strictObject({
  kind: z.enum(sessionKinds),
  title: z.string().optional(),
  start: localTime,
  /** Same day, after start. */
  end: localTime,
  modality: z.enum(modalities),
  /** Host school (invented name); required for fysiek/hybride. */
  venueName: z.string().optional(),
  /** Invented street + real Flemish/Brussels municipality. */
  venueAddress: z.string().optional(),
  /** For online/hybride sessions. */
  onlineUrl: z.string().optional(),
  capacity: z.number().int().positive().optional(),
});
export type DemoSession = z.infer<typeof demoSessionSchema>;

const demoNetworkSchema = z.strictObject({
  slug: z.string().min(1),
  title: z.string().min(1),
  descriptionMarkdown: z.string(),
  theme: z.enum(networkThemes),
  networkType: z.enum(networkTypes),
  levels: z.array(z.enum(educationLevels)),
  audiences: z.array(z.enum(JOB_FUNCTIONS)),
  /** null: Vlaanderen-breed. */
  region: z.enum(regions).nullable(),
  /** 2025 means school year 2025-2026. */
  firstSchoolYear: z.number().int(),
  lastSchoolYear: z.number().int(),
  status: z.enum(networkStatuses),
  capacity: z.number().int().positive(),
  registrationDeadline: localTime,
  allowSessionRegistration: z.boolean(),
  /** Operational goal code (begeleidingsplan Bijlage 3, or S3 for OD6.1). */
  odCode: z.string(),
  /** Goals/contents; they become the knowledge items of the effect survey. */
  goals: z.array(z.string()),
  /** Voorinschrijving questions. */
  intakeQuestions: z.array(z.string()),
  facilitatorEmails: z.array(z.string()),
  sessions: z.array(demoSessionSchema),
});
export type DemoNetwork = z.infer<typeof demoNetworkSchema>;

const demoInstitutionSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(institutionKinds),
  level: z.enum(educationLevels),
  city: z.string().min(1),
  region: z.enum(regions),
  groupKind: z.enum(institutionGroupKinds).nullable(),
  groupName: z.string().nullable(),
});
export type DemoInstitution = z.infer<typeof demoInstitutionSchema>;

/** The first three are one per role, in the order of the README and the start-up banner. */
const demoAccountSchema = z.strictObject({
  email: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(roles),
  jobFunction: z.enum(JOB_FUNCTIONS),
});

/** The generated teachers cycle through these lists. */
const demoTeacherNamesSchema = z.strictObject({
  firstNames: z.array(z.string()).min(1),
  lastNames: z.array(z.string()).min(1),
  jobFunctions: z.array(z.enum(JOB_FUNCTIONS)).min(1),
});

/** The digicoach profiles cycle through these lists (repeats weigh a value; null: no training). */
const demoCoachesSchema = z.strictObject({
  specialisations: z.array(z.string()).min(1),
  roles: z.array(z.enum(coachRoles)).min(1),
  trainingStatuses: z.array(z.enum(trainingStatuses).nullable()).min(1),
  assignments: z.array(z.string()).min(1),
});

const score = z.number().int().min(1).max(5);
/** The answers of the demo surveys are drawn from these pools. */
const demoSurveysSchema = z.strictObject({
  /** Per construct of the fixed part; a construct without a pool gets no answers. */
  typicalScores: z.partialRecord(z.enum(questionConstructs), z.array(score).min(1)),
  /** The pre measurement's knowledge answers. */
  preKnowledgeScores: z.array(score).min(1),
  /** Answers to "Wat vond je het meest bruikbaar?". */
  openAnswers: z.array(z.string()).min(1),
});

/** A field's place in the file: `[3].sessions[0].modality`. */
function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the whole file)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** Reads one JSON data file and checks it; a mismatch names the file and every field at fault. */
export function readSeedFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  const shown = file.startsWith(REPO_ROOT) ? relative(REPO_ROOT, file) : file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Seed data ${shown} cannot be read: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`);
  throw new Error(`Seed data ${shown} does not match its schema:\n${issues.join("\n")}`);
}

/** One file of SEED_DATA_DIR, read and checked once, on first use. */
function seedFile<T extends z.ZodType>(name: string, schema: T): () => z.output<T> {
  let value: z.output<T> | undefined;
  return () => (value ??= readSeedFile(join(SEED_DATA_DIR, name), schema));
}

/** The schema of each file, for the loader's test. */
export const seedSchemas = {
  operationalGoals: z.array(operationalGoalSchema),
  demoNetworks: z.array(demoNetworkSchema),
  demoInstitutions: z.array(demoInstitutionSchema),
  demoAccounts: z.array(demoAccountSchema),
  demoTeacherNames: demoTeacherNamesSchema,
  demoCoaches: demoCoachesSchema,
  demoSurveyAnswers: demoSurveysSchema,
};

/** Reference data of every install (also with SEED_DEMO=0). */
export const operationalGoalSeeds = seedFile("operational-goals.json", seedSchemas.operationalGoals);
export const demoNetworks = seedFile("demo-networks.json", seedSchemas.demoNetworks);
export const demoInstitutions = seedFile("demo-institutions.json", seedSchemas.demoInstitutions);
export const demoAccounts = seedFile("demo-accounts.json", seedSchemas.demoAccounts);
export const demoTeacherNames = seedFile("demo-teachers.json", seedSchemas.demoTeacherNames);
export const demoCoaches = seedFile("demo-coaches.json", seedSchemas.demoCoaches);
export const demoSurveyAnswers = seedFile("demo-surveys.json", seedSchemas.demoSurveyAnswers);
