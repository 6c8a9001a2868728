import { expect, test } from "@playwright/test";
import { createNetwork, createTeacher, sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

test("200 simultaneous enrolments for the last 5 seats: exactly 5 seats, 195 on the waitlist, no 5xx", async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { slug, networkId, cookies } = withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 5);
    const cookies = Array.from({ length: 200 }, (_, i) =>
      sessionCookieFor(db, createTeacher(db, `race${i}`)),
    );
    return { ...network, cookies };
  });
  const origin = new URL(baseURL!).origin;
  // All 200 requests are sent before any answer is awaited: they are truly in flight together.
  const responses = await Promise.all(
    cookies.map((cookie) =>
      fetch(`${origin}/netwerken/${slug}?index`, {
        method: "POST",
        headers: { Cookie: cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: "intent=inschrijven",
        redirect: "manual",
      }).then((r) => r.status),
    ),
  );
  expect(responses.filter((status) => status >= 500)).toEqual([]);
  // Every enrolment is answered with a redirect to the network page (Post/Redirect/Get).
  expect(new Set(responses)).toEqual(new Set([303]));
  const counts = withE2eDb((db) =>
    db
      .prepare(
        "select status, count(*) as n from registrations where network_id = ? group by status order by status",
      )
      .all(networkId),
  );
  expect(counts).toEqual([
    { status: "registered", n: 5 },
    { status: "waitlisted", n: 195 },
  ]);
});
