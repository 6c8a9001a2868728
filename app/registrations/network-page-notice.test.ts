import { describe, expect, it } from "vitest";
import { networkPageNoticeSchema, networkPageNoticeText } from "./network-page-notice";

describe("networkPageNoticeText", () => {
  it.each([
    [{ kind: "registered" }, "Je bent ingeschreven. Je krijgt een bevestiging per e-mail."],
    [{ kind: "waitlisted", position: 3 }, "Het netwerk is volzet: je staat op de wachtlijst, op plaats 3."],
    [{ kind: "offered" }, "Je hebt een aanbod voor een plaats."],
    [{ kind: "cancelled" }, "Je bent uitgeschreven."],
    [{ kind: "offer-accepted" }, "Je hebt de plaats aanvaard en bent ingeschreven."],
    [{ kind: "offer-declined" }, "Je hebt het aanbod geweigerd."],
  ] as const)("%o reads %s", (notice, text) => {
    expect(networkPageNoticeText(networkPageNoticeSchema.parse(notice))).toBe(text);
  });
});

describe("networkPageNoticeSchema", () => {
  it.each([
    ["text to display", "<b>gehackt</b>"],
    ["an unknown kind", { kind: "admin" }],
    ["a waitlist place that is no place", { kind: "waitlisted", position: 0 }],
    ["a waitlist place that is text", { kind: "waitlisted", position: "<script>" }],
    ["nothing", null],
  ])("refuses %s (a forged cookie picks a message or none)", (_, value) => {
    expect(networkPageNoticeSchema.safeParse(value).success).toBe(false);
  });
});
