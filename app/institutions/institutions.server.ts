import { and, asc, eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { institutions, type Institution, type NewInstitution } from "#db/schema";

/** The text shown in the searchable list and typed back by the user: unique per institution. */
export function institutionLabel(institution: Pick<Institution, "name" | "city">): string {
  return `${institution.name} (${institution.city})`;
}

export function listInstitutionOptions() {
  return db
    .select({
      id: institutions.id,
      name: institutions.name,
      city: institutions.city,
      level: institutions.level,
      region: institutions.region,
      groupName: institutions.groupName,
    })
    .from(institutions)
    .orderBy(asc(institutions.name))
    .all()
    .map((institution) => ({ ...institution, label: institutionLabel(institution) }));
}

export function findInstitutionByLabel(label: string): Institution | undefined {
  const match = /^(.*) \(([^()]*)\)$/.exec(label.trim());
  if (!match) return undefined;
  return db
    .select()
    .from(institutions)
    .where(and(eq(institutions.name, match[1]), eq(institutions.city, match[2])))
    .get();
}

export function getInstitution(id: number): Institution | undefined {
  return db.select().from(institutions).where(eq(institutions.id, id)).get();
}

/** Adds new institutions and updates known ones (same name and municipality): importing twice changes nothing. */
export function upsertInstitutions(rows: NewInstitution[]): { added: number; updated: number } {
  return db.transaction(
    (tx) => {
      let added = 0;
      let updated = 0;
      for (const row of rows) {
        const existing = tx
          .select({ id: institutions.id })
          .from(institutions)
          .where(and(eq(institutions.name, row.name), eq(institutions.city, row.city)))
          .get();
        if (existing) {
          tx.update(institutions).set(row).where(eq(institutions.id, existing.id)).run();
          updated++;
        } else {
          tx.insert(institutions).values(row).run();
          added++;
        }
      }
      return { added, updated };
    },
    { behavior: "immediate" },
  );
}
