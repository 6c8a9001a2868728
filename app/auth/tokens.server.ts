import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "#db/client.server";
import { authTokens, type AuthTokenPurpose } from "#db/schema";

export const TOKEN_LIFETIME_SECONDS: Record<AuthTokenPurpose, number> = {
  verify_email: 24 * 60 * 60,
  reset_password: 60 * 60,
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a fresh token and drops older ones of the same purpose: only the newest link works. */
export function issueToken(tx: Tx, userId: string, purpose: AuthTokenPurpose, now = new Date()): string {
  const token = randomBytes(32).toString("base64url");
  tx.delete(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose)))
    .run();
  tx.insert(authTokens)
    .values({
      tokenHash: hashToken(token),
      userId,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
    })
    .run();
  return token;
}

/** The token's user, without using it up (for showing the form behind a link). */
export function peekToken(
  tx: Tx | Db,
  token: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): string | null {
  const row = tx
    .select()
    .from(authTokens)
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .get();
  if (!row || row.purpose !== purpose || row.expiresAt.getTime() <= now.getTime()) return null;
  return row.userId;
}

/** Uses the token up; returns its user, or null when it is unknown, expired or already used. */
export function consumeToken(
  tx: Tx,
  token: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): string | null {
  const userId = peekToken(tx, token, purpose, now);
  tx.delete(authTokens)
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .run();
  return userId;
}
