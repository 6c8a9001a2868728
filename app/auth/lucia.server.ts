// The only module that imports lucia (deprecated upstream in 2025): replacing it means
// rewriting this file alone, against the same auth_sessions table.
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { eq, lte, or, sql } from "drizzle-orm";
import { Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import { db, preparedOnce, type Db, type Tx } from "#db/client.server";
import { authSessions, users, type Role } from "#db/schema";
import { config } from "~/config.server";
import type { AuthUser } from "./auth-state";

/** Sliding expiry: every use in the second half of the window extends it by 30 days. */
export const SLIDING_LIFETIME_DAYS = 30;
/** Absolute maximum, however active the session is (ASVS 7.3.2). */
export const ABSOLUTE_LIFETIME_DAYS = 90;

/**
 * The stock adapter, with its lookup of a session on every request as one prepared query: it built
 * two queries per request (the session, then the user with every column), about a twentieth of
 * a logged-in page's server CPU (tests/bench). Same answers: the session with its attributes and
 * the user with the attributes lucia hands on, or nothing for an unknown session.
 */
class AuthSessionAdapter extends DrizzleSQLiteAdapter {
  override async getSessionAndUser(
    sessionId: string,
  ): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = sessionLookup().get({ sessionId });
    if (!row) return [null, null];
    return [
      {
        id: row.sessionId,
        userId: row.userId,
        expiresAt: new Date(row.expiresAt * 1000),
        attributes: { createdAt: row.createdAt },
      },
      { id: row.userId, attributes: { email: row.email, name: row.name, role: row.role } },
    ];
  }
}

const sessionLookup = preparedOnce(() =>
  db
    .select({
      sessionId: authSessions.id,
      userId: authSessions.userId,
      expiresAt: authSessions.expiresAt,
      createdAt: authSessions.createdAt,
      email: users.email,
      name: users.name,
      role: users.role,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(authSessions.id, sql.placeholder("sessionId")))
    .prepare(),
);

const adapter = new AuthSessionAdapter(db, authSessions, users);

const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(SLIDING_LIFETIME_DAYS, "d"),
  sessionCookie: {
    name: config.secureCookies ? "__Host-session" : "session",
    attributes: { secure: config.secureCookies, sameSite: "lax" },
  },
  getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    role: attributes.role,
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseSessionAttributes: { createdAt: number };
    DatabaseUserAttributes: { email: string; name: string; role: Role };
  }
}

export const sessionCookieName = lucia.sessionCookieName;

/** Creates an auth session and returns its Set-Cookie value. */
export async function createAuthSession(userId: string): Promise<string> {
  const session = await lucia.createSession(userId, { createdAt: Math.floor(Date.now() / 1000) });
  return lucia.createSessionCookie(session.id).serialize();
}

export function blankSessionCookie(): string {
  return lucia.createBlankSessionCookie().serialize();
}

export function readAuthSessionId(cookieHeader: string | null): string | null {
  return lucia.readSessionCookie(cookieHeader ?? "");
}

export interface ValidatedAuthSession {
  user: AuthUser | null;
  authSessionId: string | null;
  /** A cookie to send back: a refreshed one (sliding expiry) or a blank one (invalid session). */
  setCookie: string | null;
}

export async function validateAuthSession(
  authSessionId: string,
  now = Date.now(),
): Promise<ValidatedAuthSession> {
  const { session, user } = await lucia.validateSession(authSessionId);
  if (!session) return { user: null, authSessionId: null, setCookie: blankSessionCookie() };
  if (now / 1000 - session.createdAt > ABSOLUTE_LIFETIME_DAYS * 86400) {
    await lucia.invalidateSession(session.id);
    return { user: null, authSessionId: null, setCookie: blankSessionCookie() };
  }
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    authSessionId: session.id,
    setCookie: session.fresh ? lucia.createSessionCookie(session.id).serialize() : null,
  };
}

export async function invalidateAuthSession(authSessionId: string): Promise<void> {
  await lucia.invalidateSession(authSessionId);
}

export async function invalidateAllAuthSessions(userId: string): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}

/**
 * Retention: removes auth sessions past their sliding expiry or their absolute lifetime (both
 * already refused by validateAuthSession). Not lucia.deleteExpiredSessions(): that one is async
 * and reads the wall clock, while the scheduled tasks run synchronously against a given `now`.
 */
export function deleteExpiredAuthSessions(now = new Date(), tx: Tx | Db = db): number {
  const seconds = Math.floor(now.getTime() / 1000);
  return tx
    .delete(authSessions)
    .where(
      or(
        lte(authSessions.expiresAt, seconds),
        lte(authSessions.createdAt, seconds - ABSOLUTE_LIFETIME_DAYS * 86400),
      ),
    )
    .run().changes;
}
