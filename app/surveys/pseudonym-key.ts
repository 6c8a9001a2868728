// Where the survey pseudonym key comes from, without opening the database (the operator CLI's
// restore checks the key before anything touches the database file).
import { createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The key file beside a database file (used when SURVEY_PSEUDONYM_KEY is unset). */
export function pseudonymKeyFile(databasePath: string): string {
  return join(dirname(resolve(databasePath)), "survey-pseudonym.key");
}

/** The key a server on this database would use, or null when there is none yet (it is created on first use). */
export function configuredPseudonymKey(databasePath: string): { key: Buffer; from: string } | null {
  const fromEnv = process.env.SURVEY_PSEUDONYM_KEY;
  if (fromEnv) return { key: Buffer.from(fromEnv, "utf8"), from: "SURVEY_PSEUDONYM_KEY" };
  const file = pseudonymKeyFile(databasePath);
  if (!existsSync(file)) return null;
  return { key: Buffer.from(readFileSync(file, "utf8").trim(), "utf8"), from: file };
}

/** HMAC-SHA256 of user and network under a key: pre and post of one person pair up, across networks they don't. */
export function pseudonymWith(key: Buffer, userId: string, networkId: number): string {
  return createHmac("sha256", key).update(`${userId}:${networkId}`).digest("hex");
}
