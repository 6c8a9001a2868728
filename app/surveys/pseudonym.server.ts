import { createHmac } from "node:crypto";
import { databasePathFromEnv } from "#db/path";
import { ensurePseudonymKey, pseudonymWith } from "./pseudonym-key";

let key: Buffer | undefined;

/**
 * The pseudonym key lives outside the database and outside its folder (README "Keeping the
 * pseudonym key"), so a copy of the database, its -wal or its backups alone cannot re-identify
 * anyone. The server checks it at startup (prepareDatabase), so this finds it in place.
 */
function pseudonymKey(): Buffer {
  return (key ??= ensurePseudonymKey(databasePathFromEnv()).key);
}

/** HMAC-SHA256 of user and network: pre and post of one person pair up, across networks they don't. */
export function pseudonymFor(userId: string, networkId: number): string {
  return pseudonymWith(pseudonymKey(), userId, networkId);
}

/** A respondent code from an imported file, kept apart from real users' pseudonyms. */
export function importPseudonym(networkId: number, code: string): string {
  return createHmac("sha256", pseudonymKey()).update(`import:${networkId}:${code}`).digest("hex");
}
