import { describe, expect, it } from "vitest";
import { parseForm } from "~/http/form";
import { networkFormSchema, sessionFormSchema, slugify } from "./validation";

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const validNetwork: Array<[string, string]> = [
  ["title", "Netwerk getallen"],
  ["descriptionMarkdown", "Samen werken aan **getalbegrip**."],
  ["theme", "Wiskunde en STEM"],
  ["networkType", "lerend netwerk met inhoudelijke focus"],
  ["levels", "basisonderwijs"],
  ["audiences", "leraar"],
  ["audiences", "zorgcoördinator"],
  ["region", ""],
  ["firstSchoolYear", "2026"],
  ["capacity", "24"],
  ["registrationDeadline", "2026-12-15T23:59"],
  ["operationalGoalId", "3"],
  ["goals", "getalbegrip in de eerste graad\n\n  hoofdrekenstrategieën  \n"],
  ["intakeQuestions", ""],
];

describe("networkFormSchema", () => {
  it("parses a valid network: lists from lines and checkboxes, Vlaanderen-breed as null", () => {
    const result = parseForm(networkFormSchema, form(validNetwork));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      levels: ["basisonderwijs"],
      audiences: ["leraar", "zorgcoördinator"],
      region: null,
      firstSchoolYear: 2026,
      lastSchoolYear: 2026,
      goals: ["getalbegrip in de eerste graad", "hoofdrekenstrategieën"],
      intakeQuestions: [],
      allowSessionRegistration: false,
    });
  });

  it.each([
    ["capacity", "0", "Het aantal plaatsen moet minstens 1 zijn."],
    ["capacity", "2,5", "Geef het aantal plaatsen als een getal."],
    ["capacity", "100000", "Het aantal plaatsen mag hoogstens 1000 zijn."],
    ["title", "x", "Geef het netwerk een titel van minstens 3 tekens."],
    ["registrationDeadline", "morgen", "Geef een geldige uiterste inschrijvingsdatum."],
    ["goals", "", "Geef minstens één doel of inhoud (één per regel)."],
    ["slug", "Met Spaties", "Gebruik enkel kleine letters, cijfers en koppeltekens (bv. netwerk-getallen)."],
    ["theme", "Astrologie", "Kies een thema."],
    ["region", "Wallonië", "Kies een regio of Vlaanderen-breed."],
  ])("%s = %j → %s", (field, value, message) => {
    const entries = validNetwork.filter(([key]) => key !== field).concat([[field, value]]);
    const result = parseForm(networkFormSchema, form(entries));
    expect(result.success).toBe(false);
    expect(!result.success && result.errors[field]).toBe(message);
  });

  it("requires at least one level and audience", () => {
    const result = parseForm(
      networkFormSchema,
      form(validNetwork.filter(([key]) => key !== "levels" && key !== "audiences")),
    );
    expect(!result.success && result.errors).toMatchObject({
      levels: "Kies minstens één onderwijsniveau.",
      audiences: "Kies minstens één doelgroep.",
    });
  });

  it("a network may span two school years", () => {
    const result = parseForm(networkFormSchema, form([...validNetwork, ["spansTwoYears", "on"]]));
    expect(result.success && result.data.lastSchoolYear).toBe(2027);
  });
});

describe("sessionFormSchema", () => {
  const schema = sessionFormSchema({ firstSchoolYear: 2026, lastSchoolYear: 2026 });
  const valid: Record<string, string> = {
    kind: "netwerkmoment",
    startsAt: "2027-01-12T13:30",
    endsAt: "2027-01-12T16:00",
    modality: "fysiek",
    venueName: "GBS De Vlieger",
    venueAddress: "Kerkstraat 12, 9000 Gent",
    onlineUrl: "",
    capacity: "",
  };
  const parse = (overrides: Record<string, string>) =>
    parseForm(schema, form(Object.entries({ ...valid, ...overrides })));

  it("accepts a physical session without its own capacity", () => {
    expect(parse({})).toMatchObject({ success: true, data: { capacity: undefined, onlineUrl: undefined } });
  });

  it.each([
    [{ endsAt: "2027-01-12T13:00" }, "endsAt", "Het einde moet na het begin liggen."],
    [{ endsAt: "2027-01-12T13:30" }, "endsAt", "Het einde moet na het begin liggen."],
    [
      { startsAt: "2026-08-20T13:30", endsAt: "2026-08-20T16:00" },
      "startsAt",
      "De bijeenkomst moet binnen het schooljaar van het netwerk vallen.",
    ],
    [
      { startsAt: "2027-09-02T13:30", endsAt: "2027-09-02T16:00" },
      "startsAt",
      "De bijeenkomst moet binnen het schooljaar van het netwerk vallen.",
    ],
    [{ capacity: "-3" }, "capacity", "Het aantal plaatsen moet minstens 1 zijn."],
    [{ capacity: "1.5" }, "capacity", "Het aantal plaatsen moet een geheel getal zijn."],
    [{ capacity: "5000" }, "capacity", "Het aantal plaatsen mag hoogstens 1000 zijn."],
    [
      { modality: "online", venueName: "", venueAddress: "" },
      "onlineUrl",
      "Geef de link naar de online bijeenkomst.",
    ],
    [
      { modality: "hybride", onlineUrl: "javascript:alert(1)" },
      "onlineUrl",
      "Gebruik een beveiligde link (https://).",
    ],
    [
      { modality: "hybride", onlineUrl: "teams" },
      "onlineUrl",
      "Geef een volledige link, beginnend met https://.",
    ],
    [
      { modality: "online", onlineUrl: "http://teams.example.test/x" },
      "onlineUrl",
      "Gebruik een beveiligde link (https://).",
    ],
    [{ venueName: "" }, "venueName", "Geef de school of locatie waar de bijeenkomst plaatsvindt."],
    [{ startsAt: "31/01/2027" }, "startsAt", "Geef een geldig begin (datum en uur)."],
  ])("%j → %s", (overrides, field, message) => {
    const result = parse(overrides);
    expect(result.success).toBe(false);
    expect(!result.success && result.errors[field]).toBe(message);
  });
});

describe("slugify", () => {
  it.each([
    ["Lerend netwerk ‘lezen met begrip’", "lerend-netwerk-lezen-met-begrip"],
    [
      "Netwerk cognitief sterk functionerende leerlingen (CSF)",
      "netwerk-cognitief-sterk-functionerende-leerlingen-csf",
    ],
    ["Zorgcoördinatoren: één netwerk", "zorgcoordinatoren-een-netwerk"],
    ["!!!", "netwerk"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
