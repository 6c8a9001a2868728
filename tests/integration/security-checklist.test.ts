import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECURITY_CHECKS } from "#tests/support/security-checklist";

describe("the security checklist (../shared/research/security.md)", () => {
  it("lists each of the 65 checks once", () => {
    expect(SECURITY_CHECKS.map((c) => c.check)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
  });

  it.each(SECURITY_CHECKS.map((c) => [c.check, c] as const))(
    "check %i is carried out by tests that exist, or says why it does not apply",
    (_, check) => {
      if ("notApplicable" in check) {
        expect(check.notApplicable.length).toBeGreaterThan(80);
        return;
      }
      expect(check.tests.length).toBeGreaterThan(0);
      for (const [file, title] of check.tests) {
        expect(existsSync(file), file).toBe(true);
        expect(readFileSync(file, "utf8").includes(title), `${file} has no test "${title}"`).toBe(true);
      }
    },
  );
});
