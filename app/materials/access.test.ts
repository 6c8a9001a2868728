import { describe, expect, it } from "vitest";
import { canEdit, canPost, canView, visibleHits, type Viewer } from "./access";

const member: Viewer = { id: "m", role: "participant", inNetwork: true, facilitatesNetwork: false };
const outsider: Viewer = { id: "o", role: "participant", inNetwork: false, facilitatesNetwork: false };
const facilitator: Viewer = { id: "f", role: "facilitator", inNetwork: false, facilitatesNetwork: true };
const otherFacilitator: Viewer = {
  id: "g",
  role: "facilitator",
  inNetwork: false,
  facilitatesNetwork: false,
};
const admin: Viewer = { id: "a", role: "admin", inNetwork: false, facilitatesNetwork: false };

describe("canView", () => {
  it.each([
    ["publiek", null, true],
    ["ingelogd", null, false],
    ["ingelogd", outsider, true],
    ["leden", null, false],
    ["leden", outsider, false],
    ["leden", otherFacilitator, false],
    ["leden", member, true],
    ["leden", facilitator, true],
    ["leden", admin, true],
  ] as const)("%s for %j → %s", (visibility, viewer, expected) => {
    expect(canView({ visibility, networkId: 1 }, viewer)).toBe(expected);
  });
});

describe("canEdit and canPost", () => {
  it.each([
    [facilitator, "x", false, true],
    [admin, "x", false, true],
    [otherFacilitator, "x", true, false],
    [member, "m", true, true],
    [member, "m", false, false],
    [member, "x", true, false],
    [outsider, "o", true, false],
  ] as const)("%j editing a material by %s (co-creation %s) → %s", (viewer, author, coCreation, expected) => {
    expect(canEdit({ networkId: 1, authorId: author }, viewer, coCreation)).toBe(expected);
  });

  it("library entries are edited in content/, never in the app", () => {
    expect(canEdit({ networkId: null, authorId: null }, admin, true)).toBe(false);
  });

  it.each([
    [member, true, true],
    [member, false, false],
    [facilitator, false, true],
    [outsider, true, false],
    [null, true, false],
  ] as const)("%j may post with co-creation %s → %s", (viewer, coCreation, expected) => {
    expect(canPost(viewer, coCreation)).toBe(expected);
  });
});

describe("visibleHits", () => {
  // Hits: public, logged-in, members-only of network 7, members-only of network 8, members-only library material.
  const hits = { networkIds: Int32Array.from([7, 7, 7, 8, 0]), visibility: Uint8Array.from([0, 1, 2, 2, 2]) };
  it.each([
    ["an anonymous visitor sees public material only", null, [7], [0]],
    ["a participant of network 7", { id: "m", role: "participant" as const }, [7], [0, 1, 2, 4]],
    ["a participant of no network", { id: "o", role: "participant" as const }, [], [0, 1, 4]],
    ["a facilitator of network 8", { id: "f", role: "facilitator" as const }, [8], [0, 1, 3, 4]],
    ["a beheerder sees everything", { id: "a", role: "admin" as const }, [], [0, 1, 2, 3, 4]],
  ])("%s", (_label, user, networks, expected) => {
    expect(visibleHits(hits, user, () => new Set(networks))).toEqual(expected);
  });

  it("asks for the viewer's networks at most once, and not when no hit needs them", () => {
    let asked = 0;
    const memberOf = () => (asked++, new Set([7]));
    visibleHits(hits, { id: "m", role: "participant" }, memberOf);
    expect(asked).toBe(1);
    visibleHits(
      { networkIds: Int32Array.from([7]), visibility: Uint8Array.from([1]) },
      { id: "m", role: "participant" },
      memberOf,
    );
    visibleHits(hits, { id: "a", role: "admin" }, memberOf);
    expect(asked).toBe(1);
  });
});
