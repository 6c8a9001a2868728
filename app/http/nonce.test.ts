import { describe, expect, it } from "vitest";
import { cspNonce } from "./nonce";

describe("cspNonce", () => {
  it("gives 128-bit base64 nonces, never the same one twice, across pool refills", () => {
    const nonces = Array.from({ length: 1000 }, () => cspNonce());
    expect(new Set(nonces).size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
