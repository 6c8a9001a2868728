/**
 * The catalogue of every form action in the app: each action route × each intent it handles,
 * the role that may submit it, its fields, a builder for a valid submission against fresh
 * fixtures in the e2e database, and the effect a valid submission has (so tests can check
 * "exactly one effect" and "nothing written").
 *
 * tests/e2e/security-hostile-input.spec.ts fails when a route file exports an action or compares
 * against an intent that is not listed here, so a new form cannot escape the input and
 * double-submit checks.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import {
  addRunningSession,
  createNetwork,
  createTeacher,
  sessionCookieFor,
  userIdByEmail,
  withE2eDb,
} from "./e2e-db";

export type Role = "anonymous" | "participant" | "facilitator" | "admin";
export type FieldKind =
  | "text"
  | "markdown"
  | "lines"
  | "number"
  | "date"
  | "datetime"
  | "enum"
  | "id"
  | "email"
  | "password"
  | "token"
  | "flag"
  | "file"
  | "json";
export type Values = Record<string, string | string[]>;

export interface FormField {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** A checkbox group or list: the name may repeat. */
  multi?: boolean;
  /** Values that must be refused (4xx, Dutch message, nothing written). Defaults come from the kind. */
  invalid?: string[];
  /** The Dutch message the page shows when the field is missing or invalid. */
  message?: string | RegExp;
  /** Shown as plain text on a page after saving (XSS and SQL metacharacters must come back literally). */
  echoed?: boolean;
}

export interface Submission {
  path: string;
  cookie?: string;
  fields: Values;
  files?: Record<string, { name: string; mimeType: string; buffer: Buffer }>;
  /** Whatever the effect query needs to find this submission's rows. */
  ref: Record<string, string | number>;
}

export interface Effect {
  /** Which table gets which row, in words. */
  what: string;
  /** Counts the rows that a valid submission of `sub` produced or set. */
  count: (db: Database.Database, sub: Submission) => number;
  /** The count after one valid submission (and after any number of repeats, when the form is idempotent). */
  expected: number;
}

export interface FormAction {
  /** `<route file id>#<intent>`; intent "-" is the action's default branch. */
  key: string;
  route: string;
  intent: string | null;
  role: Role;
  multipart?: boolean;
  fields: FormField[];
  /** The message shown for an invalid submission when no field-specific message applies. */
  message?: string | RegExp;
  /** Creates something, so a double submit must not create it twice. */
  creates: boolean;
  /** Why repeating this form is allowed to have an effect each time (only when creates is false and it is not idempotent). */
  repeatable?: string;
  effect: Effect;
  arrange: (h: Harness) => Promise<Submission>;
}

export interface Person {
  id: string;
  email: string;
  cookie: string;
}

export interface Harness {
  origin: string;
  participant: Person;
  facilitator: Person;
  otherFacilitator: Person;
  admin: Person;
  db<T>(fn: (db: Database.Database) => T): T;
  /** A same-origin form POST; never follows redirects. */
  post(path: string, cookie: string | undefined, fields: Values): Promise<Response>;
}

export const DEMO_PASSWORD = "Leerkracht-Demo-2026";

export function harness(baseURL: string): Harness {
  const origin = new URL(baseURL).origin;
  return withE2eDb((db) => {
    const person = (email: string): Person => {
      const id = userIdByEmail(db, email);
      return { id, email, cookie: sessionCookieFor(db, id) };
    };
    return {
      origin,
      participant: person("deelnemer@demo.test"),
      facilitator: person("begeleider@demo.test"),
      otherFacilitator: person("begeleider2@demo.test"),
      admin: person("beheerder@demo.test"),
      db: withE2eDb,
      post: (path, cookie, fields) => send(origin, { path, cookie, fields, ref: {} }),
    };
  });
}

/** Sends a submission as a browser without JavaScript would (document POST, no redirect following). */
export function send(
  origin: string,
  sub: Submission,
  init: { body?: BodyInit; contentType?: string; multipart?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Origin: origin };
  if (sub.cookie) headers.Cookie = sub.cookie;
  let body = init.body;
  if (body === undefined) {
    if (init.multipart || sub.files) {
      const form = new FormData();
      for (const [key, value] of entries(sub.fields)) form.append(key, value);
      for (const [key, file] of Object.entries(sub.files ?? {}))
        form.append(key, new Blob([new Uint8Array(file.buffer)], { type: file.mimeType }), file.name);
      body = form;
    } else {
      body = encode(sub.fields);
      headers["Content-Type"] = "application/x-www-form-urlencoded";
    }
  }
  if (init.contentType) headers["Content-Type"] = init.contentType;
  return fetch(`${origin}${sub.path}`, { method: "POST", headers, body, redirect: "manual" });
}

export function entries(fields: Values): Array<[string, string]> {
  return Object.entries(fields).flatMap(([key, value]) =>
    Array.isArray(value) ? value.map((v): [string, string] => [key, v]) : [[key, value]],
  );
}

export function encode(fields: Values): string {
  return new URLSearchParams(entries(fields)).toString();
}

// ---------------------------------------------------------------------------------------------
// Fixtures

const uid = () => randomUUID().slice(0, 8);
const now = () => Math.floor(Date.now() / 1000);

function demoPasswordHash(db: Database.Database): string {
  return db
    .prepare("select password_hash from users where email = 'deelnemer@demo.test'")
    .pluck()
    .get() as string;
}

/** A fresh teacher who can log in with the demo password; returns id, e-mail and an auth-session cookie. */
export function freshTeacher(db: Database.Database, label: string): Person {
  const id = createTeacher(db, label);
  db.prepare("update users set password_hash = ? where id = ?").run(demoPasswordHash(db), id);
  const email = db.prepare("select email from users where id = ?").pluck().get(id) as string;
  return { id, email, cookie: sessionCookieFor(db, id) };
}

export function register(
  db: Database.Database,
  networkId: number,
  userId: string,
  status: "registered" | "waitlisted" | "offered" = "registered",
): number {
  const institution = db.prepare("select institution_id from users where id = ?").pluck().get(userId);
  return Number(
    db
      .prepare(
        "insert into registrations (network_id, session_id, user_id, institution_id, status, queue_key, offer_expires_at, created_at, updated_at) values (?, null, ?, ?, ?, ?, ?, unixepoch(), unixepoch())",
      )
      .run(
        networkId,
        userId,
        institution,
        status,
        db.prepare("select coalesce(max(queue_key), 0) + 1 from registrations").pluck().get() as number,
        status === "offered" ? now() + 86400 : null,
      ).lastInsertRowid,
  );
}

/** A published network run by the demo facilitator, with one running session. */
function network(h: Harness, capacity = 20) {
  return h.db((db) => {
    const created = createNetwork(db, h.facilitator.id, capacity, `Formulier netwerk ${uid()}`);
    const sessionId = addRunningSession(db, created.networkId);
    return { ...created, sessionId };
  });
}

/** A network with an open voormeting (created through the app, so it has the real template questions). */
async function openSurvey(h: Harness) {
  const net = network(h);
  const response = await h.post(`/netwerken/${net.slug}/metingen?index`, h.facilitator.cookie, {
    intent: "aanmaken",
    template: "voormeting-basis",
  });
  if (response.status !== 200) throw new Error(`survey not created: ${response.status}`);
  const surveyId = h.db((db) => {
    const id = db.prepare("select id from surveys where network_id = ?").pluck().get(net.networkId) as number;
    db.prepare(
      "update surveys set opens_at = unixepoch() - 3600, closes_at = unixepoch() + 86400 where id = ?",
    ).run(id);
    return id;
  });
  return { ...net, surveyId };
}

interface QuestionRow {
  id: number;
  kind: string;
  options: string | null;
  required: number;
}

/** Valid answers for every question of a survey. */
export function validAnswers(db: Database.Database, surveyId: number): Values {
  const questions = db
    .prepare("select id, kind, options, required from survey_questions where survey_id = ? order by position")
    .all(surveyId) as QuestionRow[];
  const values: Values = {};
  for (const q of questions) {
    const options = q.options ? (JSON.parse(q.options) as string[]) : [];
    if (q.kind === "role") values[`q${q.id}`] = options.find((o) => o !== "andere") ?? options[0];
    else if (q.kind === "likert" || q.kind === "stage") values[`q${q.id}`] = "4";
    else if (q.kind === "single" || q.kind === "multiple") values[`q${q.id}`] = "0";
    else if (q.kind === "open") values[`q${q.id}`] = "Een open antwoord.";
  }
  return values;
}

export function material(
  db: Database.Database,
  networkId: number,
  authorId: string,
  title = `Materiaal ${uid()}`,
): number {
  return Number(
    db
      .prepare(
        "insert into materials (network_id, title, body_markdown, type, tags, links, visibility, author_id, created_at, updated_at) values (?, ?, 'Een tekst.', 'sjabloon', '[]', '[]', 'leden', ?, unixepoch(), unixepoch())",
      )
      .run(networkId, title, authorId).lastInsertRowid,
  );
}

function authToken(
  db: Database.Database,
  userId: string,
  purpose: "verify_email" | "reset_password",
): string {
  const token = randomBytes(24).toString("base64url");
  db.prepare(
    "insert into auth_tokens (token_hash, user_id, purpose, expires_at, created_at) values (?, ?, ?, unixepoch() + 3600, unixepoch())",
  ).run(createHash("sha256").update(token).digest("hex"), userId, purpose);
  return token;
}

export function coachProfile(db: Database.Database, userId: string) {
  db.prepare(
    "insert into digicoach_profiles (user_id, role, institution_id, levels, specialisations, assignment_markdown, hours_per_week, school_has_ict_policy, availability, visible, updated_at) values (?, 'digicoach', (select institution_id from users where id = ?), '[\"basisonderwijs\"]', '[]', '', 2, 0, '[]', 1, unixepoch())",
  ).run(userId, userId);
}

/** Two digicoaches of the same school (team candidates for each other). */
function twoCoaches(h: Harness) {
  return h.db((db) => {
    const a = freshTeacher(db, "team-a");
    const b = freshTeacher(db, "team-b");
    coachProfile(db, a.id);
    coachProfile(db, b.id);
    return { a, b };
  });
}

function institutionLabel(db: Database.Database, userId: string): string {
  const row = db
    .prepare(
      "select i.name, i.city from institutions i join users u on u.institution_id = i.id where u.id = ?",
    )
    .get(userId) as { name: string; city: string };
  return `${row.name} (${row.city})`;
}

const networkFields = (title: string): Values => ({
  title,
  slug: "",
  descriptionMarkdown: "Samen werken aan **effectieve instructie**.",
  theme: "Effectieve didactiek",
  networkType: "lerend netwerk met inhoudelijke focus",
  levels: ["basisonderwijs"],
  audiences: ["leraar"],
  region: "Oost-Vlaanderen",
  firstSchoolYear: "2026",
  capacity: "20",
  registrationDeadline: "2027-01-15T18:00",
  operationalGoalId: "1",
  goals: "Effectieve instructie\nFeedback geven",
  intakeQuestions: "",
});

const sessionFields = (): Values => ({
  kind: "netwerkmoment",
  title: `Bijeenkomst ${uid()}`,
  startsAt: "2027-03-10T14:00",
  endsAt: "2027-03-10T16:00",
  modality: "fysiek",
  venueName: "GBS De Vlieger",
  venueAddress: "Kerkstraat 1, 9000 Gent",
  onlineUrl: "",
  capacity: "",
});

const materialFields = (title: string, sessionId = ""): Values => ({
  title,
  bodyMarkdown: "Een **didactische wijzer** voor de klas.",
  type: "didactische wijzer",
  tags: "lezen, begrip",
  links: "https://example.org/wijzer",
  visibility: "leden",
  sessionId,
});

const decodeHtml = (text: string) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

const count =
  (sql: string, ...keys: string[]) =>
  (db: Database.Database, sub: Submission) =>
    db
      .prepare(sql)
      .pluck()
      .get(...keys.map((k) => sub.ref[k])) as number;

// ---------------------------------------------------------------------------------------------
// Field sets shared by several entries

const NETWORK_FIELDS: FormField[] = [
  { name: "title", kind: "text", required: true, message: "Geef het netwerk een titel.", echoed: true },
  {
    name: "slug",
    kind: "text",
    invalid: ["Hoofd Letters!", "a".repeat(81)],
    message: /Gebruik enkel kleine letters|hoogstens 80 tekens/,
  },
  { name: "descriptionMarkdown", kind: "markdown", required: true, message: "Beschrijf het netwerk." },
  { name: "theme", kind: "enum", required: true, message: "Kies een thema." },
  { name: "networkType", kind: "enum", required: true, message: "Kies een soort netwerk." },
  {
    name: "levels",
    kind: "enum",
    multi: true,
    required: true,
    message: /Kies minstens één onderwijsniveau|Kies een van de mogelijke waarden/,
  },
  {
    name: "audiences",
    kind: "enum",
    multi: true,
    required: true,
    message: /Kies minstens één doelgroep|Kies een van de mogelijke waarden/,
  },
  { name: "region", kind: "enum", message: "Kies een regio of Vlaanderen-breed." },
  {
    name: "firstSchoolYear",
    kind: "number",
    required: true,
    invalid: ["abc", "-1", "1e9", "2019"],
    message: "Kies een schooljaar.",
  },
  {
    name: "capacity",
    kind: "number",
    required: true,
    invalid: ["abc", "-1", "0", "1e9", "2.5"],
    message: /aantal plaatsen/,
  },
  {
    name: "registrationDeadline",
    kind: "datetime",
    required: true,
    message: "Geef een geldige uiterste inschrijvingsdatum.",
  },
  {
    name: "operationalGoalId",
    kind: "id",
    required: true,
    invalid: ["abc", "-1", "999999"],
    message: /operationele doelstelling/,
  },
  {
    name: "goals",
    kind: "lines",
    required: true,
    message: "Geef minstens één doel of inhoud (één per regel).",
  },
  { name: "intakeQuestions", kind: "lines" },
];

const SESSION_FIELDS: FormField[] = [
  { name: "kind", kind: "enum", required: true, message: "Kies de soort bijeenkomst." },
  { name: "title", kind: "text", echoed: true },
  {
    name: "startsAt",
    kind: "datetime",
    required: true,
    message: /Geef een geldig begin|binnen het schooljaar/,
  },
  { name: "endsAt", kind: "datetime", required: true, message: /Geef een geldig einde|na het begin/ },
  { name: "modality", kind: "enum", required: true, message: "Kies fysiek, online of hybride." },
  { name: "venueName", kind: "text", echoed: true, message: /locatie/ },
  { name: "venueAddress", kind: "text", message: /adres/ },
  {
    name: "onlineUrl",
    kind: "text",
    invalid: ["javascript:alert(1)", "http://niet-veilig.example"],
    message: /link/,
  },
  { name: "capacity", kind: "number", invalid: ["abc", "-1", "1e9"], message: /aantal plaatsen/ },
];

const MATERIAL_FIELDS: FormField[] = [
  { name: "title", kind: "text", required: true, message: "Geef een titel.", echoed: true },
  { name: "bodyMarkdown", kind: "markdown", message: "Schrijf een tekst of geef minstens één link." },
  { name: "type", kind: "enum", required: true, message: "Kies een soort materiaal." },
  { name: "tags", kind: "text" },
  {
    name: "links",
    kind: "lines",
    invalid: ["javascript:alert(1)", "ftp://example.org/x"],
    message: "Elke link begint met https:// (één per regel).",
  },
  { name: "visibility", kind: "enum", required: true, message: "Kies wie het materiaal mag zien." },
  {
    name: "sessionId",
    kind: "id",
    invalid: ["abc", "-1", "999999"],
    message: /bijeenkomst|Deze waarde is ongeldig/,
  },
  { name: "bijlagen", kind: "file" },
  { name: "formToken", kind: "token" },
];

const PROFILE_FIELDS: FormField[] = [
  { name: "role", kind: "enum", required: true, message: "Kies je rol." },
  {
    name: "institution",
    kind: "text",
    invalid: ["Een school die niet bestaat (Nergens)"],
    message: "Kies een school uit de lijst.",
  },
  {
    name: "levels",
    kind: "enum",
    multi: true,
    required: true,
    message: /Kies minstens één niveau|Kies een van de mogelijke waarden/,
  },
  { name: "specialisations", kind: "text", multi: true },
  { name: "extraSpecialisations", kind: "text" },
  { name: "assignmentMarkdown", kind: "markdown" },
  { name: "hoursPerWeek", kind: "number", invalid: ["abc", "-1", "1e9", "2.5"], message: /getal|uren|uur/ },
  { name: "schoolHasIctPolicy", kind: "flag" },
  { name: "trainingStatus", kind: "enum" },
  { name: "trainingCourse", kind: "text" },
  { name: "trainingDate", kind: "date", message: "Geef een datum." },
  { name: "availability", kind: "enum", multi: true },
  { name: "visible", kind: "flag" },
];

// ---------------------------------------------------------------------------------------------
// The catalogue

export const FORM_ACTIONS: FormAction[] = [
  {
    key: "beheer.doelstellingen#-",
    route: "beheer.doelstellingen",
    intent: null,
    role: "admin",
    creates: true,
    fields: [
      { name: "id", kind: "id", invalid: ["abc", "-1", "999999999"], message: "Ongeldig verzoek." },
      {
        name: "code",
        kind: "text",
        required: true,
        message: /Geef een code|hoogstens 30 tekens/,
        echoed: true,
      },
      {
        name: "coreTaskOrImpulse",
        kind: "enum",
        required: true,
        message: "Kies een kerntaak of beleidsimpuls.",
      },
      {
        name: "planPeriod",
        kind: "text",
        required: true,
        invalid: ["2025", "abcd-efgh", "2025-2030x"],
        message: /planperiode/,
      },
      { name: "wording", kind: "text", required: true, message: /omschrijving/, echoed: true },
      { name: "target:basisonderwijs", kind: "number", invalid: ["abc", "-1", "1e9", "2.5"], message: /./ },
    ],
    effect: {
      what: "one operational_goals row with the code (unique per plan period)",
      expected: 1,
      count: count("select count(*) from operational_goals where code = ?", "code"),
    },
    arrange: async (h) => {
      const code = `T ${uid()}`;
      return {
        path: "/beheer/doelstellingen",
        cookie: h.admin.cookie,
        fields: {
          code,
          coreTaskOrImpulse: "KT1",
          planPeriod: "2025-2030",
          wording: "Een operationele doelstelling voor de formuliertest.",
          "target:basisonderwijs": "12",
        },
        ref: { code },
      };
    },
  },
  {
    key: "beheer.gebruikers#-",
    route: "beheer.gebruikers",
    intent: null,
    role: "admin",
    creates: false,
    fields: [
      {
        name: "userId",
        kind: "id",
        required: true,
        invalid: ["onbekend-id", "999"],
        message: /Ongeldig verzoek|bestaat niet meer/,
      },
      { name: "role", kind: "enum", required: true, message: "Kies een geldige rol." },
    ],
    effect: {
      what: "users.role of that user set to facilitator",
      expected: 1,
      count: count("select count(*) from users where id = ? and role = 'facilitator'", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "rol"));
      return {
        path: "/beheer/gebruikers",
        cookie: h.admin.cookie,
        fields: { userId: teacher.id, role: "facilitator" },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "beheer.metingen#labels",
    route: "beheer.metingen",
    intent: "labels",
    role: "admin",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "roles",
        kind: "lines",
        required: true,
        message: "Geef 1 tot 30 rollen, één per regel, elk hoogstens 150 tekens.",
      },
      {
        name: "stages",
        kind: "lines",
        required: true,
        invalid: ["een\ntwee"],
        message: "Geef precies vijf fasen, één per regel, elk hoogstens 150 tekens.",
      },
    ],
    effect: {
      what: "instrument_labels rewritten with the same lists (role and stage)",
      expected: 1,
      count: (db) =>
        (db
          .prepare("select count(*) from instrument_labels where kind = 'stage'")
          .pluck()
          .get() as number) === 5
          ? 1
          : 0,
    },
    arrange: async (h) => {
      // The lists as the page shows them (the defaults until a beheerder saves them).
      const page = await (
        await fetch(`${h.origin}/beheer/metingen`, { headers: { Cookie: h.admin.cookie } })
      ).text();
      const textarea = (name: string) =>
        decodeHtml(new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(page)?.[1] ?? "");
      const roles = textarea("roles");
      const stages = textarea("stages");
      return {
        path: "/beheer/metingen",
        cookie: h.admin.cookie,
        fields: { intent: "labels", roles, stages },
        ref: {},
      };
    },
  },
  {
    key: "beheer.metingen#-",
    route: "beheer.metingen",
    intent: null,
    role: "admin",
    creates: false,
    fields: [
      {
        name: "schooljaar",
        kind: "number",
        required: true,
        invalid: ["abc", "-1", "1e9", "2019"],
        message: "Ongeldig schooljaar.",
      },
      { name: "pre", kind: "id", multi: true },
      { name: "post", kind: "id", multi: true },
    ],
    effect: {
      what: "one measurement_plan row for the network and school year with pre = 1",
      expected: 1,
      count: count(
        "select count(*) from measurement_plan where network_id = ? and school_year = 2026 and pre = 1",
        "networkId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      return {
        path: "/beheer/metingen",
        cookie: h.admin.cookie,
        fields: { schooljaar: "2026", pre: [String(net.networkId)] },
        ref: { networkId: net.networkId },
      };
    },
  },
  {
    key: "digicoaches.$id#-",
    route: "digicoaches.$id",
    intent: null,
    role: "participant",
    creates: true,
    fields: [
      { name: "message", kind: "text", required: true, message: /Schrijf een bericht|hoogstens 2000 tekens/ },
      { name: "formToken", kind: "token" },
    ],
    effect: {
      what: "one mail_outbox row to the coach carrying the message",
      expected: 1,
      count: count(
        "select count(*) from mail_outbox where to_address = ? and body_text like '%' || ? || '%'",
        "coachEmail",
        "marker",
      ),
    },
    arrange: async (h) => {
      const { coach, sender } = h.db((db) => {
        const coach = freshTeacher(db, "coach");
        coachProfile(db, coach.id);
        return { coach, sender: freshTeacher(db, "afzender") };
      });
      const marker = `bericht-${uid()}`;
      return {
        path: `/digicoaches/${coach.id}`,
        cookie: sender.cookie,
        fields: { message: `Dag coach, ik heb een vraag (${marker}).`, formToken: randomUUID() },
        ref: { coachEmail: coach.email, marker },
      };
    },
  },
  {
    key: "enquete.$surveyId#-",
    route: "enquete.$surveyId",
    intent: null,
    role: "participant",
    creates: true,
    fields: [
      {
        name: "q<id>",
        kind: "enum",
        required: true,
        invalid: ["9", "abc", "-1"],
        message: /Kies je rol|Kies een antwoord|Kies een van de mogelijke antwoorden/,
      },
    ],
    effect: {
      what: "one survey_completions row for the person and one survey_responses row (with its answers) in the survey",
      expected: 1,
      count: (db, sub) => {
        const completions = db
          .prepare("select count(*) from survey_completions where survey_id = ? and user_id = ?")
          .pluck()
          .get(sub.ref.surveyId, sub.ref.userId) as number;
        const responses = db
          .prepare("select count(*) from survey_responses where survey_id = ?")
          .pluck()
          .get(sub.ref.surveyId) as number;
        return completions === responses ? completions : -1;
      },
    },
    arrange: async (h) => {
      const survey = await openSurvey(h);
      const { teacher, answers } = h.db((db) => {
        const teacher = freshTeacher(db, "enquete");
        register(db, survey.networkId, teacher.id);
        return { teacher, answers: validAnswers(db, survey.surveyId) };
      });
      return {
        path: `/enquete/${survey.surveyId}`,
        cookie: teacher.cookie,
        fields: answers,
        ref: { surveyId: survey.surveyId, userId: teacher.id },
      };
    },
  },
  {
    key: "enquete.gast.$token#-",
    route: "enquete.gast.$token",
    intent: null,
    role: "anonymous",
    creates: true,
    fields: [
      {
        name: "submissionKey",
        kind: "token",
        required: true,
        invalid: ["abc", "'; drop table survey_responses; --"],
        message: "Ongeldig verzoek",
      },
      {
        name: "q<id>",
        kind: "enum",
        required: true,
        invalid: ["9", "abc"],
        message: /Kies je rol|Kies een antwoord|Kies een van de mogelijke antwoorden/,
      },
    ],
    effect: {
      what: "one survey_responses row with the submission key",
      expected: 1,
      count: count("select count(*) from survey_responses where submission_key = ?", "submissionKey"),
    },
    arrange: async (h) => {
      const survey = await openSurvey(h);
      const token = randomBytes(18).toString("base64url");
      const answers = h.db((db) => {
        db.prepare("update surveys set guest_token = ? where id = ?").run(token, survey.surveyId);
        // The guest link takes as many answers as the facilitator counted guests at a session.
        db.prepare(
          "update network_sessions set guest_count = 50 where network_id = (select network_id from surveys where id = ?)",
        ).run(survey.surveyId);
        return validAnswers(db, survey.surveyId);
      });
      const submissionKey = randomUUID();
      return {
        path: `/enquete/gast/${token}`,
        fields: { ...answers, submissionKey },
        ref: { submissionKey },
      };
    },
  },
  {
    key: "inchecken#-",
    route: "inchecken",
    intent: null,
    role: "participant",
    creates: false,
    fields: [
      {
        name: "code",
        kind: "text",
        required: true,
        invalid: ["ABC", "ZZZZZZ", "'OR'1"],
        message: /code|Code/,
      },
    ],
    effect: {
      what: "one attendance row (present, check-in) for the person and session",
      expected: 1,
      count: count(
        "select count(*) from attendance where session_id = ? and user_id = ? and present = 1",
        "sessionId",
        "userId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const teacher = h.db((db) => {
        const teacher = freshTeacher(db, "inchecken");
        register(db, net.networkId, teacher.id);
        return teacher;
      });
      // The code is made when the facilitator opens the attendance page.
      await fetch(`${h.origin}/netwerken/${net.slug}/aanwezigheid/${net.sessionId}`, {
        headers: { Cookie: h.facilitator.cookie },
      });
      const code = h.db(
        (db) =>
          db
            .prepare("select code from check_in_codes where session_id = ?")
            .pluck()
            .get(net.sessionId) as string,
      );
      return {
        path: "/inchecken",
        cookie: teacher.cookie,
        fields: { code },
        ref: { sessionId: net.sessionId, userId: teacher.id },
      };
    },
  },
  {
    key: "inloggen#-",
    route: "inloggen",
    intent: null,
    role: "anonymous",
    creates: false,
    repeatable:
      "every successful login starts a new auth session by design (a fresh id after authentication); nothing else is created",
    fields: [
      { name: "email", kind: "email", required: true, message: /e-mailadres/ },
      {
        name: "password",
        kind: "password",
        required: true,
        message: /Vul je wachtwoord in|Onjuist e-mailadres of wachtwoord/,
      },
      { name: "redirectTo", kind: "text" },
    ],
    effect: {
      what: "an auth_sessions row for the user",
      expected: 1,
      count: (db, sub) =>
        Math.min(
          1,
          db
            .prepare("select count(*) from auth_sessions where user_id = ?")
            .pluck()
            .get(sub.ref.userId) as number,
        ),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => {
        const t = freshTeacher(db, "login");
        db.prepare("delete from auth_sessions where user_id = ?").run(t.id);
        return t;
      });
      return {
        path: "/inloggen",
        fields: { email: teacher.email, password: DEMO_PASSWORD, redirectTo: "/mijn-netwerken" },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "materialen.$id._index#bekeken",
    route: "materialen.$id._index",
    intent: "bekeken",
    role: "participant",
    creates: false,
    repeatable: "a view beacon: every page view counts once, so two views count twice",
    fields: [{ name: "intent", kind: "enum", required: true, message: "Dit mag je niet." }],
    effect: {
      what: "materials.view_count + 1",
      expected: 1,
      count: count("select view_count from materials where id = ?", "materialId"),
    },
    arrange: async (h) => {
      const materialId = h.db((db) => {
        const net = createNetwork(db, h.facilitator.id, 10, `Materiaal bekeken ${uid()}`);
        register(db, net.networkId, h.participant.id);
        return material(db, net.networkId, h.facilitator.id);
      });
      return {
        path: `/materialen/${materialId}?index`,
        cookie: h.participant.cookie,
        fields: { intent: "bekeken" },
        ref: { materialId },
      };
    },
  },
  {
    key: "materialen.$id._index#verwijderen",
    route: "materialen.$id._index",
    intent: "verwijderen",
    role: "facilitator",
    creates: false,
    fields: [{ name: "intent", kind: "enum", required: true, message: "Dit mag je niet." }],
    effect: {
      what: "the materials row is deleted",
      expected: 0,
      count: count("select count(*) from materials where id = ?", "materialId"),
    },
    arrange: async (h) => {
      const materialId = h.db((db) =>
        material(
          db,
          createNetwork(db, h.facilitator.id, 10, `Materiaal weg ${uid()}`).networkId,
          h.facilitator.id,
        ),
      );
      return {
        path: `/materialen/${materialId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen" },
        ref: { materialId },
      };
    },
  },
  {
    key: "materialen.$id.bewerken#-",
    route: "materialen.$id.bewerken",
    intent: null,
    role: "facilitator",
    multipart: true,
    creates: false,
    fields: [
      ...MATERIAL_FIELDS.filter((f) => f.name !== "formToken"),
      { name: "verwijderBijlage", kind: "id", multi: true },
    ],
    effect: {
      what: "materials.title updated",
      expected: 1,
      count: count("select count(*) from materials where id = ? and title = ?", "materialId", "title"),
    },
    arrange: async (h) => {
      const materialId = h.db((db) =>
        material(
          db,
          createNetwork(db, h.facilitator.id, 10, `Materiaal bewerken ${uid()}`).networkId,
          h.facilitator.id,
        ),
      );
      const title = `Bewerkte wijzer ${uid()}`;
      return {
        path: `/materialen/${materialId}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: materialFields(title),
        ref: { materialId, title },
      };
    },
  },
  {
    key: "mijn-netwerken#nieuwe-agendalink",
    route: "mijn-netwerken",
    intent: "nieuwe-agendalink",
    role: "participant",
    creates: false,
    repeatable:
      "every submit revokes the previous calendar URL on purpose; the person keeps exactly one feed row",
    fields: [{ name: "intent", kind: "enum", required: true, message: "Ongeldig verzoek" }],
    effect: {
      what: "exactly one calendar_feeds row for the person, with a new token",
      expected: 1,
      count: count("select count(*) from calendar_feeds where user_id = ?", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "agenda"));
      return {
        path: "/mijn-netwerken",
        cookie: teacher.cookie,
        fields: { intent: "nieuwe-agendalink" },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "netwerken.$slug._index#inschrijven",
    route: "netwerken.$slug._index",
    intent: "inschrijven",
    role: "participant",
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true, message: "Ongeldig verzoek." },
      {
        name: "sessionId",
        kind: "id",
        invalid: ["abc", "-1", "1.5"],
        message: /Ongeldig verzoek|bijeenkomst/,
      },
      { name: "vraag-<id>", kind: "text" },
    ],
    effect: {
      what: "one live registrations row for the person",
      expected: 1,
      count: count(
        "select count(*) from registrations where network_id = ? and user_id = ? and status in ('registered','waitlisted','offered')",
        "networkId",
        "userId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const teacher = h.db((db) => freshTeacher(db, "inschrijven"));
      return {
        path: `/netwerken/${net.slug}?index`,
        cookie: teacher.cookie,
        fields: { intent: "inschrijven" },
        ref: { networkId: net.networkId, userId: teacher.id },
      };
    },
  },
  ...(["uitschrijven", "aanbod-aanvaarden", "aanbod-weigeren"] as const).map((intent): FormAction => ({
    key: `netwerken.$slug._index#${intent}`,
    route: "netwerken.$slug._index",
    intent,
    role: "participant",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true, message: "Ongeldig verzoek." },
      {
        name: "registrationId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: /Ongeldig verzoek|bestaat niet/,
      },
    ],
    effect: {
      what:
        intent === "uitschrijven"
          ? "the registration's status becomes cancelled"
          : intent === "aanbod-aanvaarden"
            ? "the offered registration becomes registered"
            : "the offer is declined (no longer offered)",
      expected: 1,
      count: count(
        `select count(*) from registrations where id = ? and status ${intent === "aanbod-aanvaarden" ? "= 'registered'" : "not in ('registered','offered')"}`,
        "registrationId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const { teacher, registrationId } = h.db((db) => {
        const teacher = freshTeacher(db, intent);
        return {
          teacher,
          registrationId: register(
            db,
            net.networkId,
            teacher.id,
            intent === "uitschrijven" ? "registered" : "offered",
          ),
        };
      });
      return {
        path: `/netwerken/${net.slug}?index`,
        cookie: teacher.cookie,
        fields: { intent, registrationId: String(registrationId) },
        ref: { registrationId },
      };
    },
  })),
  {
    key: "netwerken.$slug.aanwezigheid.$sessionId#aanwezigheid",
    route: "netwerken.$slug.aanwezigheid.$sessionId",
    intent: "aanwezigheid",
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "present", kind: "id", multi: true },
      {
        name: "guestCount",
        kind: "number",
        invalid: ["abc", "-1", "1e9", "2.5"],
        message: "Geef het aantal gasten als een geheel getal van 0 tot 1000 (0 als er geen waren).",
      },
    ],
    effect: {
      what: "one attendance row (present) for the participant",
      expected: 1,
      count: count(
        "select count(*) from attendance where session_id = ? and user_id = ? and present = 1",
        "sessionId",
        "userId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const teacher = h.db((db) => {
        const teacher = freshTeacher(db, "aanwezig");
        register(db, net.networkId, teacher.id);
        return teacher;
      });
      // The page makes the session's check-in code on first view; a refused submit shows the page again.
      await fetch(`${h.origin}/netwerken/${net.slug}/aanwezigheid/${net.sessionId}`, {
        headers: { Cookie: h.facilitator.cookie },
      });
      return {
        path: `/netwerken/${net.slug}/aanwezigheid/${net.sessionId}`,
        cookie: h.facilitator.cookie,
        fields: { intent: "aanwezigheid", present: [teacher.id] },
        ref: { sessionId: net.sessionId, userId: teacher.id },
      };
    },
  },
  {
    key: "netwerken.$slug.bewerken#status",
    route: "netwerken.$slug.bewerken",
    intent: "status",
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "action", kind: "enum", required: true, message: "Deze statuswijziging kan niet." },
    ],
    effect: {
      what: "networks.status becomes afgesloten",
      expected: 1,
      count: count("select count(*) from networks where id = ? and status = 'afgesloten'", "networkId"),
    },
    arrange: async (h) => {
      const net = network(h);
      return {
        path: `/netwerken/${net.slug}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: { intent: "status", action: "afsluiten" },
        ref: { networkId: net.networkId },
      };
    },
  },
  {
    key: "netwerken.$slug.bewerken#begeleiders",
    route: "netwerken.$slug.bewerken",
    intent: "begeleiders",
    role: "admin",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "facilitators",
        kind: "id",
        multi: true,
        required: true,
        invalid: ["onbekend-id"],
        message: "Kies minstens één begeleider.",
      },
    ],
    effect: {
      what: "network_facilitators holds the second facilitator",
      expected: 1,
      count: count(
        "select count(*) from network_facilitators where network_id = ? and user_id = ?",
        "networkId",
        "userId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      return {
        path: `/netwerken/${net.slug}/bewerken`,
        cookie: h.admin.cookie,
        fields: { intent: "begeleiders", facilitators: [h.facilitator.id, h.otherFacilitator.id] },
        ref: { networkId: net.networkId, userId: h.otherFacilitator.id },
      };
    },
  },
  {
    key: "netwerken.$slug.bewerken#-",
    route: "netwerken.$slug.bewerken",
    intent: null,
    role: "facilitator",
    creates: false,
    fields: NETWORK_FIELDS,
    effect: {
      what: "networks.title updated",
      expected: 1,
      count: count("select count(*) from networks where id = ? and title = ?", "networkId", "title"),
    },
    arrange: async (h) => {
      const net = network(h);
      const title = `Bewerkt netwerk ${uid()}`;
      return {
        path: `/netwerken/${net.slug}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: { ...networkFields(title), slug: net.slug },
        ref: { networkId: net.networkId, title },
      };
    },
  },
  {
    key: "netwerken.$slug.bijeenkomsten#-",
    route: "netwerken.$slug.bijeenkomsten",
    intent: null,
    role: "facilitator",
    creates: true,
    fields: [...SESSION_FIELDS, { name: "formToken", kind: "token" }],
    effect: {
      what: "one network_sessions row with the title",
      expected: 1,
      count: count(
        "select count(*) from network_sessions where network_id = ? and title = ?",
        "networkId",
        "title",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const fields: Values = { ...sessionFields(), formToken: randomUUID() };
      return {
        path: `/netwerken/${net.slug}/bijeenkomsten`,
        cookie: h.facilitator.cookie,
        fields,
        ref: { networkId: net.networkId, title: fields.title as string },
      };
    },
  },
  {
    key: "netwerken.$slug.bijeenkomsten#wijzigen",
    route: "netwerken.$slug.bijeenkomsten",
    intent: "wijzigen",
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "sessionId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: "Deze bijeenkomst kan niet gewijzigd worden.",
      },
      ...SESSION_FIELDS,
    ],
    effect: {
      what: "the network_sessions row gets the new title",
      expected: 1,
      count: count("select count(*) from network_sessions where id = ? and title = ?", "sessionId", "title"),
    },
    arrange: async (h) => {
      const net = network(h);
      const fields: Values = { ...sessionFields(), intent: "wijzigen", sessionId: String(net.sessionId) };
      return {
        path: `/netwerken/${net.slug}/bijeenkomsten`,
        cookie: h.facilitator.cookie,
        fields,
        ref: { sessionId: net.sessionId, title: fields.title as string },
      };
    },
  },
  {
    key: "netwerken.$slug.bijeenkomsten#annuleren",
    route: "netwerken.$slug.bijeenkomsten",
    intent: "annuleren",
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "sessionId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: "Deze bijeenkomst kan niet geannuleerd worden.",
      },
    ],
    effect: {
      what: "network_sessions.cancelled_at set",
      expected: 1,
      count: count(
        "select count(*) from network_sessions where id = ? and cancelled_at is not null",
        "sessionId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const sessionId = h.db((db) =>
        Number(
          db
            .prepare(
              "insert into network_sessions (network_id, kind, starts_at, ends_at, modality, venue_name, venue_address, revision) values (?, 'netwerkmoment', unixepoch() + 40 * 86400, unixepoch() + 40 * 86400 + 7200, 'fysiek', 'School', 'Straat 1, 9000 Gent', 0)",
            )
            .run(net.networkId).lastInsertRowid,
        ),
      );
      return {
        path: `/netwerken/${net.slug}/bijeenkomsten`,
        cookie: h.facilitator.cookie,
        fields: { intent: "annuleren", sessionId: String(sessionId) },
        ref: { sessionId },
      };
    },
  },
  {
    key: "netwerken.$slug.deelnemers#-",
    route: "netwerken.$slug.deelnemers",
    intent: null,
    role: "facilitator",
    creates: false,
    fields: [
      {
        name: "registrationId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: /Deze persoon staat niet/,
      },
      {
        name: "position",
        kind: "number",
        required: true,
        invalid: ["abc", "-1", "0", "2.5"],
        message: /plaats/,
      },
      { name: "reason", kind: "text", required: true, message: /reden/, echoed: true },
    ],
    effect: {
      what: "one waitlist_changes row with the reason",
      expected: 1,
      count: count("select count(*) from waitlist_changes where reason = ?", "reason"),
    },
    arrange: async (h) => {
      const net = network(h, 1);
      const { second } = h.db((db) => {
        register(db, net.networkId, freshTeacher(db, "zit").id);
        register(db, net.networkId, freshTeacher(db, "wacht1").id, "waitlisted");
        return { second: register(db, net.networkId, freshTeacher(db, "wacht2").id, "waitlisted") };
      });
      const reason = `Voorrang voor de formuliertest ${uid()}`;
      return {
        path: `/netwerken/${net.slug}/deelnemers`,
        cookie: h.facilitator.cookie,
        fields: { registrationId: String(second), position: "1", reason },
        ref: { reason },
      };
    },
  },
  {
    key: "netwerken.$slug.materialen.nieuw#-",
    route: "netwerken.$slug.materialen.nieuw",
    intent: null,
    role: "facilitator",
    multipart: true,
    creates: true,
    fields: MATERIAL_FIELDS,
    effect: {
      what: "one materials row (and its attachment) with the title",
      expected: 1,
      count: count(
        "select count(*) from materials where title = ? and (select count(*) from attachments a where a.material_id = materials.id) = 1",
        "title",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const title = `Nieuwe wijzer ${uid()}`;
      return {
        path: `/netwerken/${net.slug}/materialen/nieuw`,
        cookie: h.facilitator.cookie,
        fields: { ...materialFields(title), formToken: randomUUID() },
        files: { bijlagen: { name: "pixel.png", mimeType: "image/png", buffer: PNG } },
        ref: { title },
      };
    },
  },
  {
    key: "netwerken.$slug.metingen.$surveyId._index#toevoegen",
    route: "netwerken.$slug.metingen.$surveyId._index",
    intent: "toevoegen",
    role: "facilitator",
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "kind", kind: "enum", required: true, message: "Kies een soort vraag." },
      {
        name: "text",
        kind: "text",
        required: true,
        message: /Geef de vraag|hoogstens 300 tekens/,
        echoed: true,
      },
      { name: "options", kind: "lines" },
      { name: "required", kind: "flag" },
      { name: "formToken", kind: "token" },
    ],
    effect: {
      what: "one survey_questions row with the text",
      expected: 1,
      count: count(
        "select count(*) from survey_questions where survey_id = ? and text = ?",
        "surveyId",
        "text",
      ),
    },
    arrange: async (h) => {
      const survey = await openSurvey(h);
      const text = `Hoe tevreden ben je over de formuliertest ${uid()}?`;
      return {
        path: `/netwerken/${survey.slug}/metingen/${survey.surveyId}?index`,
        cookie: h.facilitator.cookie,
        fields: {
          intent: "toevoegen",
          kind: "likert",
          text,
          options: "",
          required: "on",
          formToken: randomUUID(),
        },
        ref: { surveyId: survey.surveyId, text },
      };
    },
  },
  {
    key: "netwerken.$slug.metingen.$surveyId._index#verwijderen",
    route: "netwerken.$slug.metingen.$surveyId._index",
    intent: "verwijderen",
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "questionId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: /Ongeldig verzoek|bestaat niet|kan niet/,
      },
    ],
    effect: {
      what: "the survey_questions row is deleted",
      expected: 0,
      count: count("select count(*) from survey_questions where id = ?", "questionId"),
    },
    arrange: async (h) => {
      const survey = await openSurvey(h);
      const questionId = h.db((db) => {
        db.prepare(
          "insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, 999, 'open', 'open', null, 'Eigen open vraag', null, 0, 0)",
        ).run(survey.surveyId);
        return db
          .prepare("select max(id) from survey_questions where survey_id = ?")
          .pluck()
          .get(survey.surveyId) as number;
      });
      return {
        path: `/netwerken/${survey.slug}/metingen/${survey.surveyId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen", questionId: String(questionId) },
        ref: { questionId },
      };
    },
  },
  {
    key: "netwerken.$slug.metingen._index#aanmaken",
    route: "netwerken.$slug.metingen._index",
    intent: "aanmaken",
    role: "facilitator",
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "template", kind: "enum", required: true, message: "Kies een sjabloon." },
    ],
    effect: {
      what: "one surveys row (pre) for the network",
      expected: 1,
      count: count("select count(*) from surveys where network_id = ?", "networkId"),
    },
    arrange: async (h) => {
      const net = network(h);
      return {
        path: `/netwerken/${net.slug}/metingen?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "aanmaken", template: "voormeting-basis" },
        ref: { networkId: net.networkId },
      };
    },
  },
  ...(
    [
      [
        "venster",
        { opensAt: "2027-02-01T09:00", closesAt: "2027-02-15T17:00" },
        "opens_at is not null and closes_at > opens_at and closes_at > unixepoch() + 30 * 86400",
        "the survey window (opens_at, closes_at) is set",
      ],
      ["sluiten", {}, "closes_at <= unixepoch()", "closes_at set to now"],
      [
        "herinneren",
        {},
        "reminders_sent = 1",
        "reminders_sent + 1 (and one mail per participant who has not answered)",
      ],
      ["gastlink", { enabled: "aan" }, "guest_token is not null", "a guest_token is set"],
    ] as const
  ).map(([intent, extra, condition, what]): FormAction => ({
    key: `netwerken.$slug.metingen._index#${intent}`,
    route: "netwerken.$slug.metingen._index",
    intent,
    role: "facilitator",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "surveyId", kind: "id", required: true, invalid: ["abc", "-1"], message: /./ },
      ...(intent === "venster"
        ? [
            {
              name: "opensAt",
              kind: "datetime",
              required: true,
              message: "Geef een geldig begin.",
            } as FormField,
            {
              name: "closesAt",
              kind: "datetime",
              required: true,
              message: /Geef een geldig einde|na het begin/,
            } as FormField,
          ]
        : []),
      ...(intent === "gastlink"
        ? [{ name: "enabled", kind: "enum", required: true, message: /./ } as FormField]
        : []),
    ],
    effect: {
      what,
      expected: 1,
      count: count(`select count(*) from surveys where id = ? and ${condition}`, "surveyId"),
    },
    arrange: async (h) => {
      const survey = await openSurvey(h);
      if (intent === "herinneren")
        h.db((db) => register(db, survey.networkId, freshTeacher(db, "herinnering").id));
      return {
        path: `/netwerken/${survey.slug}/metingen?index`,
        cookie: h.facilitator.cookie,
        fields: { intent, surveyId: String(survey.surveyId), ...extra },
        ref: { surveyId: survey.surveyId },
      };
    },
  })),
  {
    key: "netwerken.$slug.metingen.import#-",
    route: "netwerken.$slug.metingen.import",
    intent: null,
    role: "facilitator",
    multipart: true,
    creates: true,
    fields: [
      { name: "bestand", kind: "file", required: true, message: "Kies een CSV- of Excel-bestand." },
      {
        name: "participants",
        kind: "number",
        required: true,
        invalid: ["abc", "-1", "1e9", "2.5"],
        message: /Aantal deelnemers/,
      },
      { name: "formToken", kind: "token" },
    ],
    effect: {
      what: "two imported survey_responses rows (one pre, one post) for the network",
      expected: 2,
      count: count(
        "select count(*) from survey_responses r join surveys s on s.id = r.survey_id where s.network_id = ? and r.source = 'import'",
        "networkId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const csv = "phase,respondent,kennis: effectieve instructie,tevredenheid\npre,r1,2,\npost,r1,4,5\n";
      return {
        path: `/netwerken/${net.slug}/metingen/import`,
        cookie: h.facilitator.cookie,
        fields: { participants: "12", formToken: randomUUID() },
        files: { bestand: { name: "antwoorden.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
        ref: { networkId: net.networkId },
      };
    },
  },
  {
    key: "netwerken.$slug.metingen.import#koppelen",
    route: "netwerken.$slug.metingen.import",
    intent: "koppelen",
    role: "facilitator",
    multipart: true,
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "table",
        kind: "json",
        required: true,
        invalid: ["[]", '{"a":1}', "[[1,2]]"],
        message: "Het bestand ging verloren; laad het opnieuw op.",
      },
      { name: "kolom-0", kind: "enum" },
      { name: "fase", kind: "enum" },
      {
        name: "participants",
        kind: "number",
        required: true,
        invalid: ["abc", "-1"],
        message: /Aantal deelnemers/,
      },
      { name: "formToken", kind: "token" },
    ],
    effect: {
      what: "one imported survey_responses row for the network",
      expected: 1,
      count: count(
        "select count(*) from survey_responses r join surveys s on s.id = r.survey_id where s.network_id = ? and r.source = 'import'",
        "networkId",
      ),
    },
    arrange: async (h) => {
      const net = network(h);
      const table = JSON.stringify([
        ["Hoeveel weet je over effectieve instructie?", "Naam"],
        ["3", "Jan"],
      ]);
      return {
        path: `/netwerken/${net.slug}/metingen/import`,
        cookie: h.facilitator.cookie,
        fields: {
          intent: "koppelen",
          table,
          "kolom-0": "kennis: effectieve instructie",
          "kolom-1": "negeren",
          fase: "pre",
          participants: "12",
          formToken: randomUUID(),
        },
        ref: { networkId: net.networkId },
      };
    },
  },
  {
    key: "netwerken.nieuw#-",
    route: "netwerken.nieuw",
    intent: null,
    role: "facilitator",
    creates: true,
    fields: [...NETWORK_FIELDS, { name: "formToken", kind: "token" }],
    effect: {
      what: "one networks row with the title (and its facilitator)",
      expected: 1,
      count: count("select count(*) from networks where title = ?", "title"),
    },
    arrange: async (h) => {
      const title = `Nieuw netwerk ${uid()}`;
      return {
        path: "/netwerken/nieuw",
        cookie: h.facilitator.cookie,
        fields: { ...networkFields(title), formToken: randomUUID() },
        ref: { title },
      };
    },
  },
  {
    key: "profiel._index#-",
    route: "profiel._index",
    intent: null,
    role: "participant",
    creates: false,
    fields: [
      { name: "currentPassword", kind: "password", required: true, message: /huidige wachtwoord/ },
      {
        name: "password",
        kind: "password",
        required: true,
        invalid: ["kort", "x".repeat(300)],
        message: /wachtwoord/,
      },
      {
        name: "passwordConfirm",
        kind: "password",
        required: true,
        invalid: ["iets anders"],
        message: /De twee wachtwoorden zijn niet gelijk|Vul dit veld in/,
      },
    ],
    effect: {
      what: "users.password_hash changes (and the other auth sessions end)",
      expected: 1,
      count: (db, sub) =>
        (db.prepare("select password_hash from users where id = ?").pluck().get(sub.ref.userId) as string) !==
        sub.ref.oldHash
          ? 1
          : 0,
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "wachtwoord"));
      const oldHash = h.db(
        (db) => db.prepare("select password_hash from users where id = ?").pluck().get(teacher.id) as string,
      );
      const password = `Nieuw-Wachtwoord-${uid()}-2026`;
      return {
        path: "/profiel?index",
        cookie: teacher.cookie,
        fields: { currentPassword: DEMO_PASSWORD, password, passwordConfirm: password },
        ref: { userId: teacher.id, oldHash },
      };
    },
  },
  {
    key: "profiel._index#overal-afmelden",
    route: "profiel._index",
    intent: "overal-afmelden",
    role: "participant",
    creates: false,
    fields: [{ name: "intent", kind: "enum", required: true }],
    effect: {
      what: "every auth_sessions row of the person is deleted",
      expected: 0,
      count: count("select count(*) from auth_sessions where user_id = ?", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => {
        const t = freshTeacher(db, "overal");
        sessionCookieFor(db, t.id);
        return t;
      });
      return {
        path: "/profiel?index",
        cookie: teacher.cookie,
        fields: { intent: "overal-afmelden" },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "profiel._index#verwijderen",
    route: "profiel._index",
    intent: "verwijderen",
    role: "participant",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "deletePassword",
        kind: "password",
        required: true,
        invalid: ["fout-wachtwoord"],
        message: "Je wachtwoord klopt niet.",
      },
    ],
    effect: {
      what: "the users row is anonymised (name, e-mail, password erased; kept as a placeholder for the reach figures)",
      expected: 1,
      count: count(
        "select count(*) from users where id = ? and email like 'verwijderd-%@invalid' and name = 'Verwijderde gebruiker'",
        "userId",
      ),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "verwijderen"));
      return {
        path: "/profiel?index",
        cookie: teacher.cookie,
        fields: { intent: "verwijderen", deletePassword: DEMO_PASSWORD },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "profiel.digicoach#-",
    route: "profiel.digicoach",
    intent: null,
    role: "participant",
    creates: false,
    fields: PROFILE_FIELDS,
    effect: {
      what: "one digicoach_profiles row for the person",
      expected: 1,
      count: count("select count(*) from digicoach_profiles where user_id = ?", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "digicoach"));
      const institution = h.db((db) => institutionLabel(db, teacher.id));
      return {
        path: "/profiel/digicoach",
        cookie: teacher.cookie,
        fields: {
          role: "digicoach",
          institution,
          levels: ["basisonderwijs"],
          specialisations: ["mediawijsheid"],
          extraSpecialisations: "robotica",
          assignmentMarkdown: "Ik help collega's met **digitale toetsen**.",
          hoursPerWeek: "4",
          schoolHasIctPolicy: "on",
          trainingStatus: "gevolgd",
          trainingCourse: "Digisprong",
          trainingDate: "2025-05-20",
          availability: ["vragen"],
          visible: "on",
        },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "profiel.digicoach#zelfevaluatie",
    route: "profiel.digicoach",
    intent: "zelfevaluatie",
    role: "participant",
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "c0",
        kind: "number",
        required: true,
        invalid: ["abc", "0", "7", "1e9", "2.5"],
        message: "Kies voor elke competentie een niveau.",
      },
      { name: "formToken", kind: "token" },
    ],
    effect: {
      what: "one digcomp_assessments row for the person",
      expected: 1,
      count: count("select count(*) from digcomp_assessments where user_id = ?", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => {
        const t = freshTeacher(db, "zelfevaluatie");
        coachProfile(db, t.id);
        return t;
      });
      const fields: Values = { intent: "zelfevaluatie", formToken: randomUUID() };
      for (let i = 0; i < 22; i++) fields[`c${i}`] = String((i % 6) + 1);
      return { path: "/profiel/digicoach", cookie: teacher.cookie, fields, ref: { userId: teacher.id } };
    },
  },
  {
    key: "profiel.digicoach#team-vragen",
    route: "profiel.digicoach",
    intent: "team-vragen",
    role: "participant",
    creates: true,
    fields: [
      { name: "intent", kind: "enum", required: true },
      {
        name: "colleagueId",
        kind: "id",
        required: true,
        invalid: ["onbekend", "999"],
        message: "Deze collega kan je niet aan je team toevoegen.",
      },
    ],
    effect: {
      what: "one digicoach_team row (requested)",
      expected: 1,
      count: count(
        "select count(*) from digicoach_team where requester_id = ? and colleague_id = ?",
        "userId",
        "colleagueId",
      ),
    },
    arrange: async (h) => {
      const { a, b } = twoCoaches(h);
      return {
        path: "/profiel/digicoach",
        cookie: a.cookie,
        fields: { intent: "team-vragen", colleagueId: b.id },
        ref: { userId: a.id, colleagueId: b.id },
      };
    },
  },
  {
    key: "profiel.digicoach#team-antwoord",
    route: "profiel.digicoach",
    intent: "team-antwoord",
    role: "participant",
    creates: false,
    fields: [
      { name: "intent", kind: "enum", required: true },
      { name: "requesterId", kind: "id", required: true, message: "Dit teamverzoek bestaat niet (meer)." },
      { name: "answer", kind: "enum" },
    ],
    effect: {
      what: "the digicoach_team row becomes accepted",
      expected: 1,
      count: count(
        "select count(*) from digicoach_team where requester_id = ? and colleague_id = ? and accepted = 1",
        "requesterId",
        "userId",
      ),
    },
    arrange: async (h) => {
      const { a, b } = twoCoaches(h);
      h.db((db) =>
        db
          .prepare("insert into digicoach_team (requester_id, colleague_id, accepted) values (?, ?, 0)")
          .run(a.id, b.id),
      );
      return {
        path: "/profiel/digicoach",
        cookie: b.cookie,
        fields: { intent: "team-antwoord", requesterId: a.id, answer: "ja" },
        ref: { requesterId: a.id, userId: b.id },
      };
    },
  },
  {
    key: "profiel.digicoach#verwijderen",
    route: "profiel.digicoach",
    intent: "verwijderen",
    role: "participant",
    creates: false,
    fields: [{ name: "intent", kind: "enum", required: true }],
    effect: {
      what: "the digicoach_profiles row is deleted",
      expected: 0,
      count: count("select count(*) from digicoach_profiles where user_id = ?", "userId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => {
        const t = freshTeacher(db, "coach-weg");
        coachProfile(db, t.id);
        return t;
      });
      return {
        path: "/profiel/digicoach",
        cookie: teacher.cookie,
        fields: { intent: "verwijderen" },
        ref: { userId: teacher.id },
      };
    },
  },
  {
    key: "rapporten.bereik#-",
    route: "rapporten.bereik",
    intent: null,
    role: "admin",
    creates: false,
    fields: [
      {
        name: "operationalGoalId",
        kind: "id",
        required: true,
        invalid: ["abc", "-1", "999999999"],
        message: /Ongeldig verzoek/,
      },
      {
        name: "note",
        kind: "text",
        required: true,
        message: /Ongeldig verzoek|hoogstens 5000 tekens/,
        echoed: true,
      },
    ],
    effect: {
      what: "one reach_notes row for the goal with the note",
      expected: 1,
      count: count(
        "select count(*) from reach_notes where operational_goal_id = ? and note = ?",
        "goalId",
        "note",
      ),
    },
    arrange: async (h) => {
      const goalId = h.db(
        (db) =>
          db.prepare("select id from operational_goals order by id desc limit 1").pluck().get() as number,
      );
      const note = `Duiding voor de formuliertest ${uid()}`;
      return {
        path: "/rapporten/bereik",
        cookie: h.admin.cookie,
        fields: { operationalGoalId: String(goalId), note },
        ref: { goalId, note },
      };
    },
  },
  {
    key: "registreren._index#-",
    route: "registreren._index",
    intent: null,
    role: "anonymous",
    creates: true,
    fields: [
      {
        name: "name",
        kind: "text",
        required: true,
        invalid: ["<script>alert(1)</script>", "a"],
        message: /naam/,
      },
      { name: "email", kind: "email", required: true, message: /e-mailadres/ },
      {
        name: "password",
        kind: "password",
        required: true,
        invalid: ["kort", "x".repeat(300), "password123"],
        message: /wachtwoord/,
      },
      {
        name: "institution",
        kind: "text",
        required: true,
        invalid: ["Een school die niet bestaat (Nergens)"],
        message: /Kies je school|Kies een instelling uit de lijst/,
      },
      { name: "jobFunction", kind: "enum", required: true, message: "Kies je functie." },
      { name: "jobFunctionOther", kind: "text" },
    ],
    effect: {
      what: "one users row with the e-mail address",
      expected: 1,
      count: count("select count(*) from users where email = ?", "email"),
    },
    arrange: async (h) => {
      const email = `nieuw-${uid()}@school.test`;
      const institution = h.db((db) => institutionLabel(db, h.participant.id));
      return {
        path: "/registreren?index",
        fields: {
          name: "Nieuwe Leraar",
          email,
          password: `Sterk-Wachtwoord-${uid()}`,
          institution,
          jobFunction: "leraar",
          jobFunctionOther: "",
        },
        ref: { email },
      };
    },
  },
  {
    key: "registreren.bevestigen#-",
    route: "registreren.bevestigen",
    intent: null,
    role: "anonymous",
    creates: false,
    fields: [
      {
        name: "token",
        kind: "token",
        required: true,
        invalid: ["onbekend", "x".repeat(500)],
        message: /ongeldig|verlopen|niet/i,
      },
    ],
    effect: {
      what: "users.email_verified_at set",
      expected: 1,
      count: count("select count(*) from users where id = ? and email_verified_at is not null", "userId"),
    },
    arrange: async (h) => {
      const { userId, token } = h.db((db) => {
        const t = freshTeacher(db, "bevestigen");
        db.prepare("update users set email_verified_at = null where id = ?").run(t.id);
        return { userId: t.id, token: authToken(db, t.id, "verify_email") };
      });
      return { path: "/registreren/bevestigen", fields: { token }, ref: { userId } };
    },
  },
  {
    key: "uitloggen#-",
    route: "uitloggen",
    intent: null,
    role: "participant",
    creates: false,
    fields: [],
    effect: {
      what: "the auth_sessions row is deleted",
      expected: 0,
      count: count("select count(*) from auth_sessions where id = ?", "sessionId"),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "uitloggen"));
      return {
        path: "/uitloggen",
        cookie: teacher.cookie,
        fields: {},
        ref: { sessionId: teacher.cookie.replace("session=", "") },
      };
    },
  },
  {
    key: "wachtwoord-herstellen#-",
    route: "wachtwoord-herstellen",
    intent: null,
    role: "anonymous",
    creates: false,
    fields: [
      {
        name: "token",
        kind: "token",
        required: true,
        invalid: ["onbekend", "x".repeat(500)],
        message: /verlopen|ongeldig|niet|Hoogstens/i,
      },
      {
        name: "password",
        kind: "password",
        required: true,
        invalid: ["kort", "x".repeat(300)],
        message: /wachtwoord/,
      },
      {
        name: "passwordConfirm",
        kind: "password",
        required: true,
        invalid: ["iets anders"],
        message: /De twee wachtwoorden zijn niet gelijk|Vul dit veld in/,
      },
    ],
    effect: {
      what: "users.password_hash changes",
      expected: 1,
      count: (db, sub) =>
        (db.prepare("select password_hash from users where id = ?").pluck().get(sub.ref.userId) as string) !==
        sub.ref.oldHash
          ? 1
          : 0,
    },
    arrange: async (h) => {
      const { userId, token, oldHash } = h.db((db) => {
        const t = freshTeacher(db, "herstellen");
        return {
          userId: t.id,
          token: authToken(db, t.id, "reset_password"),
          oldHash: db.prepare("select password_hash from users where id = ?").pluck().get(t.id) as string,
        };
      });
      const password = `Hersteld-Wachtwoord-${uid()}`;
      return {
        path: "/wachtwoord-herstellen",
        fields: { token, password, passwordConfirm: password },
        ref: { userId, oldHash },
      };
    },
  },
  {
    key: "wachtwoord-vergeten#-",
    route: "wachtwoord-vergeten",
    intent: null,
    role: "anonymous",
    creates: false,
    repeatable:
      "every request mails a fresh reset link (the person may have lost the first mail); links expire and any use ends them all",
    fields: [{ name: "email", kind: "email", required: true, message: /e-mailadres/ }],
    effect: {
      what: "a reset_password auth_tokens row for the user",
      expected: 1,
      count: (db, sub) =>
        Math.min(
          1,
          db
            .prepare("select count(*) from auth_tokens where user_id = ? and purpose = 'reset_password'")
            .pluck()
            .get(sub.ref.userId) as number,
        ),
    },
    arrange: async (h) => {
      const teacher = h.db((db) => freshTeacher(db, "vergeten"));
      return { path: "/wachtwoord-vergeten", fields: { email: teacher.email }, ref: { userId: teacher.id } };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// What the route files declare, for the completeness check

export interface DeclaredAction {
  route: string;
  intents: string[];
}

/** Route files with an exported action, and the intent values each compares against. */
export async function declaredActions(routesDir: string): Promise<DeclaredAction[]> {
  const { readdirSync, readFileSync, existsSync } = await import("node:fs");
  const { join, dirname } = await import("node:path");
  const appDir = dirname(routesDir);
  const found: DeclaredAction[] = [];
  for (const file of readdirSync(routesDir)
    .filter((f) => f.endsWith(".tsx") || f.endsWith(".ts"))
    .sort()) {
    const source = readFileSync(join(routesDir, file), "utf8");
    if (!/export\s+(async\s+)?function\s+action\b|export\s+const\s+action\b/.test(source)) continue;
    let text = actionText(source) + schemaText(source);
    // Intent schemas imported from a domain module (e.g. the network page's enrol form).
    for (const match of source.matchAll(/import\s*\{([^}]*Intent[^}]*)\}\s*from\s*"~\/([^"]+)"/g)) {
      const path = [".ts", ".tsx"].map((ext) => join(appDir, match[2] + ext)).find((p) => existsSync(p));
      if (path) text += readFileSync(path, "utf8");
    }
    const intents = new Set<string>();
    const patterns = [
      /intent\s*[!=]==?\s*"([^"]+)"/g,
      /get\("intent"\)\s*[!=]==?\s*"([^"]+)"/g,
      /intent:\s*z\.literal\("([^"]+)"\)/g,
      /intent\.intent\s*[!=]==?\s*"([^"]+)"/g,
    ];
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) intents.add(m[1]);
    // `case "x":` in a switch over the intent.
    for (const block of text.matchAll(/switch\s*\(\s*intent(?:\.intent)?\s*\)\s*\{([\s\S]*?)\n\s{2}\}/g))
      for (const m of block[1].matchAll(/case\s+"([^"]+)"\s*:/g)) intents.add(m[1]);
    found.push({ route: file.replace(/\.tsx?$/, ""), intents: [...intents].sort() });
  }
  return found;
}

function actionText(source: string): string {
  const start = source.search(/export\s+(async\s+)?function\s+action\b/);
  if (start < 0) return "";
  const end = source.indexOf("\n}\n", start);
  return source.slice(start, end < 0 ? undefined : end);
}

/** Module-level zod schemas of the route (intent literals live there). */
function schemaText(source: string): string {
  return [...source.matchAll(/const\s+\w*[sS]chema\s*=[\s\S]*?;\n/g)].map((m) => m[0]).join("\n");
}
