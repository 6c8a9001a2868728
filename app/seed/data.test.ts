import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  demoAccounts,
  demoCoaches,
  demoInstitutions,
  demoNetworks,
  demoSurveyAnswers,
  demoTeacherNames,
  operationalGoalSeeds,
  readSeedFile,
  SEED_DATA_DIR,
  seedSchemas,
} from "./data";

const dir = mkdtempSync(join(tmpdir(), "seed-data-"));

/** A shipped file, changed by `mend`, written to a temporary file. */
function mended(name: string, mend: (data: never) => void): string {
  const data = JSON.parse(readFileSync(join(SEED_DATA_DIR, name), "utf8"));
  mend(data as never);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("the shipped seed data", () => {
  it("loads every file with the number of records the portal was built with", () => {
    const goals = operationalGoalSeeds();
    expect(goals).toHaveLength(90);
    expect(goals.filter((goal) => goal.planPeriod === "2022-2025")).toHaveLength(68);
    expect(goals.flatMap((goal) => goal.targets)).toHaveLength(84);
    const networks = demoNetworks();
    expect(networks).toHaveLength(34);
    expect(networks.flatMap((network) => network.sessions)).toHaveLength(124);
    expect(new Set(networks.map((network) => network.slug)).size).toBe(34);
    expect(demoInstitutions()).toHaveLength(47);
    const firstRoles = demoAccounts()
      .slice(0, 3)
      .map((account) => account.role);
    expect(firstRoles).toEqual(["participant", "facilitator", "admin"]);
    expect(demoAccounts()).toHaveLength(9);
    const { firstNames, lastNames, jobFunctions } = demoTeacherNames();
    expect([firstNames.length, lastNames.length, jobFunctions.length]).toEqual([24, 22, 8]);
    const { specialisations, roles, trainingStatuses, assignments } = demoCoaches();
    const coachLists = [specialisations, roles, trainingStatuses, assignments];
    expect(coachLists.map((list) => list.length)).toEqual([8, 4, 5, 4]);
    expect(Object.keys(demoSurveyAnswers().typicalScores)).toHaveLength(6);
  });

  it("reads each file once", () => {
    expect(demoNetworks()).toBe(demoNetworks());
  });

  it("every demo network's goal code is a seeded operational goal", () => {
    const codes = new Set(operationalGoalSeeds().map((goal) => goal.code));
    for (const network of demoNetworks()) expect(codes, network.slug).toContain(network.odCode);
  });
});

describe("a malformed seed file", () => {
  it("is refused with the file and the field at fault", () => {
    const file = mended("demo-networks.json", (networks: { sessions: { modality: string }[] }[]) => {
      networks[3].sessions[1].modality = "telepathisch";
    });
    expect(() => readSeedFile(file, seedSchemas.demoNetworks)).toThrow(
      `Seed data ${file} does not match its schema:\n` +
        `  [3].sessions[1].modality: Invalid option: expected one of "fysiek"|"online"|"hybride"`,
    );
  });

  it("names a missing field, a field of the wrong type and an unknown field, each with its place", () => {
    const file = mended("operational-goals.json", (goals: Record<string, unknown>[]) => {
      delete goals[0].wording;
      goals[5].targets = [{ level: "basisonderwijs", target: "veel" }];
      goals[7].periode = goals[7].planPeriod;
    });
    const refusal = () => readSeedFile(file, seedSchemas.operationalGoals);
    expect(refusal).toThrow(/operational-goals\.json does not match its schema/);
    expect(refusal).toThrow(/\[0\]\.wording: Invalid input: expected string, received undefined/);
    expect(refusal).toThrow(/\[5\]\.targets\[0\]\.target: Invalid input: expected number, received string/);
    expect(refusal).toThrow(/\[7\]: Unrecognized key: "periode"/);
  });

  it("names an object's field by its key", () => {
    const file = mended("demo-surveys.json", (pools: { typicalScores: Record<string, number[]> }) => {
      pools.typicalScores.kennis = [5, 4, 9];
    });
    const refusal = () => readSeedFile(file, seedSchemas.demoSurveyAnswers);
    expect(refusal).toThrow(/typicalScores\.kennis\[2\]: Too big/);
  });

  it("is refused with the file named when it is no JSON at all", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '[{ "name": "Stedelijke Basisschool", }]');
    const refusal = () => readSeedFile(file, seedSchemas.demoInstitutions);
    expect(refusal).toThrow(`Seed data ${file} cannot be read:`);
  });

  it("names a shipped file by its place in the repository", () => {
    expect(() => readSeedFile(join(SEED_DATA_DIR, "demo-teachers.json"), seedSchemas.demoCoaches)).toThrow(
      /^Seed data db\/seed\/data\/demo-teachers\.json does not match its schema:/,
    );
  });
});
