import { describe, expect, it } from "vitest";
import { bodyLimitStatus, MAX_BODY_BYTES } from "./body-limit";

describe("bodyLimitStatus", () => {
  it.each([
    ["small form", "POST", { "content-length": "512" }, 200],
    ["exactly the limit", "POST", { "content-length": String(MAX_BODY_BYTES) }, 200],
    ["one byte over", "POST", { "content-length": String(MAX_BODY_BYTES + 1) }, 413],
    ["10 MB body", "POST", { "content-length": String(10 * 1024 * 1024) }, 413],
    ["chunked POST without length", "POST", { "transfer-encoding": "chunked" }, 411],
    ["GET without body", "GET", {}, 200],
    ["a 3 MB form outside the upload routes", "POST", { "content-length": String(3 * 1024 * 1024) }, 413],
  ] as const)("%s", (_name, method, headers, expected) => {
    expect(bodyLimitStatus(method, headers)).toBe(expected);
  });
});

describe("upload routes", () => {
  it("accept a 3 MB file on the survey import, nothing bigger than the upload cap", () => {
    expect(
      bodyLimitStatus(
        "POST",
        { "content-length": String(3 * 1024 * 1024) },
        "/netwerken/netwerk-getallen/metingen/import",
      ),
    ).toBe(200);
    expect(
      bodyLimitStatus(
        "POST",
        { "content-length": String(6 * 1024 * 1024) },
        "/netwerken/netwerk-getallen/metingen/import",
      ),
    ).toBe(413);
    expect(
      bodyLimitStatus(
        "POST",
        { "content-length": String(3 * 1024 * 1024) },
        "/netwerken/x/metingen/import/../../inloggen",
      ),
    ).toBe(413);
  });
});
