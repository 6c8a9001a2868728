import { describe, expect, it } from "vitest";
import { answerDay, reminderBlock, reopenBlock, surveyState } from "./rules";

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
    [{ remindersSent: 1, lastReminderAt: at("2027-03-08T12:01:00Z") }, "Tussen twee herinneringen zit minstens 48 uur."],
    [{ remindersSent: 3, lastReminderAt: at("2027-03-01T12:00:00Z") }, "Je stuurde al 3 herinneringen; meer kan niet."],
  ])("%j → %s", (state, expected) => {
    expect(reminderBlock({ ...window, ...state }, now)).toBe(expected);
  });
  it("not when the survey is closed", () => {
    expect(reminderBlock({ ...window, remindersSent: 0, lastReminderAt: null }, at("2027-04-01T00:00:00Z"))).toBe("Herinneringen kan je enkel sturen terwijl de meting open is.");
  });
});

describe("answerDay", () => {
  it("keeps only the Brussels day", () => {
    expect(answerDay(at("2027-03-10T23:30:00Z"))).toBe("2027-03-11");
  });
});

describe("reopenBlock", () => {
  const now = at("2027-03-20T08:00:00Z");
  it.each([
    ["closed with k answers, reopened", window, at("2027-03-25T08:00:00Z"), 5, true],
    ["closed with k answers, new end still in the past", window, at("2027-03-18T08:00:00Z"), 5, false],
    ["closed with fewer than k answers: nothing was visible", window, at("2027-03-25T08:00:00Z"), 4, false],
    ["still open: extending is fine", { opensAt: at("2027-03-01T08:00:00Z"), closesAt: at("2027-03-21T08:00:00Z") }, at("2027-03-28T08:00:00Z"), 9, false],
    ["never planned", { opensAt: null, closesAt: null }, at("2027-03-28T08:00:00Z"), 9, false],
  ])("%s", (_, current, closesAt, responses, blocked) => {
    expect(reopenBlock(current, { closesAt }, responses, now, 5) !== null).toBe(blocked);
  });
});
