import { randomUUID } from "node:crypto";
import { and, eq, isNull, ne } from "drizzle-orm";
import { db } from "#db/client.server";
import { authSessions, users } from "#db/schema";
import { config } from "~/config.server";
import { enqueueMail, deliverPendingMailInBackground } from "~/mail/outbox.server";
import { accountExistsMail, passwordChangedMail, passwordResetMail, verifyEmailMail } from "~/mail/templates";
import type { JobFunction } from "./job-functions";
import { createAuthSession } from "./lucia.server";
import { hashPassword, verifyPassword } from "./password.server";
import { clearThrottle, lockedSeconds, recordLoginFailure, throttleKeys } from "./throttle.server";
import { consumeToken, issueToken, peekToken } from "./tokens.server";
import { logSecurityEvent } from "~/http/security-log";

function link(path: string): string {
  return `${config.appOrigin}${path}`;
}

export interface Registration {
  name: string;
  email: string;
  password: string;
  institutionId: number;
  jobFunction: JobFunction;
  jobFunctionOther: string | null;
}

/**
 * Creates an unconfirmed account and mails a confirmation link. An address that already has an
 * account gets a mail instead; the caller shows the same page either way (no enumeration), and
 * the password is hashed in both cases so the timing matches too.
 */
export async function registerAccount(input: Registration): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  db.transaction(
    (tx) => {
      const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
      if (existing?.emailVerifiedAt) {
        enqueueMail(
          tx,
          existing.email,
          accountExistsMail(existing.name, link("/inloggen"), link("/wachtwoord-vergeten")),
        );
        return;
      }
      let userId = existing?.id;
      if (!userId) {
        userId = randomUUID();
        tx.insert(users)
          .values({ id: userId, ...input, passwordHash, emailVerifiedAt: null, createdAt: new Date() })
          .run();
      }
      const token = issueToken(tx, userId, "verify_email");
      enqueueMail(
        tx,
        input.email,
        verifyEmailMail(existing?.name ?? input.name, link(`/registreren/bevestigen?token=${token}`)),
      );
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
}

export function isValidToken(token: string, purpose: "verify_email" | "reset_password"): boolean {
  return peekToken(db, token, purpose) !== null;
}

export function confirmEmail(token: string): boolean {
  return db.transaction(
    (tx) => {
      const userId = consumeToken(tx, token, "verify_email");
      if (!userId) return false;
      tx.update(users)
        .set({ emailVerifiedAt: new Date() })
        .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

export type LoginResult =
  | { status: "ok"; cookie: string }
  | { status: "invalid" }
  | { status: "unconfirmed" }
  | { status: "throttled"; retryAfterSeconds: number };

export async function logIn(email: string, password: string, clientIp: string): Promise<LoginResult> {
  const keys = throttleKeys(email, clientIp);
  const wait = lockedSeconds(keys.map(([key]) => key));
  // Checked before the password, so a correct guess during a lock tells nothing.
  if (wait > 0) {
    logSecurityEvent("login.throttled", { ip: clientIp });
    return { status: "throttled", retryAfterSeconds: wait };
  }

  const user = db.select().from(users).where(eq(users.email, email)).get();
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk) {
    recordLoginFailure(keys);
    logSecurityEvent("login.failed", { user: user?.id, ip: clientIp });
    return { status: "invalid" };
  }
  clearThrottle(keys[0][0]);
  if (!user.emailVerifiedAt) {
    db.transaction((tx) => {
      const token = issueToken(tx, user.id, "verify_email");
      enqueueMail(tx, user.email, verifyEmailMail(user.name, link(`/registreren/bevestigen?token=${token}`)));
    });
    deliverPendingMailInBackground();
    return { status: "unconfirmed" };
  }
  logSecurityEvent("login.ok", { user: user.id, ip: clientIp });
  return { status: "ok", cookie: await createAuthSession(user.id) };
}

/** Mails a one-hour, single-use reset link when the account exists; silent otherwise. */
export function requestPasswordReset(email: string): void {
  db.transaction(
    (tx) => {
      const user = tx.select().from(users).where(eq(users.email, email)).get();
      if (!user) return;
      const token = issueToken(tx, user.id, "reset_password");
      enqueueMail(
        tx,
        user.email,
        passwordResetMail(user.name, link(`/wachtwoord-herstellen?token=${token}`)),
      );
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
}

/** Sets the new password and ends every auth session of the account, in one transaction. */
export async function resetPassword(token: string, newPassword: string): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  const userId = db.transaction(
    (tx) => {
      const userId = consumeToken(tx, token, "reset_password");
      if (!userId) return null;
      const user = tx.select().from(users).where(eq(users.id, userId)).get()!;
      // The reset link proves the mailbox, so it also confirms an unconfirmed address.
      tx.update(users)
        .set({ passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() })
        .where(eq(users.id, userId))
        .run();
      tx.delete(authSessions).where(eq(authSessions.userId, userId)).run();
      enqueueMail(tx, user.email, passwordChangedMail(user.name));
      return userId;
    },
    { behavior: "immediate" },
  );
  if (!userId) return false;
  logSecurityEvent("password.reset", { user: userId });
  deliverPendingMailInBackground();
  return true;
}

/** Changes the password after checking the current one; other devices are logged out. */
export async function changePassword(
  userId: string,
  currentAuthSessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) return false;
  const passwordHash = await hashPassword(newPassword);
  db.transaction(
    (tx) => {
      tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
      tx.delete(authSessions)
        .where(and(eq(authSessions.userId, userId), ne(authSessions.id, currentAuthSessionId)))
        .run();
      enqueueMail(tx, user.email, passwordChangedMail(user.name));
    },
    { behavior: "immediate" },
  );
  logSecurityEvent("password.changed", { user: userId });
  deliverPendingMailInBackground();
  return true;
}
