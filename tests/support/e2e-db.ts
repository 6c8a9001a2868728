import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { E2E_DATABASE } from "./e2e";

/** Direct access to a server's database file, for arranging what a test needs (WAL allows it). */
export function withDatabase<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path);
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The e2e server's own database. */
export function withE2eDb<T>(fn: (db: Database.Database) => T): T {
  return withDatabase(E2E_DATABASE, fn);
}

/** Logs a user in the way the app does, by inserting an auth session; returns the cookie header. */
export function sessionCookieFor(db: Database.Database, userId: string): string {
  const id = randomBytes(25).toString("hex").slice(0, 40);
  const now = Math.floor(Date.now() / 1000);
  // 29 days: past the half-way point lucia would refresh it and send a new cookie.
  db.prepare("insert into auth_sessions (id, user_id, expires_at, created_at) values (?, ?, ?, ?)").run(
    id,
    userId,
    now + 29 * 86400,
    now,
  );
  return `session=${id}`;
}

export function userIdByEmail(db: Database.Database, email: string): string {
  return db.prepare("select id from users where email = ?").pluck().get(email) as string;
}

export function createTeacher(db: Database.Database, label: string): string {
  const id = randomUUID();
  const institution = db.prepare("select id from institutions order by id limit 1").pluck().get();
  db.prepare(
    "insert into users (id, email, name, password_hash, role, institution_id, job_function, email_verified_at, created_at) values (?, ?, ?, 'x', 'participant', ?, 'leraar', unixepoch(), unixepoch())",
  ).run(id, `${label}-${id.slice(0, 8)}@school.test`, `Leraar ${label}`, institution);
  return id;
}

/** A published network with one future session, run by the given facilitator. */
export function createNetwork(
  db: Database.Database,
  facilitatorId: string,
  capacity: number,
  title = `E2E netwerk ${randomUUID().slice(0, 8)}`,
) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const od = db.prepare("select id from operational_goals order by id limit 1").pluck().get();
  const now = Math.floor(Date.now() / 1000);
  const { lastInsertRowid } = db
    .prepare(
      "insert into networks (slug, title, description_markdown, theme, network_type, region, first_school_year, last_school_year, status, capacity, registration_deadline, allow_session_registration, operational_goal_id, created_at, updated_at) values (?, ?, 'Een netwerk voor de test.', 'Effectieve didactiek', 'lerend netwerk met inhoudelijke focus', null, 2026, 2026, 'gepubliceerd', ?, ?, 0, ?, ?, ?)",
    )
    .run(slug, title, capacity, now + 20 * 86400, od, now, now);
  const networkId = Number(lastInsertRowid);
  db.prepare("insert into network_levels (network_id, level) values (?, 'basisonderwijs')").run(networkId);
  db.prepare(
    "insert into network_goals (network_id, position, text) values (?, 0, 'effectieve instructie')",
  ).run(networkId);
  db.prepare("insert into network_facilitators (network_id, user_id) values (?, ?)").run(
    networkId,
    facilitatorId,
  );
  return { networkId, slug, title };
}

/** A session of the network that is running right now (for checking in). */
export function addRunningSession(db: Database.Database, networkId: number): number {
  const now = Math.floor(Date.now() / 1000);
  const { lastInsertRowid } = db
    .prepare(
      "insert into network_sessions (network_id, kind, starts_at, ends_at, modality, venue_name, venue_address, revision) values (?, 'netwerkmoment', ?, ?, 'fysiek', 'GBS De Vlieger', 'Kerkstraat 1, 9000 Gent', 0)",
    )
    .run(networkId, now - 1800, now + 5400);
  return Number(lastInsertRowid);
}
