// The facilitator of the README's threat model against the running server, through the pages
// and the HTTP requests those pages send. tests/integration/anonymity-attacks.test.ts covers the
// same attacks with random answers and many network sizes; this spec shows the pages hold too.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { addRunningSession, createNetwork, userIdByEmail, withE2eDb } from "../support/e2e-db";

const GUESTS = 6;

async function facilitatorWithGuestSurvey(page: Page) {
  const { slug, sessionId } = withE2eDb((db) => {
    const network = createNetwork(
      db,
      userIdByEmail(db, "begeleider@demo.test"),
      20,
      `Aanval ${randomUUID().slice(0, 8)}`,
    );
    return { ...network, sessionId: addRunningSession(db, network.networkId) };
  });
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}/metingen`);
  await page.getByLabel("Sjabloon").selectOption("nameting-basis");
  await page.getByRole("button", { name: "Meting aanmaken" }).click();
  const post = page.getByTestId("meting-post");
  await post.getByLabel("Open vanaf").fill("2020-01-01T08:00");
  await post.getByLabel("Open tot").fill("2040-01-01T08:00");
  await post.getByRole("button", { name: /Periode opslaan/ }).click();
  await expect(post).toContainText("Status: open");
  await post.getByRole("button", { name: "Gastlink maken (zonder account)" }).click();
  const guestLink = (await post.locator("code").textContent())!;
  return { slug, sessionId, guestLink };
}

async function answerAsGuest(browser: Browser, guestLink: string, score: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(guestLink);
  const heading = page.getByRole("heading", { name: "Bedankt!" });
  const full = page.getByText("Er kunnen geen gastantwoorden meer bij");
  if (await page.getByRole("button", { name: "Antwoorden versturen" }).isVisible()) {
    await page.getByRole("radio", { name: "leraar", exact: true }).check();
    for (const radio of await page.locator(`input[type="radio"][value="${score}"]`).all())
      await radio.check();
    await page.getByLabel("Wat vond je het meest bruikbaar?").fill(`Antwoord met score ${score}`);
    await page.getByRole("button", { name: "Antwoorden versturen" }).click();
  }
  await expect(heading.or(full)).toBeVisible();
  return { context, page, accepted: await heading.isVisible() };
}

const reportJson = async (page: Page, slug: string) =>
  (await page.request.get(`/netwerken/${slug}/rapport.json`)).json();

test("guest-link stuffing, reopening, window moves and attendance games learn nothing; the beheerder reads no open answers", async ({
  page,
  browser,
}) => {
  const { slug, sessionId, guestLink } = await facilitatorWithGuestSurvey(page);

  // Without a recorded headcount the guest link takes nobody.
  const first = await answerAsGuest(browser, guestLink, "4");
  expect(first.accepted).toBe(false);
  await first.context.close();

  await page.goto(`/netwerken/${slug}/aanwezigheid/${sessionId}`);
  await page.getByLabel("Aantal gasten zonder account").fill(String(GUESTS));
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText(/opgeslagen/).first()).toBeVisible();

  // Stuffing: more browsers than guests counted; the same browser twice.
  const outcomes = [];
  for (let i = 0; i < GUESTS + 2; i++) {
    const guest = await answerAsGuest(browser, guestLink, String(1 + (i % 5)));
    outcomes.push(guest.accepted);
    if (i === 0) {
      await guest.page.goto(guestLink);
      await expect(guest.page.getByRole("heading", { name: "Bedankt!" })).toBeVisible();
      await expect(guest.page.getByRole("button", { name: "Antwoorden versturen" })).toHaveCount(0);
    }
    await guest.context.close();
  }
  expect(outcomes.filter(Boolean)).toHaveLength(GUESTS);

  // While open: the count only, on every view.
  await page.goto(`/netwerken/${slug}/rapport`);
  await expect(page.getByTestId("report-item")).toHaveCount(0);
  await expectAccessible(page);
  expect((await reportJson(page, slug)).items).toEqual([]);

  // A window moved into the future is not a closing: still nothing.
  await page.goto(`/netwerken/${slug}/metingen`);
  const post = page.getByTestId("meting-post");
  await post.getByLabel("Open vanaf").fill("2039-01-01T08:00");
  await post.getByLabel("Open tot").fill("2040-01-01T08:00");
  await post.getByRole("button", { name: /Periode opslaan/ }).click();
  await expect(post).toContainText("Status: gepland");
  expect((await reportJson(page, slug)).items).toEqual([]);
  await post.getByLabel("Open vanaf").fill("2020-01-01T08:00");
  await post.getByRole("button", { name: /Periode opslaan/ }).click();
  await expect(post).toContainText("Status: open");

  await post.getByRole("button", { name: "Nu sluiten" }).click();
  await expect(page.getByText("De meting is gesloten en de resultaten staan in het rapport.")).toBeVisible();
  await expect(post).toContainText("gesloten, resultaten gepubliceerd");
  await expect(post.getByRole("button", { name: /Periode opslaan/ })).toHaveCount(0);
  await expectAccessible(page);
  const published = await reportJson(page, slug);
  expect(published.items.find((item: { key: string }) => item.key === "tevredenheid")).toMatchObject({
    n: GUESTS,
    suppressed: false,
  });
  expect(published.phases.post).toMatchObject({
    status: "published",
    respondents: GUESTS,
    denominator: GUESTS,
    responseRate: 1,
  });

  // Reopening and moving the window as the page's own form would send it: refused in Dutch.
  const surveyId = withE2eDb(
    (db) =>
      db
        .prepare("select s.id from surveys s join networks n on n.id = s.network_id where n.slug = ?")
        .pluck()
        .get(slug) as number,
  );
  for (const [opensAt, closesAt] of [
    ["2020-01-01T08:00", "2040-01-01T08:00"],
    ["2039-01-01T08:00", "2040-01-01T08:00"],
  ]) {
    const response = await page.request.post(`/netwerken/${slug}/metingen?index`, {
      form: { intent: "venster", surveyId: String(surveyId), opensAt, closesAt },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("De resultaten van deze meting zijn gepubliceerd");
  }
  // The guest headcount and the attendance are frozen too.
  await page.goto(`/netwerken/${slug}/aanwezigheid/${sessionId}`);
  await page.getByLabel("Aantal gasten zonder account").fill(String(GUESTS + 5));
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("De resultaten van de nameting zijn al gepubliceerd").first()).toBeVisible();
  // An import into the published phase is refused.
  await page.goto(`/netwerken/${slug}/metingen/import`);
  await page.getByLabel("Bestand", { exact: true }).setInputFiles({
    name: "opvulling.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("phase;tevredenheid\npost;5\npost;5\npost;5\npost;5\npost;5\n"),
  });
  await page.getByLabel(/Aantal deelnemers/).fill("40");
  await page.getByRole("button", { name: "Opladen" }).click();
  await expect(page.getByTestId("import-errors")).toContainText("Dit netwerk heeft al een nameting.");

  // After every attempt the figures are exactly those first published.
  const after = await reportJson(page, slug);
  expect({ items: after.items, pairs: after.pairs, phases: after.phases }).toEqual({
    items: published.items,
    pairs: published.pairs,
    phases: published.phases,
  });

  // The facilitator reads the open answers; the beheerder sees the figures only.
  await page.goto(`/netwerken/${slug}/rapport`);
  await expect(page.getByText(/Antwoord met score \d/).first()).toBeVisible();
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await logIn(adminPage, "beheerder@demo.test");
  await adminPage.goto(`/netwerken/${slug}/rapport`);
  await expect(adminPage.getByTestId("report-item").first()).toBeVisible();
  await expect(
    adminPage.getByText("Open antwoorden lezen enkel de begeleiders van dit netwerk.").first(),
  ).toBeVisible();
  await expect(adminPage.getByText(/Antwoord met score \d/)).toHaveCount(0);
  await expectAccessible(adminPage);
  const questionId = withE2eDb(
    (db) =>
      db
        .prepare("select id from survey_questions where survey_id = ? and kind = 'open' limit 1")
        .pluck()
        .get(surveyId) as number,
  );
  expect(
    (await adminPage.request.get(`/netwerken/${slug}/rapport/open-antwoorden/${questionId}`)).status(),
  ).toBe(403);
  await admin.close();
});
