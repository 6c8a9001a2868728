import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { createNetwork, userIdByEmail, withE2eDb } from "../support/e2e-db";

test("a beheerder reads the meta-analysis and the reach per operational goal, and writes a duiding", async ({
  page,
}) => {
  await logIn(page, "beheerder@demo.test");
  await page
    .getByRole("navigation", { name: "Hoofdnavigatie" })
    .getByRole("link", { name: "Rapporten" })
    .click();
  await expect(page.getByRole("heading", { name: "Meta-analyse effectmeting" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alle gemeten netwerken" })).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get("/rapporten.csv?schooljaar=2025");
  expect(csv.headers()["content-disposition"]).toContain("meta-analyse-2025-2026.csv");
  expect(await csv.text()).toContain("Aandeel voldoende respons");

  await page.getByRole("link", { name: "Bereik per doelstelling" }).click();
  await expect(page.getByRole("heading", { name: "Bereik per operationele doelstelling" })).toBeVisible();
  // One kerntaak or beleidsimpuls at a time, as in the annual report; the first is shown first.
  const chapters = page.getByRole("navigation", { name: "Kerntaak of beleidsimpuls" });
  await expect(chapters.getByRole("link", { name: /Kerntaak 1/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Kerntaak 1: beroepsbekwaamheid" })).toBeVisible();
  await chapters.getByRole("link", { name: /Beleidsimpuls 1/ }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Beleidsimpuls 1: brede basiszorg" }),
  ).toBeVisible();
  await expect(page.getByTestId("reach-goal").first()).toBeVisible();
  await expect(page.getByTestId("reach-goal").filter({ hasText: "OD6.1" })).toHaveCount(0);
  // The period switch keeps the chapter, the chapter links keep the period.
  await page.getByRole("link", { name: "Alle schooljaren tonen" }).click();
  await expect(page).toHaveURL(/kerntaak=BI1&periode=alles/);
  await chapters.getByRole("link", { name: /Kerntaak 1/ }).click();
  await expect(page).toHaveURL(/kerntaak=KT1&periode=alles/);
  const goal = page.getByTestId("reach-goal").filter({ hasText: "OD6.1" });
  await expect(goal).toContainText("Bereikt");
  await expectAccessible(page);
  await goal.getByLabel("Duiding").fill("Het netwerk van digicoaches bereikt vooral basisscholen.");
  // The goals are kept as rendered HTML; their plain forms are still sent without reloading the page.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
  await goal.getByRole("button", { name: /Duiding opslaan/ }).click();
  await expect(page.getByText("De duiding is opgeslagen.")).toBeVisible();
  expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);
  await expect(page.getByTestId("reach-goal").filter({ hasText: "OD6.1" }).getByLabel("Duiding")).toHaveValue(
    "Het netwerk van digicoaches bereikt vooral basisscholen.",
  );
  await expect(page).toHaveURL(/kerntaak=KT1&periode=alles/);
});

test("a network report with pre and post side by side and paired gain (demo data)", async ({ page }) => {
  await logIn(page, "begeleider@demo.test");
  await page.goto("/netwerken/tacta-netwerk/rapport");
  await expect(page.getByTestId("respons-pre")).toContainText("Voormeting");
  await expect(page.getByTestId("report-compare").first()).toContainText("kennis:");
  await expect(page.getByTestId("report-pair").first()).not.toContainText("te weinig antwoorden");
  await expectAccessible(page);
});

test("report pages send their tables once and show them when reached by a link, a reload or the back button", async ({
  page,
}) => {
  await logIn(page, "begeleider@demo.test");
  // The document: the tables are in the HTML, and not a second time in the hydration data.
  const html = await (await page.request.get("/netwerken/tacta-netwerk/rapport")).text();
  const rows = html.split('data-testid="report-item"').length - 1;
  expect(rows).toBeGreaterThan(3);
  expect(html).not.toContain("report-item\\");
  await page.goto("/netwerken/tacta-netwerk/rapport");
  await expect(page.getByTestId("report-item")).toHaveCount(rows);
  // Reached from the network page in the browser (a data request), after a reload, and back.
  await page.getByRole("link", { name: /^Terug naar/ }).click();
  await page.getByRole("link", { name: "Rapport", exact: true }).click();
  await expect(page.getByTestId("report-item")).toHaveCount(rows);
  await page.reload();
  await expect(page.getByTestId("report-item")).toHaveCount(rows);
  await page.goBack();
  await expect(page).not.toHaveURL(/rapport/);
  await page.goForward();
  await expect(page.getByTestId("report-item")).toHaveCount(rows);
  await expectAccessible(page);
});

test("a report with many open answers shows a few and pages through the rest", async ({ page }) => {
  const ANSWERS = 120;
  const { slug, questionId } = withE2eDb((db) => {
    const { networkId, slug } = createNetwork(
      db,
      userIdByEmail(db, "begeleider@demo.test"),
      200,
      `Veel antwoorden ${randomUUID().slice(0, 6)}`,
    );
    const now = Math.floor(Date.now() / 1000);
    // A published post survey that 120 people answered, with one open question.
    const surveyId = Number(
      db
        .prepare(
          "insert into surveys (network_id, phase, template, opens_at, closes_at, sealed_at, sealed_eligible, sealed_eligible_respondents, sealed_guest_places, created_at) values (?, 'post', 'nameting-basis', ?, ?, ?, ?, ?, 0, ?)",
        )
        .run(networkId, now - 30 * 86400, now - 86400, now - 86400, ANSWERS, ANSWERS, now).lastInsertRowid,
    );
    const questionId = Number(
      db
        .prepare(
          "insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, 0, 'open', 'open', null, 'Wat vond je het meest bruikbaar?', null, 0, 0)",
        )
        .run(surveyId).lastInsertRowid,
    );
    for (let i = 1; i <= ANSWERS; i++) {
      const responseId = randomUUID();
      db.prepare(
        "insert into survey_responses (id, survey_id, pseudonym, role, source) values (?, ?, null, 'leraar', 'portal')",
      ).run(responseId, surveyId);
      db.prepare(
        "insert into survey_answers (id, response_id, question_id, value, text) values (?, ?, ?, null, ?)",
      ).run(randomUUID(), responseId, questionId, `Open antwoord nummer ${i}.`);
    }
    return { slug, questionId };
  });
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}/rapport`);
  const section = page.getByRole("region", { name: "Nameting" });
  await expect(section.getByText(/^Open antwoord nummer \d+\.$/)).toHaveCount(10);
  await section
    .getByRole("link", { name: `Alle ${ANSWERS} antwoorden lezen: Wat vond je het meest bruikbaar?` })
    .click();

  await expect(page.getByRole("heading", { name: "Open antwoorden (nameting)" })).toBeVisible();
  await expect(page.getByText(`Antwoord 1 tot 50 van ${ANSWERS}`)).toBeVisible();
  await expect(page.getByTestId("open-answers").getByRole("listitem")).toHaveCount(50);
  await expectAccessible(page);
  const seen = new Set(await page.getByTestId("open-answers").getByRole("listitem").allTextContents());
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page.getByText("Pagina 2 van 3")).toBeVisible();
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page.getByText(`Antwoord 101 tot ${ANSWERS} van ${ANSWERS}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  for (const text of await page.getByTestId("open-answers").getByRole("listitem").allTextContents())
    seen.add(text);
  await page.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page.getByText(`Antwoord 51 tot 100 van ${ANSWERS}`)).toBeVisible();
  for (const text of await page.getByTestId("open-answers").getByRole("listitem").allTextContents())
    seen.add(text);
  // Every answer exactly once over the three pages.
  expect(seen.size).toBe(ANSWERS);

  // A question of another network is not found through this network's report.
  const foreign = await page.request.get(`/netwerken/tacta-netwerk/rapport/open-antwoorden/${questionId}`);
  expect(foreign.status()).toBe(404);
  await page.getByRole("link", { name: /Terug naar het rapport/ }).click();
  await expect(page).toHaveURL(new RegExp(`/netwerken/${slug}/rapport$`));
});
