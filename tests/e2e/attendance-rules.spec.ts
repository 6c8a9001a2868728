import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import type Database from "better-sqlite3";
import { expectAccessible, logIn } from "../support/e2e";
import { addRunningSession, createNetwork, createTeacher, userIdByEmail, withE2eDb } from "../support/e2e-db";

const GUEST_COUNT_INVALID =
  "Geef het aantal gasten als een geheel getal van 0 tot 1000 (0 als er geen waren).";
const NOT_STARTED = "Aanwezigheid kan je pas registreren vanaf het begin van de bijeenkomst.";

/** A network of begeleider@demo.test with one enrolled teacher (a unique title, so a retry does not collide). */
function networkWithTeacher(db: Database.Database, label: string) {
  const network = createNetwork(
    db,
    userIdByEmail(db, "begeleider@demo.test"),
    10,
    `${label} ${randomUUID().slice(0, 8)}`,
  );
  const teacherId = createTeacher(db, label.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  db.prepare(
    "insert into registrations (network_id, user_id, institution_id, status, queue_key, created_at, updated_at) select ?, id, institution_id, 'registered', unixepoch() * 1000, unixepoch(), unixepoch() from users where id = ?",
  ).run(network.networkId, teacherId);
  return { ...network, teacherId };
}

const sessionRow = (sessionId: number) =>
  withE2eDb((db) =>
    db
      .prepare(
        "select guest_count as guests, (select count(*) from attendance where session_id = ? and present = 1) as present from network_sessions where id = ?",
      )
      .get(sessionId, sessionId),
  ) as { guests: number; present: number };

test("attendance: the facilitator records the guest headcount; a wrong number is shown next to the field and in the summary", async ({
  page,
}) => {
  const { slug, sessionId } = withE2eDb((db) => {
    const network = networkWithTeacher(db, "Gasten E2E");
    return { ...network, sessionId: addRunningSession(db, network.networkId) };
  });
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}/bijeenkomsten`);
  await page.getByRole("link", { name: "Aanwezigheid", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/netwerken/${slug}/aanwezigheid/${sessionId}$`));
  const guests = page.getByLabel("Aantal gasten zonder account");
  await expect(guests).toHaveValue("0");
  await expect(guests).toHaveAccessibleDescription(
    /begrenst hoeveel antwoorden de gastlink van de nameting aanvaardt/,
  );
  await expectAccessible(page);

  // Out of range: refused, explained at the field and at the top, nothing saved.
  await page.getByRole("checkbox").check();
  await guests.fill("1001");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: GUEST_COUNT_INVALID })).toHaveAttribute(
    "href",
    "#veld-guestCount",
  );
  await expect(guests).toHaveAttribute("aria-invalid", "true");
  await expect(guests).toHaveAccessibleDescription(
    new RegExp(GUEST_COUNT_INVALID.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
  await expect(page.locator("#veld-guestCount-fout")).toHaveText(GUEST_COUNT_INVALID);
  await expectAccessible(page);
  expect(sessionRow(sessionId)).toEqual({ guests: 0, present: 0 });

  // A whole number in range is saved with the attendance list.
  await guests.fill("12");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).click();
  await expect(page.getByText("De aanwezigheid is opgeslagen.")).toBeVisible();
  await expect(summary).toHaveCount(0);
  expect(sessionRow(sessionId)).toEqual({ guests: 12, present: 1 });
  await page.reload();
  await expect(page.getByLabel("Aantal gasten zonder account")).toHaveValue("12");
  await expect(page.getByRole("checkbox")).toBeChecked();
});

test("attendance: before a session starts the list is read-only, and a posted list is refused", async ({
  page,
  baseURL,
}) => {
  const { slug, sessionId, teacherId } = withE2eDb((db) => {
    const network = networkWithTeacher(db, "Nog niet begonnen E2E");
    const inAWeek = Math.floor(Date.now() / 1000) + 7 * 86400;
    const { lastInsertRowid } = db
      .prepare(
        "insert into network_sessions (network_id, kind, starts_at, ends_at, modality, venue_name, venue_address, revision) values (?, 'netwerkmoment', ?, ?, 'fysiek', 'GBS De Vlieger', 'Kerkstraat 1, 9000 Gent', 0)",
      )
      .run(network.networkId, inAWeek, inAWeek + 9000);
    return { ...network, sessionId: Number(lastInsertRowid) };
  });
  await logIn(page, "begeleider@demo.test");
  await page.goto(`/netwerken/${slug}/aanwezigheid/${sessionId}`);
  await expect(page.getByText(NOT_STARTED)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deelnemers (1)" })).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByLabel("Aantal gasten zonder account")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Aanwezigheid opslaan" })).toHaveCount(0);
  await expectAccessible(page);

  // The form is not offered, but a POST of it is refused on the server too.
  const answer = await page.request.post(`/netwerken/${slug}/aanwezigheid/${sessionId}`, {
    headers: { Origin: new URL(baseURL!).origin },
    form: { intent: "aanwezigheid", present: teacherId, guestCount: "3" },
  });
  expect(answer.status()).toBe(409);
  expect(await answer.text()).toContain(NOT_STARTED);
  expect(sessionRow(sessionId)).toEqual({ guests: 0, present: 0 });
});
