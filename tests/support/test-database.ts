import { copyFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { BASE_DATABASE, TEST_DATA_DIR } from "./paths";

// Runs before each test file: a fresh copy of the migrated template, a real SQLite file.
const path = `${TEST_DATA_DIR}test-${randomUUID()}.db`;
copyFileSync(BASE_DATABASE, path);
process.env.DATABASE_PATH = path;
globalThis.__portalDb?.$client.close();
globalThis.__portalDb = undefined;
