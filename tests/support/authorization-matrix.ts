/**
 * The authorization matrix: every route of app/routes × every role, with the status each gets.
 * tests/e2e/security-authorization-matrix.spec.ts walks it against the running production build
 * and fails when a route (or a loader/action of one) exists that this table does not list.
 *
 * Roles, in column order:
 *   anonymous · deelnemer (member of network N1) · other deelnemer (not in N1)
 *   · begeleider of N1 · other begeleider (runs another network) · beheerder.
 *
 * Reading the numbers: 302 = sent to the login page (or, for anonymous-only pages, away from
 * them); 403 = logged in but not allowed; 404 = not found, also used where existence itself
 * should not leak (hidden materials, unknown tokens); 400 = allowed, but the deliberately empty
 * form is refused by validation (these rows never send a valid form, so nothing is written;
 * tests/support/form-authorization.ts sends each form's valid submission per role).
 * Another facilitator gets 403 rather than 404 on a network's management pages: networks are
 * public in the catalogue, so their existence is no secret.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type Database from "better-sqlite3";
import { E2E_DATABASE } from "./e2e";
import { addRunningSession, createNetwork, createTeacher, sessionCookieFor, userIdByEmail } from "./e2e-db";

export const ROLES = [
  "anonymous",
  "deelnemer",
  "other deelnemer",
  "begeleider",
  "other begeleider",
  "beheerder",
] as const;
export type Role = (typeof ROLES)[number];

export interface Fixture {
  slug: string;
  conceptSlug: string;
  sessionId: number;
  surveyId: number;
  membersMaterialId: number;
  attachmentId: string;
  digicoachId: string;
  calendarToken: string;
  guestToken: string;
  mailId: number;
}

export interface MatrixRow {
  /** The route file under app/routes, without extension. */
  route: string;
  method: "GET" | "POST";
  path: (f: Fixture) => string;
  expected: [
    anonymous: number,
    deelnemer: number,
    otherDeelnemer: number,
    begeleider: number,
    otherBegeleider: number,
    beheerder: number,
  ];
  note?: string;
}

const ALL = (status: number): MatrixRow["expected"] => [status, status, status, status, status, status];
const LOGGED_IN = (status: number): MatrixRow["expected"] => [302, status, status, status, status, status];
const MANAGERS = (status: number): MatrixRow["expected"] => [302, 403, 403, status, 403, status];
const ADMIN = (status: number): MatrixRow["expected"] => [302, 403, 403, 403, 403, status];
const FACILITATORS = (status: number): MatrixRow["expected"] => [302, 403, 403, status, status, status];
const ANONYMOUS_ONLY = (status: number): MatrixRow["expected"] => [status, 302, 302, 302, 302, 302];
const MEMBERS = (status: number): MatrixRow["expected"] => [302, status, 404, status, 404, status];

export const MATRIX: MatrixRow[] = [
  // Public pages
  { route: "_index", method: "GET", path: () => "/", expected: ALL(200) },
  { route: "$", method: "GET", path: () => "/bestaat-niet", expected: ALL(404) },
  {
    route: "netwerken._index",
    method: "GET",
    path: () => "/netwerken?niveau=basisonderwijs",
    expected: ALL(200),
  },
  { route: "netwerken.$slug._index", method: "GET", path: (f) => `/netwerken/${f.slug}`, expected: ALL(200) },
  {
    route: "netwerken.$slug._index",
    method: "GET",
    path: (f) => `/netwerken/${f.conceptSlug}`,
    expected: [404, 404, 404, 200, 404, 200],
    note: "a concept network",
  },
  {
    route: "netwerken.$slug._index",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}?index`,
    expected: LOGGED_IN(400),
    note: "enrol, cancel, offers",
  },
  { route: "materialen._index", method: "GET", path: () => "/materialen?q=rubric", expected: ALL(200) },
  {
    route: "agenda.$token[.]ics",
    method: "GET",
    path: (f) => `/agenda/${f.calendarToken}.ics`,
    expected: ALL(200),
    note: "the token is the credential (a capability URL)",
  },
  {
    route: "agenda.$token[.]ics",
    method: "GET",
    path: () => "/agenda/onbekend-token-0123456789.ics",
    expected: ALL(404),
  },
  {
    route: "enquete.gast.$token",
    method: "GET",
    path: (f) => `/enquete/gast/${f.guestToken}`,
    expected: ALL(200),
    note: "the guest link is a capability URL",
  },
  {
    route: "enquete.gast.$token",
    method: "POST",
    path: (f) => `/enquete/gast/${f.guestToken}`,
    expected: ALL(400),
  },
  {
    route: "enquete.gast.$token",
    method: "GET",
    path: () => "/enquete/gast/onbekend-token-0123456789",
    expected: ALL(404),
  },

  // Accounts
  { route: "inloggen", method: "GET", path: () => "/inloggen", expected: ANONYMOUS_ONLY(200) },
  { route: "inloggen", method: "POST", path: () => "/inloggen", expected: ANONYMOUS_ONLY(400) },
  { route: "registreren._index", method: "GET", path: () => "/registreren", expected: ANONYMOUS_ONLY(200) },
  {
    route: "registreren._index",
    method: "POST",
    path: () => "/registreren?index",
    expected: ANONYMOUS_ONLY(400),
  },
  { route: "registreren.verstuurd", method: "GET", path: () => "/registreren/verstuurd", expected: ALL(200) },
  {
    route: "registreren.bevestigen",
    method: "GET",
    path: () => "/registreren/bevestigen?token=ongeldig",
    expected: ALL(200),
    note: "shows that the link is invalid",
  },
  {
    route: "registreren.bevestigen",
    method: "POST",
    path: () => "/registreren/bevestigen",
    expected: ALL(400),
  },
  {
    route: "wachtwoord-vergeten",
    method: "GET",
    path: () => "/wachtwoord-vergeten",
    expected: ANONYMOUS_ONLY(200),
  },
  {
    route: "wachtwoord-vergeten",
    method: "POST",
    path: () => "/wachtwoord-vergeten",
    expected: ANONYMOUS_ONLY(400),
  },
  {
    route: "wachtwoord-herstellen",
    method: "GET",
    path: () => "/wachtwoord-herstellen?token=ongeldig",
    expected: ALL(200),
    note: "shows that the link is invalid",
  },
  {
    route: "wachtwoord-herstellen",
    method: "POST",
    path: () => "/wachtwoord-herstellen",
    expected: ALL(400),
  },
  {
    route: "uitloggen",
    method: "GET",
    path: () => "/uitloggen",
    expected: ALL(302),
    note: "GET never logs out",
  },
  { route: "uitloggen", method: "POST", path: () => "/uitloggen", expected: ALL(302) },
  { route: "profiel._index", method: "GET", path: () => "/profiel", expected: LOGGED_IN(200) },
  { route: "profiel._index", method: "POST", path: () => "/profiel?index", expected: LOGGED_IN(400) },
  {
    route: "profiel.gegevens[.]json",
    method: "GET",
    path: () => "/profiel/gegevens.json",
    expected: LOGGED_IN(200),
    note: "always the requester's own data",
  },
  { route: "profiel.digicoach", method: "GET", path: () => "/profiel/digicoach", expected: LOGGED_IN(200) },
  { route: "profiel.digicoach", method: "POST", path: () => "/profiel/digicoach", expected: LOGGED_IN(400) },

  // Participants
  { route: "mijn-netwerken", method: "GET", path: () => "/mijn-netwerken", expected: LOGGED_IN(200) },
  { route: "mijn-netwerken", method: "POST", path: () => "/mijn-netwerken", expected: LOGGED_IN(400) },
  { route: "inchecken", method: "GET", path: () => "/inchecken", expected: LOGGED_IN(200) },
  { route: "inchecken", method: "POST", path: () => "/inchecken", expected: LOGGED_IN(400) },
  {
    route: "enquete.$surveyId",
    method: "GET",
    path: (f) => `/enquete/${f.surveyId}`,
    expected: LOGGED_IN(200),
    note: "non-participants see a notice, not the questions",
  },
  {
    route: "enquete.$surveyId",
    method: "POST",
    path: (f) => `/enquete/${f.surveyId}`,
    expected: LOGGED_IN(400),
  },
  {
    route: "materialen.$id._index",
    method: "GET",
    path: (f) => `/materialen/${f.membersMaterialId}`,
    expected: MEMBERS(200),
    note: "a members-only material",
  },
  {
    route: "materialen.$id._index",
    method: "POST",
    path: (f) => `/materialen/${f.membersMaterialId}`,
    expected: MEMBERS(400),
    note: "the view beacon, with an unknown intent",
  },
  {
    route: "materialen.$id.bijlagen.$attachmentId",
    method: "GET",
    path: (f) => `/materialen/${f.membersMaterialId}/bijlagen/${f.attachmentId}`,
    expected: MEMBERS(200),
  },
  {
    route: "materialen.$id.bewerken",
    method: "GET",
    path: (f) => `/materialen/${f.membersMaterialId}/bewerken`,
    expected: [302, 403, 404, 200, 404, 200],
    note: "members see it but may not edit",
  },
  {
    route: "materialen.$id.bewerken",
    method: "POST",
    path: (f) => `/materialen/${f.membersMaterialId}/bewerken`,
    expected: [302, 403, 404, 400, 404, 400],
  },
  { route: "digicoaches._index", method: "GET", path: () => "/digicoaches", expected: LOGGED_IN(200) },
  {
    route: "digicoaches.$id",
    method: "GET",
    path: (f) => `/digicoaches/${f.digicoachId}`,
    expected: LOGGED_IN(200),
  },
  {
    route: "digicoaches.$id",
    method: "POST",
    path: (f) => `/digicoaches/${f.digicoachId}`,
    expected: LOGGED_IN(400),
    note: "the contact form",
  },

  // Facilitators of the network (and beheerders)
  { route: "netwerken.nieuw", method: "GET", path: () => "/netwerken/nieuw", expected: FACILITATORS(200) },
  { route: "netwerken.nieuw", method: "POST", path: () => "/netwerken/nieuw", expected: FACILITATORS(400) },
  {
    route: "netwerken.$slug.bewerken",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/bewerken`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.bewerken",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/bewerken`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.bijeenkomsten",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/bijeenkomsten`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.bijeenkomsten",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/bijeenkomsten`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.deelnemers",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/deelnemers`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.deelnemers",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/deelnemers`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.deelnemers[.]csv",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/deelnemers.csv`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.deelnemers[.]xlsx",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/deelnemers.xlsx`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.aanwezigheid.$sessionId",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/aanwezigheid/${f.sessionId}`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.aanwezigheid.$sessionId",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/aanwezigheid/${f.sessionId}`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.materialen.nieuw",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/materialen/nieuw`,
    expected: MANAGERS(200),
    note: "members too when co-creation is on (off here)",
  },
  {
    route: "netwerken.$slug.materialen.nieuw",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/materialen/nieuw`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.metingen._index",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.metingen._index",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/metingen?index`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.metingen.$surveyId._index",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen/${f.surveyId}`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.metingen.$surveyId._index",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/metingen/${f.surveyId}?index`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.metingen.$surveyId.zaal",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen/${f.surveyId}/zaal`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.metingen.$surveyId.qr[.]svg",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen/${f.surveyId}/qr.svg`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.metingen.import",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen/import`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.metingen.import",
    method: "POST",
    path: (f) => `/netwerken/${f.slug}/metingen/import`,
    expected: MANAGERS(400),
  },
  {
    route: "netwerken.$slug.metingen.importsjabloon[.]csv",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/metingen/importsjabloon.csv`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.rapport",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/rapport`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.rapport_.open-antwoorden.$questionId",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/rapport/open-antwoorden/1`,
    expected: [302, 403, 403, 404, 403, 404],
    note: "question 1 is not in this network's report (the fixture's own survey is still running): 404 once allowed in",
  },
  {
    route: "netwerken.$slug.rapport[.]csv",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/rapport.csv`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.rapport[.]json",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/rapport.json`,
    expected: MANAGERS(200),
  },
  {
    route: "netwerken.$slug.rapport[.]xlsx",
    method: "GET",
    path: (f) => `/netwerken/${f.slug}/rapport.xlsx`,
    expected: MANAGERS(200),
  },

  // Beheerders
  { route: "beheer.gebruikers", method: "GET", path: () => "/beheer/gebruikers", expected: ADMIN(200) },
  { route: "beheer.gebruikers", method: "POST", path: () => "/beheer/gebruikers", expected: ADMIN(400) },
  {
    route: "beheer.doelstellingen",
    method: "GET",
    path: () => "/beheer/doelstellingen",
    expected: ADMIN(200),
  },
  {
    route: "beheer.doelstellingen",
    method: "POST",
    path: () => "/beheer/doelstellingen",
    expected: ADMIN(400),
  },
  { route: "beheer.metingen", method: "GET", path: () => "/beheer/metingen", expected: ADMIN(200) },
  { route: "beheer.metingen", method: "POST", path: () => "/beheer/metingen", expected: ADMIN(400) },
  { route: "beheer.e-mails._index", method: "GET", path: () => "/beheer/e-mails", expected: ADMIN(200) },
  {
    route: "beheer.e-mails.$id",
    method: "GET",
    path: (f) => `/beheer/e-mails/${f.mailId}`,
    expected: ADMIN(200),
  },
  { route: "rapporten._index", method: "GET", path: () => "/rapporten", expected: ADMIN(200) },
  {
    route: "rapporten[.]csv",
    method: "GET",
    path: () => "/rapporten.csv?schooljaar=2025",
    expected: ADMIN(200),
  },
  {
    route: "rapporten[.]xlsx",
    method: "GET",
    path: () => "/rapporten.xlsx?schooljaar=2025",
    expected: ADMIN(200),
  },
  { route: "rapporten.bereik", method: "GET", path: () => "/rapporten/bereik", expected: ADMIN(200) },
  {
    route: "rapporten.meetplan",
    method: "GET",
    path: () => "/rapporten/meetplan?schooljaar=2025",
    expected: ADMIN(200),
  },
  { route: "rapporten.bereik", method: "POST", path: () => "/rapporten/bereik", expected: ADMIN(400) },
  {
    route: "rapporten.digicoaches",
    method: "GET",
    path: () => "/rapporten/digicoaches",
    expected: ADMIN(200),
  },
];

export type MatrixUsers = Record<Exclude<Role, "anonymous">, string>;

/** Network N1 run by begeleider@demo.test with a member, a session, an open survey, a members-only material with a PDF, and more. */
export function createMatrixFixture(db: Database.Database): { users: MatrixUsers; fixture: Fixture } {
  const facilitator = userIdByEmail(db, "begeleider@demo.test");
  const users: MatrixUsers = {
    deelnemer: createTeacher(db, "matrix-lid"),
    "other deelnemer": createTeacher(db, "matrix-ander"),
    begeleider: facilitator,
    "other begeleider": userIdByEmail(db, "begeleider2@demo.test"),
    beheerder: userIdByEmail(db, "beheerder@demo.test"),
  };
  const { networkId, slug } = createNetwork(
    db,
    facilitator,
    10,
    `Matrix netwerk ${randomUUID().slice(0, 6)}`,
  );
  const sessionId = addRunningSession(db, networkId);
  const concept = createNetwork(db, facilitator, 10, `Matrix concept ${randomUUID().slice(0, 6)}`);
  db.prepare("update networks set status = 'concept' where id = ?").run(concept.networkId);
  const now = Math.floor(Date.now() / 1000);
  db.prepare(
    "insert into registrations (network_id, session_id, user_id, status, queue_key, created_at, updated_at) values (?, null, ?, 'registered', ?, ?, ?)",
  ).run(networkId, users.deelnemer, now, now, now);
  const guestToken = randomBytes(24).toString("base64url");
  const surveyId = Number(
    db
      .prepare(
        "insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, guest_token, created_at) values (?, 'pre', 'voormeting-basis', ?, ?, 0, ?, ?)",
      )
      .run(networkId, now - 3600, now + 86400, guestToken, now).lastInsertRowid,
  );
  const membersMaterialId = Number(
    db
      .prepare(
        "insert into materials (network_id, title, body_markdown, type, tags, links, visibility, author_id, created_at, updated_at) values (?, 'Rubric voor leden', 'Alleen voor leden.', 'rubric', '[]', '[]', 'leden', ?, ?, ?)",
      )
      .run(networkId, facilitator, now, now).lastInsertRowid,
  );
  db.prepare(
    "insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, 0, 'likert', 'tevredenheid', null, 'Hoe tevreden ben je?', null, 1, 1)",
  ).run(surveyId);
  const attachmentId = randomUUID().replaceAll("-", "");
  const pdf = Buffer.from("%PDF-1.4\n%matrix\n");
  db.prepare(
    "insert into attachments (id, material_id, original_name, mime_type, size, created_at) values (?, ?, 'rubric.pdf', 'application/pdf', ?, ?)",
  ).run(attachmentId, membersMaterialId, pdf.length, now);
  const uploads = join(dirname(E2E_DATABASE), "uploads");
  mkdirSync(uploads, { recursive: true });
  writeFileSync(join(uploads, attachmentId), pdf);
  const calendarToken = randomBytes(24).toString("base64url");
  db.prepare("insert into calendar_feeds (user_id, token, created_at) values (?, ?, ?)").run(
    users.deelnemer,
    calendarToken,
    now,
  );
  const digicoachId = db
    .prepare("select user_id from digicoach_profiles where visible = 1 limit 1")
    .pluck()
    .get() as string;
  const mailId = Number(
    db
      .prepare(
        "insert into mail_outbox (to_address, subject, body_text, created_at) values ('iemand@school.test', 'Matrix', 'Tekst', ?)",
      )
      .run(now).lastInsertRowid,
  );
  const fixture: Fixture = {
    slug,
    conceptSlug: concept.slug,
    sessionId,
    surveyId,
    membersMaterialId,
    attachmentId,
    digicoachId,
    calendarToken,
    guestToken,
    mailId,
  };
  return { users, fixture };
}

/** A fresh auth session cookie per role (none for anonymous). */
export function cookiesPerRole(db: Database.Database, users: MatrixUsers): Record<Role, string | null> {
  return Object.fromEntries(
    ROLES.map((role) => [role, role === "anonymous" ? null : sessionCookieFor(db, users[role])]),
  ) as Record<Role, string | null>;
}
