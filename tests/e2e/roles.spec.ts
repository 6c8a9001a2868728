import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";

function mainNav(page: import("@playwright/test").Page) {
  return page.getByRole("navigation", { name: "Hoofdnavigatie" });
}

test("a deelnemer sees only the participant navigation and is refused admin pages", async ({ page }) => {
  await logIn(page, "deelnemer@demo.test");
  await expect(page.getByTestId("current-role")).toContainText("deelnemer");
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Start",
    "Netwerken",
    "Mijn netwerken",
    "Materialen",
    "Digicoaches",
    "Mijn profiel",
  ]);
  await expectAccessible(page);
  for (const path of [
    "/beheer/gebruikers",
    "/beheer/e-mails",
    "/beheer/doelstellingen",
    "/netwerken/nieuw",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  }
  await expectAccessible(page);
});

test("a begeleider sees the networks they run", async ({ page }) => {
  await logIn(page, "begeleider@demo.test");
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Start",
    "Netwerken",
    "Mijn netwerken",
    "Materialen",
    "Digicoaches",
    "Mijn profiel",
  ]);
  await mainNav(page).getByRole("link", { name: "Mijn netwerken" }).click();
  await expect(page.getByRole("heading", { name: "Netwerken die ik begeleid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Netwerk getallen" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/beheer/gebruikers"))?.status()).toBe(403);
});

test("a beheerder searches users, changes a role and reads the outbox", async ({
  page,
  request,
  baseURL,
}) => {
  // Make sure the outbox holds a message, whatever ran before.
  await request.post("/wachtwoord-vergeten", {
    headers: { Origin: new URL(baseURL!).origin },
    form: { email: "clb@demo.test" },
  });
  await logIn(page, "beheerder@demo.test");
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Start",
    "Netwerken",
    "Mijn netwerken",
    "Materialen",
    "Digicoaches",
    "Gebruikers",
    "Doelstellingen",
    "Meetplan",
    "Rapporten",
    "E-mails",
    "Mijn profiel",
  ]);
  await mainNav(page).getByRole("link", { name: "Gebruikers" }).click();
  await page.getByLabel("Zoek op naam of e-mailadres").fill("goossens");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByText("1 gebruiker gevonden")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Rol van Hanne Goossens").selectOption("facilitator");
  await page.getByRole("button", { name: "Opslaan voor Hanne Goossens" }).click();
  await expect(page.getByText("De rol is gewijzigd.")).toBeVisible();
  await page.getByLabel("Rol", { exact: true }).selectOption("facilitator");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("cell", { name: "Hanne Goossens", exact: true })).toBeVisible();

  // Own role cannot be changed (so an admin always remains).
  await page.goto("/beheer/gebruikers?q=beheerder%40demo.test");
  await page.getByRole("button", { name: "Opslaan voor Sofie Maes" }).click();
  await expect(page.getByText("Je kan je eigen rol niet wijzigen")).toBeVisible();

  await mainNav(page).getByRole("link", { name: "E-mails" }).click();
  await expect(page.getByRole("heading", { name: "Uitgaande e-mails" })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("table")
    .getByRole("link", { name: "Je wachtwoord herstellen op LEERKR@CHT.NET" })
    .first()
    .click();
  await expect(page.getByTestId("mail-body")).toContainText("Dag ");
  await expectAccessible(page);
});

test("the navigation fits a phone screen", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await logIn(page, "beheerder@demo.test");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expect(mainNav(page).getByRole("link", { name: "Mijn profiel" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/beheer/gebruikers");
  await expectAccessible(page);
  await context.close();
});

test("an unknown address shows a Dutch 404 page", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
});
