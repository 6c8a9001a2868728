import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  const production = securityHeaders({ nonce: "abc123", development: false, https: true });

  it("enforces a nonce CSP that forbids framing, plugins and base rewriting", () => {
    const csp = production["Content-Security-Policy"];
    expect(csp).toContain("script-src 'nonce-abc123' 'strict-dynamic'");
    for (const directive of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe");
    expect(production).not.toHaveProperty("Content-Security-Policy-Report-Only");
  });

  it("sets nosniff, a referrer policy and HSTS over https", () => {
    expect(production["X-Content-Type-Options"]).toBe("nosniff");
    expect(production["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(production["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
  });

  it("leaves HSTS out over plain http", () => {
    expect(securityHeaders({ nonce: "n", development: false, https: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });
});
