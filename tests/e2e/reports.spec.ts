import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";

test("a beheerder reads the meta-analysis and the reach per operational goal, and writes a duiding", async ({ page }) => {
  await logIn(page, "beheerder@demo.test");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Rapporten" }).click();
  await expect(page.getByRole("heading", { name: "Meta-analyse effectmeting" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alle gemeten netwerken" })).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get("/rapporten.csv?schooljaar=2025");
  expect(csv.headers()["content-disposition"]).toContain("meta-analyse-2025-2026.csv");
  expect(await csv.text()).toContain("Aandeel voldoende respons");

  await page.getByRole("link", { name: "Bereik per doelstelling" }).click();
  await expect(page.getByRole("heading", { name: "Bereik per operationele doelstelling" })).toBeVisible();
  await page.getByRole("link", { name: "Alle schooljaren tonen" }).click();
  const goal = page.getByTestId("reach-goal").filter({ hasText: "OD6.1" });
  await expect(goal).toContainText("Bereikt");
  await expectAccessible(page);
  await goal.getByLabel("Duiding").fill("Het netwerk van digicoaches bereikt vooral basisscholen.");
  await goal.getByRole("button", { name: /Duiding opslaan/ }).click();
  await expect(page.getByText("De duiding is opgeslagen.")).toBeVisible();
  await expect(page.getByTestId("reach-goal").filter({ hasText: "OD6.1" }).getByLabel("Duiding")).toHaveValue("Het netwerk van digicoaches bereikt vooral basisscholen.");
});

test("a network report with pre and post side by side and paired gain (demo data)", async ({ page }) => {
  await logIn(page, "begeleider@demo.test");
  await page.goto("/netwerken/tacta-netwerk/rapport");
  await expect(page.getByTestId("respons-pre")).toContainText("Voormeting");
  await expect(page.getByTestId("report-compare").first()).toContainText("kennis:");
  await expect(page.getByTestId("report-pair").first()).not.toContainText("te weinig antwoorden");
  await expectAccessible(page);
});
