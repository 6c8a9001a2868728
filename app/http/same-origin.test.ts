import { describe, expect, it } from "vitest";
import { isSameOriginRequest, type OriginCheckInput } from "./same-origin";

const base: OriginCheckInput = {
  method: "POST",
  secFetchSite: undefined,
  origin: undefined,
  host: "portal.example:3000",
  appOrigin: undefined,
};

describe("isSameOriginRequest", () => {
  const cases: Array<[string, Partial<OriginCheckInput>, boolean]> = [
    ["GET is always allowed", { method: "GET", secFetchSite: "cross-site" }, true],
    ["HEAD is always allowed", { method: "HEAD" }, true],
    ["same-origin fetch metadata", { secFetchSite: "same-origin" }, true],
    [
      "cross-site fetch metadata",
      { secFetchSite: "cross-site", origin: "http://portal.example:3000" },
      false,
    ],
    ["same-site sibling subdomain", { secFetchSite: "same-site" }, false],
    ["user-initiated 'none' is not a form post from us", { secFetchSite: "none" }, false],
    ["Origin matching Host without fetch metadata", { origin: "http://portal.example:3000" }, true],
    ["Origin of another site", { origin: "https://evil.example" }, false],
    ["prefix trick", { origin: "http://portal.example:3000.evil.com" }, false],
    ["Origin null", { origin: "null" }, false],
    ["no Origin and no fetch metadata", {}, false],
    ["malformed Origin", { origin: "::::" }, false],
    [
      "configured public origin behind a proxy",
      {
        origin: "https://leerkracht.example",
        host: "127.0.0.1:3000",
        appOrigin: "https://leerkracht.example",
      },
      true,
    ],
    ["DELETE from another site", { method: "DELETE", origin: "https://evil.example" }, false],
  ];
  it.each(cases)("%s", (_name, overrides, expected) => {
    expect(isSameOriginRequest({ ...base, ...overrides })).toBe(expected);
  });
});
