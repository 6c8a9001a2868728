import { describe, expect, it } from "vitest";
import {
  canCancel,
  checkInOpen,
  enrolmentBlock,
  normaliseCheckInCode,
  queueKeyForPosition,
  seatsLeft,
} from "./rules";

const now = new Date("2026-11-25T10:00:00Z");
const later = new Date("2026-12-20T10:00:00Z");
const earlier = new Date("2026-11-01T10:00:00Z");

describe("enrolmentBlock", () => {
  const open = { status: "gepubliceerd", registrationDeadline: later, allowSessionRegistration: true };
  it.each([
    ["published, before the deadline", open, null, null],
    ["full networks still take waitlist entries", { ...open, status: "volzet" }, null, null],
    ["concept", { ...open, status: "concept" }, null, "not-open"],
    ["cancelled", { ...open, status: "geannuleerd" }, null, "not-open"],
    ["closed", { ...open, status: "afgesloten" }, null, "not-open"],
    ["after the deadline", { ...open, registrationDeadline: earlier }, null, "deadline-passed"],
    [
      "a single session when not allowed",
      { ...open, allowSessionRegistration: false },
      { cancelledAt: null, startsAt: later },
      "session-not-enrollable",
    ],
    ["a cancelled session", open, { cancelledAt: earlier, startsAt: later }, "session-not-enrollable"],
    ["a session in the past", open, { cancelledAt: null, startsAt: earlier }, "session-not-enrollable"],
    ["a future session when allowed", open, { cancelledAt: null, startsAt: later }, null],
  ] as const)("%s", (_name, network, session, expected) => {
    expect(enrolmentBlock(network, session, now)).toBe(expected);
  });
});

describe("seatsLeft", () => {
  it.each([
    [20, 0, 20],
    [20, 19, 1],
    [20, 20, 0],
    [20, 25, 0],
  ])("capacity %i with %i holders → %i", (capacity, holders, left) => {
    expect(seatsLeft(capacity, holders)).toBe(left);
  });
});

describe("queueKeyForPosition", () => {
  it.each([
    [[10, 20, 30], 1, 9],
    [[10, 20, 30], 2, 15],
    [[10, 20, 30], 3, 25],
    [[10, 20, 30], 4, 31],
    [[10, 20, 30], 99, 31],
    [[10, 20, 30], 0, 9],
  ])("%j at %i → %d", (keys, position, key) => {
    expect(queueKeyForPosition(keys, position)).toBe(key);
  });
});

describe("checkInOpen", () => {
  const session = {
    startsAt: new Date("2026-11-25T13:00:00Z"),
    endsAt: new Date("2026-11-25T16:00:00Z"),
    cancelledAt: null,
  };
  it.each([
    ["2026-11-25T12:29:00Z", false],
    ["2026-11-25T12:30:00Z", true],
    ["2026-11-25T14:00:00Z", true],
    ["2026-11-25T16:30:00Z", true],
    ["2026-11-25T16:31:00Z", false],
  ])("at %s → %s", (at, open) => {
    expect(checkInOpen(session, new Date(at))).toBe(open);
  });
  it("never for a cancelled session", () => {
    expect(checkInOpen({ ...session, cancelledAt: now }, new Date("2026-11-25T14:00:00Z"))).toBe(false);
  });
});

describe("check-in codes and cancelling", () => {
  it("normalises what people type", () => {
    expect(normaliseCheckInCode(" ab-c 7x9 ")).toBe("ABC7X9");
  });
  it.each([
    ["registered", later, true],
    ["registered", earlier, false],
    ["waitlisted", earlier, true],
    ["offered", earlier, true],
    ["cancelled", later, false],
  ])("%s with deadline %s → %s", (status, deadline, allowed) => {
    expect(canCancel(status, deadline, now)).toBe(allowed);
  });
});
