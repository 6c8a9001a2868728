import { dirname } from "node:path";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/e2e";
import { userIdByEmail, withDatabase } from "../support/e2e-db";
import { startServer, tempDatabasePath, type SpawnedServer } from "../support/spawn-server";

// A server configured as in production behind a TLS-terminating proxy on the same host:
// APP_ORIGIN is https, the proxy (this test) connects from loopback and sets X-Forwarded-*.
test.describe.configure({ mode: "serial" });

const APP_ORIGIN = "https://portal.test";
const path = tempDatabasePath("https");
let server: SpawnedServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startServer(path, 3531, { APP_ORIGIN, TRUST_PROXY: "loopback" });
});
test.afterAll(async () => {
  await server.stop();
  rmSync(dirname(path), { recursive: true, force: true });
});

/** A request as the proxy forwards it: the real client IP is the last X-Forwarded-For entry. */
async function viaProxy(
  pathname: string,
  init: { form?: Record<string, string>; cookie?: string; clientIp?: string; spoofedXff?: string } = {},
) {
  const xff = [init.spoofedXff, init.clientIp ?? "198.51.100.7"].filter(Boolean).join(", ");
  const response = await fetch(`${server.origin}${pathname}`, {
    method: init.form ? "POST" : "GET",
    headers: {
      "X-Forwarded-Proto": "https",
      "X-Forwarded-For": xff,
      Origin: APP_ORIGIN,
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const securityEvents = () =>
  server
    .output()
    .split("\n")
    .filter((line) => line.startsWith('{"time"'))
    .map(
      (line) =>
        JSON.parse(line) as { event: string; user: string; route?: string; status?: number; ip?: string },
    );

test("check 14/27: over https the session cookie is __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ without Domain, and HSTS is sent", async () => {
  const login = await viaProxy("/inloggen", {
    form: { email: "leraar48@demo.test", password: DEMO_PASSWORD },
  });
  expect(login.status).toBe(302);
  const cookie = login.headers.get("set-cookie")!;
  expect(cookie).toMatch(/^__Host-session=[a-z0-9]{40};/);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; Secure/i);
  expect(cookie).toMatch(/; SameSite=Lax/i);
  expect(cookie).toMatch(/; Path=\//i);
  expect(cookie).not.toMatch(/; Domain=/i);
  expect(login.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  const profile = await viaProxy("/profiel", { cookie: cookie.split(";")[0] });
  expect(profile.status).toBe(200);
  // The plain cookie name is not accepted when the portal runs on https.
  expect(
    (await viaProxy("/profiel", { cookie: cookie.split(";")[0].replace("__Host-session", "session") }))
      .status,
  ).toBe(302);
});

test("check 11: 30 failed logins from one client IP lock that IP out, whatever X-Forwarded-For the client itself adds", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    const response = await viaProxy("/inloggen", {
      form: { email: `onbekend${i}@school.test`, password: "fout-wachtwoord" },
      clientIp: "203.0.113.50",
      spoofedXff: `10.9.${i}.1`,
    });
    statuses.push(response.status);
    if (response.status === 429) {
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(response.body).toContain("Te veel mislukte aanmeldpogingen");
    }
  }
  expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
  expect(statuses[30]).toBe(429);
  // Another client is not affected.
  expect(
    (
      await viaProxy("/inloggen", {
        form: { email: "leraar48@demo.test", password: DEMO_PASSWORD },
        clientIp: "203.0.113.51",
      })
    ).status,
  ).toBe(302);
});

test("check 37: an unexpected failure shows a generic Dutch page without SQL, stack or paths; the details go to the server log", async () => {
  const cookie = (
    await viaProxy("/inloggen", {
      form: { email: "leraar48@demo.test", password: DEMO_PASSWORD },
      clientIp: "203.0.113.52",
    })
  ).headers
    .get("set-cookie")!
    .split(";")[0];
  // Fault injection: take away a table the digicoach directory reads.
  withDatabase(path, (db) => db.exec("alter table digicoach_profiles rename to digicoach_profiles_weg"));
  try {
    const response = await viaProxy("/digicoaches", { cookie, clientIp: "203.0.113.52" });
    expect(response.status).toBe(500);
    expect(response.body).toContain("Er ging iets mis");
    for (const leak of [
      "SQLITE",
      "digicoach_profiles",
      "no such table",
      "at ",
      "/work/",
      "node_modules",
      ".ts:",
    ])
      expect(response.body, leak).not.toContain(leak);
    expect(server.output()).toContain("no such table: digicoach_profiles");
  } finally {
    withDatabase(path, (db) => db.exec("alter table digicoach_profiles_weg rename to digicoach_profiles"));
  }
});

test("check 64: logins, lockouts, logouts, refusals and cross-origin posts are logged as one JSON line each, without passwords, session ids or e-mail addresses", async () => {
  const login = await viaProxy("/inloggen", {
    form: { email: "leraar48@demo.test", password: DEMO_PASSWORD },
    clientIp: "203.0.113.53",
  });
  const cookie = login.headers.get("set-cookie")!.split(";")[0];
  await viaProxy("/inloggen", {
    form: { email: "leraar48@demo.test", password: "Een-fout-wachtwoord-9" },
    clientIp: "203.0.113.53",
  });
  expect((await viaProxy("/rapporten", { cookie, clientIp: "203.0.113.53" })).status).toBe(403);
  const crossOrigin = await fetch(`${server.origin}/inloggen`, {
    method: "POST",
    headers: {
      Origin: "https://evil.example",
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Forwarded-For": "203.0.113.53",
    },
    body: "email=a%40b.test&password=x",
    redirect: "manual",
  });
  expect(crossOrigin.status).toBe(403);
  await viaProxy("/uitloggen", { form: {}, cookie, clientIp: "203.0.113.53" });

  const userId = withDatabase(path, (db) => userIdByEmail(db, "leraar48@demo.test"));
  const events = securityEvents().filter((e) => e.ip === "203.0.113.53");
  expect(events.map((e) => [e.event, e.user, e.status ?? null])).toEqual([
    ["login.ok", userId, null],
    ["login.failed", userId, null],
    ["access.denied", userId, 403],
    ["request.cross-origin-blocked", "anon", 403],
    ["logout", userId, null],
  ]);
  expect(securityEvents().some((e) => e.event === "login.throttled")).toBe(true);
  // Everything after the start-up banner (which lists the demo logins on purpose).
  const log = server.output().slice(server.output().indexOf("LEERKR@CHT.NET portal:"));
  for (const secret of [DEMO_PASSWORD, "Een-fout-wachtwoord-9", cookie.split("=")[1], "leraar48@demo.test"])
    expect(log).not.toContain(secret);
});
