import { db, databasePathFromEnv, migrateDatabase } from "#db/client.server";
import { loadLibrary } from "~/materials/library";
import { ensurePseudonymKey, isDemoInstall, strayLegacyKeyWarning } from "~/surveys/pseudonym-key";
import { DEMO_PASSWORD, isEmpty, presentDemoAccounts, seedDemoData } from "./demo.server";
import { seedReferenceData } from "./reference.server";

const ROLE_LABELS = { participant: "deelnemer", facilitator: "begeleider", admin: "beheerder" } as const;

interface PrepareOptions {
  log: boolean;
  /** Seed demo data into an empty database; by default unless SEED_DEMO=0. Operator commands never do. */
  seedDemo?: boolean;
  /** Refuse without a usable survey pseudonym key. The server always does; operator commands check it where they use it. */
  requirePseudonymKey?: boolean;
}

/**
 * Runs on every start: checks the survey pseudonym key (a real install without one refuses to
 * start, with the how-to in the error), applies pending migrations, seeds demo data into an
 * empty database unless SEED_DEMO=0, and prints the demo logins when they exist.
 */
export async function prepareDatabase({
  log,
  seedDemo = isDemoInstall(),
  requirePseudonymKey = true,
}: PrepareOptions): Promise<void> {
  if (requirePseudonymKey) checkPseudonymKey(log);
  migrateDatabase(db);
  seedReferenceData(db);
  loadLibrary(db);
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

/** Before anything is migrated or served; says where the key is, so an operator can keep it apart from the backups. */
function checkPseudonymKey(log: boolean): void {
  const databasePath = databasePathFromEnv();
  const key = ensurePseudonymKey(databasePath);
  if (!log) return;
  console.log(
    `Survey pseudonym key: ${key.from}${key.note ? ` (${key.note})` : ""}; keep it out of database backups.`,
  );
  const warning = strayLegacyKeyWarning(databasePath, key);
  if (warning) console.warn(warning);
}
