import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/profiel", "/profiel"],
    ["/beheer/gebruikers?q=an", "/beheer/gebruikers?q=an"],
    ["//evil.com", "/"],
    ["https://evil.com", "/"],
    ["/\\evil.com", "/"],
    ["javascript:alert(1)", "/"],
    ["%2F%2Fevil.com", "/"],
    ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
    ["/\tevil", "/"],
    ["", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
