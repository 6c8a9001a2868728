import { and, eq, inArray, like, or } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  digicoachProfiles,
  institutions,
  networkAudiences,
  networks,
  operationalGoals,
  registrations,
} from "#db/schema";

/** The programme's figures for beheerders: coaches per level and region, share trained, KPI. */
export function digicoachFigures() {
  const coaches = db
    .select({
      levels: digicoachProfiles.levels,
      trainingStatus: digicoachProfiles.trainingStatus,
      region: institutions.region,
    })
    .from(digicoachProfiles)
    .leftJoin(institutions, eq(digicoachProfiles.institutionId, institutions.id))
    .all();
  const perLevel = new Map<string, number>();
  const perRegion = new Map<string, number>();
  for (const c of coaches) {
    for (const level of c.levels) perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
    const region = c.region ?? "onbekend";
    perRegion.set(region, (perRegion.get(region) ?? 0) + 1);
  }
  // Digicoach trajectories: networks for digicoaches or under the programme's own goals (OD…).
  const trajectories = db
    .selectDistinct({ id: networks.id })
    .from(networks)
    .leftJoin(networkAudiences, eq(networkAudiences.networkId, networks.id))
    .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
    .where(or(eq(networkAudiences.jobFunction, "digicoach"), like(operationalGoals.code, "OD%")))
    .all()
    .map((r) => r.id);
  const teachers = trajectories.length
    ? db
        .selectDistinct({ id: registrations.userId })
        .from(registrations)
        .where(and(inArray(registrations.networkId, trajectories), eq(registrations.status, "registered")))
        .all().length
    : 0;
  return {
    total: coaches.length,
    perLevel: [...perLevel].sort(([a], [b]) => a.localeCompare(b, "nl")),
    perRegion: [...perRegion].sort(([a], [b]) => a.localeCompare(b, "nl")),
    shareTrained: coaches.length
      ? coaches.filter((c) => c.trainingStatus === "gevolgd").length / coaches.length
      : null,
    teachersInTrajectories: teachers,
  };
}
