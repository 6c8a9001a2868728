import { db, databasePathFromEnv, migrateDatabase } from "./client.server";
import { DEMO_PASSWORD, isEmpty, presentDemoAccounts, seedDemoData } from "./seed/demo";
import { seedReferenceData } from "./seed/reference";
import { loadLibrary } from "../app/materials/library";

const ROLE_LABELS = { participant: "deelnemer", facilitator: "begeleider", admin: "beheerder" } as const;

/**
 * Runs on every start: applies pending migrations, seeds demo data into an empty database
 * unless SEED_DEMO=0, and prints the demo logins when they exist.
 */
export async function prepareDatabase({ log }: { log: boolean }): Promise<void> {
  migrateDatabase(db);
  seedReferenceData(db);
  loadLibrary(db);
  const seedDemo = process.env.SEED_DEMO !== "0";
  if (seedDemo && isEmpty(db)) {
    await seedDemoData(db);
    if (log) console.log(`Demo data seeded into ${databasePathFromEnv()}.`);
  }
  if (!log) return;
  const accounts = presentDemoAccounts(db);
  if (accounts.length === 0) return;
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const account of accounts) console.log(`  ${account.email.padEnd(24)} ${ROLE_LABELS[account.role]}`);
}
