/**
 * Hostile input against every form action of the catalogue (tests/support/forms.ts), each
 * submitted by the role that may use it: empty bodies, missing and wrongly typed fields, 1 MB
 * fields, 10 MB bodies, 10,000 fields, JSON bodies and prototype keys must be refused with a 4xx
 * (and a Dutch message where a field is at fault) and write NOTHING; duplicated keys, unicode
 * tricks, XSS and SQL metacharacters and mass-assignment extras never cause a 5xx, and what is
 * stored comes back literally and escaped.
 *
 * "Nothing written" compares a fingerprint of every table (a hash of `select *` in rowid or
 * primary-key order) before and after. Left out, because they change on requests that are
 * rightly refused:
 * - auth_throttle: a refused login attempt is counted on purpose (throttling, README "Design");
 * - auth_sessions.expires_at: lucia slides the expiry of the caller's own auth session on any
 *   request; the rest of each auth session row (id, user, created_at) is compared.
 */
import { createHash, randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import type Database from "better-sqlite3";
import { parseCsv } from "~/imports/tabular";
import { expectAccessible } from "../support/e2e";
import {
  declaredActions,
  encode,
  entries,
  FORM_ACTIONS,
  freshTeacher,
  harness,
  register,
  send,
  validAnswers,
  type FormAction,
  type FormField,
  type Harness,
  type Submission,
  type Values,
} from "../support/forms";
import { createNetwork, sessionCookieFor, withE2eDb } from "../support/e2e-db";

let h: Harness;
test.beforeAll(({ baseURL }) => {
  h = harness(baseURL!);
});

// ---------------------------------------------------------------------------------------------
// Helpers

function fingerprint(db: Database.Database): string {
  const hash = createHash("sha256");
  const tables = db
    .prepare(
      "select name, sql from sqlite_master where type = 'table' and name not in ('auth_throttle') order by name",
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const { name, sql } of tables) {
    if (/^CREATE VIRTUAL/i.test(sql ?? "")) continue; // the FTS index is covered by its shadow tables
    const columns = name === "auth_sessions" ? "id, user_id, created_at" : "*";
    const order = /WITHOUT ROWID/i.test(sql) ? "1" : "rowid";
    hash.update(name);
    for (const row of db.prepare(`select ${columns} from "${name}" order by ${order}`).raw().iterate())
      hash.update(
        JSON.stringify(row, (_k, v) =>
          typeof v === "bigint" ? String(v) : Buffer.isBuffer(v) ? v.toString("base64") : v,
        ),
      );
  }
  return hash.digest("hex");
}

const dbFingerprint = () => withE2eDb(fingerprint);

/** The field names of a submission a catalogue field stands for (q<id> stands for the survey questions). */
function namesFor(field: FormField, fields: Values): string[] {
  if (!field.name.includes("<id>")) return [field.name];
  const pattern = new RegExp(`^${field.name.replace("<id>", "\\d+")}$`);
  return Object.keys(fields)
    .filter((k) => pattern.test(k))
    .slice(0, 1);
}

const DEFAULT_INVALID: Partial<Record<FormField["kind"], string[]>> = {
  number: ["abc", "-1", "1e9"],
  date: ["2025-02-30", "gisteren"],
  datetime: ["2025-02-30T10:00", "morgen", "2025-13-01T10:00"],
  enum: ["onbekende-waarde"],
  id: ["abc", "-1"],
  email: ["geen-e-mailadres", "a@"],
};
/** Fields where any value is accepted by design (the form lists ids to keep, an answer other than "ja" declines). */
const NO_INVALID = new Set([
  "present",
  "pre",
  "post",
  "verwijderBijlage",
  "answer",
  "requesterId",
  "specialisations",
  "kolom-0",
  "fase",
  "redirectTo",
  "availability",
]);

const TEXT_KINDS = new Set<FormField["kind"]>([
  "text",
  "markdown",
  "lines",
  "password",
  "token",
  "json",
  "email",
]);

interface Case {
  label: string;
  sub: Submission;
  raw?: { body: string | FormData; contentType?: string };
  /** The Dutch message that must be shown, when a specific field is at fault. */
  message?: string | RegExp;
  status?: number[];
}

function withFields(
  sub: Submission,
  fields: Values,
  files: Submission["files"] | "same" = "same",
): Submission {
  return { ...sub, fields, files: files === "same" ? sub.files : files };
}

/** A field left out of the request gets its own message or the general Dutch "Vul dit veld in.". */
function orMissing(message: string | RegExp | undefined): RegExp | undefined {
  if (message === undefined) return undefined;
  const own = typeof message === "string" ? message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : message.source;
  return new RegExp(`${own}|Vul dit veld in\\.`);
}

function strictCases(entry: FormAction, sub: Submission): Case[] {
  const cases: Case[] = [];
  const required = entry.fields.filter((f) => f.required);
  if (required.length) cases.push({ label: "empty body", sub: withFields(sub, {}, {}) });
  for (const field of required) {
    if (field.name === "intent") continue; // without its intent a body is another form (tested as that form)
    if (field.kind === "file") {
      cases.push({
        label: `missing ${field.name}`,
        sub: withFields(sub, sub.fields, {}),
        message: field.message,
      });
      continue;
    }
    for (const name of namesFor(field, sub.fields)) {
      const { [name]: _gone, ...rest } = sub.fields;
      cases.push({ label: `missing ${name}`, sub: withFields(sub, rest), message: orMissing(field.message) });
    }
  }
  for (const field of entry.fields) {
    if (NO_INVALID.has(field.name) || field.name === "intent") continue;
    const invalid = field.invalid ?? DEFAULT_INVALID[field.kind] ?? [];
    for (const name of namesFor(field, sub.fields)) {
      for (const value of invalid)
        cases.push({
          label: `${name}=${JSON.stringify(value.slice(0, 40))}`,
          sub: withFields(sub, { ...sub.fields, [name]: field.multi ? [value] : value }),
          message: field.message,
        });
    }
  }
  // 1 MB in each text field: 413 from the body limit, or (on upload forms, which allow larger bodies) a Dutch field error.
  const mega = "a".repeat(1024 * 1024 + 1);
  for (const field of entry.fields.filter(
    (f) => TEXT_KINDS.has(f.kind) && !f.name.includes("<id>") && f.name !== "intent",
  )) {
    cases.push({
      label: `1 MB in ${field.name}`,
      sub: withFields(sub, { ...sub.fields, [field.name]: mega }),
      status: entry.multipart ? [400, 413] : [413],
      message: entry.multipart
        ? /hoogstens|te lang|te groot|ongeldig|ging verloren|kunnen we niet lezen/i
        : undefined,
    });
  }
  // A 10 MB body.
  cases.push({
    label: "10 MB body",
    sub,
    raw: {
      body: `${encode(sub.fields)}&padding=${"b".repeat(10 * 1024 * 1024)}`,
      contentType: "application/x-www-form-urlencoded",
    },
    status: entry.multipart ? [400, 413] : [413],
  });
  if (required.length) {
    // 10,000 fields, none of them the form's own.
    cases.push({
      label: "10,000 fields",
      sub,
      raw: {
        body: Array.from({ length: 10_000 }, (_, i) => `f${i}=${i}`).join("&"),
        contentType: "application/x-www-form-urlencoded",
      },
    });
    // Prototype keys instead of the form's fields.
    cases.push({
      label: "only __proto__/constructor keys",
      sub,
      raw: {
        body: "__proto__=x&__proto__=y&__proto__%5BisAdmin%5D=1&constructor=x&constructor%5Bprototype%5D%5BisAdmin%5D=1&prototype=1",
        contentType: "application/x-www-form-urlencoded",
      },
    });
  }
  // JSON to a form action: refused before any action parses it (415).
  cases.push({
    label: "JSON body",
    sub,
    raw: { body: JSON.stringify(sub.fields), contentType: "application/json" },
    status: [415],
  });
  cases.push({
    label: "text/plain body",
    sub,
    raw: { body: encode(sub.fields), contentType: "text/plain" },
    status: [415],
  });
  return cases;
}

/**
 * An oversized body over plain node:http: the server answers 413 as soon as it has the headers and
 * may close the connection while the body is still being written; the answer is what counts.
 */
function postOversized(
  c: Case,
  body: string,
  contentType: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      Origin: h.origin,
      "Content-Type": contentType,
      "Content-Length": Buffer.byteLength(body),
    };
    if (c.sub.cookie) headers.Cookie = c.sub.cookie;
    let answered = false;
    const req = httpRequest(`${h.origin}${c.sub.path}`, { method: "POST", headers }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      res.on("error", () => resolve({ status: res.statusCode!, body: text }));
      // The server may close the connection mid-body once it has answered; the answer counts.
      res.on("close", () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

async function fire(c: Case, multipart: boolean): Promise<{ status: number; body: string }> {
  // A request that gets no answer fails with its own label instead of the whole test's timeout.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${c.label}: no answer within 20 s`)), 20_000)),
  );
  try {
    return await Promise.race([answerTo(c, multipart), noAnswer]);
  } finally {
    clearTimeout(timer);
  }
}

async function answerTo(c: Case, multipart: boolean): Promise<{ status: number; body: string }> {
  if (c.status?.includes(413) && !multipart)
    return postOversized(
      c,
      c.raw ? (c.raw.body as string) : encode(c.sub.fields),
      c.raw?.contentType ?? "application/x-www-form-urlencoded",
    );
  const response = c.raw
    ? await send(h.origin, c.sub, { body: c.raw.body, contentType: c.raw.contentType })
    : await send(h.origin, c.sub, { multipart });
  return { status: response.status, body: await response.text() };
}

const htmlEscape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

function expectMessage(body: string, message: string | RegExp, label: string) {
  if (typeof message === "string")
    expect(
      body.includes(htmlEscape(message)) || body.includes(message),
      `${label}: Dutch message "${message}" shown`,
    ).toBe(true);
  else expect(body, `${label}: Dutch message ${message} shown`).toMatch(message);
}

// ---------------------------------------------------------------------------------------------

test("check 1/36: the form catalogue lists every action route and every intent it handles", async () => {
  const declared = await declaredActions(fileURLToPath(new URL("../../app/routes", import.meta.url)));
  const catalogued = new Map<string, Set<string | null>>();
  for (const entry of FORM_ACTIONS)
    catalogued.set(entry.route, (catalogued.get(entry.route) ?? new Set()).add(entry.intent));
  const missing: string[] = [];
  for (const { route, intents } of declared) {
    if (!catalogued.has(route)) missing.push(`${route} (action without catalogue entry)`);
    for (const intent of intents) if (!catalogued.get(route)?.has(intent)) missing.push(`${route}#${intent}`);
  }
  expect(missing, "form actions missing from tests/support/forms.ts").toEqual([]);
  // And nothing in the catalogue that the app no longer has.
  const stale = [...catalogued.keys()].filter((route) => !declared.some((d) => d.route === route));
  expect(stale).toEqual([]);
  expect(new Set(FORM_ACTIONS.map((e) => e.key)).size).toBe(FORM_ACTIONS.length);
  // The parser itself has teeth: the routes with several intents are seen.
  expect(declared.find((d) => d.route === "netwerken.$slug._index")?.intents).toEqual([
    "aanbod-aanvaarden",
    "aanbod-weigeren",
    "inschrijven",
    "uitschrijven",
  ]);
  expect(declared.find((d) => d.route === "netwerken.$slug.metingen._index")?.intents).toEqual([
    "aanmaken",
    "gastlink",
    "herinneren",
    "sluiten",
    "venster",
  ]);
});

for (const entry of FORM_ACTIONS) {
  test(`check 36/37: ${entry.key} (${entry.role}) refuses empty, missing, mistyped, oversized, JSON and prototype-key bodies with a 4xx and writes nothing`, async () => {
    const sub = await entry.arrange(h);
    const cases = strictCases(entry, sub);
    const before = dbFingerprint();
    const results: Array<{ c: Case; status: number; body: string }> = [];
    // A few at a time: enough to overlap, few enough for two cores.
    for (let i = 0; i < cases.length; i += 6) {
      const batch = cases.slice(i, i + 6);
      const answers = await Promise.all(batch.map((c) => fire(c, Boolean(entry.multipart))));
      answers.forEach((a, j) => results.push({ c: batch[j], ...a }));
    }
    for (const { c, status, body } of results) {
      expect(status, `${entry.key} ${c.label}: no 5xx (${body.slice(0, 200)})`).toBeLessThan(500);
      if (c.status) expect(c.status, `${entry.key} ${c.label}: status ${status}`).toContain(status);
      else
        expect(
          status,
          `${entry.key} ${c.label}: refused with a 4xx (${body.replace(/<[^>]+>/g, " ").slice(-600)})`,
        ).toBeGreaterThanOrEqual(400);
      expect(status, `${entry.key} ${c.label}: refused`).toBeLessThan(500);
      if (c.message && status !== 413) expectMessage(body, c.message, `${entry.key} ${c.label}`);
    }
    expect(dbFingerprint(), `${entry.key}: nothing written by refused input`).toBe(before);
    // The same submission without the hostile part is valid, so the refusals above were about the input.
    const valid = await send(h.origin, sub, { multipart: Boolean(entry.multipart) });
    expect(valid.status, `${entry.key}: the valid submission succeeds`).toBeLessThan(400);
    withE2eDb((db) =>
      expect(entry.effect.count(db, sub), `${entry.key}: ${entry.effect.what}`).toBe(entry.effect.expected),
    );
  });
}

// Hostile but possibly valid: the app may store these; it must never fail, and must apply them at most once.
const UNICODE = "Zero\u200Bwidth \u202Eesrever\u202C e\u0301 🎓👩🏽‍🏫 \uFEFF";
const XSS = `<img src=x onerror=alert(1)><script>alert(2)</script>"'><svg onload=alert(3)> '; DROP TABLE users; -- " OR 1=1 -- \\ %_`;

function textFields(entry: FormAction, sub: Submission): string[] {
  return entry.fields
    .filter(
      (f) =>
        (f.kind === "text" || f.kind === "markdown") &&
        !f.multi &&
        f.name in sub.fields &&
        !Object.values(sub.ref).includes(sub.fields[f.name] as string),
    )
    .map((f) => f.name);
}

for (const entry of FORM_ACTIONS) {
  test(`check 5/36: ${entry.key} with duplicated keys, unicode tricks, XSS/SQL text and mass-assignment extras never fails and changes nothing beyond its own effect`, async () => {
    const variants: Array<[string, (sub: Submission) => { sub: Submission; raw?: string }]> = [
      [
        "duplicated keys",
        (sub) => ({
          sub,
          raw: [
            encode(sub.fields),
            ...entries(sub.fields)
              .filter(([k]) => k !== "intent")
              .map(([k]) => `${encodeURIComponent(k)}=tweede-waarde`),
          ].join("&"),
        }),
      ],
      [
        "mass assignment and prototype keys",
        (sub) => ({
          sub,
          raw: `${encode(sub.fields)}&${encode({ role: entry.fields.some((f) => f.name === "role") ? [] : "admin", emailVerified: "1", email_verified_at: "1", isAdmin: "1", userId: entry.fields.some((f) => f.name === "userId") ? [] : h.admin.id, user_id: h.admin.id, networkId: "1", authorId: h.admin.id, status: "gepubliceerd" })}&__proto__%5BisAdmin%5D=1&__proto__=x&__proto__=y&constructor%5Bprototype%5D%5BisAdmin%5D=1&constructor=z&constructor=w`,
        }),
      ],
      [
        "unicode tricks",
        (sub) => ({
          sub: withFields(sub, {
            ...sub.fields,
            ...Object.fromEntries(textFields(entry, sub).map((n) => [n, `${sub.fields[n]} ${UNICODE}`])),
          }),
        }),
      ],
      [
        "NUL and a lone surrogate",
        (sub) => ({
          sub,
          raw: `${encode(Object.fromEntries(Object.entries(sub.fields).filter(([k]) => !textFields(entry, sub).includes(k))))}${textFields(
            entry,
            sub,
          )
            .map((n) => `&${encodeURIComponent(n)}=${encodeURIComponent(String(sub.fields[n]))}%00%ED%A0%80`)
            .join("")}`,
        }),
      ],
      [
        "XSS and SQL metacharacters",
        (sub) => ({
          sub: withFields(sub, {
            ...sub.fields,
            ...Object.fromEntries(textFields(entry, sub).map((n) => [n, `${sub.fields[n]} ${XSS}`])),
          }),
        }),
      ],
    ];
    for (const [label, make] of variants) {
      if (entry.multipart && label !== "unicode tricks" && label !== "XSS and SQL metacharacters") continue; // raw urlencoded bodies do not apply to upload forms
      const { sub, raw } = make(await entry.arrange(h));
      const before = dbFingerprint();
      const rolesNow = () =>
        withE2eDb((db) =>
          Object.fromEntries(
            (db.prepare("select id, role from users").all() as Array<{ id: string; role: string }>).map(
              (u) => [u.id, u.role],
            ),
          ),
        );
      const roleBefore = rolesNow();
      const response = raw
        ? await send(h.origin, sub, { body: raw, contentType: "application/x-www-form-urlencoded" })
        : await send(h.origin, sub, { multipart: Boolean(entry.multipart) });
      expect(response.status, `${entry.key} ${label}: no 5xx`).toBeLessThan(500);
      if (response.status >= 400) {
        expect(dbFingerprint(), `${entry.key} ${label}: refused, so nothing written`).toBe(before);
      } else {
        withE2eDb((db) =>
          expect(entry.effect.count(db, sub), `${entry.key} ${label}: ${entry.effect.what}, once`).toBe(
            entry.effect.expected,
          ),
        );
      }
      if (entry.key !== "beheer.gebruikers#-") {
        const after = rolesNow();
        for (const [id, role] of Object.entries(roleBefore))
          if (id in after) expect(after[id], `${entry.key} ${label}: no role changed`).toBe(role);
        for (const [id, role] of Object.entries(after))
          if (!(id in roleBefore))
            expect(role, `${entry.key} ${label}: a new account is a participant`).toBe("participant");
      }
    }
    // No prototype pollution reached the server's authorization: a participant still cannot manage users.
    const probe = await fetch(`${h.origin}/beheer/gebruikers`, {
      headers: { Cookie: h.participant.cookie },
      redirect: "manual",
    });
    expect(probe.status).toBe(403);
  });
}

// Text that is stored must come back literally: escaped in HTML, verbatim in the database.
const ROUND_TRIPS: Array<{
  key: string;
  field: string;
  page: (sub: Submission, db: Database.Database) => string;
  cookie: (h: Harness) => string;
  column: (sub: Submission, db: Database.Database) => string;
}> = [
  {
    key: "netwerken.nieuw#-",
    field: "title",
    page: (_s, db) =>
      `/netwerken/${db.prepare("select slug from networks order by id desc limit 1").pluck().get()}`,
    cookie: (x) => x.facilitator.cookie,
    column: (_s, db) =>
      db.prepare("select title from networks order by id desc limit 1").pluck().get() as string,
  },
  {
    key: "netwerken.$slug.bijeenkomsten#-",
    field: "title",
    page: (s) => s.path,
    cookie: (x) => x.facilitator.cookie,
    column: (s, db) =>
      db
        .prepare("select title from network_sessions where network_id = ? order by id desc limit 1")
        .pluck()
        .get(s.ref.networkId) as string,
  },
  {
    key: "netwerken.$slug.deelnemers#-",
    field: "reason",
    page: (s) => s.path,
    cookie: (x) => x.facilitator.cookie,
    column: (_s, db) =>
      db.prepare("select reason from waitlist_changes order by id desc limit 1").pluck().get() as string,
  },
  {
    key: "rapporten.bereik#-",
    field: "note",
    page: (s, db) =>
      `/rapporten/bereik?kerntaak=${db.prepare("select core_task_or_impulse from operational_goals where id = ?").pluck().get(s.ref.goalId)}`,
    cookie: (x) => x.admin.cookie,
    column: (s, db) =>
      db
        .prepare("select note from reach_notes where operational_goal_id = ?")
        .pluck()
        .get(s.ref.goalId) as string,
  },
  {
    key: "beheer.doelstellingen#-",
    field: "wording",
    page: () => "/beheer/doelstellingen",
    cookie: (x) => x.admin.cookie,
    column: (s, db) =>
      db.prepare("select wording from operational_goals where code = ?").pluck().get(s.ref.code) as string,
  },
  {
    key: "netwerken.$slug.metingen.$surveyId._index#toevoegen",
    field: "options",
    page: (s) => s.path.replace("?index", ""),
    cookie: (x) => x.facilitator.cookie,
    column: (s, db) =>
      db
        .prepare("select options from survey_questions where survey_id = ? order by id desc limit 1")
        .pluck()
        .get(s.ref.surveyId) as string,
  },
  {
    key: "netwerken.$slug.materialen.nieuw#-",
    field: "bodyMarkdown",
    page: (_s, db) => `/materialen/${db.prepare("select max(id) from materials").pluck().get()}`,
    cookie: (x) => x.facilitator.cookie,
    column: (_s, db) =>
      db.prepare("select body_markdown from materials order by id desc limit 1").pluck().get() as string,
  },
  {
    key: "profiel.digicoach#-",
    field: "assignmentMarkdown",
    page: (s) => `/digicoaches/${s.ref.userId}`,
    cookie: (x) => x.participant.cookie,
    column: (s, db) =>
      db
        .prepare("select assignment_markdown from digicoach_profiles where user_id = ?")
        .pluck()
        .get(s.ref.userId) as string,
  },
];

test("check 25/36: XSS strings and SQL metacharacters in text fields are stored verbatim and shown escaped, never as markup", async () => {
  for (const trip of ROUND_TRIPS) {
    const entry = FORM_ACTIONS.find((e) => e.key === trip.key)!;
    const sub = await entry.arrange(h);
    const payload =
      trip.field === "options"
        ? `Ja ${XSS}\nNee '; DELETE FROM survey_answers; --`
        : `${sub.fields[trip.field]} ${XSS}`;
    const fields = {
      ...sub.fields,
      [trip.field]: payload,
      ...(trip.field === "options" ? { kind: "single" } : {}),
    };
    const response = await send(h.origin, { ...sub, fields }, { multipart: Boolean(entry.multipart) });
    expect(response.status, `${trip.key}: accepted`).toBeLessThan(400);
    const stored = withE2eDb((db) => trip.column(sub, db));
    if (trip.field === "options")
      expect(JSON.parse(stored)).toEqual(payload.split("\n").map((l) => l.trim()));
    else expect(stored, `${trip.key}: stored verbatim`).toBe(payload.trim());
    const page = await fetch(`${h.origin}${withE2eDb((db) => trip.page(sub, db))}`, {
      headers: { Cookie: trip.cookie(h) },
    });
    expect(page.status, `${trip.key}: page shows it`).toBe(200);
    const html = await page.text();
    expect(html, `${trip.key}: no injected markup`).not.toMatch(
      /<img src=x|<script>alert|<svg onload|onerror=alert\(1\)>/i,
    );
    if (trip.field.endsWith("Markdown")) expect(html).toContain("DROP TABLE users");
    else expect(html, `${trip.key}: shown escaped`).toContain("&lt;img src=x onerror=alert(1)&gt;");
  }
  withE2eDb((db) => expect(db.prepare("select count(*) from users").pluck().get()).toBeGreaterThan(0));
});

test("check 5: a profile or password form with role=admin, emailVerified and another user's id changes only the submitter's own fields", async () => {
  const entry = FORM_ACTIONS.find((e) => e.key === "profiel.digicoach#-")!;
  const sub = await entry.arrange(h);
  const victim = h.participant.id;
  const body = `${encode(sub.fields)}&role=admin&userId=${victim}&user_id=${victim}&emailVerified=1&visible=on&__proto__%5BisAdmin%5D=1`;
  // role=admin arrives twice (the form's own "role" is the coach role), so the form is refused, not half-applied.
  const response = await send(h.origin, sub, { body, contentType: "application/x-www-form-urlencoded" });
  expect(response.status).toBe(400);
  const state = withE2eDb((db) => ({
    submitter: db.prepare("select role from users where id = ?").pluck().get(sub.ref.userId),
    ownProfile: db
      .prepare("select count(*) from digicoach_profiles where user_id = ?")
      .pluck()
      .get(sub.ref.userId),
  }));
  expect(state.submitter).toBe("participant");
  expect(state.ownProfile).toBe(0);
  // Without the clash the extras are ignored: the profile is saved for the submitter only, their role stays.
  const extras = `${encode(sub.fields)}&userId=${victim}&user_id=${victim}&emailVerified=1&isAdmin=1&__proto__%5BisAdmin%5D=1&constructor%5Bprototype%5D%5Brole%5D=admin`;
  const victimBefore = withE2eDb((db) =>
    db.prepare("select * from digicoach_profiles where user_id = ?").get(victim),
  );
  expect(
    (await send(h.origin, sub, { body: extras, contentType: "application/x-www-form-urlencoded" })).status,
  ).toBe(200);
  withE2eDb((db) => {
    expect(db.prepare("select role from users where id = ?").pluck().get(sub.ref.userId)).toBe("participant");
    expect(
      db.prepare("select count(*) from digicoach_profiles where user_id = ?").pluck().get(sub.ref.userId),
    ).toBe(1);
    expect(db.prepare("select * from digicoach_profiles where user_id = ?").get(victim)).toEqual(
      victimBefore,
    );
  });
  await expectServerUnpolluted();
});

// ---------------------------------------------------------------------------------------------
// Prototype pollution, observed on the server rather than in this test process.

/**
 * What an ordinary participant and an anonymous visitor get from the server: no admin route
 * opens, no admin link shows, and no response header carries a polluted key (Express copies
 * header objects with for…in, so a polluted Object.prototype would show up there).
 */
async function expectServerUnpolluted() {
  const asParticipant = (path: string) =>
    fetch(`${h.origin}${path}`, { headers: { Cookie: h.participant.cookie }, redirect: "manual" });
  for (const path of ["/beheer/gebruikers", "/beheer/e-mails", "/beheer/doelstellingen", "/rapporten"])
    expect((await asParticipant(path)).status, `${path} for a participant`).toBe(403);
  const home = await asParticipant("/");
  const html = await home.text();
  expect(html, "the participant sees no admin navigation").not.toContain('href="/beheer/gebruikers"');
  const role = /data-testid="current-role"[^>]*>(.*?)<\/span>/s.exec(html)?.[1].replace(/<!-- -->/g, "");
  expect(role, "the header names the participant's own role").toMatch(/· deelnemer$/);
  const anonymous = await fetch(`${h.origin}/beheer/gebruikers`, { redirect: "manual" });
  expect(anonymous.status, "anonymous is sent to the login page").toBe(302);
  for (const response of [home, anonymous]) {
    const names = [...response.headers.keys()];
    expect(
      names.filter((n) => /isadmin|polluted|^role$|^prototype$/i.test(n)),
      "no polluted header",
    ).toEqual([]);
  }
}

test("check 5/36: prototype keys in query strings, form and multipart field names, cookies and JSON never pollute the server: an ordinary user stays ordinary", async () => {
  const withQuery = [
    "/?__proto__[isAdmin]=1&__proto__[polluted]=ja&constructor[prototype][role]=admin&constructor[prototype][polluted]=ja",
    "/netwerken?__proto__.isAdmin=1&a[__proto__][polluted]=ja&a[constructor][prototype][isAdmin]=1",
    // CVE-2022-24999 (qs < 6.10.3): this query made Express hang; the answer must come promptly.
    "/netwerken?a[__proto__]=b&a[__proto__]&a[length]=100000000",
    "/beheer/gebruikers?__proto__[role]=admin&constructor[prototype][role]=admin",
  ];
  for (const path of withQuery) {
    for (const cookie of [h.participant.cookie, undefined]) {
      const started = Date.now();
      const response = await fetch(`${h.origin}${path}`, {
        headers: cookie ? { Cookie: cookie } : {},
        redirect: "manual",
      });
      expect(response.status, `${path}: no 5xx`).toBeLessThan(500);
      expect(Date.now() - started, `${path}: answered promptly`).toBeLessThan(5_000);
    }
  }
  const polluting =
    "__proto__%5BisAdmin%5D=1&__proto__%5Bpolluted%5D=ja&constructor%5Bprototype%5D%5Brole%5D=admin&__proto__=x&prototype=y";
  const posts: Array<[string, RequestInit]> = [
    [
      "/profiel/digicoach",
      { body: polluting, headers: { "Content-Type": "application/x-www-form-urlencoded" } },
    ],
    [
      "/beheer/gebruikers",
      {
        body: `${polluting}&userId=${h.participant.id}&role=admin`,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      },
    ],
    [
      "/profiel/digicoach",
      {
        body: '{"__proto__":{"isAdmin":true,"polluted":"ja"},"constructor":{"prototype":{"role":"admin"}}}',
        headers: { "Content-Type": "application/json" },
      },
    ],
  ];
  const multipart = new FormData();
  multipart.append("__proto__[isAdmin]", "1");
  multipart.append("constructor[prototype][role]", "admin");
  multipart.append("title", "Prototype");
  posts.push([
    `/netwerken/${withE2eDb((db) => db.prepare("select slug from networks where status = 'gepubliceerd' order by id limit 1").pluck().get())}/materialen/nieuw`,
    { body: multipart },
  ]);
  const roleBefore = withE2eDb((db) =>
    db.prepare("select role from users where id = ?").pluck().get(h.participant.id),
  );
  for (const [path, init] of posts) {
    for (const cookie of [h.participant.cookie, `${h.participant.cookie}; __proto__=x; constructor=y`]) {
      const response = await fetch(`${h.origin}${path}`, {
        method: "POST",
        ...init,
        headers: {
          ...(init.headers as Record<string, string> | undefined),
          Cookie: cookie,
          Origin: h.origin,
        },
        redirect: "manual",
      });
      expect(response.status, `${path}: refused or handled, no 5xx`).toBeLessThan(500);
    }
  }
  expect(
    withE2eDb((db) => db.prepare("select role from users where id = ?").pluck().get(h.participant.id)),
  ).toBe(roleBefore);
  await expectServerUnpolluted();
});

// ---------------------------------------------------------------------------------------------
// Survey answers and names: the channels that end in the report and the participant list.

const uid = () => randomUUID().slice(0, 8);

/** As app/exports neutralises them: a text cell never starts a formula (numbers such as -0,5 are numbers). */
function expectNoFormula(rows: string[][], label: string) {
  const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r\n\0]/.test(cell) && !/^-\d+(,\d+)?$/.test(cell));
  expect(formulas, `${label}: no cell starts a formula`).toEqual([]);
}

/** The markup of a hostile text never became elements of the page, nor ran: it is text. */
async function expectInertInBrowser(page: Page, path: string, cookie: string, texts: string[]) {
  const [name, value] = cookie.split("=");
  await page.context().addCookies([{ name, value, url: h.origin }]);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(path);
  const dom = await page.evaluate(() => ({
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
    // The loader data rides along in an inline script as an escaped JS string; a script element made from the payload would hold just "alert(2)".
    scripts: [...document.scripts].filter((s) => /^\s*alert\(\d\)\s*$/.test(s.textContent ?? "")).length,
    text: document.body.innerText,
  }));
  expect(dom, `${path}: no element was created from the hostile text`).toMatchObject({
    injected: 0,
    scripts: 0,
  });
  for (const text of texts)
    await expect(
      page.getByText(text, { exact: true }).first(),
      `${path}: shown literally: ${text.slice(0, 40)}`,
    ).toBeVisible();
  expect(dialogs, `${path}: nothing ran`).toEqual([]);
  await expectAccessible(page);
}

const SCRIPTED = /<img src=x|<script>alert|<svg onload|onerror=alert\(1\)>/i;

test("check 25/29: open survey answers with XSS, unicode tricks and formulas are shown escaped in the report of a closed survey with k respondents; its CSV neutralises formulas and carries no answer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const marker = uid();
  const title = `=HYPERLINK("http://titel.example","klik") Rapport ${marker}`;
  const { networkId, slug } = withE2eDb((db) => {
    const network = createNetwork(db, h.facilitator.id, 20, `Rapport XSS ${marker}`);
    db.prepare("update networks set title = ? where id = ?").run(title, network.networkId);
    return network;
  });
  // A voormeting made through the app (its real template, with open questions), open now.
  expect(
    (
      await h.post(`/netwerken/${slug}/metingen?index`, h.facilitator.cookie, {
        intent: "aanmaken",
        template: "voormeting-basis",
      })
    ).status,
  ).toBe(200);
  const surveyId = withE2eDb((db) => {
    const id = db.prepare("select id from surveys where network_id = ?").pluck().get(networkId) as number;
    db.prepare(
      "update surveys set opens_at = unixepoch() - 3600, closes_at = unixepoch() + 86400 where id = ?",
    ).run(id);
    return id;
  });
  // The facilitator's own 5-point question, hostile too: its text is a row of the report and its CSV.
  const ownQuestion = `Eigen vraag ${marker} ${XSS}`;
  expect(
    (
      await h.post(`/netwerken/${slug}/metingen/${surveyId}?index`, h.facilitator.cookie, {
        intent: "toevoegen",
        kind: "likert",
        text: ownQuestion,
        options: "",
        required: "on",
        formToken: randomUUID(),
      })
    ).status,
  ).toBeLessThan(400);
  const answers = [
    `${XSS} ANTW-0-${marker}`,
    `${UNICODE.trim()} ANTW-1-${marker}`,
    `=HYPERLINK("http://antwoord.example","klik") ANTW-2-${marker}`,
    `@SUM(A1:A2) +1 -1 ANTW-3-${marker}`,
    `Gewoon & "geciteerd" 'antwoord' ANTW-4-${marker}`,
  ];
  // k = 5 participants answer through the survey form; the first open question gets the payload.
  for (const answer of answers) {
    const { cookie, fields } = withE2eDb((db) => {
      const teacher = freshTeacher(db, "rapport-xss");
      register(db, networkId, teacher.id);
      const fields = validAnswers(db, surveyId);
      const firstOpen = db
        .prepare(
          "select id from survey_questions where survey_id = ? and kind = 'open' order by position limit 1",
        )
        .pluck()
        .get(surveyId) as number;
      return { cookie: teacher.cookie, fields: { ...fields, [`q${firstOpen}`]: answer } };
    });
    expect((await h.post(`/enquete/${surveyId}`, cookie, fields)).status).toBe(303);
  }
  withE2eDb((db) => {
    const stored = db
      .prepare(
        "select a.text from survey_answers a join survey_responses r on r.id = a.response_id where r.survey_id = ? and a.text like '%ANTW-%'",
      )
      .pluck()
      .all(surveyId) as string[];
    expect(stored.sort()).toEqual([...answers].sort());
  });
  // The report shows no answer while the survey is open (no live differencing): close it.
  expect(
    (
      await h.post(`/netwerken/${slug}/metingen?index`, h.facilitator.cookie, {
        intent: "sluiten",
        surveyId: String(surveyId),
      })
    ).status,
  ).toBeLessThan(400);

  const report = await fetch(`${h.origin}/netwerken/${slug}/rapport`, {
    headers: { Cookie: h.facilitator.cookie },
  });
  expect(report.status).toBe(200);
  const html = await report.text();
  expect(html, "no injected markup").not.toMatch(SCRIPTED);
  for (const answer of answers)
    expect(html, `shown escaped: ${answer.slice(0, 30)}`).toContain(htmlEscape(answer));
  expect(html).toContain(htmlEscape(title));
  expect(html).toContain(htmlEscape(ownQuestion));
  await expectInertInBrowser(page, `/netwerken/${slug}/rapport`, h.facilitator.cookie, [
    ...answers,
    ownQuestion,
  ]);
  // The page with all answers to one open question renders them just as inert.
  const firstOpen = withE2eDb(
    (db) =>
      db
        .prepare(
          "select id from survey_questions where survey_id = ? and kind = 'open' order by position limit 1",
        )
        .pluck()
        .get(surveyId) as number,
  );
  const allAnswers = await (
    await fetch(`${h.origin}/netwerken/${slug}/rapport/open-antwoorden/${firstOpen}`, {
      headers: { Cookie: h.facilitator.cookie },
    })
  ).text();
  expect(allAnswers, "no injected markup").not.toMatch(SCRIPTED);
  for (const answer of answers) expect(allAnswers).toContain(htmlEscape(answer));
  await expectInertInBrowser(
    page,
    `/netwerken/${slug}/rapport/open-antwoorden/${firstOpen}`,
    h.facilitator.cookie,
    answers,
  );

  const csv = await fetch(`${h.origin}/netwerken/${slug}/rapport.csv`, {
    headers: { Cookie: h.facilitator.cookie },
  });
  expect(csv.status).toBe(200);
  expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const rows = parseCsv(await csv.text(), ";");
  expectNoFormula(rows, "rapport.csv");
  expect(rows[0], "the title is neutralised, not a formula").toEqual(["Netwerk", `'${title}`]);
  expect(
    rows.some((row) => row[1] === `eigen: ${ownQuestion}`),
    "the own question is there, verbatim",
  ).toBe(true);
  // The export holds aggregates only: no open answer (they are shown on the page once k answered).
  expect(rows.flat().filter((cell) => cell.includes("ANTW-"))).toEqual([]);
});

test("check 25/29: names and intake answers with XSS, quotes, unicode tricks and formulas are shown escaped in the participant list and neutralised in its CSV", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const marker = uid();
  const intakeQuestion = `=cmd|' /C calc'!A0 Verwachting ${marker}`;
  const { networkId, slug, questionId } = withE2eDb((db) => {
    const network = createNetwork(db, h.facilitator.id, 20, `Deelnemers XSS ${marker}`);
    const questionId = Number(
      db
        .prepare(
          "insert into intake_questions (network_id, position, question, required) values (?, 0, ?, 0)",
        )
        .run(network.networkId, intakeQuestion).lastInsertRowid,
    );
    return { ...network, questionId };
  });
  const registration = FORM_ACTIONS.find((e) => e.key === "registreren._index#-")!;
  const sub = await registration.arrange(h);

  // The registration form refuses markup in a name, with a Dutch message, and writes nothing.
  const refused = await send(h.origin, {
    ...sub,
    fields: { ...sub.fields, name: `<img src=x onerror=alert(1)> ${marker}` },
  });
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain("Je naam bevat tekens die niet zijn toegestaan.");
  expect(
    withE2eDb((db) => db.prepare("select count(*) from users where email = ?").pluck().get(sub.ref.email)),
  ).toBe(0);

  // What it accepts can still be hostile for a spreadsheet and for HTML attributes.
  const name = `=HYPERLINK("http://naam.example","klik") O'Brien & "Zoë" \u202Eesrever\u202C 🎓 ${marker}`;
  expect((await send(h.origin, { ...sub, fields: { ...sub.fields, name } })).status).toBeLessThan(400);
  const person = withE2eDb((db) => {
    const id = db.prepare("select id from users where email = ?").pluck().get(sub.ref.email) as string;
    expect(db.prepare("select name from users where id = ?").pluck().get(id), "stored verbatim").toBe(name);
    db.prepare("update users set email_verified_at = unixepoch() where id = ?").run(id);
    return { id, cookie: sessionCookieFor(db, id) };
  });
  // The intake answer goes through the enrolment form.
  const intakeAnswer = `${XSS} ${UNICODE.trim()} +SUM(1;2) ${marker}`;
  expect(
    (
      await h.post(`/netwerken/${slug}?index`, person.cookie, {
        intent: "inschrijven",
        [`vraag-${questionId}`]: intakeAnswer,
      })
    ).status,
  ).toBe(303);
  // A name with markup from older or imported data (the form above would refuse it).
  const legacyName = `<img src=x onerror=alert(1)><script>alert(2)</script> Oud Record ${marker}`;
  withE2eDb((db) => {
    expect(
      db.prepare("select answer from intake_answers where question_id = ?").pluck().get(questionId),
      "stored verbatim",
    ).toBe(intakeAnswer);
    const legacy = freshTeacher(db, "oud-record");
    db.prepare("update users set name = ? where id = ?").run(legacyName, legacy.id);
    register(db, networkId, legacy.id);
  });

  const list = await fetch(`${h.origin}/netwerken/${slug}/deelnemers`, {
    headers: { Cookie: h.facilitator.cookie },
  });
  expect(list.status).toBe(200);
  const html = await list.text();
  expect(html, "no injected markup").not.toMatch(SCRIPTED);
  for (const text of [name, legacyName, intakeAnswer, intakeQuestion])
    expect(html, `shown escaped: ${text.slice(0, 30)}`).toContain(htmlEscape(text));
  await expectInertInBrowser(page, `/netwerken/${slug}/deelnemers`, h.facilitator.cookie, [
    name,
    legacyName,
    intakeAnswer,
  ]);

  const csv = await fetch(`${h.origin}/netwerken/${slug}/deelnemers.csv`, {
    headers: { Cookie: h.facilitator.cookie },
  });
  expect(csv.status).toBe(200);
  const rows = parseCsv(await csv.text(), ";");
  expectNoFormula(rows, "deelnemers.csv");
  const [header, ...people] = rows;
  expect(header).toContain(`'${intakeQuestion}`);
  const column = header.indexOf(`'${intakeQuestion}`);
  const byName = new Map(people.map((row) => [row[0], row]));
  expect(byName.get(`'${name}`)?.[column], "the name is neutralised, the answer kept verbatim").toBe(
    intakeAnswer,
  );
  expect(byName.has(legacyName), "markup is plain text in a CSV, kept as it is").toBe(true);
});
