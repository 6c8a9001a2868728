import { expect, test, type BrowserContext } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";

const PHONE = { width: 375, height: 740 };

// Every page a role works with, on a phone: nothing makes the page scroll sideways (a wide table
// scrolls inside its own box) and axe finds nothing.
const PAGES: Record<string, string[]> = {
  "deelnemer@demo.test": [
    "/",
    "/netwerken",
    "/netwerken/tacta-netwerk",
    "/mijn-netwerken",
    "/materialen",
    "/digicoaches",
    "/profiel",
    "/profiel/digicoach",
  ],
  "begeleider@demo.test": [
    "/netwerken/tacta-netwerk/bewerken",
    "/netwerken/tacta-netwerk/bijeenkomsten",
    "/netwerken/tacta-netwerk/deelnemers",
    "/netwerken/tacta-netwerk/metingen",
    "/netwerken/tacta-netwerk/metingen/import",
    "/netwerken/tacta-netwerk/materialen/nieuw",
    "/netwerken/tacta-netwerk/rapport",
    "/netwerken/nieuw",
  ],
  "beheerder@demo.test": [
    "/beheer/gebruikers",
    "/beheer/doelstellingen",
    "/beheer/metingen",
    "/beheer/e-mails",
    "/rapporten?schooljaar=2025",
    "/rapporten/bereik",
    "/rapporten/bereik?kerntaak=KT1&periode=alles",
    "/rapporten/meetplan",
    "/rapporten/digicoaches",
  ],
};

// One test per page (a role logs in once): scanning nine long pages with axe in one test ran
// out of the test's time on a loaded machine.
for (const [email, paths] of Object.entries(PAGES)) {
  test.describe(`the pages of ${email.split("@")[0]} on a phone`, () => {
    let storageState: Awaited<ReturnType<BrowserContext["storageState"]>>;
    test.beforeAll(async ({ browser }) => {
      const context = await browser.newContext();
      await logIn(await context.newPage(), email);
      storageState = await context.storageState();
      await context.close();
    });
    for (const path of paths) {
      test(`${path} fits a phone screen`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: PHONE,
          isMobile: true,
          hasTouch: true,
          storageState,
        });
        const page = await context.newPage();
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
          PHONE.width,
        );
        await expectAccessible(page);
        await context.close();
      });
    }
  });
}
