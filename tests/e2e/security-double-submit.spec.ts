/**
 * Double submits of every form in the catalogue (tests/support/forms.ts): the same valid
 * submission sent twice in a row and five times at once, as a double click, the back button or a
 * retry would. Forms that create something must create it exactly once (a unique constraint, or
 * the one-time form token of app/http/idempotency.server.ts); every answer stays below 500 and the
 * repeats land on the same result page or a clear Dutch message.
 */
import { expect, test } from "@playwright/test";
import { withE2eDb } from "../support/e2e-db";
import {
  FORM_ACTIONS,
  harness,
  send,
  type FormAction,
  type Harness,
  type Submission,
} from "../support/forms";

let h: Harness;
test.beforeAll(({ baseURL }) => {
  h = harness(baseURL!);
});

/** Where a successful answer leads: the redirect target, or the page itself (200). */
function landing(response: Response): string {
  return response.status >= 300 && response.status < 400
    ? `redirect ${response.headers.get("location")}`
    : `status ${response.status}`;
}

async function submitTimes(entry: FormAction, sub: Submission, times: number, parallel: boolean) {
  const one = () =>
    send(h.origin, sub, { multipart: Boolean(entry.multipart) }).then(async (r) => ({
      status: r.status,
      landing: landing(r),
      body: await r.text(),
    }));
  if (parallel) return Promise.all(Array.from({ length: times }, one));
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await one());
  return answers;
}

/** Repeats of forms that are not idempotent by nature (a view beacon, a new login) are checked for "no failure" only. */
const exactlyOnce = (entry: FormAction) => !entry.repeatable;

for (const entry of FORM_ACTIONS) {
  test(`check 40/43/44: ${entry.key} submitted twice in a row and 5× at once has its effect once (${entry.effect.what}), never a 5xx`, async () => {
    for (const [times, parallel] of [
      [2, false],
      [5, true],
    ] as const) {
      const sub = await entry.arrange(h);
      const answers = await submitTimes(entry, sub, times, parallel);
      const label = `${entry.key} ${times}× ${parallel ? "at once" : "in a row"}`;
      expect(
        answers.map((a) => a.status).filter((s) => s >= 500),
        `${label}: no 5xx`,
      ).toEqual([]);
      expect(answers.filter((a) => a.status < 400).length, `${label}: at least one succeeds`).toBeGreaterThan(
        0,
      );
      if (exactlyOnce(entry)) {
        withE2eDb((db) =>
          expect(entry.effect.count(db, sub), `${label}: ${entry.effect.what}`).toBe(entry.effect.expected),
        );
      }
      // The repeats that are refused say why, in Dutch (they are 4xx pages or messages, not crashes).
      for (const refused of answers.filter((a) => a.status >= 400)) {
        expect(refused.status, `${label}: a refused repeat is a 4xx`).toBeLessThan(500);
        expect(refused.body, `${label}: a refused repeat explains itself in Dutch`).toMatch(
          /bestaat|al |niet|Niet gevonden|verlopen|kan|Dit mag|ongeldig|Ongeldig|Te veel|wachtwoord|Tussen twee herinneringen/,
        );
      }
      if (entry.creates) {
        // Everyone who clicked lands on the same result: the same redirect, or the same page.
        const successes = answers.filter((a) => a.status < 400);
        expect(
          new Set(successes.map((a) => a.landing)).size,
          `${label}: the repeats land on the same result (${successes.map((a) => a.landing).join(", ")})`,
        ).toBe(1);
      }
    }
  });
}

test("check 43: a survey answered 5× at once by the same person has one completion and one answer set, and every answer leads to the thank-you page", async () => {
  const entry = FORM_ACTIONS.find((e) => e.key === "enquete.$surveyId#-")!;
  const sub = await entry.arrange(h);
  const answers = await submitTimes(entry, sub, 5, true);
  // Every answer is a redirect to the survey page (Post/Redirect/Get), which then says thank you.
  expect(answers.map((a) => a.landing)).toEqual(Array(5).fill(`redirect /enquete/${sub.ref.surveyId}`));
  const thankYou = await fetch(`${h.origin}/enquete/${sub.ref.surveyId}`, {
    headers: { Cookie: sub.cookie! },
  });
  expect(await thankYou.text()).toContain("Je antwoorden zijn goed ontvangen.");
  withE2eDb((db) => {
    expect(
      db
        .prepare("select count(*) from survey_completions where survey_id = ? and user_id = ?")
        .pluck()
        .get(sub.ref.surveyId, sub.ref.userId),
    ).toBe(1);
    const responses = db
      .prepare("select id from survey_responses where survey_id = ?")
      .pluck()
      .all(sub.ref.surveyId) as string[];
    expect(responses).toHaveLength(1);
    const questions = Object.keys(sub.fields).filter((k) => /^q\d+$/.test(k)).length;
    // One answer row per answered question except the role (stored on the response itself).
    expect(
      db.prepare("select count(*) from survey_answers where response_id = ?").pluck().get(responses[0]),
    ).toBe(questions - 1);
  });
  // And after the back button: the same submission once more changes nothing.
  const again = await send(h.origin, sub);
  expect(landing(again)).toBe(`redirect /enquete/${sub.ref.surveyId}`);
  withE2eDb((db) =>
    expect(
      db.prepare("select count(*) from survey_responses where survey_id = ?").pluck().get(sub.ref.surveyId),
    ).toBe(1),
  );
});

test("check 44: the back button after creating a network or a material leads to what the first submit created, and a fresh form creates a second one", async () => {
  for (const key of ["netwerken.nieuw#-", "netwerken.$slug.materialen.nieuw#-"]) {
    const entry = FORM_ACTIONS.find((e) => e.key === key)!;
    const sub = await entry.arrange(h);
    const first = await send(h.origin, sub, { multipart: Boolean(entry.multipart) });
    const second = await send(h.origin, sub, { multipart: Boolean(entry.multipart) });
    expect(first.status).toBe(302);
    expect(second.status).toBe(302);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    // The form page hands out a fresh token each time it is opened: a new form is a new resource.
    const formPage = await fetch(`${h.origin}${sub.path}`, { headers: { Cookie: sub.cookie! } });
    const token = /name="formToken" value="([^"]+)"/.exec(await formPage.text())?.[1];
    expect(token, `${key}: the form carries a one-time token`).toBeTruthy();
    expect(token).not.toBe(sub.fields.formToken);
    const third = await send(
      h.origin,
      { ...sub, fields: { ...sub.fields, formToken: token! } },
      { multipart: Boolean(entry.multipart) },
    );
    expect(third.status).toBe(302);
    expect(third.headers.get("location")).not.toBe(first.headers.get("location"));
    withE2eDb((db) => expect(entry.effect.count(db, sub), key).toBe(2));
  }
});
