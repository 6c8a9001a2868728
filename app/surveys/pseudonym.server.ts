import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { databasePathFromEnv } from "#db/client.server";
import { pseudonymKeyFile, pseudonymWith } from "./pseudonym-key";

let key: Buffer | undefined;

/**
 * The pseudonym key lives outside the database (env SURVEY_PSEUDONYM_KEY, or a key file beside
 * the database created on first use), so a copy of the database alone cannot re-identify anyone.
 */
function pseudonymKey(): Buffer {
  if (key) return key;
  const fromEnv = process.env.SURVEY_PSEUDONYM_KEY;
  if (fromEnv) return (key = Buffer.from(fromEnv, "utf8"));
  const file = pseudonymKeyFile(databasePathFromEnv());
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another server process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (key = Buffer.from(readFileSync(file, "utf8").trim(), "utf8"));
}

/** HMAC-SHA256 of user and network: pre and post of one person pair up, across networks they don't. */
export function pseudonymFor(userId: string, networkId: number): string {
  return pseudonymWith(pseudonymKey(), userId, networkId);
}

/** A respondent code from an imported file, kept apart from real users' pseudonyms. */
export function importPseudonym(networkId: number, code: string): string {
  return createHmac("sha256", pseudonymKey()).update(`import:${networkId}:${code}`).digest("hex");
}
