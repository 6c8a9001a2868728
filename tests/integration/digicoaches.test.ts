import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { institutions } from "#db/schema";
import { digicoachFigures } from "~/digicoaches/figures.server";
import {
  answerTeamRequest,
  assessmentsOf,
  contactCoach,
  directory,
  profileForViewer,
  requestTeamLink,
  saveAssessment,
  saveProfile,
  teamOf,
} from "~/digicoaches/profiles.server";
import type { ProfileInput } from "~/digicoaches/validation";
import { institutionLabel } from "~/institutions/institutions.server";
import { renderMarkdown } from "~/materials/markdown.server";
import { mailsTo } from "#tests/support/mail";
import { createInstitution, createUser } from "#tests/support/factories";

const none = {
  q: "",
  regio: null,
  niveau: null,
  specialisatie: null,
  sterkte: null,
  groep: null,
  beschikbaar: null,
};

function input(institution: string, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    role: "digicoach",
    institution,
    levels: ["basisonderwijs"],
    specialisations: ["mediawijsheid"],
    extraSpecialisations: ["scratch"],
    assignmentMarkdown: "Ik begeleid **collega's**.",
    hoursPerWeek: 4,
    schoolHasIctPolicy: true,
    trainingStatus: "gevolgd",
    trainingCourse: "Teach-the-teacher",
    trainingDate: "2026-03-01",
    availability: ["vragen"],
    visible: true,
    ...overrides,
  };
}

function schoolInGroup(groupName: string) {
  const school = createInstitution(`School ${groupName} ${Math.random()}`);
  db.update(institutions)
    .set({ groupName, groupKind: "scholengroep", region: "Limburg" })
    .where(eq(institutions.id, school.id))
    .run();
  return { ...school, label: institutionLabel(school) };
}

describe("digicoach profiles", () => {
  it("are found in the directory by filters; hidden ones are 404 for others but visible to the owner", () => {
    const school = schoolInGroup("Scholengroep Test");
    const [visible, hidden, viewer] = [createUser(), createUser(), createUser()];
    expect(saveProfile(visible.id, input(school.label))).toEqual({ ok: true });
    expect(saveProfile(hidden.id, input(school.label, { visible: false }))).toEqual({ ok: true });
    expect(saveProfile(viewer.id, input("Bestaat niet (Nergens)"))).toEqual({
      ok: false,
      field: "institution",
      error: "Kies een school uit de lijst.",
    });
    expect(profileForViewer(hidden.id, viewer.id)).toBeNull();
    expect(profileForViewer(hidden.id, hidden.id)?.name).toBe(hidden.name);
    const found = directory({
      ...none,
      regio: "Limburg",
      specialisatie: "Scratch",
      groep: "Scholengroep Test",
      beschikbaar: "vragen",
    }).map((c) => c.userId);
    expect(found).toContain(visible.id);
    expect(found).not.toContain(hidden.id);
    expect(directory({ ...none, beschikbaar: "workshop" }).map((c) => c.userId)).not.toContain(visible.id);
    expect(JSON.stringify(directory(none))).not.toContain(visible.email);
  });

  it("keeps every self-assessment and uses the latest for the strongest area", () => {
    const school = schoolInGroup("Scholengroep DigComp");
    const coach = createUser();
    saveProfile(coach.id, input(school.label));
    saveAssessment(coach.id, Array(22).fill(2), new Date("2026-01-01"));
    saveAssessment(coach.id, [...Array(17).fill(2), 6, 6, 6, 6, 6], new Date("2026-06-01"));
    expect(assessmentsOf(coach.id).map((a) => a.takenAt.toISOString().slice(0, 10))).toEqual([
      "2026-06-01",
      "2026-01-01",
    ]);
    expect(
      directory({ ...none, sterkte: "Digitale competentie van leerlingen" }).map((c) => c.userId),
    ).toContain(coach.id);
  });

  it("forms a team only with colleagues of the same school or group, after they accept", () => {
    const school = schoolInGroup("Scholengroep Team");
    const other = schoolInGroup("Elders");
    const [a, b, stranger] = [createUser(), createUser(), createUser()];
    saveProfile(a.id, input(school.label));
    saveProfile(b.id, input(schoolInGroup("Scholengroep Team").label));
    saveProfile(stranger.id, input(other.label));
    expect(requestTeamLink(a.id, stranger.id)).toBe(false);
    expect(requestTeamLink(a.id, b.id)).toBe(true);
    expect(teamOf(a.id)).toEqual([]);
    answerTeamRequest(b.id, a.id, true);
    expect(teamOf(a.id).map((t) => t.id)).toEqual([b.id]);
    expect(teamOf(b.id).map((t) => t.id)).toEqual([a.id]);
  });

  it("contact goes through the outbox without exposing the coach's address to the sender", () => {
    const school = schoolInGroup("Scholengroep Contact");
    const coach = createUser();
    saveProfile(coach.id, input(school.label));
    const sender = createUser();
    expect(contactCoach(sender, coach.id, "Mag ik eens komen kijken in je klas?")).toBe(true);
    const mail = mailsTo(coach.email)[0];
    expect(mail.bodyText).toContain("Mag ik eens komen kijken in je klas?");
    expect(mail.bodyText).toContain(sender.email);
    saveProfile(coach.id, input(school.label, { visible: false }));
    expect(contactCoach(sender, coach.id, "Nog een vraag.")).toBe(false);
  });

  it("the school-specific assignment is sanitised markdown", () => {
    expect(renderMarkdown("Hallo <img src=x onerror=alert(1)><script>alert(2)</script>")).not.toMatch(
      /onerror|<script/,
    );
  });

  it("counts coaches per level and region and the share trained", () => {
    const figures = digicoachFigures();
    expect(figures.total).toBeGreaterThan(0);
    expect(figures.shareTrained).not.toBeNull();
    expect(figures.perRegion.some(([region]) => region === "Limburg")).toBe(true);
  });
});
