import { describe, expect, it } from "vitest";
import {
  GUEST_COUNT_INVALID,
  altersSealedCounts,
  attendanceOpen,
  attendedSetChanged,
  guestCountSchema,
} from "./attendance-rules";

describe("attendanceOpen", () => {
  const startsAt = new Date("2026-11-25T13:30:00Z");
  it.each([
    ["a day before", new Date("2026-11-24T13:30:00Z"), false],
    ["a minute before (check-in may already run)", new Date("2026-11-25T13:29:00Z"), false],
    ["at the start", startsAt, true],
    ["during", new Date("2026-11-25T14:30:00Z"), true],
    ["weeks after", new Date("2026-12-25T13:30:00Z"), true],
  ])("%s → %s", (_name, now, open) => {
    expect(attendanceOpen({ startsAt }, now)).toBe(open);
  });
});

describe("attendedSetChanged", () => {
  it.each([
    ["nobody before or after", [], [], false],
    ["the same people", ["a", "b"], ["a", "b"], false],
    ["the same people in another order, with repeats", ["a", "b"], ["b", "a", "a"], false],
    ["someone added", ["a"], ["a", "b"], true],
    ["someone removed", ["a", "b"], ["a"], true],
    ["the first attendee", [], ["a"], true],
    ["one swapped for another", ["a", "b"], ["a", "c"], true],
  ])("%s → %s", (_name, before, after, changed) => {
    expect(attendedSetChanged(before, after)).toBe(changed);
  });
});

describe("altersSealedCounts", () => {
  it.each([
    [
      "nothing changes",
      { attendedBefore: ["a"], attendedAfter: ["a"], guestsBefore: 3, guestsAfter: 3 },
      false,
    ],
    ["guest count left out", { attendedBefore: ["a"], attendedAfter: ["a"], guestsBefore: 3 }, false],
    [
      "guest count changes",
      { attendedBefore: ["a"], attendedAfter: ["a"], guestsBefore: 3, guestsAfter: 4 },
      true,
    ],
    [
      "guest count set back to zero",
      { attendedBefore: [], attendedAfter: [], guestsBefore: 3, guestsAfter: 0 },
      true,
    ],
    [
      "an attendee added",
      { attendedBefore: ["a"], attendedAfter: ["a", "b"], guestsBefore: 0, guestsAfter: 0 },
      true,
    ],
    [
      "an attendee removed, guests left out",
      { attendedBefore: ["a", "b"], attendedAfter: ["b"], guestsBefore: 0 },
      true,
    ],
  ])("%s → %s", (_name, change, alters) => {
    expect(altersSealedCounts(change)).toBe(alters);
  });
});

describe("guestCountSchema", () => {
  it.each([
    ["0", 0],
    ["12", 12],
    [" 7 ", 7],
    ["1000", 1000],
    [undefined, undefined],
  ])("accepts %j as %j", (input, count) => {
    expect(guestCountSchema.parse(input)).toBe(count);
  });

  it.each([[""], ["-1"], ["2.5"], ["2,5"], ["1e3"], ["1001"], ["9999"], ["abc"], [["1", "2"]]])(
    "refuses %j with the Dutch message",
    (input) => {
      const parsed = guestCountSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].message).toBe(GUEST_COUNT_INVALID);
    },
  );
});
