import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prepareDatabase } from "~/seed/bootstrap.server";
import {
  demoPseudonymKeyFile,
  ensurePseudonymKey,
  existingPseudonymKey,
  legacyPseudonymKeyFile,
  lookupPseudonymKey,
  PseudonymKeyError,
  strayLegacyKeyWarning,
} from "~/surveys/pseudonym-key";

// One scratch folder per test file: databases (their data folders) and key files apart.
const root = mkdtempSync(join(tmpdir(), "pseudonym-key-"));
const ENV_NAMES = [
  "SEED_DEMO",
  "SURVEY_PSEUDONYM_KEY",
  "SURVEY_PSEUDONYM_KEY_FILE",
  "XDG_CONFIG_HOME",
  "HOME",
] as const;
const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));
const GOOD_KEY = randomBytes(32).toString("hex");

/** A database path in a data folder of its own (the file itself need not exist). */
function newDatabasePath(label: string): string {
  return join(mkdtempSync(join(root, `${label}-`)), "portal.db");
}

function keyFileAt(file: string, content = `${GOOD_KEY}\n`): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { mode: 0o600 });
  return file;
}

function realInstall(env: { SURVEY_PSEUDONYM_KEY?: string; SURVEY_PSEUDONYM_KEY_FILE?: string } = {}) {
  process.env.SEED_DEMO = "0";
  for (const name of ["SURVEY_PSEUDONYM_KEY", "SURVEY_PSEUDONYM_KEY_FILE"] as const) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PseudonymKeyError);
    return (error as Error).message;
  }
  throw new Error("expected a PseudonymKeyError");
}

beforeEach(() => {
  // The demo install's config folder, fresh for each test.
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(root, "config-"));
  delete process.env.SEED_DEMO;
  delete process.env.SURVEY_PSEUDONYM_KEY;
  delete process.env.SURVEY_PSEUDONYM_KEY_FILE;
});
afterEach(() => {
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  vi.restoreAllMocks();
});

describe("a real install (SEED_DEMO=0)", () => {
  it("refuses to start without a key, telling the operator how to make and keep one", async () => {
    realInstall();
    const error = await prepareDatabase({ log: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PseudonymKeyError);
    const message = (error as Error).message;
    const howTo = [
      "No survey pseudonym key is configured",
      "openssl rand -hex 32 > /etc/leerkracht/pseudonym.key",
      "chmod 600 /etc/leerkracht/pseudonym.key",
      "SURVEY_PSEUDONYM_KEY_FILE=/etc/leerkracht/pseudonym.key",
      "losing the key breaks the pre/post pairing of surveys still running",
      "never in the database backups",
    ];
    for (const part of howTo) expect(message).toContain(part);
    // An operator's message: no stack trace when startup fails on it.
    expect((error as Error).stack).toBe(`PseudonymKeyError: ${message}`);
    // Nothing was made in its place, beside the database or in the config folder.
    expect(existsSync(legacyPseudonymKeyFile(process.env.DATABASE_PATH!))).toBe(false);
    expect(readdirSync(process.env.XDG_CONFIG_HOME!)).toEqual([]);
  });

  it("accepts the key from SURVEY_PSEUDONYM_KEY or from a file outside the data folder, and says which on start", async () => {
    const database = newDatabasePath("echt");
    realInstall({ SURVEY_PSEUDONYM_KEY: GOOD_KEY });
    expect(ensurePseudonymKey(database)).toEqual({
      key: Buffer.from(GOOD_KEY),
      from: "SURVEY_PSEUDONYM_KEY",
    });

    const file = keyFileAt(join(root, "etc", "pseudonym.key"));
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: file });
    // The newline `openssl rand -hex 32 > file` writes is not part of the key.
    expect(ensurePseudonymKey(database)).toEqual({
      key: Buffer.from(GOOD_KEY),
      from: `SURVEY_PSEUDONYM_KEY_FILE=${file}`,
    });
    expect(lookupPseudonymKey(database)?.key.toString()).toBe(GOOD_KEY);

    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await prepareDatabase({ log: true });
    expect(log.mock.calls.flat().join("\n")).toContain(
      `Survey pseudonym key: SURVEY_PSEUDONYM_KEY_FILE=${file}; keep it out of database backups.`,
    );
  });

  it("refuses a key file inside the data folder, also when reached through a symlink", () => {
    const database = newDatabasePath("binnen");
    const inside = keyFileAt(join(dirname(database), "geheim", "pseudonym.key"));
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: inside });
    expect(refusal(() => ensurePseudonymKey(database))).toContain(
      `SURVEY_PSEUDONYM_KEY_FILE=${inside} is inside the data folder`,
    );

    const link = join(mkdtempSync(join(root, "link-")), "pseudonym.key");
    symlinkSync(inside, link);
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: link });
    expect(refusal(() => ensurePseudonymKey(database))).toContain("is inside the data folder");
    // The data folder itself reached through a symlink: the same folder.
    const linkedFolder = join(root, `gelinkt-${randomBytes(4).toString("hex")}`);
    symlinkSync(dirname(database), linkedFolder);
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: inside });
    expect(refusal(() => ensurePseudonymKey(join(linkedFolder, "portal.db")))).toContain(
      "is inside the data folder",
    );
  });

  it.each([
    ["too short", "0123456789abcdef0123456789abcde", "31 characters long; at least 32 are needed"],
    ["one character repeated", "0".repeat(64), "fewer than 8 different characters"],
    ["a placeholder repeated", "changeme".repeat(5), "fewer than 8 different characters"],
    ["white space inside", `${GOOD_KEY.slice(0, 20)} ${GOOD_KEY.slice(20)}`, "contains spaces"],
    ["too long", "ab01cd23ef45".repeat(100), "longer than 1024 characters"],
  ])("refuses a weak key: %s", (_label, key, reason) => {
    const database = newDatabasePath("zwak");
    realInstall({ SURVEY_PSEUDONYM_KEY: key });
    expect(refusal(() => ensurePseudonymKey(database))).toContain(reason);
    realInstall({
      SURVEY_PSEUDONYM_KEY_FILE: keyFileAt(
        join(mkdtempSync(join(root, "zwak-bestand-")), "pseudonym.key"),
        `${key}\n`,
      ),
    });
    expect(refusal(() => ensurePseudonymKey(database))).toContain(reason);
  });

  it("refuses an unclear configuration: both variables, a relative path, a missing file, a folder", () => {
    const database = newDatabasePath("onduidelijk");
    const file = keyFileAt(join(mkdtempSync(join(root, "beide-")), "pseudonym.key"));
    realInstall({ SURVEY_PSEUDONYM_KEY: GOOD_KEY, SURVEY_PSEUDONYM_KEY_FILE: file });
    expect(refusal(() => ensurePseudonymKey(database))).toContain("set only one of them");
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: "pseudonym.key" });
    expect(refusal(() => ensurePseudonymKey(database))).toContain("must be an absolute path");
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: join(root, "bestaat-niet.key") });
    expect(refusal(() => ensurePseudonymKey(database))).toContain("cannot be read (ENOENT)");
    realInstall({ SURVEY_PSEUDONYM_KEY_FILE: root });
    expect(refusal(() => ensurePseudonymKey(database))).toContain("is not a file");
  });

  it("refuses to keep using a key an older version left beside the database, and says how to move it", () => {
    const database = newDatabasePath("oud");
    const legacy = keyFileAt(legacyPseudonymKeyFile(database));
    realInstall();
    const message = refusal(() => ensurePseudonymKey(database));
    expect(message).toContain(`The survey pseudonym key is in the data folder (${legacy})`);
    expect(message).toContain(`mv ${legacy} /etc/leerkracht/pseudonym.key`);
    expect(message).toContain("set SURVEY_PSEUDONYM_KEY_FILE=/etc/leerkracht/pseudonym.key");
    expect(refusal(() => lookupPseudonymKey(database))).toBe(message);
    expect(readFileSync(legacy, "utf8")).toBe(`${GOOD_KEY}\n`); // left where it is, for the operator to move

    // Once a key is configured it is used, and the left-behind file is named as a leak.
    realInstall({ SURVEY_PSEUDONYM_KEY: GOOD_KEY });
    const key = ensurePseudonymKey(database);
    expect(key.from).toBe("SURVEY_PSEUDONYM_KEY");
    expect(strayLegacyKeyWarning(database, key)).toContain(
      `${legacy} is a survey pseudonym key in the data folder`,
    );
  });
});

describe("the demo install (SEED_DEMO unset)", () => {
  it("makes its key in the user's config folder, one per database, mode 0600, and nothing in the data folder", () => {
    const database = newDatabasePath("demo");
    const made = ensurePseudonymKey(database);
    const file = demoPseudonymKeyFile(database);
    expect(made).toMatchObject({ from: file, note: "created now" });
    expect(dirname(file)).toBe(join(process.env.XDG_CONFIG_HOME!, "leerkracht-portal"));
    expect(made.key.toString()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o077).toBe(0);
    expect(readdirSync(dirname(database))).toEqual([]);
    // The next start finds the same key; another database gets its own.
    expect(ensurePseudonymKey(database)).toEqual({ key: made.key, from: file });
    const other = newDatabasePath("demo-twee");
    expect(demoPseudonymKeyFile(other)).not.toBe(file);
    expect(ensurePseudonymKey(other).key.equals(made.key)).toBe(false);
    // Only the key files, no drafts left behind.
    expect(readdirSync(dirname(file)).sort()).toEqual(
      [file, demoPseudonymKeyFile(other)].map((path) => path.slice(dirname(file).length + 1)).sort(),
    );
  });

  it("falls back to ~/.config without XDG_CONFIG_HOME (or with a relative one)", () => {
    const home = mkdtempSync(join(root, "home-"));
    process.env.HOME = home;
    for (const xdg of [undefined, "relatief/config"]) {
      if (xdg === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = xdg;
      const database = newDatabasePath("thuis");
      expect(ensurePseudonymKey(database).from).toBe(
        join(home, ".config", "leerkracht-portal", demoPseudonymKeyFile(database).split("/").pop()!),
      );
    }
    expect(existsSync(resolve("relatief"))).toBe(false);
  });

  it("refuses a config folder inside the data folder", () => {
    const database = newDatabasePath("demo-binnen");
    process.env.XDG_CONFIG_HOME = join(dirname(database), "config");
    expect(refusal(() => ensurePseudonymKey(database))).toContain("inside the data folder");
    expect(readdirSync(dirname(database))).toEqual([]);
  });

  it("moves the key an older version left beside the database to the config folder, so its answers keep pairing", () => {
    const database = newDatabasePath("demo-oud");
    const legacy = keyFileAt(legacyPseudonymKeyFile(database));
    // Read-only lookups (the restore check) use it where it is.
    expect(lookupPseudonymKey(database)).toEqual({ key: Buffer.from(GOOD_KEY), from: legacy });
    expect(existsSync(legacy)).toBe(true);
    const moved = ensurePseudonymKey(database);
    expect(moved).toEqual({
      key: Buffer.from(GOOD_KEY),
      from: demoPseudonymKeyFile(database),
      note: `moved here from ${legacy}`,
    });
    expect(existsSync(legacy)).toBe(false);
    expect(statSync(demoPseudonymKeyFile(database)).mode & 0o777).toBe(0o600);
  });

  it("keeps a different key beside the database rather than delete what may be the last copy of one", () => {
    const database = newDatabasePath("demo-twee-sleutels");
    const first = ensurePseudonymKey(database);
    const legacy = keyFileAt(legacyPseudonymKeyFile(database), `${randomBytes(32).toString("hex")}\n`);
    expect(ensurePseudonymKey(database).key.equals(first.key)).toBe(true);
    expect(existsSync(legacy)).toBe(true);
    expect(strayLegacyKeyWarning(database, first)).toContain("The portal does not use it");
  });

  it("operator commands use an existing key but never make one", () => {
    const database = newDatabasePath("cli");
    expect(refusal(() => existingPseudonymKey(database))).toContain(`Operator commands never make one`);
    expect(existsSync(demoPseudonymKeyFile(database))).toBe(false);
    const made = ensurePseudonymKey(database);
    expect(existingPseudonymKey(database).key.equals(made.key)).toBe(true);
  });

  it("gives every process starting at once the same key, written whole", async () => {
    const database = newDatabasePath("race");
    const script = join(root, "race.ts");
    const module = resolve("app/surveys/pseudonym-key.ts");
    // All processes wait for the same moment, then ask for the key.
    writeFileSync(
      script,
      `import { ensurePseudonymKey } from ${JSON.stringify(module)};\nconst at = Number(process.argv[2]);\nwhile (Date.now() < at);\nprocess.stdout.write(ensurePseudonymKey(${JSON.stringify(database)}).key.toString());\n`,
    );
    const startAt = String(Date.now() + 2500);
    const run = () =>
      promisify(execFile)("node_modules/.bin/tsx", [script, startAt], {
        env: process.env,
        encoding: "utf8",
      }).then((result) => result.stdout);
    const keys = await Promise.all([run(), run(), run(), run()]);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(demoPseudonymKeyFile(database), "utf8").trim()).toBe(keys[0]);
    expect(readdirSync(dirname(demoPseudonymKeyFile(database)))).toHaveLength(1);
  }, 30_000);
});
