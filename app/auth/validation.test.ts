import { describe, expect, it } from "vitest";
import { emailSchema, nameSchema, newPasswordSchema } from "./validation";

function firstError(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? null : result.error!.issues[0].message;
}

describe("newPasswordSchema", () => {
  it.each([
    ["11 characters", "abcdefghijk", "Kies een wachtwoord van minstens 12 tekens."],
    ["12 characters", "kaartenset-7", null],
    ["a long passphrase with spaces and emoji", "de koffie in de leraarskamer is koud ☕ 2026", null],
    ["257 characters", "x".repeat(257), "Een wachtwoord mag hoogstens 256 tekens lang zijn."],
    [
      "a common password",
      "Wachtwoord123",
      "Dit wachtwoord is te gekend en makkelijk te raden. Kies een ander.",
    ],
    [
      "a common numeric password",
      "123456789012",
      "Dit wachtwoord is te gekend en makkelijk te raden. Kies een ander.",
    ],
  ])("%s", (_name, password, expected) => {
    expect(firstError(newPasswordSchema.safeParse(password))).toBe(expected);
  });

  it("keeps the password exactly as typed (no trimming)", () => {
    expect(newPasswordSchema.parse("  spaties rondom  ")).toBe("  spaties rondom  ");
  });
});

describe("emailSchema", () => {
  it.each([
    [" An.Peeters@School.BE ", "an.peeters@school.be"],
    ["leraar@gbs-devlieger.be", "leraar@gbs-devlieger.be"],
  ])("normalises %s", (input, expected) => {
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it.each(["", "geen-apenstaart", "a@b", `${"x".repeat(250)}@school.be`])("rejects %j", (input) => {
    expect(emailSchema.safeParse(input).success).toBe(false);
  });
});

describe("nameSchema", () => {
  it.each([
    ["Lien Van Damme", true],
    ["  Jo  ", true],
    ["J", false],
    ["<script>", false],
  ])("%s → %s", (input, ok) => {
    expect(nameSchema.safeParse(input).success).toBe(ok);
  });
});
