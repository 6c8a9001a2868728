import { like } from "drizzle-orm";
import type { Tx } from "#db/client.server";
import { digcompAssessments, digicoachProfiles, digicoachTeam, users } from "#db/schema";
import { demoCoaches } from "./data";

/**
 * Twelve realistic profiles among the demo teachers (one hidden), with self-assessments over
 * time; roles, training, specialisations and assignments cycle through the lists of
 * db/seed/data/demo-coaches.json.
 */
export function seedDemoCoaches(tx: Tx, random: () => number): void {
  const { specialisations, roles, trainingStatuses, assignments } = demoCoaches();
  const teachers = tx
    .select({ id: users.id, institutionId: users.institutionId })
    .from(users)
    .where(like(users.email, "leraar%@demo.test"))
    .orderBy(users.email)
    .all();
  const coaches = teachers.slice(0, 12);
  coaches.forEach((teacher, i) => {
    const specialisation = (k: number) => specialisations[k % specialisations.length];
    const training = trainingStatuses[i % trainingStatuses.length];
    tx.insert(digicoachProfiles)
      .values({
        userId: teacher.id,
        role: roles[i % roles.length],
        institutionId: teacher.institutionId,
        levels: i % 3 === 0 ? ["secundair onderwijs"] : ["basisonderwijs"],
        specialisations: [...new Set([specialisation(i), specialisation(i * 3 + 1)])],
        assignmentMarkdown: assignments[i % assignments.length],
        hoursPerWeek: 2 + (i % 4),
        schoolHasIctPolicy: i % 4 !== 3,
        trainingStatus: training,
        trainingCourse: training ? "Teach-the-teacheropleiding digicoach" : null,
        trainingDate: training ? `2025-${String(10 + (i % 3)).padStart(2, "0")}-15` : null,
        availability: (["vragen", "klasbezoek", "workshop"] as const).filter((_, a) => (i + a) % 2 === 0),
        visible: i !== 11,
        updatedAt: new Date(Date.UTC(2026, 9, 1)),
      })
      .run();
    const base = Array.from({ length: 22 }, () => 1 + Math.floor(random() * 3));
    tx.insert(digcompAssessments)
      .values({ userId: teacher.id, levels: base, takenAt: new Date(Date.UTC(2025, 9, 1)) })
      .run();
    if (i % 2 === 0)
      tx.insert(digcompAssessments)
        .values({
          userId: teacher.id,
          levels: base.map((l) => Math.min(6, l + (random() < 0.6 ? 1 : 0))),
          takenAt: new Date(Date.UTC(2026, 5, 1)),
        })
        .run();
  });
  if (coaches.length >= 2)
    tx.insert(digicoachTeam)
      .values({ requesterId: coaches[0].id, colleagueId: coaches[1].id, accepted: true })
      .run();
}
