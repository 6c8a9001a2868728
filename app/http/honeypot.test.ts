import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, rejectFilledHoneypot } from "./honeypot";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe("rejectFilledHoneypot", () => {
  it.each([
    ["no honeypot field", {}, false],
    ["an empty honeypot", { [HONEYPOT_FIELD]: "" }, false],
    ["a filled honeypot", { [HONEYPOT_FIELD]: "https://spam.example" }, true],
  ])("%s", (_, entries, rejected) => {
    let status: number | null = null;
    try {
      rejectFilledHoneypot(form(entries));
    } catch (error) {
      status = (error as Response).status;
    }
    expect(status).toBe(rejected ? 400 : null);
  });
});
