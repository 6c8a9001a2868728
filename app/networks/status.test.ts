import { describe, expect, it } from "vitest";
import { availableActions, nextStatus } from "./status";

describe("network status", () => {
  it.each([
    ["concept", "publiceren", "gepubliceerd"],
    ["afgesloten", "publiceren", "gepubliceerd"],
    ["gepubliceerd", "publiceren", null],
    ["gepubliceerd", "afsluiten", "afgesloten"],
    ["volzet", "afsluiten", "afgesloten"],
    ["concept", "afsluiten", null],
    ["volzet", "annuleren", "geannuleerd"],
    ["geannuleerd", "annuleren", null],
    ["geannuleerd", "publiceren", null],
  ] as const)("%s + %s → %s", (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it("a cancelled network allows no further action", () => {
    expect(availableActions("geannuleerd")).toEqual([]);
  });
});
