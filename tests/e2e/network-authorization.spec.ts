import { expect, test } from "@playwright/test";
import {
  addRunningSession,
  createNetwork,
  sessionCookieFor,
  userIdByEmail,
  withE2eDb,
} from "../support/e2e-db";

// The full route × role matrix lives in security-authorization-matrix.spec.ts; this file checks
// what one page shows to whom.
test("the online link of a session stays hidden from people without a seat", async ({ request }) => {
  const { slug, participant, facilitator } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 10, "Autorisatie netwerk");
    const sessionId = addRunningSession(db, network.networkId);
    db.prepare(
      "update network_sessions set modality = 'hybride', online_url = 'https://teams.example.test/l/geheim' where id = ?",
    ).run(sessionId);
    return {
      slug: network.slug,
      participant: sessionCookieFor(db, userIdByEmail(db, "deelnemer@demo.test")),
      facilitator: sessionCookieFor(db, userIdByEmail(db, "begeleider@demo.test")),
    };
  });
  const page = async (cookie?: string) =>
    (await request.get(`/netwerken/${slug}`, { headers: cookie ? { Cookie: cookie } : {} })).text();
  expect(await page()).not.toContain("teams.example.test/l/geheim");
  expect(await page(participant)).not.toContain("teams.example.test/l/geheim");
  expect(await page(facilitator)).toContain("teams.example.test/l/geheim");
});
