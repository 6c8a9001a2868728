import { describe, expect, it } from "vitest";
import { canEdit, canPost, canView, type Viewer } from "./access";

const member: Viewer = { id: "m", role: "participant", inNetwork: true, facilitatesNetwork: false };
const outsider: Viewer = { id: "o", role: "participant", inNetwork: false, facilitatesNetwork: false };
const facilitator: Viewer = { id: "f", role: "facilitator", inNetwork: false, facilitatesNetwork: true };
const otherFacilitator: Viewer = { id: "g", role: "facilitator", inNetwork: false, facilitatesNetwork: false };
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
