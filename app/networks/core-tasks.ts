import type { coreTasksAndImpulses } from "#db/schema/networks";

export type CoreTaskOrImpulse = (typeof coreTasksAndImpulses)[number];

/** How the kerntaken and beleidsimpulsen are named to users (catalogue filter, reach chapters). */
export const CORE_TASK_LABELS: Record<CoreTaskOrImpulse, string> = {
  KT1: "Kerntaak 1: beroepsbekwaamheid",
  KT2: "Kerntaak 2: professionele lerende organisatie",
  KT3: "Kerntaak 3: pedagogisch project",
  BI1: "Beleidsimpuls 1: brede basiszorg",
  BI2: "Beleidsimpuls 2: effectieve didactiek",
  BI3: "Beleidsimpuls 3: datageletterdheid",
  BI4: "Beleidsimpuls 4: Leerpunt",
};
