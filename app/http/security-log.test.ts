import { describe, expect, it } from "vitest";
import { securityLogLine } from "./security-log";

const at = new Date("2026-11-25T10:00:00Z");

describe("securityLogLine", () => {
  it.each([
    [
      "login.failed" as const,
      { ip: "10.0.0.1", route: "/inloggen" },
      {
        time: "2026-11-25T10:00:00.000Z",
        type: "security",
        event: "login.failed",
        user: "anon",
        route: "/inloggen",
        ip: "10.0.0.1",
      },
    ],
    [
      "login.ok" as const,
      { user: "u-1", ip: "10.0.0.1" },
      { time: "2026-11-25T10:00:00.000Z", type: "security", event: "login.ok", user: "u-1", ip: "10.0.0.1" },
    ],
    [
      "access.denied" as const,
      { user: "u-2", route: "/wachtwoord-herstellen?token=geheim", status: 403 },
      {
        time: "2026-11-25T10:00:00.000Z",
        type: "security",
        event: "access.denied",
        user: "u-2",
        route: "/wachtwoord-herstellen",
        status: 403,
      },
    ],
  ])("%s", (event, fields, expected) => {
    const line = securityLogLine(event, fields, at);
    expect(JSON.parse(line)).toEqual(expected);
    expect(line).not.toContain("geheim");
  });
});
