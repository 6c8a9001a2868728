import { expect, test } from "@playwright/test";
import { createNetwork, sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("an anonymous visitor gets the public network page from the render cache, with ETag/304, and sees every change at once", async ({
  request,
}) => {
  const { slug, networkId, title } = withE2eDb((db) =>
    createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 20),
  );
  const first = await request.get(`/netwerken/${slug}`);
  const second = await request.get(`/netwerken/${slug}`);
  expect(await second.text()).toContain(title);
  // The stored page and its CSP header belong together: the nonce in the header is the one in the page.
  const nonce = nonceOf(second.headers()["content-security-policy"])!;
  expect(await second.text()).toContain(`nonce="${nonce}"`);
  expect(await second.text()).toBe(await first.text());
  const etag = second.headers()["etag"];
  expect(etag).toMatch(/^W\/"/);
  // Browsers and proxies may keep it, but must ask again each time, and never for someone with other cookies.
  expect(second.headers()["cache-control"]).toBe("no-cache");
  expect(second.headers()["vary"]).toMatch(/Cookie/i);

  const revalidated = await request.get(`/netwerken/${slug}`, { headers: { "If-None-Match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(await revalidated.body()).toHaveLength(0);

  // A change committed by anyone (here: another connection, as another server process would) shows up on the next request.
  withE2eDb((db) =>
    db.prepare("update networks set title = ? where id = ?").run(`${title} (gewijzigd)`, networkId),
  );
  const changed = await request.get(`/netwerken/${slug}`, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain(`${title} (gewijzigd)`);
  expect(changed.headers()["etag"]).not.toBe(etag);
});

test("a logged-in visitor is never served from the render cache: own nonce, no ETag, no-store", async ({
  request,
}) => {
  const cookie = withE2eDb((db) => sessionCookieFor(db, userIdByEmail(db, "deelnemer@demo.test")));
  const anonymous = await request.get("/netwerken");
  const loggedIn = await request.get("/netwerken", { headers: { Cookie: cookie } });
  expect(loggedIn.headers()["etag"]).toBeUndefined();
  expect(loggedIn.headers()["cache-control"]).toContain("no-store");
  expect(nonceOf(loggedIn.headers()["content-security-policy"])).not.toBe(
    nonceOf(anonymous.headers()["content-security-policy"]),
  );
  expect(await loggedIn.text()).toContain("Afmelden");
  expect(await anonymous.text()).not.toContain("Afmelden");
});

test("a cached page revalidated by the browser (304) still runs its scripts under its CSP", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/netwerken");
  await page.reload();
  // What went over the wire (Playwright reports a revalidated page with the cached 200).
  const statuses: number[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  cdp.on(
    "Network.responseReceivedExtraInfo",
    (event: { statusCode: number; headers: Record<string, string> }) => {
      if (event.headers["content-type"]?.startsWith("text/html") || event.statusCode === 304)
        statuses.push(event.statusCode);
    },
  );
  await page.reload();
  // Hydrated: the client router is running, so the scripts were allowed.
  await page.waitForFunction(() => "__reactRouterDataRouter" in window);
  await page.getByRole("link", { name: "Aanmelden" }).first().click();
  await expect(page).toHaveURL(/\/inloggen/);
  expect(violations).toEqual([]);
  // The reload was answered with 304 from the cache, and the page kept working.
  expect(statuses).toContain(304);
});
