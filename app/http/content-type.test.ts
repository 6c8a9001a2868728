import { describe, expect, it } from "vitest";
import { isFormContentType } from "./content-type";

describe("isFormContentType", () => {
  it.each([
    ["POST", "application/x-www-form-urlencoded", true],
    ["POST", "application/x-www-form-urlencoded;charset=UTF-8", true],
    ["POST", "multipart/form-data; boundary=x", true],
    ["POST", undefined, true],
    ["GET", "application/json", true],
    ["POST", "application/json", false],
    ["POST", "text/plain", false],
    ["DELETE", "application/xml", false],
  ])("%s with %s → %s", (method, type, expected) => expect(isFormContentType(method, type)).toBe(expected));
});
