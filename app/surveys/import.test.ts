import { describe, expect, it } from "vitest";
import { validateImport } from "./import";

const goals = [
  { id: 7, text: "getalbegrip" },
  { id: 8, text: "hoofdrekenen" },
];
const roles = ["leraar", "directeur"];
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

describe("validateImport", () => {
  it("reads pre and post rows, matches roles ignoring case and keeps unknown roles as 'andere'", () => {
    const result = validateImport(
      [
        header,
        ["pre", "R1", "Leraar", "", "", "2", "", "3", "1", ""],
        ["post", "R1", "STEM-coach", "5", "4", "4", "5", "3", "3", "De voorbeelden"],
      ],
      goals,
      roles,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.responses[0]).toMatchObject({
      phase: "pre",
      respondent: "R1",
      role: "leraar",
      roleOther: null,
    });
    expect(result.responses[1]).toMatchObject({
      phase: "post",
      role: "andere",
      roleOther: "STEM-coach",
      open: [{ question: "Wat vond je het meest bruikbaar?", text: "De voorbeelden" }],
    });
    expect(result.responses[1].scores).toContainEqual({ construct: "kennis", goalId: 7, value: 4 });
    expect(result.openQuestions).toEqual(["Wat vond je het meest bruikbaar?"]);
  });

  it("accepts the agreement labels a Microsoft Forms export contains", () => {
    const result = validateImport(
      [
        ["phase", "tevredenheid", "ondersteuning"],
        ["post", "Helemaal eens", "oneens"],
      ],
      goals,
      roles,
    );
    expect(result.ok && result.responses[0].scores.map((s) => s.value)).toEqual([5, 2]);
  });

  it("skips blank rows and rows that answer nothing: they are nobody's response", () => {
    const result = validateImport(
      [
        ["phase", "role", "tevredenheid"],
        ["post", "leraar", "4"],
        ["", "", ""],
        ["post", "directeur", ""],
        ["post", "", "5"],
      ],
      goals,
      roles,
    );
    expect(result.ok && result.responses.map((r) => r.row)).toEqual([2, 5]);
    expect(result.ok && result.skipped).toBe(2);
  });

  it.each([
    [
      [
        ["phase", "kleur"],
        ["pre", "rood"],
      ],
      "Kolom 'kleur' is onbekend.",
    ],
    [
      [
        ["phase", "kennis: breuken"],
        ["pre", "3"],
      ],
      "Kolom 'kennis: breuken': het netwerk heeft geen doel 'breuken'.",
    ],
    [[["role"], ["leraar"]], "De kolom 'phase' ontbreekt."],
    [
      [
        ["phase", "tevredenheid"],
        ["post", "6"],
      ],
      "Rij 2, kolom 'tevredenheid': '6' is geen geheel getal van 1 tot 5.",
    ],
    [
      [
        ["phase", "tevredenheid"],
        ["post", "4"],
        ["post", "3,5"],
      ],
      "Rij 3, kolom 'tevredenheid': '3,5' is geen geheel getal van 1 tot 5.",
    ],
    [
      [
        ["phase", "tevredenheid"],
        ["pre", "4"],
      ],
      "Rij 2, kolom 'tevredenheid': deze vraag hoort enkel bij een nameting (post).",
    ],
    [
      [
        ["phase", "ondersteuning"],
        ["tijdens", "4"],
      ],
      "Rij 2, kolom 'phase': gebruik pre of post.",
    ],
    [
      [
        ["phase", "respondent", "kennis: getalbegrip"],
        ["pre", "A", "3"],
        ["pre", "A", "2"],
      ],
      "Rij 3, kolom 'respondent': code 'A' komt twee keer voor in de voormeting.",
    ],
    [[["phase"]], "Het bestand bevat geen antwoorden."],
    [
      [
        ["phase", "role", "tevredenheid"],
        ["post", "leraar", ""],
        ["", "", ""],
      ],
      "Het bestand bevat geen antwoorden.",
    ],
    [[], "Het bestand is leeg."],
  ])("rejects %j with a message naming row and column", (table, message) => {
    const result = validateImport(table as string[][], goals, roles);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });
});
