import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { institutions, networks, networkSessions, operationalGoals, users, type Role } from "#db/schema";
import { createNetwork } from "~/networks/networks.server";
import type { NetworkInput } from "~/networks/validation";

let counter = 0;

export function createInstitution(name = `School ${++counter}`) {
  return db
    .insert(institutions)
    .values({ name, kind: "basisschool", level: "basisonderwijs", city: "Gent", region: "Oost-Vlaanderen" })
    .returning()
    .get();
}

export function createUser(role: Role = "participant", institutionId?: number) {
  const id = randomUUID();
  const n = ++counter;
  db.insert(users)
    .values({
      id,
      email: `gebruiker${n}@school.test`,
      name: `Gebruiker ${n}`,
      role,
      passwordHash: "x",
      jobFunction: "leraar",
      institutionId: institutionId ?? createInstitution().id,
      emailVerifiedAt: new Date(),
      createdAt: new Date(),
    })
    .run();
  return db.select().from(users).where(eq(users.id, id)).get()!;
}

export function createOperationalGoal() {
  return db
    .insert(operationalGoals)
    .values({
      code: `T ${++counter}`,
      wording: "Een operationele doelstelling voor tests.",
      coreTaskOrImpulse: "KT1",
      planPeriod: "2025-2030",
    })
    .returning()
    .get();
}

const DAY = 86_400_000;

/** A published network with sessions in the future, run by `facilitatorId`. */
export function createPublishedNetwork(
  facilitatorId: string,
  overrides: Partial<NetworkInput> = {},
  sessionCount = 2,
) {
  const now = Date.now();
  const input: NetworkInput = {
    title: `Testnetwerk ${++counter}`,
    descriptionMarkdown: "Een netwerk om te testen.",
    theme: "Wiskunde en STEM",
    networkType: "lerend netwerk met inhoudelijke focus",
    levels: ["basisonderwijs"],
    audiences: ["leraar"],
    region: null,
    firstSchoolYear: 2026,
    lastSchoolYear: 2026,
    capacity: 3,
    registrationDeadline: new Date(now + 20 * DAY),
    allowSessionRegistration: false,
    allowMemberMaterials: false,
    operationalGoalId: createOperationalGoal().id,
    goals: ["getalbegrip"],
    intakeQuestions: [],
    ...overrides,
  };
  const { slug } = createNetwork(input, facilitatorId);
  const network = db.select().from(networks).where(eq(networks.slug, slug)).get()!;
  db.update(networks).set({ status: "gepubliceerd" }).where(eq(networks.id, network.id)).run();
  const sessions = Array.from({ length: sessionCount }, (_, i) =>
    db
      .insert(networkSessions)
      .values({
        networkId: network.id,
        kind: "netwerkmoment",
        startsAt: new Date(now + (30 + i * 7) * DAY),
        endsAt: new Date(now + (30 + i * 7) * DAY + 2.5 * 3_600_000),
        modality: "fysiek",
        venueName: "GBS De Vlieger",
        venueAddress: "Kerkstraat 1, 9000 Gent",
      })
      .returning()
      .get(),
  );
  return { network: { ...network, status: "gepubliceerd" as const }, sessions };
}
