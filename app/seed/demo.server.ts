import { count, inArray } from "drizzle-orm";
import type { Db } from "#db/client.server";
import { institutions, users, type NewUser } from "#db/schema";
import { hashPassword } from "~/auth/password.server";
import { demoTeachers, seedDemoNetworks } from "./demo-activity.server";
import { demoAccounts, demoInstitutions } from "./data";

export const DEMO_PASSWORD = "Leerkracht-Demo-2026";

export function isEmpty(db: Db): boolean {
  const userCount = db.select({ n: count() }).from(users).get()!.n;
  const institutionCount = db.select({ n: count() }).from(institutions).get()!.n;
  return userCount === 0 && institutionCount === 0;
}

export async function seedDemoData(db: Db): Promise<void> {
  // One hash for all demo accounts: they share the published demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const inserted = tx
      .insert(institutions)
      .values(demoInstitutions())
      .returning({ id: institutions.id })
      .all();
    const now = new Date();
    const rows: NewUser[] = demoAccounts().map((account, index) => ({
      id: `demo-${account.email.split("@")[0]}`,
      email: account.email,
      name: account.name,
      role: account.role,
      jobFunction: account.jobFunction,
      passwordHash,
      institutionId: inserted[(index * 5) % inserted.length].id,
      emailVerifiedAt: now,
      createdAt: now,
    }));
    tx.insert(users).values(rows).run();
    tx.insert(users)
      .values(
        demoTeachers(
          passwordHash,
          inserted.map((i) => i.id),
          now,
        ),
      )
      .run();
    seedDemoNetworks(tx, now);
  });
}

/**
 * The demo accounts that exist in this database (none on a production install): the first three
 * of db/seed/data/demo-accounts.json, one per role, which the README and the start-up banner name.
 */
export function presentDemoAccounts(db: Db) {
  const emails = demoAccounts()
    .slice(0, 3)
    .map((account) => account.email);
  return db
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(inArray(users.email, emails))
    .all();
}
