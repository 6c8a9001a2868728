import { describe, expect, it } from "vitest";
import { parseAnswers, type QuestionForAnswering } from "./answers";

const questions: QuestionForAnswering[] = [
  { id: 1, kind: "role", required: true, options: ["leraar", "directeur", "andere"] },
  { id: 2, kind: "likert", required: true, options: null },
  { id: 3, kind: "stage", required: true, options: ["a", "b", "c", "d", "e"] },
  { id: 4, kind: "single", required: false, options: ["ja", "nee"] },
  { id: 5, kind: "multiple", required: false, options: ["x", "y", "z"] },
  { id: 6, kind: "open", required: false, options: null },
];

const valid = {
  q1: "leraar",
  q2: "4",
  q3: "5",
  q4: "1",
  q5: ["2", "0"],
  q6: "  Meer tijd om samen te plannen.  ",
};

describe("parseAnswers", () => {
  it("parses a complete form", () => {
    expect(parseAnswers(questions, valid)).toEqual({
      ok: true,
      role: "leraar",
      roleOther: null,
      answers: [
        { questionId: 2, value: 4, text: null },
        { questionId: 3, value: 5, text: null },
        { questionId: 4, value: 1, text: null },
        { questionId: 5, value: null, text: "[0,2]" },
        { questionId: 6, value: null, text: "Meer tijd om samen te plannen." },
      ],
    });
  });

  it("skips optional questions left empty", () => {
    const result = parseAnswers(questions, { q1: "directeur", q2: "3", q3: "1" });
    expect(result.ok && result.answers.map((a) => a.questionId)).toEqual([2, 3]);
  });

  it.each([
    [{ q1: "" }, "q1", "Kies je rol."],
    [{ q1: "koning" }, "q1", "Kies je rol."],
    [{ q1: "andere" }, "q1-andere", "Beschrijf je rol."],
    [{ q2: "" }, "q2", "Kies een antwoord."],
    [{ q2: "6" }, "q2", "Kies een van de mogelijke antwoorden."],
    [{ q2: "0" }, "q2", "Kies een van de mogelijke antwoorden."],
    [{ q2: "2.5" }, "q2", "Kies een van de mogelijke antwoorden."],
    [{ q2: ["3", "4"] }, "q2", "Kies een van de mogelijke antwoorden."],
    [{ q3: "'; drop table survey_answers; --" }, "q3", "Kies een van de mogelijke antwoorden."],
    [{ q4: "2" }, "q4", "Kies een van de mogelijke antwoorden."],
    [{ q5: ["1", "1"] }, "q5", "Kies een van de mogelijke antwoorden."],
    [{ q5: ["7"] }, "q5", "Kies een van de mogelijke antwoorden."],
    [{ q6: "x".repeat(2001) }, "q6", "Je antwoord mag hoogstens 2000 tekens lang zijn."],
  ])("%j → %s: %s", (override, field, message) => {
    const result = parseAnswers(questions, { ...valid, ...override });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toBe(message);
  });

  it("keeps the role 'andere' with its description", () => {
    const result = parseAnswers(questions, { ...valid, q1: "andere", "q1-andere": "STEM-coach" });
    expect(result.ok && [result.role, result.roleOther]).toEqual(["andere", "STEM-coach"]);
  });
});
