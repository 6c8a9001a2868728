import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

test("a teacher creates a digicoach profile, self-assesses, is found in the directory and contacted", async ({
  browser,
}) => {
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await logIn(coach, "ict@demo.test");
  await coach.goto("/profiel/digicoach");
  await expectAccessible(coach);
  await coach.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(coach.getByText("Kies je rol.")).toBeVisible();
  await coach.getByLabel("Rol").selectOption("ICT-coördinator");
  await coach
    .getByLabel("School", { exact: true })
    .fill((await coach.locator("#coach-instellingen option").first().getAttribute("value"))!);
  await coach.getByRole("checkbox", { name: "basisonderwijs" }).check();
  await coach.getByRole("checkbox", { name: "computationeel denken" }).check();
  await coach.getByLabel(/Eigen specialisaties/).fill("micro:bit");
  await coach
    .getByLabel("Schoolspecifieke invulling")
    .fill("Ik geef **workshops** over robotica. <img src=x onerror=alert(1)>");
  await coach.getByRole("checkbox", { name: "workshop" }).check();
  await coach.getByRole("checkbox", { name: /zichtbaar voor andere gebruikers/ }).check();
  await coach.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(coach.getByText("Je profiel is opgeslagen.")).toBeVisible();
  await expect(coach.locator("select[data-competence]")).toHaveCount(22);
  for (const select of await coach.locator("select[data-competence]").all()) await select.selectOption("3");
  await coach.getByRole("button", { name: "Zelfevaluatie bewaren" }).click();
  await expect(coach.getByText("Je zelfevaluatie is bewaard.")).toBeVisible();

  const teacherContext = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const teacher = await teacherContext.newPage();
  const dialogs: string[] = [];
  teacher.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await logIn(teacher, "directie@demo.test");
  await teacher.goto("/digicoaches");
  await expectAccessible(teacher);
  await teacher.getByLabel("Beschikbaar voor").selectOption("workshop");
  await teacher.getByLabel(/Zoek op naam/).fill("ruben");
  await teacher.getByRole("button", { name: "Zoeken" }).click();
  await expect(teacher.getByTestId("coach")).toHaveCount(1);
  await teacher.getByRole("link", { name: "Ruben De Smet" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Ruben De Smet" })).toBeVisible();
  await expect(teacher.getByText("micro:bit")).toBeVisible();
  await expect(teacher.getByText("ict@demo.test")).toHaveCount(0);
  await expectAccessible(teacher);
  await teacher.getByLabel("Je bericht").fill("Kan je bij ons een workshop robotica geven?");
  await teacher.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(teacher.getByText("Je bericht is verstuurd.")).toBeVisible();
  expect(dialogs).toEqual([]);
  const mail = withE2eDb(
    (db) =>
      db
        .prepare(
          "select body_text from mail_outbox where to_address = 'ict@demo.test' order by id desc limit 1",
        )
        .pluck()
        .get() as string,
  );
  expect(mail).toContain("Kan je bij ons een workshop robotica geven?");
  await teacherContext.close();

  // Hidden again: others get 404, also with the direct URL.
  const url = coach.url().replace("/profiel/digicoach", "");
  await coach.getByRole("checkbox", { name: /zichtbaar voor andere gebruikers/ }).uncheck();
  await coach.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(coach.getByText("Je profiel is opgeslagen.")).toBeVisible();
  const coachId = withE2eDb((db) => userIdByEmail(db, "ict@demo.test"));
  const other = withE2eDb((db) => sessionCookieFor(db, userIdByEmail(db, "zorg@demo.test")));
  const response = await coach.request.get(`${url}/digicoaches/${coachId}`, { headers: { Cookie: other } });
  expect(response.status()).toBe(404);
  await coachContext.close();
});

test("beheerders see the digicoach figures", async ({ page }) => {
  await logIn(page, "beheerder@demo.test");
  await page.goto("/rapporten/digicoaches");
  await expect(page.getByTestId("coach-total")).toContainText("digicoaches met een profiel");
  await expectAccessible(page);
});
