import { and, asc, eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { institutions, type Institution } from "#db/schema";

/** The text shown in the searchable list and typed back by the user: unique per institution. */
export function institutionLabel(institution: Pick<Institution, "name" | "city">): string {
  return `${institution.name} (${institution.city})`;
}

export function listInstitutionOptions() {
  return db
    .select({ id: institutions.id, name: institutions.name, city: institutions.city, level: institutions.level, region: institutions.region, groupName: institutions.groupName })
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
