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
  ] as const)("%s", (_name, method, headers, expected) => {
    expect(bodyLimitStatus(method, headers)).toBe(expected);
  });
});
