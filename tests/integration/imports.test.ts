import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { networkGoals, networks, surveyAnswers, surveyResponses, surveys } from "#db/schema";
import { toXlsx } from "~/exports/spreadsheet";
import { importNetworksCommand, importResponsesCommand } from "~/cli/commands";
import { importResponses } from "~/surveys/import.server";
import { TEST_DATA_DIR } from "#tests/support/paths";
import { createOperationalGoal, createPublishedNetwork, createUser } from "#tests/support/factories";

function networkWithGoals() {
  return createPublishedNetwork(createUser("facilitator").id, { goals: ["getalbegrip", "hoofdrekenen"] })
    .network;
}

const header = [
  "phase",
  "respondent",
  "role",
  "tevredenheid",
  "bruikbaarheid",
  "kennis: getalbegrip",
  "geleerd: getalbegrip",
  "ondersteuning",
  "praktijktoepassing",
  "open: Wat vond je het meest bruikbaar?",
];

describe("importing historic responses", () => {
  it("creates the surveys, pairs pre and post by respondent code and records the participant count", () => {
    const network = networkWithGoals();
    const outcome = importResponses(
      network.id,
      [
        header,
        ["pre", "R1", "leraar", "", "", "2", "", "3", "1", ""],
        ["post", "R1", "leraar", "5", "4", "4", "5", "3", "3", "De voorbeelden"],
        ["post", "", "directeur", "4", "4", "3", "4", "2", "2", ""],
      ],
      12,
    );
    expect(outcome).toEqual({ ok: true, imported: { pre: 1, post: 2 }, skipped: 0 });
    const rows = db.select().from(surveys).where(eq(surveys.networkId, network.id)).all();
    expect(rows.map((s) => [s.phase, s.recordedParticipants, s.origin, s.sealedAt !== null])).toEqual(
      expect.arrayContaining([
        ["pre", 12, "import", true],
        ["post", 12, "import", true],
      ]),
    );
    const responses = db
      .select()
      .from(surveyResponses)
      .all()
      .filter((r) => rows.some((s) => s.id === r.surveyId));
    const pre = responses.find((r) => rows.find((s) => s.id === r.surveyId)!.phase === "pre")!;
    const pairedPost = responses.filter((r) => r.pseudonym === pre.pseudonym);
    expect(pairedPost).toHaveLength(2);
    // Both phases are published, so the codes' keyed hashes were replaced by random pair tokens.
    expect(pre.pseudonym).toMatch(/^paar-/);
    expect(responses.filter((r) => r.pseudonym === null)).toHaveLength(1);
    expect(responses.every((r) => r.source === "import")).toBe(true);
    const answers = db
      .select()
      .from(surveyAnswers)
      .all()
      .filter((a) => responses.some((r) => r.id === a.responseId));
    expect(answers.some((a) => a.text === "De voorbeelden")).toBe(true);
  });

  it("rejects the whole file on one bad cell, and any import into a phase the network already has", () => {
    const network = networkWithGoals();
    const bad = importResponses(
      network.id,
      [
        header,
        ["post", "R1", "leraar", "5", "4", "4", "5", "3", "3", ""],
        ["post", "R2", "leraar", "7", "4", "4", "5", "3", "3", ""],
      ],
      10,
    );
    expect(bad).toEqual({
      ok: false,
      errors: ["Rij 3, kolom 'tevredenheid': '7' is geen geheel getal van 1 tot 5."],
    });
    expect(db.select().from(surveys).where(eq(surveys.networkId, network.id)).all()).toEqual([]);
    const good = [header, ["post", "R1", "leraar", "5", "4", "4", "5", "3", "3", ""]];
    expect(importResponses(network.id, good, 10)).toMatchObject({ ok: true });
    const again = importResponses(
      network.id,
      [header, ["post", "R9", "leraar", "5", "4", "4", "5", "3", "3", ""]],
      10,
    );
    expect(again).toEqual({
      ok: false,
      errors: [expect.stringContaining("Dit netwerk heeft al een nameting.")],
    });
    expect(
      db
        .select()
        .from(surveyResponses)
        .all()
        .filter(
          (r) => db.select().from(surveys).where(eq(surveys.id, r.surveyId)).get()!.networkId === network.id,
        ),
    ).toHaveLength(1);
  });

  it("never imports more filled-in forms than participants, and skips rows that answer nothing", () => {
    const network = networkWithGoals();
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ["post", `R${i}`, "leraar", "4", "4", "4", "4", "3", "3", ""]);
    expect(importResponses(network.id, [header, ...rows(6)], 5)).toEqual({
      ok: false,
      errors: [expect.stringContaining("6 ingevulde formulieren voor de nameting, meer dan de 5 deelnemers")],
    });
    const blank = ["", "", "", "", "", "", "", "", "", ""];
    const empty = ["post", "", "leraar", "", "", "", "", "", "", ""];
    expect(importResponses(network.id, [header, ...rows(5), blank, empty, blank], 5)).toEqual({
      ok: true,
      imported: { pre: 0, post: 5 },
      skipped: 3,
    });
  });

  it("the CLI reads CSV and XLSX files", () => {
    const network = networkWithGoals();
    const xlsx = join(TEST_DATA_DIR, `import-${network.id}.xlsx`);
    writeFileSync(xlsx, toXlsx("Antwoorden", [header, ["post", "A", "leraar", 5, 5, 4, 4, 3, 4, "Alles"]]));
    expect(importResponsesCommand({ network: network.slug, file: xlsx, participants: "9" })).toEqual({
      ok: true,
      message: `Imported 0 pre and 1 post responses into ${network.slug} as historic measurements.`,
    });
    const csv = join(TEST_DATA_DIR, `import-${network.id}.csv`);
    writeFileSync(csv, "phase;kleur\npost;rood\n");
    expect(importResponsesCommand({ network: network.slug, file: csv, participants: "9" })).toEqual({
      ok: false,
      message: "Nothing imported:\nKolom 'kleur' is onbekend.",
    });
    expect(importResponsesCommand({ network: network.slug, file: csv }).ok).toBe(false);
    expect(importResponsesCommand({ network: "bestaat-niet", file: csv }).ok).toBe(false);
    expect(importResponsesCommand({ network: network.slug, file: csv, participants: "-1" }).ok).toBe(false);
  });
});

describe("importing networks", () => {
  it("creates concept networks with goals, level and facilitator, or nothing at all", () => {
    const od = createOperationalGoal();
    const facilitator = createUser("facilitator");
    const file = join(TEST_DATA_DIR, `networks-${od.id}.csv`);
    writeFileSync(
      file,
      `slug;title;goals;od_code;school_year;level;facilitator_email;capacity\nnetwerk-breuken-${od.id};Netwerk breuken;breuken vergelijken|breuken op de getallenlijn;${od.code};2026-2027;bao;${facilitator.email};20\nnetwerk-dko-${od.id};Netwerk DKO;samen musiceren;${od.code};2026;dko;;12\n`,
    );
    expect(importNetworksCommand({ file })).toEqual({
      ok: true,
      message: "Created 2 networks (as concept).",
    });
    const created = db
      .select()
      .from(networks)
      .where(eq(networks.slug, `netwerk-breuken-${od.id}`))
      .get()!;
    expect(created).toMatchObject({
      status: "concept",
      firstSchoolYear: 2026,
      capacity: 20,
      operationalGoalId: od.id,
    });
    expect(
      db
        .select({ text: networkGoals.text })
        .from(networkGoals)
        .where(eq(networkGoals.networkId, created.id))
        .all()
        .map((g) => g.text),
    ).toEqual(["breuken vergelijken", "breuken op de getallenlijn"]);

    writeFileSync(
      file,
      `slug;title;goals;od_code;school_year;level;facilitator_email;capacity\nnog-een-${od.id};Nog een netwerk;doel;${od.code};2026-2027;bao;;20\nfout-${od.id};Fout netwerk;doel;ONBESTAAND 9.9;2026-2027;xyz;;0\n`,
    );
    const rejected = importNetworksCommand({ file });
    expect(rejected.ok).toBe(false);
    expect(rejected.message).toContain(
      "Rij 3, kolom 'level': gebruik een van: bao, so, buo, dko, clb, vo, lsc.",
    );
    expect(rejected.message).toContain("Rij 3, kolom 'capacity': geef een geheel getal van 1 tot 1000.");
    expect(
      db
        .select()
        .from(networks)
        .where(eq(networks.slug, `nog-een-${od.id}`))
        .get(),
    ).toBeUndefined();
  });
});

describe("importing institutions", () => {
  it("adds and updates institutions idempotently, or reports every bad cell and imports nothing", async () => {
    const { importInstitutionsCommand } = await import("~/cli/commands");
    const file = join(TEST_DATA_DIR, `institutions-${Date.now()}.csv`);
    writeFileSync(
      file,
      "name;kind;level;city;region;group_kind;group_name\nGBS De Zonnebloem;basisschool;basisonderwijs;Hasselt;Limburg;scholengemeenschap;SG Hasselt\nCLB Limburg;clb;clb;Genk;Limburg;;\n",
    );
    expect(importInstitutionsCommand({ file })).toEqual({
      ok: true,
      message: "Institutions: 2 added, 0 updated.",
    });
    expect(importInstitutionsCommand({ file })).toEqual({
      ok: true,
      message: "Institutions: 0 added, 2 updated.",
    });
    writeFileSync(file, "name;kind;level;city;region\nFout;kasteel;basisonderwijs;Hasselt;Mars\n");
    const result = importInstitutionsCommand({ file });
    expect(result.ok).toBe(false);
    expect(result.message).toContain("Rij 2, kolom 'kind'");
    expect(result.message).toContain("Rij 2, kolom 'region'");
  });
});
