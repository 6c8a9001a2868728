import { describe, expect, it } from "vitest";
import { openAnswersPage, previewOpenAnswers, type OpenAnswers } from "./open-answers";

const answers = (n: number) => Array.from({ length: n }, (_, i) => `Antwoord ${i + 1}`);
const question = (n: number, hidden = false): OpenAnswers => ({
  questionId: n,
  phase: "post",
  question: `Vraag ${n}`,
  n,
  answers: hidden ? null : answers(n),
});

describe("previewOpenAnswers", () => {
  it.each([
    ["more answers than the preview", question(25), 10],
    ["exactly the preview", question(10), 10],
    ["fewer", question(3), 3],
    ["none", question(0), 0],
  ])("%s: keeps the first ones and the full count", (_name, open, shown) => {
    const preview = previewOpenAnswers({ title: "Rapport", open: [open] }, 10);
    expect(preview.title).toBe("Rapport");
    expect(preview.open[0].answers).toEqual(open.answers!.slice(0, shown));
    expect(preview.open[0].n).toBe(open.n);
  });

  it("keeps hidden answers hidden and leaves the report itself untouched", () => {
    const report = { open: [question(12, true), question(12)] };
    const preview = previewOpenAnswers(report, 10);
    expect(preview.open[0].answers).toBeNull();
    expect(report.open[1].answers).toHaveLength(12);
  });
});

describe("openAnswersPage", () => {
  it.each([
    [120, 1, { page: 1, pages: 3, first: 1, shown: 50, firstAnswer: "Antwoord 1" }],
    [120, 3, { page: 3, pages: 3, first: 101, shown: 20, firstAnswer: "Antwoord 101" }],
    [120, 9, { page: 3, pages: 3, first: 101, shown: 20, firstAnswer: "Antwoord 101" }],
    [120, 0, { page: 1, pages: 3, first: 1, shown: 50, firstAnswer: "Antwoord 1" }],
    [120, Number.NaN, { page: 1, pages: 3, first: 1, shown: 50, firstAnswer: "Antwoord 1" }],
    [50, 2, { page: 1, pages: 1, first: 1, shown: 50, firstAnswer: "Antwoord 1" }],
    [0, 1, { page: 1, pages: 1, first: 1, shown: 0, firstAnswer: undefined }],
  ])("%i answers, page %d", (total, requested, expected) => {
    const result = openAnswersPage(answers(total), requested, 50);
    expect({
      page: result.page,
      pages: result.pages,
      first: result.first,
      shown: result.answers.length,
      firstAnswer: result.answers[0],
    }).toEqual(expected);
  });
});
