import { eq } from "drizzle-orm";
import type { Tx } from "#db/client.server";
import {
  attendance,
  intakeQuestions,
  networkAudiences,
  networkFacilitators,
  networkGoals,
  networkLevels,
  networks,
  networkSessions,
  operationalGoals,
  registrations,
  users,
  type NewUser,
} from "#db/schema";
import { brusselsLocalToDate } from "~/networks/time";
import { demoNetworks, demoTeacherNames } from "./data";
import { seedDemoCoaches } from "./demo-coaches.server";
import { seedDemoSurveys } from "./demo-surveys.server";
import { demoShiftDays, shiftLocalDate } from "./demo-calendar";

/** A small deterministic generator: the demo looks the same on every install. */
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** 48 teachers whose names and functions cycle through db/seed/data/demo-teachers.json. */
export function demoTeachers(passwordHash: string, institutionIds: number[], now: Date): NewUser[] {
  const { firstNames, lastNames, jobFunctions } = demoTeacherNames();
  return Array.from({ length: 48 }, (_, i) => ({
    id: `demo-leraar-${i + 1}`,
    email: `leraar${String(i + 1).padStart(2, "0")}@demo.test`,
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`,
    role: "participant" as const,
    jobFunction: jobFunctions[i % jobFunctions.length],
    passwordHash,
    institutionId: institutionIds[(i * 3) % institutionIds.length],
    emailVerifiedAt: now,
    createdAt: now,
  }));
}

function local(value: string, shiftDays: number): Date {
  const date = brusselsLocalToDate(shiftLocalDate(value, shiftDays));
  if (!date) throw new Error(`invalid demo date ${value}`);
  return date;
}

/** Networks with their sessions, then registrations, a waitlist and attendance on past sessions. */
export function seedDemoNetworks(tx: Tx, now: Date): void {
  const random = prng(20252026);
  const shiftDays = demoShiftDays(now);
  const userIds = new Map(
    tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .all()
      .map((u) => [u.email, u.id]),
  );
  const teachers = tx
    .select({ id: users.id, institutionId: users.institutionId })
    .from(users)
    .where(eq(users.role, "participant"))
    .all();
  const demoParticipant = userIds.get("deelnemer@demo.test")!;

  for (const demo of demoNetworks()) {
    const od = tx
      .select({ id: operationalGoals.id })
      .from(operationalGoals)
      .where(eq(operationalGoals.code, demo.odCode))
      .get();
    const created = local(demo.sessions[0]?.start ?? demo.registrationDeadline, shiftDays);
    const network = tx
      .insert(networks)
      .values({
        slug: demo.slug,
        title: demo.title,
        descriptionMarkdown: demo.descriptionMarkdown,
        theme: demo.theme,
        networkType: demo.networkType,
        region: demo.region,
        firstSchoolYear: demo.firstSchoolYear,
        lastSchoolYear: demo.lastSchoolYear,
        status: demo.status,
        capacity: demo.capacity,
        registrationDeadline: local(demo.registrationDeadline, shiftDays),
        allowSessionRegistration: demo.allowSessionRegistration,
        operationalGoalId: od?.id ?? null,
        createdAt: created,
        updatedAt: created,
      })
      .returning()
      .get();
    tx.insert(networkLevels)
      .values(demo.levels.map((level) => ({ networkId: network.id, level })))
      .run();
    tx.insert(networkAudiences)
      .values(demo.audiences.map((jobFunction) => ({ networkId: network.id, jobFunction })))
      .run();
    tx.insert(networkGoals)
      .values(demo.goals.map((text, position) => ({ networkId: network.id, position, text })))
      .run();
    if (demo.intakeQuestions.length)
      tx.insert(intakeQuestions)
        .values(
          demo.intakeQuestions.map((question, position) => ({
            networkId: network.id,
            position,
            question,
            required: false,
          })),
        )
        .run();
    tx.insert(networkFacilitators)
      .values(demo.facilitatorEmails.map((email) => ({ networkId: network.id, userId: userIds.get(email)! })))
      .run();
    const sessions = demo.sessions.map((s) =>
      tx
        .insert(networkSessions)
        .values({
          networkId: network.id,
          kind: s.kind,
          title: s.title ?? null,
          startsAt: local(s.start, shiftDays),
          endsAt: local(s.end, shiftDays),
          modality: s.modality,
          venueName: s.venueName ?? null,
          venueAddress: s.venueAddress ?? null,
          onlineUrl: s.onlineUrl ?? null,
          capacity: s.capacity ?? null,
        })
        .returning()
        .get(),
    );

    if (demo.status === "concept") continue;
    // The small network fills up and gets a waitlist; the others fill to 40–90 %.
    const full = demo.slug === "netwerk-getallen";
    const seated = full ? demo.capacity : Math.max(3, Math.floor(demo.capacity * (0.4 + random() * 0.5)));
    const pool = teachers.filter((t) => t.id !== demoParticipant).sort(() => random() - 0.5);
    const picked = pool.slice(0, seated + (full ? 3 : 0));
    const joinsAsDemoParticipant = [
      "lerend-netwerk-lezen-met-begrip",
      "lerend-netwerk-van-digicoaches",
      "netwerk-verbindende-doelen",
      "stem-in-je-klas",
    ].includes(demo.slug);
    if (joinsAsDemoParticipant)
      picked.unshift({
        id: demoParticipant,
        institutionId: teachers.find((t) => t.id === demoParticipant)!.institutionId,
      });
    if (full)
      picked.splice(seated + 1, 0, {
        id: demoParticipant,
        institutionId: teachers.find((t) => t.id === demoParticipant)!.institutionId,
      });
    const enrolledAt = created.getTime() - 30 * 86_400_000;
    picked.forEach((teacher, index) => {
      const waitlisted = full && index >= seated;
      const status = demo.status === "geannuleerd" ? "cancelled" : waitlisted ? "waitlisted" : "registered";
      const at = new Date(enrolledAt + index * 3_600_000);
      tx.insert(registrations)
        .values({
          networkId: network.id,
          sessionId: null,
          userId: teacher.id,
          institutionId: teacher.institutionId,
          status,
          queueKey: at.getTime(),
          createdAt: at,
          updatedAt: at,
        })
        .run();
      if (status !== "registered") return;
      for (const session of sessions) {
        if (session.endsAt >= now) continue;
        tx.insert(attendance)
          .values({
            sessionId: session.id,
            userId: teacher.id,
            present: random() < 0.85,
            method: "facilitator",
            markedAt: session.endsAt,
          })
          .run();
      }
    });
    if (full) tx.update(networks).set({ status: "volzet" }).where(eq(networks.id, network.id)).run();
  }
  seedDemoSurveys(tx, random);
  seedDemoCoaches(tx, random);
}
