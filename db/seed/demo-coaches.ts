import { like } from "drizzle-orm";
import type { Tx } from "../client.server";
import { digcompAssessments, digicoachProfiles, digicoachTeam, users } from "../schema";


const SPECIALISATIONS = ["digitale didactiek", "mediawijsheid", "computationeel denken", "veilig ICT-gebruik", "inclusie met ICT", "programmeren met Scratch", "AI in de klas", "Bookwidgets"];
const ROLES = ["digicoach", "digicoach", "ICT-coördinator", "digigangmaker"] as const;
const STATUSES = ["gevolgd", "gevolgd", "bezig", "gepland", null] as const;
const ASSIGNMENTS = [
  "Ik ondersteun collega’s bij het **doelgericht inzetten van tablets** in de lagere school en geef elke maand een korte workshop.",
  "Als digicoach werk ik samen met de directie aan ons **ICT-beleidsplan** en begeleid ik startende leraren.",
  "Ik help leraren om **mediawijsheid** een plaats te geven in de lessen: van nepnieuws herkennen tot veilig online communiceren.",
  "Samen met de zorgcoördinator zoek ik naar **ICT als hefboom voor inclusie**, zoals voorleessoftware en digitale differentiatie.",
];

/** Twelve realistic profiles among the demo teachers (one hidden), with self-assessments over time. */
export function seedDemoCoaches(tx: Tx, random: () => number): void {
  const teachers = tx.select({ id: users.id, institutionId: users.institutionId }).from(users).where(like(users.email, "leraar%@demo.test")).orderBy(users.email).all();
  const coaches = teachers.slice(0, 12);
  coaches.forEach((teacher, i) => {
    const specialisations = [SPECIALISATIONS[i % SPECIALISATIONS.length], SPECIALISATIONS[(i * 3 + 1) % SPECIALISATIONS.length]];
    tx.insert(digicoachProfiles)
      .values({
        userId: teacher.id,
        role: ROLES[i % ROLES.length],
        institutionId: teacher.institutionId,
        levels: i % 3 === 0 ? ["secundair onderwijs"] : ["basisonderwijs"],
        specialisations: [...new Set(specialisations)],
        assignmentMarkdown: ASSIGNMENTS[i % ASSIGNMENTS.length],
        hoursPerWeek: 2 + (i % 4),
        schoolHasIctPolicy: i % 4 !== 3,
        trainingStatus: STATUSES[i % STATUSES.length],
        trainingCourse: STATUSES[i % STATUSES.length] ? "Teach-the-teacheropleiding digicoach" : null,
        trainingDate: STATUSES[i % STATUSES.length] ? `2025-${String(10 + (i % 3)).padStart(2, "0")}-15` : null,
        availability: (["vragen", "klasbezoek", "workshop"] as const).filter((_, a) => (i + a) % 2 === 0),
        visible: i !== 11,
        updatedAt: new Date(Date.UTC(2026, 9, 1)),
      })
      .run();
    const base = Array.from({ length: 22 }, () => 1 + Math.floor(random() * 3));
    tx.insert(digcompAssessments).values({ userId: teacher.id, levels: base, takenAt: new Date(Date.UTC(2025, 9, 1)) }).run();
    if (i % 2 === 0) tx.insert(digcompAssessments).values({ userId: teacher.id, levels: base.map((l) => Math.min(6, l + (random() < 0.6 ? 1 : 0))), takenAt: new Date(Date.UTC(2026, 5, 1)) }).run();
  });
  if (coaches.length >= 2) tx.insert(digicoachTeam).values({ requesterId: coaches[0].id, colleagueId: coaches[1].id, accepted: true }).run();
}
