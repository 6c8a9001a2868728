import { describe, expect, it } from "vitest";
import {
  IMPORTED,
  isSealable,
  PUBLISHED,
  reminderBlock,
  responseFraction,
  surveyState,
  windowBlock,
} from "./rules";

const at = (iso: string) => new Date(iso);
const window = { opensAt: at("2027-03-01T08:00:00Z"), closesAt: at("2027-03-15T08:00:00Z") };

describe("surveyState", () => {
  it.each([
    [{ opensAt: null, closesAt: null }, "2027-03-02T00:00:00Z", "niet gepland"],
    [window, "2027-02-28T00:00:00Z", "gepland"],
    [window, "2027-03-01T08:00:00Z", "open"],
    [window, "2027-03-15T07:59:59Z", "open"],
    [window, "2027-03-15T08:00:00Z", "gesloten"],
  ] as const)("%j at %s → %s", (w, now, state) => {
    expect(surveyState(w, at(now))).toBe(state);
  });
});

describe("reminderBlock", () => {
  const now = at("2027-03-10T12:00:00Z");
  it.each([
    [{ remindersSent: 0, lastReminderAt: null }, null],
    [{ remindersSent: 1, lastReminderAt: at("2027-03-08T11:59:00Z") }, null],
    [
      { remindersSent: 1, lastReminderAt: at("2027-03-08T12:01:00Z") },
      "Tussen twee herinneringen zit minstens 48 uur.",
    ],
    [
      { remindersSent: 3, lastReminderAt: at("2027-03-01T12:00:00Z") },
      "Je stuurde al 3 herinneringen; meer kan niet.",
    ],
  ])("%j → %s", (state, expected) => {
    expect(reminderBlock({ ...window, ...state }, now)).toBe(expected);
  });
  it("not when the survey is closed", () => {
    expect(
      reminderBlock({ ...window, remindersSent: 0, lastReminderAt: null }, at("2027-04-01T00:00:00Z")),
    ).toBe("Herinneringen kan je enkel sturen terwijl de meting open is.");
  });
});

describe("isSealable", () => {
  it.each([
    ["no answers", {}, false],
    ["four portal answers", { portal: 4 }, false],
    ["four portal and four guest answers: no figure could show", { portal: 4, guest: 4 }, false],
    ["five portal answers", { portal: 5 }, true],
    ["five guest answers", { portal: 1, guest: 5 }, true],
  ])("%s", (_, counts, sealable) => {
    expect(isSealable(counts, 5)).toBe(sealable);
  });
});

describe("windowBlock", () => {
  it.each([
    ["live, not published", { sealedAt: null, origin: "live" as const }, null],
    ["live, published", { sealedAt: at("2027-03-20T08:00:00Z"), origin: "live" as const }, PUBLISHED],
    ["imported", { sealedAt: at("2027-03-20T08:00:00Z"), origin: "import" as const }, IMPORTED],
  ])("%s", (_, survey, block) => {
    expect(windowBlock(survey)).toBe(block);
  });
});

describe("responseFraction", () => {
  const base = {
    basis: "attended" as const,
    eligible: 10,
    eligibleRespondents: 6,
    guestPlaces: 0,
    guestAnswers: 0,
  };
  it.each([
    ["members only", base, 6, 10],
    ["guests within their headcount", { ...base, guestPlaces: 4, guestAnswers: 3 }, 9, 14],
    [
      "more guest answers than guests counted (headcount lowered later)",
      { ...base, guestPlaces: 2, guestAnswers: 5 },
      8,
      12,
    ],
    ["guest answers without a headcount", { ...base, guestAnswers: 5 }, 6, 10],
    [
      "an import never counts more rows than participants",
      { ...base, basis: "imported" as const, eligible: 5, eligibleRespondents: 7 },
      5,
      5,
    ],
    ["nobody eligible", { ...base, eligible: 0, eligibleRespondents: 0 }, 0, 0],
  ])("%s", (_, counts, respondents, denominator) => {
    const fraction = responseFraction(counts);
    expect(fraction).toEqual({ respondents, denominator });
    expect(fraction.respondents).toBeLessThanOrEqual(fraction.denominator);
  });
});
