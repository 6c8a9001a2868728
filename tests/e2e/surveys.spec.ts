import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { addRunningSession, createNetwork, userIdByEmail, withE2eDb } from "../support/e2e-db";

test("a facilitator sets up a post survey, a participant answers it on a phone, the facilitator only sees the count", async ({
  browser,
}) => {
  const { slug } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Meting E2E");
    const sessionId = addRunningSession(db, network.networkId);
    for (const email of ["leraar11@demo.test", "leraar12@demo.test"]) {
      db.prepare(
        "insert into registrations (network_id, user_id, institution_id, status, queue_key, created_at, updated_at) select ?, id, institution_id, 'registered', unixepoch() * 1000, unixepoch(), unixepoch() from users where email = ?",
      ).run(network.networkId, email);
      db.prepare(
        "insert into attendance (session_id, user_id, present, method, marked_at) select ?, id, 1, 'facilitator', unixepoch() from users where email = ?",
      ).run(sessionId, email);
    }
    return network;
  });

  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await logIn(facilitator, "begeleider@demo.test");
  await facilitator.goto(`/netwerken/${slug}`);
  await facilitator.getByRole("link", { name: "Metingen" }).click();
  await expectAccessible(facilitator);
  await facilitator.getByLabel("Sjabloon").selectOption("nameting-basis");
  await facilitator.getByRole("button", { name: "Meting aanmaken" }).click();
  await expect(facilitator.getByText("De meting is aangemaakt.")).toBeVisible();
  const post = facilitator.getByTestId("meting-post");
  await post.getByLabel("Open vanaf").fill("2020-01-01T08:00");
  await post.getByLabel("Open tot").fill("2040-01-01T08:00");
  await post.getByRole("button", { name: /Periode opslaan/ }).click();
  await expect(facilitator.getByText("De periode is opgeslagen.")).toBeVisible();
  await expect(post).toContainText("Status: open");
  await facilitator.getByLabel("Sjabloon").selectOption("voormeting-basis");
  await facilitator.getByRole("button", { name: "Meting aanmaken" }).click();
  const pre = facilitator.getByTestId("meting-pre");
  await pre.getByLabel("Open vanaf").fill("2020-01-01T08:00");
  await pre.getByLabel("Open tot").fill("2040-01-01T08:00");
  await pre.getByRole("button", { name: /Periode opslaan/ }).click();
  await expect(pre).toContainText("Status: open");

  await post.getByRole("link", { name: "Vragen bekijken en aanpassen" }).click();
  await expect(facilitator.getByTestId("question").first()).toContainText("Wat is je rol?");
  await expect(
    facilitator
      .getByTestId("question")
      .filter({ hasText: "Ik heb nieuwe dingen geleerd over: effectieve instructie" }),
  ).toContainText("vast EDBI-deel");
  await expectAccessible(facilitator);
  await facilitator.getByLabel("Soort vraag").selectOption("single");
  await facilitator.getByLabel("Vraag of stelling").fill("Zou je dit netwerk aanraden aan een collega?");
  await facilitator.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(facilitator.getByText("Geef 2 tot 12 antwoordmogelijkheden, één per regel.")).toBeVisible();
  await facilitator.getByLabel(/Antwoordmogelijkheden/).fill("ja\nnee\nmisschien");
  await facilitator.getByRole("button", { name: "Vraag toevoegen" }).click();
  await expect(facilitator.getByText("De vraag is toegevoegd.")).toBeVisible();

  await facilitator.goto(`/netwerken/${slug}/metingen`);
  await facilitator.getByTestId("meting-post").getByRole("link", { name: "Zaalscherm met QR-code" }).click();
  await expect(facilitator.getByTestId("survey-link")).toContainText("/enquete/");
  const qr = await facilitator.request.get(
    (await facilitator.getByRole("img", { name: /QR-code/ }).getAttribute("src")) as string,
  );
  expect(qr.headers()["content-type"]).toBe("image/svg+xml");
  await expectAccessible(facilitator);
  const surveyPath = new URL((await facilitator.getByTestId("survey-link").textContent())!).pathname;

  const phone = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const teacher = await phone.newPage();
  await logIn(teacher, "leraar11@demo.test");
  await teacher.goto("/mijn-netwerken");
  await teacher.getByRole("link", { name: "Voormeting Meting E2E" }).click();
  await teacher.getByRole("radio", { name: "leraar", exact: true }).check();
  for (const radio of await teacher.locator('input[type="radio"][value="2"]').all()) await radio.check();
  await teacher.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(teacher.getByRole("heading", { name: "Bedankt!" })).toBeVisible();
  await teacher.goto("/mijn-netwerken");
  await teacher.getByRole("link", { name: "Nameting Meting E2E" }).click();
  await expect(teacher).toHaveURL(new RegExp(`${surveyPath}$`));
  await expect(teacher.getByRole("heading", { name: "Wie ziet wat?" })).toBeVisible();
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(teacher);
  await teacher.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(teacher.getByText("Niet alle antwoorden zijn in orde.")).toBeVisible();
  await expect(teacher.getByText("Kies je rol.")).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole("radio", { name: "leraar", exact: true }).check();
  for (const radio of await teacher.locator('input[type="radio"][value="4"]').all()) await radio.check();
  await teacher.getByRole("radio", { name: "ja", exact: true }).check();
  await teacher.getByLabel("Wat vond je het meest bruikbaar?").fill("De voorbeelden uit andere scholen.");
  await teacher.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(teacher.getByRole("heading", { name: "Bedankt!" })).toBeVisible();
  await teacher.goto(surveyPath);
  await expect(teacher.getByRole("heading", { name: "Bedankt!" })).toBeVisible();
  await phone.close();
  const pseudonyms = withE2eDb(
    (db) =>
      db
        .prepare(
          "select r.pseudonym from survey_responses r join surveys s on s.id = r.survey_id where s.network_id = (select id from networks where slug = ?)",
        )
        .pluck()
        .all(slug) as string[],
  );
  expect(pseudonyms).toHaveLength(2);
  expect(pseudonyms[0]).toBe(pseudonyms[1]);

  await facilitator.goto(`/netwerken/${slug}/metingen`);
  await expect(facilitator.getByTestId("meting-post").getByTestId("responses")).toHaveText(
    "1 antwoord · 2 aanwezige deelnemers",
  );
  await facilitator
    .getByTestId("meting-post")
    .getByRole("button", { name: /Herinnering sturen/ })
    .click();
  await expect(
    facilitator.getByText("Herinnering verstuurd naar 1 deelnemer die nog niet antwoordden."),
  ).toBeVisible();
  await facilitator
    .getByTestId("meting-post")
    .getByRole("button", { name: /Herinnering sturen/ })
    .click();
  await expect(facilitator.getByText("Tussen twee herinneringen zit minstens 48 uur.")).toBeVisible();
  await facilitator.goto(`/netwerken/${slug}/metingen`);
  await facilitator
    .getByTestId("meting-post")
    .getByRole("link", { name: "Vragen bekijken en aanpassen" })
    .click();
  await expect(facilitator.getByText("Er zijn al antwoorden: de vragen liggen vast.")).toBeVisible();
  await expect(facilitator.getByRole("button", { name: /Verwijderen/ })).toHaveCount(0);

  // While the surveys are open the report shows the response count and nothing else.
  await facilitator.goto(`/netwerken/${slug}`);
  await facilitator.getByRole("link", { name: "Rapport" }).click();
  await expect(facilitator.getByTestId("respons-post")).toContainText("1 (nog niet gepubliceerd)");
  await expect(facilitator.getByTestId("respons-post")).toContainText("volgt bij publicatie");
  await expect(
    facilitator.getByText(/Deze meting loopt nog \(1 antwoord tot nu toe\)/).first(),
  ).toBeVisible();
  await expect(facilitator.getByTestId("report-item")).toHaveCount(0);
  await expectAccessible(facilitator);
  const open = await (await facilitator.request.get(`/netwerken/${slug}/rapport.json`)).json();
  // No rate before publication: "eligible people who answered" would change with each attendance edit.
  expect(open.phases.post).toMatchObject({
    status: "open",
    responses: 1,
    denominator: 2,
    basis: "attended",
    responseRate: null,
    sufficient: false,
  });
  expect([open.items, [...open.pending].sort()]).toEqual([[], ["post", "pre"]]);

  // Closed, one answer is still far below k: nothing is published, and it may still be reopened.
  await facilitator.goto(`/netwerken/${slug}/metingen`);
  await facilitator.getByTestId("meting-post").getByRole("button", { name: "Nu sluiten" }).click();
  await expect(
    facilitator.getByText(
      /De meting is gesloten\. Met minder dan 5 antwoorden verschijnen er geen resultaten/,
    ),
  ).toBeVisible();
  await facilitator.goto(`/netwerken/${slug}/rapport`);
  await expect(facilitator.getByText(/Deze meting neemt geen antwoorden aan \(1 antwoord\)/)).toBeVisible();
  await expect(facilitator.getByTestId("report-item")).toHaveCount(0);
  const json = await (await facilitator.request.get(`/netwerken/${slug}/rapport.json`)).json();
  expect(json.phases.post).toMatchObject({ status: "unpublished", responses: 1 });
  expect(json.items).toEqual([]);
  await facilitatorContext.close();
});

test("a beheerder marks which networks are measured and edits the instrument lists", async ({ page }) => {
  await logIn(page, "beheerder@demo.test");
  await page.goto("/beheer/metingen?schooljaar=2026");
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "Voormeting voor Netwerk getallen" }).check();
  await page.getByRole("checkbox", { name: "Nameting voor Netwerk getallen" }).check();
  await page.getByRole("button", { name: "Meetplan opslaan" }).click();
  await expect(page.getByText("Het meetplan voor 2026-2027 is opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Voormeting voor Netwerk getallen" })).toBeChecked();
  // The meta-analysis sums up the plan; its follow-up page lists it per network.
  await page.goto("/rapporten?schooljaar=2026");
  await expect(page.getByTestId("plan-coverage")).toContainText(/Voormetingen: \d+ van \d+ gedaan/);
  await page.getByRole("link", { name: /Opvolging per netwerk/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opvolging meetplan" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Netwerk getallen/ })).toContainText("ontbreekt");
  await expectAccessible(page);
  await page.goto("/beheer/metingen?schooljaar=2026");
  await page.getByLabel(/Fasen van praktijktoepassing/).fill("een\ntwee");
  await page.getByRole("button", { name: "Lijsten opslaan" }).click();
  await expect(
    page.getByText("Geef precies vijf fasen, één per regel, elk hoogstens 150 tekens."),
  ).toBeVisible();
});

test("a facilitator imports a Microsoft Forms export through the mapping screen; a bad file imports nothing", async ({
  page,
}) => {
  const { slug } = withE2eDb((db) =>
    createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Import E2E"),
  );
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}/metingen`);
  await page.getByRole("link", { name: /Resultaten importeren/ }).click();
  await expectAccessible(page);
  const template = await page.request.get(`/netwerken/${slug}/metingen/importsjabloon.csv`);
  expect(await template.text()).toContain("kennis: effectieve instructie");

  await page.getByLabel("Bestand", { exact: true }).setInputFiles({
    name: "fout.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("phase;tevredenheid\npost;9\n"),
  });
  await page.getByRole("button", { name: "Opladen" }).click();
  // The participant count is required: the imported measurement's response rate is computed over it.
  await expect(page.getByTestId("import-errors")).toContainText(
    "Aantal deelnemers: Geef het aantal deelnemers van het traject",
  );
  await page.getByLabel("Bestand", { exact: true }).setInputFiles({
    name: "fout.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("phase;tevredenheid\npost;9\n"),
  });
  await page.getByLabel(/Aantal deelnemers/).fill("14");
  await page.getByRole("button", { name: "Opladen" }).click();
  await expect(page.getByTestId("import-errors")).toContainText(
    "Rij 2, kolom 'tevredenheid': '9' is geen geheel getal van 1 tot 5.",
  );

  const forms = [
    "ID;Begintijd;E-mail;Naam;Wat is je rol?;Ik ben tevreden over dit traject;Ik heb voldoende kennis over: effectieve instructie;Wat vond je het meest bruikbaar?",
    "1;1/03/2025 10:00;an@school.test;An;leraar;Helemaal eens;Eens;De oefeningen",
    "2;1/03/2025 10:05;jo@school.test;Jo;directeur;Eens;Neutraal;",
  ].join("\n");
  await page
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name: "forms.csv", mimeType: "text/csv", buffer: Buffer.from(forms) });
  await page.getByLabel(/Aantal deelnemers/).fill("14");
  await page.getByRole("button", { name: "Opladen" }).click();
  await expect(page.getByRole("heading", { name: "Kolommen koppelen" })).toBeVisible();
  await expect(page.getByLabel(/^E-mail/)).toHaveValue("negeren");
  await expect(page.getByLabel(/^Naam/)).toHaveValue("negeren");
  await expect(page.getByLabel(/^Ik ben tevreden/)).toHaveValue("tevredenheid");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(
    page.getByText(
      "Geïmporteerd als afgesloten historische meting: 0 antwoorden voormeting en 2 antwoorden nameting.",
    ),
  ).toBeVisible();
  const stored = withE2eDb(
    (db) =>
      db
        .prepare(
          "select group_concat(coalesce(text, ''), '|') from survey_answers a join survey_responses r on r.id = a.response_id join surveys s on s.id = r.survey_id join networks n on n.id = s.network_id where n.slug = ?",
        )
        .pluck()
        .get(slug) as string,
  );
  expect(stored).toContain("De oefeningen");
  expect(stored).not.toContain("an@school.test");
});
