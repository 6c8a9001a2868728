import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  cookiesPerRole,
  createMatrixFixture,
  MATRIX,
  type Fixture,
  type MatrixUsers,
} from "../support/authorization-matrix";
import { DEMO_PASSWORD, expectAccessible, logIn, uniqueEmail } from "../support/e2e";
import { userIdByEmail, withE2eDb } from "../support/e2e-db";

// Sessions and accounts against the e2e server. Demo accounts leraar41–48 are used only here.
let origin = "";
test.beforeEach(({ baseURL }) => {
  origin = new URL(baseURL!).origin;
});

async function send(
  path: string,
  init: {
    method?: string;
    cookie?: string;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
) {
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? (init.form ? "POST" : "GET"),
    headers: {
      Origin: origin,
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.form ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
      ...init.headers,
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    redirect: "manual",
  });
  const body = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body,
    location: response.headers.get("location"),
  };
}

const sessionCookie = (setCookie: string | null) =>
  /(?:^|, )(session=[^;]*)/.exec(setCookie ?? "")?.[1] ?? null;

async function logInByPost(email: string, extra: Record<string, string> = {}, cookie?: string) {
  const response = await send("/inloggen", { form: { email, password: DEMO_PASSWORD, ...extra }, cookie });
  return { ...response, cookie: sessionCookie(response.headers.get("set-cookie")) };
}

const authSessionExists = (cookie: string) =>
  withE2eDb((db) =>
    Boolean(db.prepare("select 1 from auth_sessions where id = ?").get(cookie.split("=")[1])),
  );

test("check 15: logging in never adopts a session id the browser brought along", async () => {
  const login = await logInByPost("leraar41@demo.test", {}, "session=aanvaller123456789012345678901234");
  expect(login.status).toBe(302);
  expect(login.cookie).toMatch(/^session=[a-z0-9]{40}$/);
  expect(login.cookie).not.toContain("aanvaller");
  expect(
    withE2eDb((db) =>
      db.prepare("select count(*) from auth_sessions where id like 'aanvaller%'").pluck().get(),
    ),
  ).toBe(0);
  // Already logged in: the login page sends you on instead of starting a second session.
  expect((await send("/inloggen", { cookie: login.cookie! })).status).toBe(302);
});

test("check 16: logging out deletes the auth session on the server; a GET never logs out", async () => {
  const { cookie } = await logInByPost("leraar42@demo.test");
  expect((await send("/uitloggen", { cookie: cookie! })).status).toBe(302);
  expect((await send("/profiel", { cookie: cookie! })).status).toBe(200);
  const logout = await send("/uitloggen", { method: "POST", cookie: cookie!, form: {} });
  expect(logout.status).toBe(302);
  expect(logout.headers.get("set-cookie")).toMatch(/session=; .*Max-Age=0/i);
  expect(authSessionExists(cookie!)).toBe(false);
  const replay = await send("/profiel", { cookie: cookie! });
  expect(replay.status).toBe(302);
  expect(replay.location).toMatch(/^\/inloggen\?redirectTo=/);
});

test("check 18: 'Overal afmelden' ends every auth session of the account, this one included", async ({
  page,
}) => {
  const other = await logInByPost("leraar43@demo.test");
  await logIn(page, "leraar43@demo.test");
  await page.goto("/profiel");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Overal afmelden" }).click();
  await expect(page.getByText("Je bent op al je toestellen afgemeld.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Afmelden" })).toHaveCount(0);
  expect((await send("/profiel", { cookie: other.cookie! })).status).toBe(302);
  const userId = withE2eDb((db) => userIdByEmail(db, "leraar43@demo.test"));
  expect(
    withE2eDb((db) => db.prepare("select count(*) from auth_sessions where user_id = ?").pluck().get(userId)),
  ).toBe(0);
});

test("check 18/19: a password change needs the current password and logs out the other devices", async () => {
  const first = await logInByPost("leraar44@demo.test");
  const second = await logInByPost("leraar44@demo.test");
  const newPassword = "Een-nieuw-wachtwoord-2026";
  const wrong = await send("/profiel?index", {
    cookie: first.cookie!,
    form: { currentPassword: "niet mijn wachtwoord", password: newPassword, passwordConfirm: newPassword },
  });
  expect(wrong.status).toBe(400);
  expect(wrong.body).toContain("Je huidige wachtwoord klopt niet.");
  expect(authSessionExists(second.cookie!)).toBe(true);
  const changed = await send("/profiel?index", {
    cookie: first.cookie!,
    form: { currentPassword: DEMO_PASSWORD, password: newPassword, passwordConfirm: newPassword },
  });
  expect(changed.status).toBe(200);
  expect(authSessionExists(first.cookie!)).toBe(true);
  expect(authSessionExists(second.cookie!)).toBe(false);
  // Deleting the account needs the password too.
  const deletion = await send("/profiel?index", {
    cookie: first.cookie!,
    form: { intent: "verwijderen", deletePassword: "" },
  });
  expect(deletion.status).toBe(400);
  expect(deletion.body).toContain("Je wachtwoord klopt niet.");
});

test("check 10: login, registration and a forgotten password answer alike whether or not the account exists", async () => {
  const unknown = await send("/inloggen", {
    form: { email: "bestaat-niet@school.test", password: "Fout-wachtwoord-123" },
  });
  const known = await send("/inloggen", {
    form: { email: "leraar45@demo.test", password: "Fout-wachtwoord-123" },
  });
  expect([unknown.status, known.status]).toEqual([400, 400]);
  for (const response of [unknown, known])
    expect(response.body).toContain("Onjuist e-mailadres of wachtwoord.");
  const institution = withE2eDb(
    (db) =>
      db
        .prepare("select name || ' (' || city || ')' from institutions order by id limit 1")
        .pluck()
        .get() as string,
  );
  const form = (email: string) => ({
    name: "Test Persoon",
    email,
    password: "Een-lang-wachtwoord-2026",
    institution,
    jobFunction: "leraar",
  });
  const takenEmail = await send("/registreren?index", { form: form("leraar45@demo.test") });
  const newEmail = await send("/registreren?index", { form: form(uniqueEmail("nieuw")) });
  expect(newEmail.status).toBe(302);
  expect([takenEmail.status, takenEmail.location]).toEqual([newEmail.status, newEmail.location]);
  const resetKnown = await send("/wachtwoord-vergeten", { form: { email: "leraar45@demo.test" } });
  const resetUnknown = await send("/wachtwoord-vergeten", { form: { email: "bestaat-niet@school.test" } });
  expect([resetKnown.status, resetKnown.location]).toEqual([resetUnknown.status, resetUnknown.location]);
});

test("check 13: a filled honeypot on the public forms gets 400 and changes nothing", async () => {
  const login = await logInByPost("leraar46@demo.test", { website: "https://spam.example" });
  expect(login.status).toBe(400);
  expect(login.cookie).toBeNull();
  const email = uniqueEmail("bot");
  const signup = await send("/registreren?index", {
    form: {
      name: "Bot",
      email,
      password: "Een-lang-wachtwoord-2026",
      institution: "GBS De Vlieger",
      jobFunction: "leraar",
      website: "x",
    },
  });
  expect(signup.status).toBe(400);
  expect(withE2eDb((db) => db.prepare("select count(*) from users where email = ?").pluck().get(email))).toBe(
    0,
  );
  expect(
    (await send("/wachtwoord-vergeten", { form: { email: "leraar46@demo.test", website: "x" } })).status,
  ).toBe(400);
});

test("check 28: after login only a local path is followed, never another site", async () => {
  for (const target of [
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
    "/%09/evil.example",
    "\\\\evil.example",
    "/netwerken?x=//evil.example",
  ]) {
    const login = await logInByPost("leraar47@demo.test", { redirectTo: target });
    expect(login.status, target).toBe(302);
    const location = login.location!;
    expect(
      location.startsWith("/") && !location.startsWith("//") && !location.startsWith("/\\"),
      `${target} → ${location}`,
    ).toBe(true);
    expect(new URL(location, origin).origin).toBe(origin);
  }
});

test.describe("check 27: security headers on every response", () => {
  let users: MatrixUsers;
  let fixture: Fixture;
  test.beforeAll(() => {
    ({ users, fixture } = withE2eDb(createMatrixFixture));
  });

  test("every GET route, anonymous and logged in, plus static files and errors, carries the headers; pages for a logged-in user are never cached", async () => {
    const cookies = withE2eDb((db) => cookiesPerRole(db, users));
    const assets = (await send("/")).body.match(/\/assets\/[^"]+\.js/g) ?? [];
    expect(assets.length).toBeGreaterThan(0);
    const paths = [
      ...MATRIX.filter((row) => row.method === "GET").map((row) => row.path(fixture)),
      assets[0]!,
      "/favicon.svg",
      "/favicon.ico",
      "/bestaat-niet",
    ];
    const nonces = new Set<string>();
    for (const path of paths) {
      for (const role of ["anonymous", "deelnemer", "beheerder"] as const) {
        const response = await send(path, { cookie: cookies[role] ?? undefined });
        const h = response.headers;
        const where = `${path} as ${role} (${response.status})`;
        const csp = h.get("content-security-policy") ?? "";
        expect(csp, where).toMatch(/script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/);
        for (const directive of [
          "object-src 'none'",
          "base-uri 'none'",
          "frame-ancestors 'none'",
          "form-action 'self'",
        ])
          expect(csp, where).toContain(directive);
        nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
        expect(h.get("content-security-policy-report-only"), where).toBeNull();
        expect(h.get("x-content-type-options"), where).toBe("nosniff");
        expect(h.get("referrer-policy"), where).toBe("strict-origin-when-cross-origin");
        expect(h.get("x-powered-by"), where).toBeNull();
        // The calendar feed is the same whoever asks (its token is the credential), so calendar apps may cache it briefly.
        // Static files are the same for everyone.
        if (
          role !== "anonymous" &&
          response.status === 200 &&
          !path.startsWith("/assets/") &&
          path !== "/favicon.svg" &&
          !path.startsWith("/agenda/")
        )
          expect(h.get("cache-control"), where).toContain("no-store");
      }
    }
    // A fresh nonce on every response.
    expect(nonces.size).toBe(paths.length * 3);
    // Files with a name (public/) are still served from disk; page URLs skip that lookup.
    const favicon = await send("/favicon.svg");
    expect([favicon.status, favicon.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
  });

  test("check 27: the single-fetch data (.data) of every page is never cached for a logged-in user, nor for a guest link", async () => {
    const cookies = withE2eDb((db) => cookiesPerRole(db, users));
    // Pages only: resource routes (CSV, XLSX, JSON, ICS, SVG, downloads) have no .data twin and set their own headers.
    const isPage = (route: string) =>
      /export default/.test(
        readFileSync(
          join(
            "app/routes",
            readdirSync("app/routes").find((f) => f.replace(/\.tsx?$/, "") === route)!,
          ),
          "utf8",
        ),
      );
    const pages = [
      ...new Set(
        MATRIX.filter((row) => row.method === "GET" && isPage(row.route)).map((row) => row.path(fixture)),
      ),
    ];
    expect(pages.length).toBeGreaterThan(30);
    const dataUrl = (path: string) => {
      const url = new URL(path, origin);
      return `${url.pathname === "/" ? "/_root" : url.pathname}.data${url.search}`;
    };
    let checked = 0;
    for (const path of pages) {
      for (const role of ["deelnemer", "beheerder"] as const) {
        const response = await send(dataUrl(path), { cookie: cookies[role]! });
        const where = `${dataUrl(path)} as ${role} (${response.status})`;
        // A single-fetch answer (turbo-stream), also for a redirect (202) or a refusal: not an HTML page.
        expect(response.headers.get("content-type"), where).toMatch(/^text\/x-script/);
        expect(response.headers.get("cache-control"), where).toBe("private, no-store");
        expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
        checked++;
      }
    }
    expect(checked).toBe(pages.length * 2);
    // Anonymous: a guest survey link is the credential, so its data is personal too; a public page is not.
    const guest = await send(dataUrl(`/enquete/gast/${fixture.guestToken}`));
    expect([guest.status, guest.headers.get("cache-control")]).toEqual([200, "private, no-store"]);
    const reset = await send(dataUrl("/wachtwoord-herstellen?token=ongeldig"));
    expect(reset.headers.get("cache-control")).toBe("private, no-store");
    const catalogue = await send(dataUrl("/netwerken?niveau=basisonderwijs"));
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers.get("cache-control") ?? "").not.toContain("private");
  });
});
