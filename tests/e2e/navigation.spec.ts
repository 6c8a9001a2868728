import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hoofdnavigatie" });
/** A value on the window survives navigations inside the app and is gone after a page load. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument === true);

test("app links navigate without reloading the page, mark the current page, and leave new tabs to the browser", async ({
  page,
}) => {
  await logIn(page, "deelnemer@demo.test");
  await markWindow(page);

  await mainNav(page).getByRole("link", { name: "Netwerken", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Lerende netwerken", exact: true })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Netwerken", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(mainNav(page).getByRole("link", { name: "Start" })).not.toHaveAttribute("aria-current");

  // The keyboard alone: focus a link and press Enter.
  await mainNav(page).getByRole("link", { name: "Materialen" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/materialen$/);
  await expect(mainNav(page).getByRole("link", { name: "Materialen" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(mainNav(page).getByRole("link", { name: "Netwerken", exact: true })).not.toHaveAttribute(
    "aria-current",
  );

  // A link with a new query, a link in the page body, and back.
  await page
    .getByRole("navigation", { name: "Paginering" })
    .getByRole("link", { name: "Volgende pagina" })
    .click();
  await expect(page).toHaveURL(/\/materialen\?pagina=2$/);
  // Click the very link whose title was read (a lazy `.first()` would be looked up again at the
  // click, and other tests add materials meanwhile).
  const title = (await page.getByRole("main").getByRole("listitem").first().getByRole("link").textContent())!;
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Materialen" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.goBack();
  await expect(page).toHaveURL(/\/materialen\?pagina=2$/);
  await expect(page.getByRole("navigation", { name: "Paginering" })).toContainText("Pagina 2 van");
  expect(await sameDocument(page)).toBe(true);
  await expectAccessible(page);

  // Ctrl-click opens a new tab and leaves this page where it is.
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    mainNav(page)
      .getByRole("link", { name: "Mijn netwerken" })
      .click({ modifiers: ["Control"] }),
  ]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe("/mijn-netwerken");
  await expect(page).toHaveURL(/\/materialen\?pagina=2$/);
  expect(await sameDocument(page)).toBe(true);
  await tab.close();
});

test("app links work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await mainNav(page).getByRole("link", { name: "Netwerken", exact: true }).click();
  await expect(page).toHaveURL(/\/netwerken$/);
  await expect(mainNav(page).getByRole("link", { name: "Netwerken", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await context.close();
});
