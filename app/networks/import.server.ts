import { eq } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  networkAudiences,
  networkFacilitators,
  networkGoals,
  networkLevels,
  networks,
  operationalGoals,
  users,
} from "#db/schema";
import type { Table } from "~/imports/tabular";
import { validateNetworkImport } from "./import";
import { brusselsLocalToDate } from "./time";

export type NetworkImportOutcome = { ok: true; created: number } | { ok: false; errors: string[] };

/** Creates the networks of a school year as concepts, in one transaction: all or nothing. */
export function importNetworks(table: Table): NetworkImportOutcome {
  const validated = validateNetworkImport(table);
  if (!validated.ok) return validated;
  return db.transaction(
    (tx): NetworkImportOutcome => {
      const errors: string[] = [];
      const resolved = validated.rows.map((row) => {
        if (tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, row.slug)).get())
          errors.push(`Rij ${row.row}, kolom 'slug': '${row.slug}' bestaat al.`);
        const od = tx
          .select({ id: operationalGoals.id })
          .from(operationalGoals)
          .where(eq(operationalGoals.code, row.odCode))
          .get();
        if (!od)
          errors.push(`Rij ${row.row}, kolom 'od_code': de doelstelling '${row.odCode}' bestaat niet.`);
        const facilitator = row.facilitatorEmail
          ? tx
              .select({ id: users.id, role: users.role })
              .from(users)
              .where(eq(users.email, row.facilitatorEmail))
              .get()
          : null;
        if (row.facilitatorEmail && (!facilitator || facilitator.role === "participant"))
          errors.push(
            `Rij ${row.row}, kolom 'facilitator_email': geen begeleider met adres ${row.facilitatorEmail}.`,
          );
        return { row, odId: od?.id ?? null, facilitatorId: facilitator?.id ?? null };
      });
      if (errors.length) return { ok: false, errors };
      const now = new Date();
      for (const { row, odId, facilitatorId } of resolved) {
        const { id } = tx
          .insert(networks)
          .values({
            slug: row.slug,
            title: row.title,
            descriptionMarkdown: "",
            theme: "Effectieve didactiek",
            networkType: "lerend netwerk met inhoudelijke focus",
            region: null,
            firstSchoolYear: row.schoolYear,
            lastSchoolYear: row.schoolYear,
            status: "concept",
            capacity: row.capacity,
            registrationDeadline: brusselsLocalToDate(`${row.schoolYear}-09-30T23:59`)!,
            allowSessionRegistration: false,
            operationalGoalId: odId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: networks.id })
          .get();
        tx.insert(networkLevels).values({ networkId: id, level: row.level }).run();
        tx.insert(networkAudiences).values({ networkId: id, jobFunction: "leraar" }).run();
        tx.insert(networkGoals)
          .values(row.goals.map((text, position) => ({ networkId: id, position, text })))
          .run();
        if (facilitatorId)
          tx.insert(networkFacilitators).values({ networkId: id, userId: facilitatorId }).run();
      }
      return { ok: true, created: resolved.length };
    },
    { behavior: "immediate" },
  );
}
