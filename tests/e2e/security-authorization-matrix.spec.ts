import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { cookiesPerRole, createMatrixFixture, MATRIX, ROLES, type Fixture, type MatrixUsers } from "../support/authorization-matrix";
import { dbFingerprint } from "../support/db-fingerprint";
import { withE2eDb } from "../support/e2e-db";

let users: MatrixUsers;
let fixture: Fixture;

test.beforeAll(() => {
  ({ users, fixture } = withE2eDb(createMatrixFixture));
});

/** Every route file under app/routes with the methods it answers: GET when it renders or loads, POST when it has an action. */
function routesInApp(): string[] {
  const entries: string[] = [];
  for (const file of readdirSync("app/routes")) {
    const source = readFileSync(join("app/routes", file), "utf8");
    const route = file.replace(/\.tsx?$/, "");
    if (/export (async )?function loader|export const loader|export default/.test(source)) entries.push(`GET ${route}`);
    if (/export (async )?function action|export const action/.test(source)) entries.push(`POST ${route}`);
  }
  return entries.sort();
}

test("check 1: the authorization matrix lists every route and every method the app answers, and nothing else", () => {
  const listed = [...new Set(MATRIX.map((row) => `${row.method} ${row.route}`))].sort();
  expect(listed, "a route without an authorization entry (or an entry for a route that is gone)").toEqual(routesInApp());
});

for (const row of MATRIX) {
  test(`check 1/2/3/4/6/7: ${row.method} ${row.route}${row.note ? ` (${row.note})` : ""}: ${row.expected.join(" ")}`, async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Fresh auth sessions per row: the logout row must not log the next rows out.
    const cookies = withE2eDb((db) => cookiesPerRole(db, users));
    const actual: number[] = [];
    for (const role of ROLES) {
      const headers: Record<string, string> = { Origin: origin };
      if (cookies[role]) headers.Cookie = cookies[role]!;
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: row.method,
        headers: row.method === "POST" ? { ...headers, "Content-Type": "application/x-www-form-urlencoded" } : headers,
        body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
        redirect: "manual",
      });
      actual.push(response.status);
      if (response.status === 302 && row.expected[ROLES.indexOf(role)] === 302 && role === "anonymous" && !["uitloggen", "registreren.bevestigen"].includes(row.route)) {
        // Anonymous visitors of a protected page go to the login page, and come back after.
        expect(response.headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
      }
      await response.arrayBuffer();
    }
    expect(actual).toEqual(row.expected);
  });
}

test("check 22/36: walking the whole matrix writes nothing but counters and auth sessions, and a second walk writes nothing at all", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ignore = { auth_sessions: "*", auth_throttle: "*", materials: ["view_count", "download_count"] } as const;
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const walk = async () => {
    // Logging out last, so every other row is walked with live auth sessions.
    for (const row of [...MATRIX].sort((a, b) => Number(a.route === "uitloggen") - Number(b.route === "uitloggen"))) {
      for (const role of ROLES.filter((r) => row.route !== "uitloggen" || r === "anonymous")) {
        const response = await fetch(`${origin}${row.path(fixture)}`, {
          method: row.method,
          headers: { Origin: origin, ...(cookies[role] ? { Cookie: cookies[role]! } : {}), ...(row.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}) },
          body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
          redirect: "manual",
        });
        expect(response.status, `${row.method} ${row.route} as ${role}`).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
  };
  const before = withE2eDb((db) => dbFingerprint(db, ignore));
  await walk();
  const afterFirst = withE2eDb((db) => dbFingerprint(db, ignore));
  // Two pages set up something of their own on first view, once: the personal calendar-feed
  // token (Mijn netwerken) and a session's check-in code (attendance page). Nothing else moves.
  const lazilyCreated = ["calendar_feeds", "check_in_codes"];
  expect(Object.keys(before).filter((table) => before[table] !== afterFirst[table] && !lazilyCreated.includes(table))).toEqual([]);
  await walk();
  expect(withE2eDb((db) => dbFingerprint(db, ignore))).toEqual(afterFirst);
});

test("check 20/23: every POST route refuses cross-origin and same-site submits with 403 before anything runs, whoever sends them", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ignore = { auth_sessions: "*" } as const;
  const before = withE2eDb((db) => dbFingerprint(db, ignore));
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const hostile: Array<[string, Record<string, string>]> = [
    ["cross-site fetch metadata", { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }],
    ["foreign Origin", { Origin: "https://evil.example" }],
    ["Origin null", { Origin: "null" }],
    ["look-alike Origin", { Origin: `${origin}.evil.example` }],
    ["sibling subdomain", { "Sec-Fetch-Site": "same-site", Origin: "https://andere.portal.example" }],
    ["no Origin and no fetch metadata", {}],
  ];
  for (const row of MATRIX.filter((r) => r.method === "POST" && r.route !== "uitloggen")) {
    // The role that is allowed to use the form, so a refusal can only come from the origin check.
    const role = ROLES[Math.max(0, row.expected.findIndex((status) => status !== 302 && status !== 403 && status !== 404))];
    for (const [label, headers] of hostile) {
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: "POST",
        headers: { ...headers, ...(cookies[role] ? { Cookie: cookies[role]! } : {}), "Content-Type": "application/x-www-form-urlencoded" },
        body: "intent=matrix-leeg",
        redirect: "manual",
      });
      expect(response.status, `${row.route} as ${role} with ${label}`).toBe(403);
      expect(response.headers.get("set-cookie"), `${row.route}: no cookie on a refused request`).toBeNull();
      await response.arrayBuffer();
    }
    const control = await fetch(`${origin}${row.path(fixture)}`, {
      method: "POST",
      headers: { "Sec-Fetch-Site": "same-origin", ...(cookies[role] ? { Cookie: cookies[role]! } : {}), "Content-Type": "application/x-www-form-urlencoded" },
      body: "intent=matrix-leeg",
      redirect: "manual",
    });
    expect(control.status, `${row.route}: a same-origin submit gets through`).toBe(row.expected[ROLES.indexOf(role)]);
    await control.arrayBuffer();
  }
  expect(withE2eDb((db) => dbFingerprint(db, ignore))).toEqual(before);
});

test("check 6/35: attachments are served as downloads with a sandbox CSP, never cached, and are not reachable as static files", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const response = await fetch(`${origin}/materialen/${fixture.membersMaterialId}/bijlagen/${fixture.attachmentId}`, { headers: { Cookie: cookies.deelnemer! } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="rubric.pdf"; filename*=UTF-8''rubric.pdf`);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("sandbox");
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  for (const guess of [`/uploads/${fixture.attachmentId}`, `/tests/.data/uploads/${fixture.attachmentId}`, `/materialen/${fixture.membersMaterialId}/bijlagen/..%2F..%2Fe2e.db`]) {
    const attempt = await fetch(`${origin}${guess}`, { headers: { Cookie: cookies.deelnemer! } });
    expect(attempt.status, guess).toBe(404);
    await attempt.arrayBuffer();
  }
});
