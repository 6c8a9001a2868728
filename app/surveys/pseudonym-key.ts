// Where the survey pseudonym key comes from (README "Keeping the pseudonym key"). Opens no
// database: the operator CLI's restore checks the key before anything touches the database file.
//
// Whoever holds the database file, its -wal and its backups but not the key must not be able to
// link an answer to a person. So the key never lives in the data folder (the folder holding the
// database file, which backups and copies take along): a real install (SEED_DEMO=0) reads it from
// its configuration only, a demo install may make one in the user's config folder.
import { createHash, createHmac, randomBytes } from "node:crypto";
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** The key itself. */
export const KEY_ENV = "SURVEY_PSEUDONYM_KEY";
/** The absolute path of a file holding the key, outside the data folder. */
export const KEY_FILE_ENV = "SURVEY_PSEUDONYM_KEY_FILE";
/**
 * 32 characters: the hex of 16 random bytes (128 bits). The key is used as its text (UTF-8), as it
 * always was, so keys already in use keep their pseudonyms; `openssl rand -hex 32` gives 64.
 */
export const MIN_KEY_LENGTH = 32;
/** Long but guessable placeholders ("changeme" repeated, a run of zeros) have few distinct characters. */
const MIN_DISTINCT_CHARACTERS = 8;
const MAX_KEY_LENGTH = 1024;
/** A key file is one line; anything bigger is the wrong file (and /dev/zero must not be read whole). */
const MAX_KEY_FILE_BYTES = 4096;
/** The name older versions gave the key file they created beside the database. */
const LEGACY_KEY_FILE_NAME = "survey-pseudonym.key";

export interface PseudonymKey {
  key: Buffer;
  /** Where it came from, for messages: the environment variable, or the file. */
  from: string;
  /** What happened at this start, when something did ("created now", "moved here from …"). */
  note?: string;
}

/** The key is missing, misplaced or too weak; the message tells the operator what to do. */
export class PseudonymKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PseudonymKeyError";
    // An operator's instruction, not a bug: printed without a stack trace when startup fails on it.
    this.stack = `${this.name}: ${message}`;
  }
}

/** SEED_DEMO unset or anything but "0": the demo install of `npm start` on a fresh clone. */
export function isDemoInstall(): boolean {
  return process.env.SEED_DEMO !== "0";
}

/** HMAC-SHA256 of user and network under a key: pre and post of one person pair up, across networks they don't. */
export function pseudonymWith(key: Buffer, userId: string, networkId: number): string {
  return createHmac("sha256", key).update(`${userId}:${networkId}`).digest("hex");
}

// ---- Places ---------------------------------------------------------------------------------

/** The folder holding the database file, with symlinks resolved as far as the path exists. */
export function dataFolder(databasePath: string): string {
  return realPathAsFarAsItExists(dirname(resolve(databasePath)));
}

/** realpath of the longest existing part of the path, the rest appended (a key file may not exist yet). */
function realPathAsFarAsItExists(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch (error) {
    if (!["ENOENT", "ENOTDIR"].includes(errorCode(error))) throw error;
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPathAsFarAsItExists(parent), basename(absolute));
  }
}

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return !(rest === ".." || rest.startsWith(`..${sep}`) || isAbsolute(rest));
}

/** Where versions before SURVEY_PSEUDONYM_KEY_FILE created the key: beside the database, so in every copy of its folder. */
export function legacyPseudonymKeyFile(databasePath: string): string {
  return join(dirname(resolve(databasePath)), LEGACY_KEY_FILE_NAME);
}

/**
 * Where a demo install keeps its key: the user's config folder, never the data folder, one file
 * per database (named after a hash of its absolute path) so two demo databases never share a key.
 */
export function demoPseudonymKeyFile(databasePath: string): string {
  const fromEnv = process.env.XDG_CONFIG_HOME;
  // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
  const configHome = fromEnv && isAbsolute(fromEnv) ? fromEnv : join(homedir(), ".config");
  const tag = createHash("sha256").update(resolve(databasePath)).digest("hex").slice(0, 16);
  return join(configHome, "leerkracht-portal", `survey-pseudonym-${tag}.key`);
}

// ---- Messages -------------------------------------------------------------------------------

function howToMakeAKey(databasePath: string): string {
  return [
    "Make a key and point the portal at it, e.g.:",
    "  mkdir -p /etc/leerkracht && (umask 077 && openssl rand -hex 32 > /etc/leerkracht/pseudonym.key) && chmod 600 /etc/leerkracht/pseudonym.key",
    `  and set ${KEY_FILE_ENV}=/etc/leerkracht/pseudonym.key in the server's environment (or ${KEY_ENV} to the key itself).`,
    `The file must be readable by the user the portal runs as and lie outside the data folder (${dataFolder(databasePath)}).`,
    "Keep a copy in your password manager or secrets store, never in the database backups: losing the key breaks the pre/post pairing of surveys still running (published results stay), and the key together with a copy of the database links the answers of surveys not yet published to persons.",
  ].join("\n");
}

function missingKeyMessage(databasePath: string): string {
  const demo = demoPseudonymKeyFile(databasePath);
  const demoHint = existsSync(demo)
    ? `\nThis database was started as a demo install before; its demo key is ${demo}: if its answers must keep pairing, point ${KEY_FILE_ENV} at that file.`
    : "";
  return `No survey pseudonym key is configured for ${resolve(databasePath)}: ${KEY_ENV} and ${KEY_FILE_ENV} are unset, and a real install (SEED_DEMO=0) never makes one itself.\n${howToMakeAKey(databasePath)}${demoHint}`;
}

function legacyKeyMessage(legacy: string): string {
  return [
    `The survey pseudonym key is in the data folder (${legacy}), where an older version put it: every copy or backup of that folder takes it along, together with the database it protects.`,
    "Move it out of the data folder and point the portal at it (do not make a new one: the answers of surveys still running were paired with this key), e.g.:",
    `  mkdir -p /etc/leerkracht && mv ${legacy} /etc/leerkracht/pseudonym.key && chmod 600 /etc/leerkracht/pseudonym.key`,
    `  and set ${KEY_FILE_ENV}=/etc/leerkracht/pseudonym.key in the server's environment.`,
    "Keep a copy in your password manager or secrets store, and remove the old copies from the backups of the data folder.",
  ].join("\n");
}

/** For a restore refused for want of a key: where the portal looked. */
export function placesSearchedForKey(databasePath: string): string {
  const unset = `${KEY_ENV} and ${KEY_FILE_ENV} are unset`;
  return isDemoInstall()
    ? `${unset}, and there is no demo key at ${demoPseudonymKeyFile(databasePath)}`
    : unset;
}

/**
 * A key file left in the data folder (by an older version) while the key comes from elsewhere, or
 * before a backup: it leaks with every copy of the folder. Null when there is none, or when it is
 * the demo key in use (the demo install moves it at its next start).
 */
export function strayLegacyKeyWarning(databasePath: string, inUse?: PseudonymKey): string | null {
  const legacy = legacyPseudonymKeyFile(databasePath);
  if (!existsSync(legacy) || inUse?.from === legacy) return null;
  const used = inUse
    ? `The portal does not use it (its key is ${inUse.from}); make sure that one is the key in use, then delete ${legacy}`
    : `Move it out of the data folder and set ${KEY_FILE_ENV} to its new place`;
  return `Warning: ${legacy} is a survey pseudonym key in the data folder, so every copy of the folder takes it along. ${used}, and remove its copies from backups of the folder.`;
}

// ---- Reading --------------------------------------------------------------------------------

/** Why a key text is unusable, or null when it is fine. */
export function keyWeakness(text: string): string | null {
  if (text.length < MIN_KEY_LENGTH)
    return `it is ${text.length} characters long; at least ${MIN_KEY_LENGTH} are needed`;
  if (text.length > MAX_KEY_LENGTH) return `it is longer than ${MAX_KEY_LENGTH} characters`;
  if (!/^[\x21-\x7e]+$/.test(text))
    return "it contains spaces, line breaks or characters other than printable ASCII";
  if (new Set(text).size < MIN_DISTINCT_CHARACTERS)
    return `it uses fewer than ${MIN_DISTINCT_CHARACTERS} different characters, so it can be guessed`;
  return null;
}

function checkedKey(text: string, from: string, databasePath: string): PseudonymKey {
  const weakness = keyWeakness(text);
  if (weakness)
    throw new PseudonymKeyError(
      `The survey pseudonym key from ${from} is not usable: ${weakness}.\n${howToMakeAKey(databasePath)}`,
    );
  return { key: Buffer.from(text, "utf8"), from };
}

/** The key in a file; the trailing newline `openssl rand -hex 32 > file` writes is not part of it. */
function readKeyFile(file: string, from: string, databasePath: string): PseudonymKey {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new PseudonymKeyError(`The survey pseudonym key ${from} is not a file.`);
    if (stat.size > MAX_KEY_FILE_BYTES)
      throw new PseudonymKeyError(
        `The survey pseudonym key ${from} is larger than ${MAX_KEY_FILE_BYTES} bytes; is it the right file?`,
      );
    text = readFileSync(file, "utf8").trim();
  } catch (error) {
    if (error instanceof PseudonymKeyError) throw error;
    throw new PseudonymKeyError(
      `The survey pseudonym key ${from} cannot be read (${errorCode(error) || String(error)}).\n${howToMakeAKey(databasePath)}`,
    );
  }
  return checkedKey(text, from, databasePath);
}

function checkedKeyFilePath(file: string, databasePath: string): string {
  if (!isAbsolute(file))
    throw new PseudonymKeyError(`${KEY_FILE_ENV} must be an absolute path; it is "${file}".`);
  const folder = dataFolder(databasePath);
  if (isInside(folder, realPathAsFarAsItExists(file))) {
    throw new PseudonymKeyError(
      `${KEY_FILE_ENV}=${file} is inside the data folder ${folder}, where every copy of the database folder would take the key along. Move the key file out of it.\n${howToMakeAKey(databasePath)}`,
    );
  }
  return file;
}

/** The key from the configuration (SURVEY_PSEUDONYM_KEY or SURVEY_PSEUDONYM_KEY_FILE), or null when neither is set. */
export function configuredPseudonymKey(databasePath: string): PseudonymKey | null {
  // An empty value counts as unset, as it always did (a way to clear a variable in a child's environment).
  const value = process.env[KEY_ENV] || undefined;
  const file = process.env[KEY_FILE_ENV] || undefined;
  if (value && file)
    throw new PseudonymKeyError(`Both ${KEY_ENV} and ${KEY_FILE_ENV} are set; set only one of them.`);
  if (value) return checkedKey(value, KEY_ENV, databasePath);
  if (file)
    return readKeyFile(checkedKeyFilePath(file, databasePath), `${KEY_FILE_ENV}=${file}`, databasePath);
  return null;
}

/** A real install never reads a key from the data folder, and says so rather than making or ignoring one. */
function refuseLegacyKey(databasePath: string): null {
  const legacy = legacyPseudonymKeyFile(databasePath);
  if (existsSync(legacy)) throw new PseudonymKeyError(legacyKeyMessage(legacy));
  return null;
}

function checkedDemoKeyFile(databasePath: string): string {
  const file = demoPseudonymKeyFile(databasePath);
  const folder = dataFolder(databasePath);
  if (isInside(folder, realPathAsFarAsItExists(file))) {
    throw new PseudonymKeyError(
      `The demo key would be ${file}, inside the data folder ${folder}; set XDG_CONFIG_HOME to a folder outside it, or configure a key.\n${howToMakeAKey(databasePath)}`,
    );
  }
  return file;
}

function existingDemoKey(databasePath: string): PseudonymKey | null {
  const file = checkedDemoKeyFile(databasePath);
  if (existsSync(file)) return readKeyFile(file, file, databasePath);
  // An older demo's key beside the database still pairs its answers (ensurePseudonymKey moves it).
  const legacy = legacyPseudonymKeyFile(databasePath);
  return existsSync(legacy) ? readKeyFile(legacy, legacy, databasePath) : null;
}

/**
 * The key a server on this database would use, without creating or moving anything (the restore
 * check, the operator CLI); null when there is none yet. Throws PseudonymKeyError when the
 * configuration is unusable, or when a real install finds a key file only in the data folder.
 */
export function lookupPseudonymKey(databasePath: string): PseudonymKey | null {
  const configured = configuredPseudonymKey(databasePath);
  if (configured) return configured;
  return isDemoInstall() ? existingDemoKey(databasePath) : refuseLegacyKey(databasePath);
}

/** The key for commands that use it but must never make one (the CLI may run without SEED_DEMO=0 against a real database). */
export function existingPseudonymKey(databasePath: string): PseudonymKey {
  const found = lookupPseudonymKey(databasePath);
  if (found) return found;
  if (!isDemoInstall()) throw new PseudonymKeyError(missingKeyMessage(databasePath));
  throw new PseudonymKeyError(
    `No survey pseudonym key for ${resolve(databasePath)} yet: ${placesSearchedForKey(databasePath)}. Operator commands never make one; start the demo server once (npm start), or configure the key.\n${howToMakeAKey(databasePath)}`,
  );
}

/**
 * The key for the server's start. A real install takes the configured one or refuses (how-to in the
 * message). A demo install without one gets one in the user's config folder; the key an older
 * version left beside the database moves there, so its answers keep pairing.
 */
export function ensurePseudonymKey(databasePath: string): PseudonymKey {
  const configured = configuredPseudonymKey(databasePath);
  if (configured) return configured;
  if (!isDemoInstall()) {
    refuseLegacyKey(databasePath);
    throw new PseudonymKeyError(missingKeyMessage(databasePath));
  }
  return ensureDemoKey(databasePath);
}

// ---- The demo key ---------------------------------------------------------------------------

function ensureDemoKey(databasePath: string): PseudonymKey {
  const file = checkedDemoKeyFile(databasePath);
  const legacy = legacyPseudonymKeyFile(databasePath);
  let note: string | undefined;
  if (!existsSync(file)) {
    // Read before publishing and removed only after: a second process starting meanwhile either
    // reads the old key too, or loses the race to publish its own (see publishOnce).
    const inherited = readIfExists(legacy);
    if (publishOnce(file, inherited ?? `${randomBytes(32).toString("hex")}\n`))
      note = inherited === null ? "created now" : `moved here from ${legacy}`;
  }
  const key = readKeyFile(file, file, databasePath);
  removeIfSameKey(legacy, key.key);
  return note ? { ...key, note } : key;
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/**
 * Creates the key file whole or not at all, mode 0600 from its first byte: the draft is created
 * with "wx", and the hard link that publishes it is atomic and refuses an existing file, so of two
 * processes starting at once exactly one key wins and nobody reads a half-written one. False when
 * another process was first.
 */
function publishOnce(file: string, content: string): boolean {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(draft, content, { flag: "wx", mode: 0o600 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** Only a copy is removed: a different key beside the database may be the last copy of one in use. */
function removeIfSameKey(legacy: string, key: Buffer): void {
  if (readIfExists(legacy)?.trim() === key.toString("utf8")) rmSync(legacy, { force: true });
}

function errorCode(error: unknown): string {
  return String((error as NodeJS.ErrnoException | undefined)?.code ?? "");
}
