import { mkdirSync, rmSync } from "node:fs";
import { BASE_DATABASE, TEST_DATA_DIR } from "./paths";

/** Builds one migrated, empty template database; every test file starts from a copy of it. */
export default async function globalSetup() {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const { openDatabase, migrateDatabase } = await import("../../db/client.server");
  const db = openDatabase(BASE_DATABASE);
  migrateDatabase(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}
