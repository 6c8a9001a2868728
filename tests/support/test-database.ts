import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASE_DATABASE, TEST_DATA_DIR } from "./paths";

// Runs before each test file: a fresh copy of the migrated template, a real SQLite file.
const path = `${TEST_DATA_DIR}test-${randomUUID()}.db`;
copyFileSync(BASE_DATABASE, path);
process.env.DATABASE_PATH = path;
// The demo install (SEED_DEMO unset) makes its survey pseudonym key in the user's config folder:
// for tests a scratch one, never the developer's ~/.config (and outside the data folder tests/.data).
process.env.XDG_CONFIG_HOME = join(tmpdir(), "leerkracht-portal-tests", "config");
globalThis.__portalDb?.$client.close();
globalThis.__portalDb = undefined;
