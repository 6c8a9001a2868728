import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { addRunningSession, createNetwork, userIdByEmail, withE2eDb } from "../support/e2e-db";

test("the catalogue sends its results once and shows the right ones after a search in the browser, a reload and back", async ({
  page,
}) => {
  await logIn(page, "deelnemer@demo.test");
  // The document: the cards are in the HTML, and not a second time in the hydration data.
  const found = await (await page.request.get("/netwerken?q=getallen")).text();
  expect(found.split("Netwerk getallen").length - 1).toBe(1);
  const html = await (await page.request.get("/netwerken")).text();
  const cards = html.split('data-testid="seats"').length - 1;
  expect(cards).toBeGreaterThan(3);
  await page.goto("/netwerken");
  await expect(page.getByTestId("seats")).toHaveCount(cards);
  // A search in the browser (a data request) carries its own results.
  await page.getByLabel("Zoek op titel of beschrijving").fill("getallen");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/q=getallen/);
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Netwerk getallen" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL(/\/netwerken$/);
  await expect(page.getByTestId("seats")).toHaveCount(cards);
  await expectAccessible(page);
});

test("the public catalogue filters and searches, and leads to a network page", async ({ page }) => {
  await page.goto("/netwerken");
  await expect(page.getByRole("heading", { name: "Lerende netwerken", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Onderwijsniveau").selectOption("deeltijds kunstonderwijs");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/niveau=deeltijds/);
  await expect(page.getByRole("link", { name: /Leerlingenbegeleiding in het DKO/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Netwerk getallen" })).toHaveCount(0);
  await page.getByRole("link", { name: "Filters wissen" }).click();
  await page.getByLabel("Zoek op titel of beschrijving").fill("getallen");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("link", { name: "Netwerk getallen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netwerk getallen" })).toBeVisible();
  await expect(page.getByTestId("seats")).toContainText("Volzet");
  await expect(page.getByRole("link", { name: "Meld je aan om in te schrijven" })).toBeVisible();
  await expectAccessible(page);
});

test("on a phone, a teacher enrols, sees it under Mijn netwerken, gets the e-mail, and cancels", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await logIn(page, "leraar07@demo.test");
  await page.goto("/netwerken/nieuwe-autoriteit");
  await expect(page.getByTestId("seats")).toContainText("plaatsen vrij");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Inschrijven voor het netwerk" }).click();
  await expect(page.getByText("Je bent ingeschreven. Je krijgt een bevestiging per e-mail.")).toBeVisible();
  await expect(page.getByTestId("my-registration")).toContainText("ingeschreven");
  expect(linkFromLatestMailSubject("leraar07@demo.test")).toContain("Inschrijving bevestigd");
  await page.goto("/mijn-netwerken");
  await expect(page.getByTestId("registration-row").filter({ hasText: "Nieuwe autoriteit" })).toContainText(
    "ingeschreven",
  );
  // Its sessions are among the coming ones, with day and time.
  await expect(
    page
      .getByRole("region", { name: "Komende bijeenkomsten" })
      .getByRole("listitem")
      .filter({ hasText: "Nieuwe autoriteit" })
      .first(),
  ).toContainText(/\d{1,2} \w+ \d{4}, \d{2}:\d{2}–\d{2}:\d{2}/);
  await expectAccessible(page);
  await page.goto("/netwerken/nieuwe-autoriteit");
  await page.getByRole("button", { name: "Uitschrijven" }).click();
  await expect(page.getByText("Je bent uitgeschreven.")).toBeVisible();
  await context.close();
});

test("a full network puts a teacher on the waitlist with a visible position", async ({ page }) => {
  await logIn(page, "leraar31@demo.test");
  await page.goto("/netwerken/netwerk-getallen");
  await page.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
  await expect(page.getByText(/je staat op de wachtlijst, op plaats \d+/)).toBeVisible();
  await expectAccessible(page);
  const position = (await page.getByTestId("my-registration").textContent())!.match(
    /wachtlijst, plaats (\d+)/,
  )![1];
  // The notice is shown once: a reload shows the registration, not the message, and sends nothing again.
  await page.reload();
  await expect(page.getByTestId("my-registration")).toContainText(`wachtlijst, plaats ${position}`);
  await expect(page.getByText(/je staat op de wachtlijst, op plaats/)).toHaveCount(0);
  await page.goto("/mijn-netwerken");
  await expect(page.getByTestId("registration-row").filter({ hasText: "Netwerk getallen" })).toContainText(
    /wachtlijst plaats \d+/,
  );
});

test("without JavaScript, enrolling is a POST answered with a redirect: the notice shows once, and a reload sends nothing again", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest())
      documents.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await logIn(page, "leraar32@demo.test");
  await page.goto("/netwerken/netwerk-getallen");
  documents.length = 0;
  await page.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
  await expect(page.getByText(/je staat op de wachtlijst, op plaats \d+/)).toBeVisible();
  expect(documents).toEqual(["POST /netwerken/netwerk-getallen", "GET /netwerken/netwerk-getallen"]);
  documents.length = 0;
  await page.reload();
  expect(documents).toEqual(["GET /netwerken/netwerk-getallen"]);
  await expect(page.getByTestId("my-registration")).toContainText(/wachtlijst, plaats \d+/);
  await expect(page.getByText(/je staat op de wachtlijst, op plaats/)).toHaveCount(0);
  withE2eDb((db) =>
    expect(
      db
        .prepare(
          "select count(*) from registrations r join users u on u.id = r.user_id join networks n on n.id = r.network_id where u.email = ? and n.slug = ?",
        )
        .pluck()
        .get("leraar32@demo.test", "netwerk-getallen"),
    ).toBe(1),
  );
  await context.close();
});

test("a facilitator creates a network, adds a session, publishes it and sees participants", async ({
  page,
}) => {
  await logIn(page, "begeleider2@demo.test");
  await page.goto("/netwerken/nieuw");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Netwerk aanmaken" }).click();
  await expect(page.getByText("Geef het netwerk een titel.")).toBeVisible();
  await expect(page.getByText("Kies minstens één onderwijsniveau.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel").fill("Netwerk begrijpend lezen E2E");
  await page.getByLabel("Beschrijving").fill("Samen werken aan **begrijpend lezen**.");
  await page.getByLabel("Doelen en inhouden").fill("hardop denken modelleren\nleesstrategieën");
  await page.getByLabel("Thema").selectOption("Taal en lezen");
  await page.getByLabel("Soort netwerk").selectOption("lerend netwerk met inhoudelijke focus");
  await page.getByLabel("Operationele doelstelling").selectOption({ index: 1 });
  await page.getByLabel("Schooljaar").selectOption({ index: 2 });
  await page.getByLabel("Aantal plaatsen").fill("0");
  await page.getByLabel("Uiterste inschrijvingsdatum").fill("2027-01-15T23:59");
  await page.getByRole("checkbox", { name: "basisonderwijs" }).check();
  await page.getByRole("checkbox", { name: "leraar", exact: true }).check();
  await page.getByRole("button", { name: "Netwerk aanmaken" }).click();
  await expect(page.getByText("Het aantal plaatsen moet minstens 1 zijn.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Netwerk begrijpend lezen E2E");
  await page.getByLabel("Aantal plaatsen").fill("16");
  await page.getByRole("button", { name: "Netwerk aanmaken" }).click();

  await expect(page.getByRole("heading", { name: "Bijeenkomsten" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Soort").selectOption("kick-off");
  await page.getByLabel("Begin").fill("2027-02-10T13:30");
  await page.getByLabel("Einde").fill("2027-02-10T12:00");
  await page.getByLabel("Vorm").selectOption("fysiek");
  await page.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
  await expect(page.getByText("Het einde moet na het begin liggen.")).toBeVisible();
  await expect(page.getByText("Geef de school of locatie waar de bijeenkomst plaatsvindt.")).toBeVisible();
  await page.getByLabel("Einde").fill("2027-02-10T16:00");
  await page.getByLabel("Gastschool of locatie").fill("GBS De Vlieger");
  await page.getByLabel("Adres").fill("Kerkstraat 12, 9000 Gent");
  await page.getByRole("button", { name: "Bijeenkomst toevoegen" }).click();
  await expect(page.getByText("De bijeenkomst is toegevoegd.")).toBeVisible();
  await expect(page.getByText("woensdag 10 februari 2027, 13:30–16:00")).toBeVisible();

  await page.getByRole("link", { name: "Terug naar Netwerk begrijpend lezen E2E" }).click();
  // The sessions page has "Bewerken" links of its own: wait until the network page is shown.
  await expect(page).toHaveURL(/\/netwerken\/netwerk-begrijpend-lezen-e2e$/);
  await page.getByRole("link", { name: "Bewerken" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("De status is gewijzigd.")).toBeVisible();
  await page.goto("/netwerken?q=begrijpend+lezen+E2E");
  await expect(page.getByRole("link", { name: "Netwerk begrijpend lezen E2E" })).toBeVisible();

  await page.goto("/netwerken/netwerk-begrijpend-lezen-e2e/deelnemers");
  await expect(page.getByRole("heading", { name: "Ingeschreven (0)" })).toBeVisible();
  await expectAccessible(page);
  const download = await page.request.get("/netwerken/netwerk-begrijpend-lezen-e2e/deelnemers.csv");
  expect(download.headers()["content-disposition"]).toBe(
    'attachment; filename="deelnemers-netwerk-begrijpend-lezen-e2e.csv"',
  );
  expect(await download.text()).toContain("Naam;E-mailadres;Instelling;Functie;Status");
});

test("attendance: the facilitator shows the room code, a teacher checks in, the facilitator saves the list", async ({
  browser,
}) => {
  const { slug, sessionId } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Aanwezigheid E2E");
    const sessionId = addRunningSession(db, network.networkId);
    for (const email of ["leraar02@demo.test", "leraar03@demo.test"]) {
      db.prepare(
        "insert into registrations (network_id, user_id, institution_id, status, queue_key, created_at, updated_at) select ?, id, institution_id, 'registered', unixepoch() * 1000, unixepoch(), unixepoch() from users where email = ?",
      ).run(network.networkId, email);
    }
    return { slug: network.slug, sessionId };
  });
  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await logIn(facilitator, "begeleider@demo.test");
  await facilitator.goto(`/netwerken/${slug}/aanwezigheid/${sessionId}`);
  const code = (await facilitator.getByTestId("check-in-code").textContent())!;
  await expectAccessible(facilitator);

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await logIn(teacher, "leraar02@demo.test");
  await teacher.goto("/inchecken");
  await expectAccessible(teacher);
  await teacher.getByLabel("Code").fill("ZZZZZZ");
  await teacher.getByRole("button", { name: "Inchecken" }).click();
  await expect(teacher.getByText("Deze code is onbekend of niet (meer) geldig.")).toBeVisible();
  await teacher.getByLabel("Code").fill(code.toLowerCase());
  await teacher.getByRole("button", { name: "Inchecken" }).click();
  await expect(teacher.getByText("Je bent ingecheckt voor Aanwezigheid E2E. Welkom!")).toBeVisible();

  await facilitator.reload();
  const rows = facilitator.getByRole("checkbox");
  await expect(rows).toHaveCount(2);
  await expect(facilitator.getByText("zelf ingecheckt")).toBeVisible();
  await rows.nth(0).check();
  await rows.nth(1).check();
  await facilitator.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(facilitator.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  const present = withE2eDb((db) =>
    db.prepare("select count(*) from attendance where session_id = ? and present = 1").pluck().get(sessionId),
  );
  expect(present).toBe(2);
  await facilitatorContext.close();
  await teacherContext.close();
});

test("a beheerder edits an operational goal's target", async ({ page }) => {
  await logIn(page, "beheerder@demo.test");
  await page.goto("/beheer/doelstellingen");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Bewerken NO 1.2" }).first().click();
  await expect(page.getByRole("heading", { name: "NO 1.2 bewerken" })).toBeVisible();
  await page.getByLabel("basisonderwijs").fill("-5");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("Een streefcijfer kan niet negatief zijn.")).toBeVisible();
  await page.getByLabel("basisonderwijs").fill("420");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De doelstelling is opgeslagen.")).toBeVisible();
  await expect(page.getByText(/basisonderwijs 420/)).toBeVisible();
});

function linkFromLatestMailSubject(address: string): string {
  return withE2eDb(
    (db) =>
      db
        .prepare("select subject from mail_outbox where to_address = ? order by id desc limit 1")
        .pluck()
        .get(address) as string,
  );
}

test("a facilitator moves someone up the waitlist with a reason, and the change is logged", async ({
  page,
}) => {
  await logIn(page, "begeleider@demo.test");
  await page.goto("/netwerken/netwerk-getallen/deelnemers");
  await expectAccessible(page);
  const entries = page
    .getByRole("heading", { name: /Wachtlijst/ })
    .locator("..")
    .getByRole("listitem");
  const last = entries.last();
  const name = (await last.locator("p").first().innerText()).replace(/^\d+\.\s*/, "").split(" (")[0];
  await last.getByLabel("Nieuwe plaats").fill("1");
  await last.getByRole("button", { name: /Verplaatsen/ }).click();
  await expect(page.getByText("Geef een reden (die wordt bewaard).")).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ hasText: name })
    .getByLabel("Reden")
    .fill("Tweede collega van dezelfde school");
  await page.getByRole("listitem").filter({ hasText: name }).getByLabel("Nieuwe plaats").fill("1");
  await page
    .getByRole("listitem")
    .filter({ hasText: name })
    .getByRole("button", { name: /Verplaatsen/ })
    .click();
  await expect(page.getByText("De wachtlijst is aangepast.")).toBeVisible();
  await expect(entries.first()).toContainText(`1. ${name}`);
  await expect(page.getByTestId("waitlist-log")).toContainText(`Pieter Claeys verplaatste ${name}`);
  await expect(page.getByTestId("waitlist-log")).toContainText("Reden: Tweede collega van dezelfde school");
});
