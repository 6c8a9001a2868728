import { and, desc, eq, inArray, or } from "drizzle-orm";
import { db } from "#db/client.server";
import {
  digcompAssessments,
  digicoachProfiles,
  digicoachTeam,
  institutions,
  materials,
  networkFacilitators,
  networks,
  registrations,
  users,
} from "#db/schema";
import { config } from "~/config.server";
import { deliverPendingMailInBackground, enqueueMail } from "~/mail/outbox.server";
import { findInstitutionByLabel } from "~/institutions/institutions.server";
import { strongestAreas } from "./digcompedu";
import type { ProfileInput } from "./validation";

export function ownProfile(userId: string) {
  return db.select().from(digicoachProfiles).where(eq(digicoachProfiles.userId, userId)).get() ?? null;
}

export type SaveProfileResult = { ok: true } | { ok: false; field: string; error: string };

export function saveProfile(userId: string, input: ProfileInput): SaveProfileResult {
  const institution = input.institution ? findInstitutionByLabel(input.institution) : null;
  if (input.institution && !institution)
    return { ok: false, field: "institution", error: "Kies een school uit de lijst." };
  const values = {
    role: input.role,
    institutionId: institution?.id ?? null,
    levels: input.levels,
    specialisations: [
      ...new Set([...input.specialisations.map((s) => s.toLowerCase()), ...input.extraSpecialisations]),
    ],
    assignmentMarkdown: input.assignmentMarkdown,
    hoursPerWeek: input.hoursPerWeek,
    schoolHasIctPolicy: input.schoolHasIctPolicy,
    trainingStatus: input.trainingStatus,
    trainingCourse: input.trainingCourse ?? null,
    trainingDate: input.trainingDate ?? null,
    availability: input.availability,
    visible: input.visible,
    updatedAt: new Date(),
  };
  db.insert(digicoachProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: digicoachProfiles.userId, set: values })
    .run();
  return { ok: true };
}

export function deleteProfile(userId: string): void {
  db.delete(digicoachProfiles).where(eq(digicoachProfiles.userId, userId)).run();
}

export function saveAssessment(userId: string, levels: number[], now = new Date()): void {
  db.insert(digcompAssessments).values({ userId, levels, takenAt: now }).run();
}

export function assessmentsOf(userId: string) {
  return db
    .select()
    .from(digcompAssessments)
    .where(eq(digcompAssessments.userId, userId))
    .orderBy(desc(digcompAssessments.takenAt), desc(digcompAssessments.id))
    .all();
}

/** A profile as others see it; hidden profiles exist only for their owner. */
export function profileForViewer(profileUserId: string, viewerId: string) {
  const row = db
    .select({ profile: digicoachProfiles, name: users.name, institution: institutions })
    .from(digicoachProfiles)
    .innerJoin(users, eq(digicoachProfiles.userId, users.id))
    .leftJoin(institutions, eq(digicoachProfiles.institutionId, institutions.id))
    .where(eq(digicoachProfiles.userId, profileUserId))
    .get();
  if (!row || (!row.profile.visible && profileUserId !== viewerId)) return null;
  const involved = db
    .selectDistinct({ slug: networks.slug, title: networks.title })
    .from(networks)
    .leftJoin(
      registrations,
      and(
        eq(registrations.networkId, networks.id),
        eq(registrations.userId, profileUserId),
        eq(registrations.status, "registered"),
      ),
    )
    .leftJoin(
      networkFacilitators,
      and(eq(networkFacilitators.networkId, networks.id), eq(networkFacilitators.userId, profileUserId)),
    )
    .where(
      and(
        or(eq(registrations.userId, profileUserId), eq(networkFacilitators.userId, profileUserId)),
        inArray(networks.status, ["gepubliceerd", "volzet", "afgesloten"]),
      ),
    )
    .all();
  const shared = db
    .select({ id: materials.id, title: materials.title })
    .from(materials)
    .where(and(eq(materials.authorId, profileUserId), inArray(materials.visibility, ["ingelogd", "publiek"])))
    .all();
  return {
    ...row,
    assessments: assessmentsOf(profileUserId),
    networks: involved,
    materials: shared,
    team: teamOf(profileUserId),
  };
}

export function teamOf(userId: string) {
  const links = db
    .select()
    .from(digicoachTeam)
    .where(
      and(
        eq(digicoachTeam.accepted, true),
        or(eq(digicoachTeam.requesterId, userId), eq(digicoachTeam.colleagueId, userId)),
      ),
    )
    .all();
  const ids = links.map((l) => (l.requesterId === userId ? l.colleagueId : l.requesterId));
  return ids.length
    ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all()
    : [];
}

export function pendingTeamRequests(userId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(digicoachTeam)
    .innerJoin(users, eq(digicoachTeam.requesterId, users.id))
    .where(and(eq(digicoachTeam.colleagueId, userId), eq(digicoachTeam.accepted, false)))
    .all();
}

/** Colleagues of the same school or scholengroep/scholengemeenschap who could form a team. */
export function teamCandidates(userId: string) {
  const mine = db
    .select({ institution: institutions })
    .from(digicoachProfiles)
    .leftJoin(institutions, eq(digicoachProfiles.institutionId, institutions.id))
    .where(eq(digicoachProfiles.userId, userId))
    .get()?.institution;
  if (!mine) return [];
  return db
    .select({ id: users.id, name: users.name, school: institutions.name })
    .from(digicoachProfiles)
    .innerJoin(users, eq(digicoachProfiles.userId, users.id))
    .innerJoin(institutions, eq(digicoachProfiles.institutionId, institutions.id))
    .where(
      and(
        eq(digicoachProfiles.visible, true),
        or(
          eq(institutions.id, mine.id),
          mine.groupName ? eq(institutions.groupName, mine.groupName) : undefined,
        ),
      ),
    )
    .all()
    .filter((c) => c.id !== userId);
}

export function requestTeamLink(userId: string, colleagueId: string): boolean {
  if (!teamCandidates(userId).some((c) => c.id === colleagueId)) return false;
  db.insert(digicoachTeam)
    .values({ requesterId: userId, colleagueId, accepted: false })
    .onConflictDoNothing()
    .run();
  return true;
}

/** False when there is no such request to answer. */
export function answerTeamRequest(userId: string, requesterId: string, accept: boolean): boolean {
  const where = and(eq(digicoachTeam.requesterId, requesterId), eq(digicoachTeam.colleagueId, userId));
  return (
    (accept
      ? db.update(digicoachTeam).set({ accepted: true }).where(where).run()
      : db.delete(digicoachTeam).where(where).run()
    ).changes > 0
  );
}

export interface DirectoryFilters {
  q: string;
  regio: string | null;
  niveau: string | null;
  specialisatie: string | null;
  sterkte: string | null;
  groep: string | null;
  beschikbaar: string | null;
}

/** Visible profiles only; the e-mail address is never part of the directory. */
export function directory(filters: DirectoryFilters) {
  const rows = db
    .select({
      userId: digicoachProfiles.userId,
      name: users.name,
      role: digicoachProfiles.role,
      levels: digicoachProfiles.levels,
      specialisations: digicoachProfiles.specialisations,
      availability: digicoachProfiles.availability,
      trainingStatus: digicoachProfiles.trainingStatus,
      school: institutions.name,
      region: institutions.region,
      groupName: institutions.groupName,
    })
    .from(digicoachProfiles)
    .innerJoin(users, eq(digicoachProfiles.userId, users.id))
    .leftJoin(institutions, eq(digicoachProfiles.institutionId, institutions.id))
    .where(eq(digicoachProfiles.visible, true))
    .all();
  const latest = new Map<string, number[]>();
  for (const a of db.select().from(digcompAssessments).orderBy(desc(digcompAssessments.takenAt)).all())
    if (!latest.has(a.userId)) latest.set(a.userId, a.levels);
  const q = filters.q.toLowerCase();
  return rows
    .map((r) => ({ ...r, strongest: latest.has(r.userId) ? strongestAreas(latest.get(r.userId)!) : [] }))
    .filter(
      (r) =>
        (!q || `${r.name} ${r.school ?? ""} ${r.specialisations.join(" ")}`.toLowerCase().includes(q)) &&
        (!filters.regio || r.region === filters.regio) &&
        (!filters.niveau || r.levels.includes(filters.niveau)) &&
        (!filters.specialisatie || r.specialisations.includes(filters.specialisatie.toLowerCase())) &&
        (!filters.sterkte || r.strongest.includes(filters.sterkte)) &&
        (!filters.groep || r.groupName === filters.groep) &&
        (!filters.beschikbaar || r.availability.includes(filters.beschikbaar)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/** Contact without revealing the coach's address: the message goes out through the outbox. */
export function contactCoach(
  from: { name: string; email: string },
  coachUserId: string,
  message: string,
): boolean {
  const coach = db
    .select({ name: users.name, email: users.email, visible: digicoachProfiles.visible })
    .from(digicoachProfiles)
    .innerJoin(users, eq(digicoachProfiles.userId, users.id))
    .where(eq(digicoachProfiles.userId, coachUserId))
    .get();
  if (!coach?.visible) return false;
  enqueueMail(db, coach.email, {
    subject: `Vraag van ${from.name} via LEERKR@CHT.NET`,
    bodyText: `Dag ${coach.name},\n\n${from.name} stuurde je een bericht via je digicoachprofiel:\n\n${message}\n\nAntwoorden kan rechtstreeks naar ${from.email}.\n\nJe profiel: ${config.appOrigin}/digicoaches/${coachUserId}`,
    sensitive: false,
  });
  deliverPendingMailInBackground();
  return true;
}
