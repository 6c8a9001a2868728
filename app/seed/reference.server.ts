import { and, eq } from "drizzle-orm";
import type { Db } from "#db/client.server";
import { operationalGoals, operationalGoalTargets } from "#db/schema";
import { operationalGoalSeeds } from "./data";

/**
 * Reference data every install needs (also with SEED_DEMO=0): the operational goals with their
 * reach targets (db/seed/data/operational-goals.json). Only missing goals are added, so an
 * admin's edits survive restarts.
 */
export function seedReferenceData(db: Db): number {
  return db.transaction(
    (tx) => {
      let added = 0;
      for (const goal of operationalGoalSeeds()) {
        const exists = tx
          .select({ id: operationalGoals.id })
          .from(operationalGoals)
          .where(and(eq(operationalGoals.code, goal.code), eq(operationalGoals.planPeriod, goal.planPeriod)))
          .get();
        if (exists) continue;
        const { id } = tx
          .insert(operationalGoals)
          .values({
            code: goal.code,
            wording: goal.wording,
            coreTaskOrImpulse: goal.coreTaskOrImpulse,
            planPeriod: goal.planPeriod,
          })
          .returning({ id: operationalGoals.id })
          .get();
        if (goal.targets.length)
          tx.insert(operationalGoalTargets)
            .values(goal.targets.map((t) => ({ operationalGoalId: id, level: t.level, target: t.target })))
            .run();
        added++;
      }
      return added;
    },
    { behavior: "immediate" },
  );
}
