import { describe, expect, it } from "vitest";
import { requiredResponseRate, responseVerdict } from "./penninckx";

describe("requiredResponseRate", () => {
  it.each([
    [0, 0.8],
    [3, 0.8],
    [5, 0.8],
    [9, 0.8],
    [10, 0.6],
    [19, 0.6],
    [20, 0.5],
    [21, 0.5],
    [49, 0.5],
    [50, 0.4],
    [99, 0.4],
    [100, 0.3],
    [350, 0.3],
  ])("%i attended → %d", (attended, rate) => {
    expect(requiredResponseRate(attended)).toBe(rate);
  });
});

describe("responseVerdict (the brief's examples)", () => {
  it.each([
    [18, 20, 0.9, true],
    [11, 21, 11 / 21, true],
    [4, 5, 0.8, true],
    [3, 5, 0.6, false],
    [5, 10, 0.5, false],
    [6, 10, 0.6, true],
    [29, 100, 0.29, false],
  ])("%i answers of %i attended", (respondents, attended, rate, sufficient) => {
    const verdict = responseVerdict(respondents, attended);
    expect(verdict.responseRate).toBeCloseTo(rate, 10);
    expect(verdict.sufficient).toBe(sufficient);
  });

  it("has no rate without attendees", () => {
    expect(responseVerdict(0, 0)).toEqual({
      respondents: 0,
      responseRate: null,
      requiredRate: 0.8,
      sufficient: false,
    });
  });
});
