import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, logOut } from "../support/e2e";

test("every page carries an enforced nonce CSP and the security headers", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/inloggen");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["content-security-policy-report-only"]).toBeUndefined();
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-powered-by"]).toBeUndefined();
});

test("a form posted from another website is refused with 403 before anything runs", async ({
  page,
  request,
}) => {
  // A real browser on another origin auto-submits a login form to the portal.
  const target = new URL("/inloggen", test.info().project.use.baseURL).href;
  await page.route("http://kwaadaardig.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="post" action="${target}"><input name="email" value="deelnemer@demo.test"><input name="password" value="${DEMO_PASSWORD}"></form><script>document.forms[0].submit()</script>`,
    }),
  );
  const refused = page.waitForResponse(
    (response) => response.url() === target && response.request().method() === "POST",
  );
  await page.goto("http://kwaadaardig.test/");
  const response = await refused;
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();

  const apiRefused = await request.post("/inloggen", {
    headers: { Origin: "https://evil.example" },
    form: { email: "deelnemer@demo.test", password: DEMO_PASSWORD },
  });
  expect(apiRefused.status()).toBe(403);
  expect(await apiRefused.text()).toContain("andere website");
});

test("oversized request bodies get 413", async ({ request }) => {
  const response = await request.post("/inloggen", {
    headers: { Origin: new URL(test.info().project.use.baseURL!).origin },
    form: { email: "x@y.test", password: "x".repeat(1_100_000) },
  });
  expect(response.status()).toBe(413);
});

test("repeated failed logins are throttled with 429 and a Dutch wait message", async ({ page }) => {
  await page.goto("/inloggen");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-mailadres").fill("ict@demo.test");
    await page.getByLabel("Wachtwoord").fill(`fout wachtwoord ${attempt}`);
    const failed = page.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().includes("/inloggen"),
    );
    await page.getByRole("button", { name: "Aanmelden" }).click();
    expect((await failed).status()).toBe(400);
    await expect(page.getByText("Onjuist e-mailadres of wachtwoord.")).toBeVisible();
  }
  await page.getByLabel("E-mailadres").fill("ict@demo.test");
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  const response = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes("/inloggen"),
  );
  await page.getByRole("button", { name: "Aanmelden" }).click();
  expect((await response).status()).toBe(429);
  await expect(
    page.getByText(/Te veel mislukte aanmeldpogingen\. Probeer het opnieuw over \d+ minuut/),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Afmelden" })).toHaveCount(0);
});

test("after login only local redirect targets are followed", async ({ page }) => {
  for (const target of ["//evil.example", "https://evil.example/", "/\\evil.example"]) {
    await page.goto(`/inloggen?redirectTo=${encodeURIComponent(target)}`);
    await page.getByLabel("E-mailadres").fill("dko@demo.test");
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page).toHaveURL(new URL("/", test.info().project.use.baseURL).href);
    await logOut(page);
  }
  await page.goto(`/inloggen?redirectTo=${encodeURIComponent("/profiel")}`);
  await page.getByLabel("E-mailadres").fill("dko@demo.test");
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/profiel$/);
});
