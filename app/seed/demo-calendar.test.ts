import { describe, expect, it } from "vitest";
import { demoShiftDays, shiftLocalDate } from "./demo-calendar";

describe("demoShiftDays", () => {
  it.each([
    ["before the demo's today", "2026-11-01T10:00:00Z", 0],
    ["on the demo's today", "2026-11-25T12:00:00Z", 0],
    ["six days later", "2026-12-01T23:00:00Z", 0],
    ["a week later", "2026-12-02T00:00:00Z", 7],
    ["eleven days later", "2026-12-06T05:00:00Z", 7],
    ["a year later", "2027-11-25T08:00:00Z", 364],
  ])("%s: %s moves the demo by %i days", (_, now, days) => {
    expect(demoShiftDays(new Date(now))).toBe(days);
  });
});

describe("shiftLocalDate", () => {
  it.each([
    ["2026-12-04T23:59", 7, "2026-12-11T23:59"],
    ["2026-12-29T13:30", 7, "2027-01-05T13:30"],
    // Across the switch to summer time the wall-clock time stays 13:30.
    ["2027-03-23T13:30", 7, "2027-03-30T13:30"],
    ["2027-02-23T19:00", 14, "2027-03-09T19:00"],
    ["2026-09-01T09:00", 0, "2026-09-01T09:00"],
  ])("%s + %i days is %s", (local, days, expected) => {
    expect(shiftLocalDate(local, days)).toBe(expected);
  });
});
