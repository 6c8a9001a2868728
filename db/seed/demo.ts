import { count, inArray } from "drizzle-orm";
import type { Db } from "../client.server";
import { institutions, users, type NewUser, type Role } from "../schema";
import { hashPassword } from "../../app/auth/password.server";
import { demoTeachers, seedDemoNetworks } from "./demo-activity";
import { demoInstitutions } from "./demo-institutions";

export const DEMO_PASSWORD = "Leerkracht-Demo-2026";

/** One account per role (the README and the start-up banner name them) plus a few colleagues. */
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role; jobFunction: string }> = [
  { email: "deelnemer@demo.test", name: "Lotte Demeyer", role: "participant", jobFunction: "leraar" },
  { email: "begeleider@demo.test", name: "Pieter Claeys", role: "facilitator", jobFunction: "pedagogisch begeleider" },
  { email: "beheerder@demo.test", name: "Sofie Maes", role: "admin", jobFunction: "beleidsmedewerker" },
  { email: "zorg@demo.test", name: "Jonas Wuyts", role: "participant", jobFunction: "zorgcoördinator" },
  { email: "directie@demo.test", name: "Els Vermeulen", role: "participant", jobFunction: "directeur" },
  { email: "ict@demo.test", name: "Ruben De Smet", role: "participant", jobFunction: "ICT-coördinator" },
  { email: "dko@demo.test", name: "Hanne Goossens", role: "participant", jobFunction: "leraar" },
  { email: "clb@demo.test", name: "Wout Jacobs", role: "participant", jobFunction: "CLB-medewerker" },
  { email: "begeleider2@demo.test", name: "Ines Mertens", role: "facilitator", jobFunction: "pedagogisch begeleider" },
];

export function isEmpty(db: Db): boolean {
  const userCount = db.select({ n: count() }).from(users).get()!.n;
  const institutionCount = db.select({ n: count() }).from(institutions).get()!.n;
  return userCount === 0 && institutionCount === 0;
}

export async function seedDemoData(db: Db): Promise<void> {
  // One hash for all demo accounts: they share the published demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const inserted = tx.insert(institutions).values(demoInstitutions).returning({ id: institutions.id }).all();
    const now = new Date();
    const rows: NewUser[] = DEMO_ACCOUNTS.map((account, index) => ({
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
    tx.insert(users).values(demoTeachers(passwordHash, inserted.map((i) => i.id), now)).run();
    seedDemoNetworks(tx, now);
  });
}

/** The demo accounts that exist in this database (none on a production install). */
export function presentDemoAccounts(db: Db) {
  const emails = DEMO_ACCOUNTS.slice(0, 3).map((account) => account.email);
  return db.select({ email: users.email, role: users.role }).from(users).where(inArray(users.email, emails)).all();
}
