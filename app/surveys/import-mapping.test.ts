import { describe, expect, it } from "vitest";
import { applyMapping, suggestColumn } from "./import-mapping";

const goals = [{ id: 1, text: "getalbegrip" }];

describe("suggestColumn", () => {
  it.each([
    ["ID", "negeren"],
    ["E-mail", "negeren"],
    ["Naam", "negeren"],
    ["Begintijd", "negeren"],
    ["Wat is je rol?", "role"],
    ["Ik ben tevreden over dit traject", "tevredenheid"],
    ["Dit traject is bruikbaar in mijn praktijk", "bruikbaarheid"],
    ["Ik heb voldoende kennis over: getalbegrip", "kennis: getalbegrip"],
    ["Ik heb nieuwe dingen geleerd over getalbegrip", "geleerd: getalbegrip"],
    ["Ik krijg ondersteuning vanuit mijn school", "ondersteuning"],
    ["In welke fase zit je?", "praktijktoepassing"],
    ["Wat vond je het meest bruikbaar?", "open: Wat vond je het meest bruikbaar?"],
    [
      "Wat heb je nog nodig om het geleerde in je praktijk te implementeren?",
      "open: Wat heb je nog nodig om het geleerde in je praktijk te implementeren?",
    ],
    ["tevredenheid", "tevredenheid"],
  ])("%s → %s", (header, expected) => {
    expect(suggestColumn(header, goals)).toBe(expected);
  });
});

describe("applyMapping", () => {
  it("drops ignored columns (names, e-mail) and adds the phase", () => {
    const table = [
      ["ID", "Naam", "Ik ben tevreden"],
      ["1", "Jan", "Eens"],
    ];
    expect(applyMapping(table, ["negeren", "negeren", "tevredenheid"], "post")).toEqual([
      ["phase", "tevredenheid"],
      ["post", "Eens"],
    ]);
  });
});
