import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { db } from "#db/client.server";
import { coreTasksAndImpulses, operationalGoals, operationalGoalTargets, targetLevels } from "#db/schema";

const targetField = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce
    .number({ error: "Geef een getal." })
    .int("Geef een geheel getal.")
    .min(0, "Een streefcijfer kan niet negatief zijn.")
    .max(100_000, "Dit streefcijfer is te groot.")
    .optional(),
);

export const operationalGoalFormSchema = z.object({
  code: z
    .string({ error: "Geef een code." })
    .trim()
    .min(2, "Geef een code, bijvoorbeeld NO 1.2.")
    .max(30, "De code mag hoogstens 30 tekens lang zijn."),
  wording: z
    .string({ error: "Geef de omschrijving." })
    .trim()
    .min(10, "Geef de volledige omschrijving.")
    .max(2000, "De omschrijving mag hoogstens 2000 tekens lang zijn."),
  coreTaskOrImpulse: z.enum(coreTasksAndImpulses, { error: "Kies een kerntaak of beleidsimpuls." }),
  planPeriod: z
    .string({ error: "Geef de planperiode." })
    .trim()
    .regex(/^\d{4}-\d{4}$/, "Geef de planperiode als 2025-2030."),
  ...Object.fromEntries(targetLevels.map((level) => [`target:${level}`, targetField])),
});

export type OperationalGoalInput = z.output<typeof operationalGoalFormSchema>;

export function listOperationalGoalsWithTargets() {
  const goals = db
    .select()
    .from(operationalGoals)
    .orderBy(asc(operationalGoals.planPeriod), asc(operationalGoals.code))
    .all();
  const targets = db.select().from(operationalGoalTargets).all();
  return goals.map((goal) => ({
    ...goal,
    targets: Object.fromEntries(
      targets.filter((t) => t.operationalGoalId === goal.id).map((t) => [t.level, t.target]),
    ) as Record<string, number>,
  }));
}

/** Creates or updates a goal and its targets; null when the code is already used in that period. */
export function saveOperationalGoal(id: number | null, input: OperationalGoalInput): number | null {
  return db.transaction(
    (tx) => {
      const clash = tx
        .select({ id: operationalGoals.id })
        .from(operationalGoals)
        .where(
          and(
            eq(operationalGoals.code, input.code),
            eq(operationalGoals.planPeriod, input.planPeriod),
            id === null ? undefined : ne(operationalGoals.id, id),
          ),
        )
        .get();
      if (clash) return null;
      const values = {
        code: input.code,
        wording: input.wording,
        coreTaskOrImpulse: input.coreTaskOrImpulse,
        planPeriod: input.planPeriod,
      };
      const goalId =
        id === null
          ? tx.insert(operationalGoals).values(values).returning({ id: operationalGoals.id }).get().id
          : (tx.update(operationalGoals).set(values).where(eq(operationalGoals.id, id)).run(), id);
      tx.delete(operationalGoalTargets).where(eq(operationalGoalTargets.operationalGoalId, goalId)).run();
      const record = input as Record<string, unknown>;
      const targets = targetLevels.flatMap((level) =>
        typeof record[`target:${level}`] === "number"
          ? [{ operationalGoalId: goalId, level, target: record[`target:${level}`] as number }]
          : [],
      );
      if (targets.length) tx.insert(operationalGoalTargets).values(targets).run();
      return goalId;
    },
    { behavior: "immediate" },
  );
}
