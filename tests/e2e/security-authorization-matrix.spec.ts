import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import { MATRIX, ROLES, type Fixture, type Role } from "../support/authorization-matrix";
import { dbFingerprint } from "../support/db-fingerprint";
import { E2E_DATABASE } from "../support/e2e";
import { addRunningSession, createNetwork, createTeacher, sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

const users: Partial<Record<Role, string>> = {};
let fixture: Fixture;

test.beforeAll(() => {
  fixture = withE2eDb((db) => {
    const facilitator = userIdByEmail(db, "begeleider@demo.test");
    users.begeleider = facilitator;
    users["other begeleider"] = userIdByEmail(db, "begeleider2@demo.test");
    users.beheerder = userIdByEmail(db, "beheerder@demo.test");
    users.deelnemer = createTeacher(db, "matrix-lid");
    users["other deelnemer"] = createTeacher(db, "matrix-ander");
    const { networkId, slug } = createNetwork(db, facilitator, 10, `Matrix netwerk ${randomUUID().slice(0, 6)}`);
    const sessionId = addRunningSession(db, networkId);
    const concept = createNetwork(db, facilitator, 10, `Matrix concept ${randomUUID().slice(0, 6)}`);
    db.prepare("update networks set status = 'concept' where id = ?").run(concept.networkId);
    const now = Math.floor(Date.now() / 1000);
    db.prepare("insert into registrations (network_id, session_id, user_id, status, queue_key, created_at, updated_at) values (?, null, ?, 'registered', ?, ?, ?)").run(networkId, users.deelnemer, now, now, now);
    const guestToken = randomBytes(24).toString("base64url");
    const surveyId = Number(
      db.prepare("insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, guest_token, created_at) values (?, 'pre', 'voormeting-basis', ?, ?, 0, ?, ?)").run(networkId, now - 3600, now + 86400, guestToken, now).lastInsertRowid,
    );
    const membersMaterialId = Number(
      db
        .prepare("insert into materials (network_id, title, body_markdown, type, tags, links, visibility, author_id, created_at, updated_at) values (?, 'Rubric voor leden', 'Alleen voor leden.', 'rubric', '[]', '[]', 'leden', ?, ?, ?)")
        .run(networkId, facilitator, now, now).lastInsertRowid,
    );
    db.prepare("insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, 0, 'likert', 'tevredenheid', null, 'Hoe tevreden ben je?', null, 1, 1)").run(surveyId);
    const attachmentId = randomUUID().replaceAll("-", "");
    const pdf = Buffer.from("%PDF-1.4\n%matrix\n");
    db.prepare("insert into attachments (id, material_id, original_name, mime_type, size, created_at) values (?, ?, 'rubric.pdf', 'application/pdf', ?, ?)").run(attachmentId, membersMaterialId, pdf.length, now);
    const uploads = join(dirname(E2E_DATABASE), "uploads");
    mkdirSync(uploads, { recursive: true });
    writeFileSync(join(uploads, attachmentId), pdf);
    const calendarToken = randomBytes(24).toString("base64url");
    db.prepare("insert into calendar_feeds (user_id, token, created_at) values (?, ?, ?)").run(users.deelnemer, calendarToken, now);
    const digicoachId = db.prepare("select user_id from digicoach_profiles where visible = 1 limit 1").pluck().get() as string;
    const mailId = Number(db.prepare("insert into mail_outbox (to_address, subject, body_text, created_at) values ('iemand@school.test', 'Matrix', 'Tekst', ?)").run(now).lastInsertRowid);
    return { slug, conceptSlug: concept.slug, sessionId, surveyId, membersMaterialId, attachmentId, digicoachId, calendarToken, guestToken, mailId };
  });
});

/** Every route file under app/routes with the methods it answers: GET when it renders or loads, POST when it has an action. */
function routesInApp(): string[] {
  const entries: string[] = [];
  for (const file of readdirSync("app/routes")) {
    const source = readFileSync(join("app/routes", file), "utf8");
    const route = file.replace(/\.tsx?$/, "");
    if (/export (async )?function loader|export const loader|export default/.test(source)) entries.push(`GET ${route}`);
    if (/export (async )?function action|export const action/.test(source)) entries.push(`POST ${route}`);
  }
  return entries.sort();
}

test("check 1: the authorization matrix lists every route and every method the app answers, and nothing else", () => {
  const listed = [...new Set(MATRIX.map((row) => `${row.method} ${row.route}`))].sort();
  expect(listed, "a route without an authorization entry (or an entry for a route that is gone)").toEqual(routesInApp());
});

for (const row of MATRIX) {
  test(`check 1/2/3/4/6/7: ${row.method} ${row.route}${row.note ? ` (${row.note})` : ""}: ${row.expected.join(" ")}`, async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Fresh auth sessions per row: the logout row must not log the next rows out.
    const cookies = withE2eDb((db) => Object.fromEntries(ROLES.map((role) => [role, users[role] ? sessionCookieFor(db, users[role]!) : null])));
    const actual: number[] = [];
    for (const role of ROLES) {
      const headers: Record<string, string> = { Origin: origin };
      if (cookies[role]) headers.Cookie = cookies[role]!;
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: row.method,
        headers: row.method === "POST" ? { ...headers, "Content-Type": "application/x-www-form-urlencoded" } : headers,
        body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
        redirect: "manual",
      });
      actual.push(response.status);
      if (response.status === 302 && row.expected[ROLES.indexOf(role)] === 302 && role === "anonymous" && !["uitloggen", "registreren.bevestigen"].includes(row.route)) {
        // Anonymous visitors of a protected page go to the login page, and come back after.
        expect(response.headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
      }
      await response.arrayBuffer();
    }
    expect(actual).toEqual(row.expected);
  });
}

test("check 22/36: walking the whole matrix wrote nothing but view and download counts and auth sessions", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ignore = { auth_sessions: "*", auth_throttle: "*", materials: ["view_count", "download_count"] } as const;
  const before = withE2eDb((db) => dbFingerprint(db, ignore));
  const cookies = withE2eDb((db) => Object.fromEntries(ROLES.map((role) => [role, users[role] ? sessionCookieFor(db, users[role]!) : null])));
  // Logging out last, so every other row is walked with live auth sessions.
  for (const row of [...MATRIX].sort((a, b) => Number(a.route === "uitloggen") - Number(b.route === "uitloggen"))) {
    for (const role of ROLES) {
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: row.method,
        headers: { Origin: origin, ...(cookies[role] ? { Cookie: cookies[role]! } : {}), ...(row.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
        body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
        redirect: "manual",
      });
      expect(response.status, `${row.method} ${row.route} as ${role}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
  }
  expect(withE2eDb((db) => dbFingerprint(db, ignore))).toEqual(before);
});
