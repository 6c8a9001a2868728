import { expect, test } from "@playwright/test";
import { expectAccessible, linkFromLatestMail, logIn, logOut, uniqueEmail } from "../support/e2e";

test("the home page is Dutch, accessible and offers login and registration", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl-BE");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samen leren in lerende netwerken");
  await expect(
    page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Aanmelden" }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("registration shows Dutch errors next to the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/registreren");
  await expectAccessible(page);
  await page.getByLabel("Naam").fill("Lien Peeters");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByLabel("Wachtwoord").fill("wachtwoord123");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.")).toBeVisible();
  await expect(
    page.getByText("Dit wachtwoord is te gekend en makkelijk te raden. Kies een ander."),
  ).toBeVisible();
  await expect(page.getByText("Kies je school, academie of centrum uit de lijst.")).toBeVisible();
  await expect(page.getByText("Kies je functie.")).toBeVisible();
  await expect(page.getByLabel("Naam")).toHaveValue("Lien Peeters");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("geen-adres");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a new teacher registers, confirms the address from the e-mail and logs in", async ({ page }) => {
  const email = uniqueEmail("nieuw");
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Nieuwe Leraar");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn klas leert graag");
  await page.getByLabel("School, academie of centrum").fill("Stedelijke");
  const firstInstitution = await page.locator("#instellingen option").first().getAttribute("value");
  await page.getByLabel("School, academie of centrum").fill(firstInstitution!);
  await page.getByLabel("Functie", { exact: true }).selectOption("andere");
  await page.getByLabel("Andere functie").fill("STEM-coach");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
  await expectAccessible(page);

  // Not usable before confirmation.
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("mijn klas leert graag");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Je e-mailadres is nog niet bevestigd.")).toBeVisible();

  await page.goto(linkFromLatestMail(email, "/registreren/bevestigen"));
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
  await expect(page.getByText("Je e-mailadres is bevestigd. Meld je nu aan.")).toBeVisible();
  await logIn(page, email, "mijn klas leert graag");
  await expect(page.getByRole("heading", { name: "Dag Nieuwe Leraar" })).toBeVisible();
  await page.getByRole("link", { name: "Mijn profiel" }).click();
  await expect(page.getByText("STEM-coach")).toBeVisible();
  await expectAccessible(page);
});

test("registering an address that already has an account answers exactly the same", async ({ page }) => {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Iemand Anders");
  await page.getByLabel("E-mailadres").fill("deelnemer@demo.test");
  await page.getByLabel("Wachtwoord").fill("een heel ander wachtwoord");
  const institution = await page.locator("#instellingen option").first().getAttribute("value");
  await page.getByLabel("School, academie of centrum").fill(institution!);
  await page.getByLabel("Functie", { exact: true }).selectOption("leraar");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page).toHaveURL(/\/registreren\/verstuurd$/);
  await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
});

test("logging out ends the session on the server: the old cookie no longer works", async ({
  page,
  context,
  request,
}) => {
  await logIn(page, "deelnemer@demo.test");
  const cookie = (await context.cookies()).find((c) => c.name === "session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  const withOldCookie = { headers: { Cookie: `session=${cookie!.value}` }, maxRedirects: 0 };
  expect((await request.get("/profiel", withOldCookie)).status()).toBe(200);
  await logOut(page);
  const replay = await request.get("/profiel", withOldCookie);
  expect(replay.status()).toBe(302);
  expect(replay.headers()["location"]).toBe("/inloggen?redirectTo=%2Fprofiel");
});

test("a forgotten password is reset through the e-mailed link, once", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill("zorg@demo.test");
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByText("Als er een account bestaat voor zorg@demo.test")).toBeVisible();

  const link = linkFromLatestMail("zorg@demo.test", "/wachtwoord-herstellen");
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel("Nieuw wachtwoord").fill("zorg voor iedereen 2026");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets anders");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.")).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord").fill("zorg voor iedereen 2026");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("zorg voor iedereen 2026");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Je wachtwoord is gewijzigd.")).toBeVisible();
  await logIn(page, "zorg@demo.test", "zorg voor iedereen 2026");
  await logOut(page);

  await page.goto(link);
  await expect(page.getByText("Deze herstellink is ongeldig, verlopen of al gebruikt.")).toBeVisible();
});

test("the login form works with the keyboard alone", async ({ page }) => {
  await page.goto("/inloggen");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.getByLabel("E-mailadres").focus();
  await page.keyboard.type("begeleider@demo.test");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Leerkracht-Demo-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
});

test("a teacher downloads their data and deletes the account", async ({ page }) => {
  const email = uniqueEmail("weg");
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill("Tijdelijke Leraar");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("even hier en dan weg");
  await page
    .getByLabel("School, academie of centrum")
    .fill((await page.locator("#instellingen option").first().getAttribute("value"))!);
  await page.getByLabel("Functie", { exact: true }).selectOption("leraar");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Controleer je mailbox" })).toBeVisible();
  await page.goto(linkFromLatestMail(email, "/registreren/bevestigen"));
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click();
  await expect(page.getByText("Je e-mailadres is bevestigd. Meld je nu aan.")).toBeVisible();
  await logIn(page, email, "even hier en dan weg");
  await page.goto("/profiel");
  const download = await page.request.get("/profiel/gegevens.json");
  expect(download.headers()["content-disposition"]).toContain("mijn-gegevens.json");
  expect((await download.json()).account.email).toBe(email);
  await page.getByLabel("Bevestig met je wachtwoord").fill("niet mijn wachtwoord");
  await page.getByRole("button", { name: "Mijn account verwijderen" }).click();
  await expect(page.getByText("Je wachtwoord klopt niet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Bevestig met je wachtwoord").fill("even hier en dan weg");
  await page.getByRole("button", { name: "Mijn account verwijderen" }).click();
  await expect(page.getByText("Je account is verwijderd.")).toBeVisible();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("even hier en dan weg");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Onjuist e-mailadres of wachtwoord.")).toBeVisible();
});
