import { expect, test } from "@playwright/test";
import { expectAccessible, logIn } from "../support/e2e";
import { createNetwork, sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("the library search finds the intervention Feedback, also for visitors", async ({ page }) => {
  await page.goto("/materialen?q=feedback");
  await expect(page.getByRole("link", { name: "Feedback", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Feedback", exact: true }).click();
  await expect(page.getByTestId("facts")).toContainText("+8 maanden leerwinst");
  await expectAccessible(page);
});

test("the material list pages by 20 and keeps the filter while paging", async ({ page }) => {
  await page.goto("/materialen?type=didactische+wijzer");
  const pagination = page.getByRole("navigation", { name: "Paginering" });
  await expect(pagination).toContainText(/Pagina 1 van \d+/);
  await pagination.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/[?&]type=didactische\+wijzer&pagina=2$/);
  await expect(pagination).toContainText(/Pagina 2 van \d+/);
  await pagination.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(pagination).toContainText(/Pagina 1 van/);
});

test("a facilitator shares material with an attachment; members download it, others get 404 even with the direct URL", async ({
  page,
  request,
  baseURL,
  playwright,
}) => {
  const { slug } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Materialen E2E");
    db.prepare(
      "insert into registrations (network_id, user_id, institution_id, status, queue_key, created_at, updated_at) select ?, id, institution_id, 'registered', 1, unixepoch(), unixepoch() from users where email = 'leraar20@demo.test'",
    ).run(network.networkId);
    return network;
  });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}`);
  await page.getByRole("link", { name: "Materiaal toevoegen" }).click();
  await expectAccessible(page);
  await page.getByLabel("Titel").fill("Didactische wijzer instructie");
  await page.getByLabel("Soort").selectOption("didactische wijzer");
  await page
    .getByLabel("Tekst", { exact: true })
    .fill(
      "## Stappen\n\n- modeleer\n- oefen samen\n\n<img src=x onerror=alert(1)> <script>alert(2)</script> [klik](javascript:alert(3))",
    );
  await page.getByLabel("Bijlagen toevoegen").setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg onload="alert(1)"/>'),
  });
  await page.getByRole("button", { name: "Materiaal delen" }).click();
  await expect(page.getByText("“logo.svg” is geen toegelaten bestandstype.")).toBeVisible();
  await page.getByLabel("Titel").fill("Didactische wijzer instructie");
  await page.getByLabel("Soort").selectOption("didactische wijzer");
  await page
    .getByLabel("Tekst", { exact: true })
    .fill(
      "## Stappen\n\n- modeleer\n- oefen samen\n\n<img src=x onerror=alert(1)> <script>alert(2)</script> [klik](javascript:alert(3))",
    );
  await page
    .getByLabel("Bijlagen toevoegen")
    .setInputFiles({ name: "wijzer.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Materiaal delen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Didactische wijzer instructie" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stappen" })).toBeVisible();
  await expectAccessible(page);
  const materialUrl = page.url();
  const downloadHref = (await page.getByRole("link", { name: "wijzer.pdf" }).getAttribute("href"))!;
  expect(dialogs).toEqual([]);
  expect(await page.locator("main script").count()).toBe(0);
  await expect(page.getByTestId("counts")).toContainText("keer bekeken");

  const origin = new URL(baseURL!).origin;
  const cookies = withE2eDb((db) => ({
    member: sessionCookieFor(db, userIdByEmail(db, "leraar20@demo.test")),
    outsider: sessionCookieFor(db, userIdByEmail(db, "leraar21@demo.test")),
    otherFacilitator: sessionCookieFor(db, userIdByEmail(db, "begeleider2@demo.test")),
  }));
  const asMember = await request.get(downloadHref, { headers: { Cookie: cookies.member, Origin: origin } });
  expect(asMember.status()).toBe(200);
  expect(asMember.headers()["content-disposition"]).toContain('attachment; filename="wijzer.pdf"');
  expect(asMember.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await asMember.body()).subarray(0, 5).toString()).toBe("%PDF-");
  for (const cookie of [cookies.outsider, cookies.otherFacilitator]) {
    expect((await request.get(downloadHref, { headers: { Cookie: cookie } })).status()).toBe(404);
    expect((await request.get(materialUrl, { headers: { Cookie: cookie } })).status()).toBe(404);
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  const anonymousDownload = await anonymous.get(downloadHref, { maxRedirects: 0 });
  expect(anonymousDownload.status()).toBe(302);
  expect(anonymousDownload.headers()["location"]).toMatch(/^\/inloggen\?redirectTo=/);
  await anonymous.dispose();
  const editAsMember = await request.get(`${materialUrl}/bewerken`, { headers: { Cookie: cookies.member } });
  expect(editAsMember.status()).toBe(403);

  await page.goto(materialUrl);
  await page.getByRole("link", { name: "Bewerken" }).click();
  await page.getByLabel("Titel").fill("Didactische wijzer directe instructie");
  await page.getByRole("checkbox", { name: "wijzer.pdf" }).check();
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Didactische wijzer directe instructie" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "wijzer.pdf" })).toHaveCount(0);
  expect((await request.get(downloadHref, { headers: { Cookie: cookies.member } })).status()).toBe(404);
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page).toHaveURL(new RegExp(`/netwerken/${slug}$`));
  expect((await request.get(materialUrl, { headers: { Cookie: cookies.member } })).status()).toBe(404);
});

test("with co-creation on, a member posts material and can edit only their own", async ({ page }) => {
  const { slug } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Co-creatie E2E");
    db.prepare("update networks set allow_member_materials = 1 where id = ?").run(network.networkId);
    db.prepare(
      "insert into registrations (network_id, user_id, institution_id, status, queue_key, created_at, updated_at) select ?, id, institution_id, 'registered', 1, unixepoch(), unixepoch() from users where email = 'leraar22@demo.test'",
    ).run(network.networkId);
    return network;
  });
  await logIn(page, "leraar22@demo.test");
  await page.goto(`/netwerken/${slug}/materialen/nieuw`);
  await page.getByRole("button", { name: "Materiaal delen" }).click();
  await expect(page.getByText("Geef een titel.")).toBeVisible();
  await page.getByLabel("Titel").fill("Sjabloon lesvoorbereiding");
  await page.getByLabel("Soort").selectOption("sjabloon");
  await page.getByRole("button", { name: "Materiaal delen" }).click();
  await expect(page.getByText("Schrijf een tekst of geef minstens één link.")).toBeVisible();
  await page.getByLabel(/Links/).fill("https://www.klascement.net/");
  await page.getByRole("button", { name: "Materiaal delen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sjabloon lesvoorbereiding" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bewerken" })).toBeVisible();
  await expect(page.getByRole("link", { name: "https://www.klascement.net/" })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  await expect(page.getByTestId("counts")).toHaveCount(0);
});
