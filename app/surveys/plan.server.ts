import { and, asc, eq, gte, lte } from "drizzle-orm";
import { db } from "#db/client.server";
import { measurementPlan, networks } from "#db/schema";

/** Networks running in a school year with the quality unit's measurement choice. */
export function planForYear(schoolYear: number) {
  return db
    .select({
      id: networks.id,
      slug: networks.slug,
      title: networks.title,
      status: networks.status,
      pre: measurementPlan.pre,
      post: measurementPlan.post,
    })
    .from(networks)
    .leftJoin(
      measurementPlan,
      and(eq(measurementPlan.networkId, networks.id), eq(measurementPlan.schoolYear, schoolYear)),
    )
    .where(and(lte(networks.firstSchoolYear, schoolYear), gte(networks.lastSchoolYear, schoolYear)))
    .orderBy(asc(networks.title))
    .all()
    .map((row) => ({ ...row, pre: row.pre ?? false, post: row.post ?? false }));
}

/** Replaces the plan of a school year in one transaction. */
export function savePlan(
  schoolYear: number,
  choices: { networkId: number; pre: boolean; post: boolean }[],
): void {
  db.transaction(
    (tx) => {
      tx.delete(measurementPlan).where(eq(measurementPlan.schoolYear, schoolYear)).run();
      const measured = choices.filter((c) => c.pre || c.post);
      if (measured.length)
        tx.insert(measurementPlan)
          .values(measured.map((c) => ({ ...c, schoolYear })))
          .run();
    },
    { behavior: "immediate" },
  );
}
