import { describe, expect, it } from "vitest";
import { isPersonalResponse } from "./cache-control";

describe("isPersonalResponse", () => {
  const anonymous = (url: string, method = "GET") => isPersonalResponse({ method, url, loggedIn: false });

  it("treats everything a logged-in person gets as personal, documents and .data alike", () => {
    for (const url of ["http://x/netwerken", "http://x/netwerken.data", "http://x/_root.data", "http://x/"]) {
      expect(isPersonalResponse({ method: "GET", url, loggedIn: true }), url).toBe(true);
    }
  });

  it("treats the answer to any form submit as personal (it echoes what was sent)", () => {
    expect(anonymous("http://x/inloggen", "POST")).toBe(true);
    expect(anonymous("http://x/registreren.data?index", "POST")).toBe(true);
  });

  it("treats pages opened with a credential in the URL as personal", () => {
    expect(anonymous("http://x/wachtwoord-herstellen?token=abc")).toBe(true);
    expect(anonymous("http://x/registreren/bevestigen.data?token=abc")).toBe(true);
    expect(anonymous("http://x/enquete/gast/abc")).toBe(true);
    expect(anonymous("http://x/enquete/gast/abc.data")).toBe(true);
  });

  it("leaves public pages for anonymous visitors cacheable", () => {
    for (const url of [
      "http://x/",
      "http://x/_root.data",
      "http://x/netwerken?niveau=basisonderwijs",
      "http://x/netwerken.data",
      "http://x/materialen/3",
    ]) {
      expect(anonymous(url), url).toBe(false);
    }
  });
});
