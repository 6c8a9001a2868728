import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  cookiesPerRole,
  createMatrixFixture,
  MATRIX,
  ROLES,
  type Fixture,
  type MatrixUsers,
} from "../support/authorization-matrix";
import { dbFingerprint } from "../support/db-fingerprint";
import { E2E_DATABASE } from "../support/e2e";
import { addRunningSession, createNetwork, withE2eDb } from "../support/e2e-db";
import {
  FORM_GUARDS,
  FORM_ROLES,
  MATRIX_COLUMN,
  networkOf,
  type FormRole,
} from "../support/form-authorization";
import {
  coachProfile,
  FORM_ACTIONS,
  freshTeacher,
  harness,
  material,
  register,
  send,
  type Harness,
  type Person,
  type Submission,
  type Values,
} from "../support/forms";

let users: MatrixUsers;
let fixture: Fixture;

test.beforeAll(() => {
  ({ users, fixture } = withE2eDb(createMatrixFixture));
});

/** Every route file under app/routes with the methods it answers: GET when it renders or loads, POST when it has an action. */
function routesInApp(): string[] {
  const entries: string[] = [];
  for (const file of readdirSync("app/routes")) {
    const source = readFileSync(join("app/routes", file), "utf8");
    const route = file.replace(/\.tsx?$/, "");
    if (/export (async )?function loader|export const loader|export default/.test(source))
      entries.push(`GET ${route}`);
    if (/export (async )?function action|export const action/.test(source)) entries.push(`POST ${route}`);
  }
  return entries.sort();
}

test("check 1: the authorization matrix lists every route and every method the app answers, and nothing else", () => {
  const listed = [...new Set(MATRIX.map((row) => `${row.method} ${row.route}`))].sort();
  expect(listed, "a route without an authorization entry (or an entry for a route that is gone)").toEqual(
    routesInApp(),
  );
});

for (const row of MATRIX) {
  test(`check 1/2/3/4/6/7: ${row.method} ${row.route}${row.note ? ` (${row.note})` : ""}: ${row.expected.join(" ")}`, async ({
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    // Fresh auth sessions per row: the logout row must not log the next rows out.
    const cookies = withE2eDb((db) => cookiesPerRole(db, users));
    const actual: number[] = [];
    for (const role of ROLES) {
      const headers: Record<string, string> = { Origin: origin };
      if (cookies[role]) headers.Cookie = cookies[role]!;
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: row.method,
        headers:
          row.method === "POST"
            ? { ...headers, "Content-Type": "application/x-www-form-urlencoded" }
            : headers,
        body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
        redirect: "manual",
      });
      actual.push(response.status);
      if (
        response.status === 302 &&
        row.expected[ROLES.indexOf(role)] === 302 &&
        role === "anonymous" &&
        !["uitloggen", "registreren.bevestigen"].includes(row.route)
      ) {
        // Anonymous visitors of a protected page go to the login page, and come back after.
        expect(response.headers.get("location")).toMatch(/^\/inloggen\?redirectTo=/);
      }
      await response.arrayBuffer();
    }
    expect(actual).toEqual(row.expected);
  });
}

test("check 22/36: walking the whole matrix writes nothing but counters and auth sessions, and a second walk writes nothing at all", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const ignore = {
    auth_sessions: "*",
    auth_throttle: "*",
    materials: ["view_count", "download_count"],
  } as const;
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const walk = async () => {
    // Logging out last, so every other row is walked with live auth sessions.
    for (const row of [...MATRIX].sort(
      (a, b) => Number(a.route === "uitloggen") - Number(b.route === "uitloggen"),
    )) {
      for (const role of ROLES.filter((r) => row.route !== "uitloggen" || r === "anonymous")) {
        const response = await fetch(`${origin}${row.path(fixture)}`, {
          method: row.method,
          headers: {
            Origin: origin,
            ...(cookies[role] ? { Cookie: cookies[role]! } : {}),
            ...(row.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
          },
          body: row.method === "POST" ? "intent=matrix-leeg" : undefined,
          redirect: "manual",
        });
        expect(response.status, `${row.method} ${row.route} as ${role}`).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
  };
  const before = withE2eDb((db) => dbFingerprint(db, ignore));
  await walk();
  const afterFirst = withE2eDb((db) => dbFingerprint(db, ignore));
  // Two pages set up something of their own on first view, once: the personal calendar-feed
  // token (Mijn netwerken) and a session's check-in code (attendance page). Nothing else moves.
  const lazilyCreated = ["calendar_feeds", "check_in_codes"];
  expect(
    Object.keys(before).filter(
      (table) => before[table] !== afterFirst[table] && !lazilyCreated.includes(table),
    ),
  ).toEqual([]);
  await walk();
  expect(withE2eDb((db) => dbFingerprint(db, ignore))).toEqual(afterFirst);
});

test("check 20/23: every POST route refuses cross-origin and same-site submits with 403 before anything runs, whoever sends them", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const ignore = { auth_sessions: "*" } as const;
  const before = withE2eDb((db) => dbFingerprint(db, ignore));
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const hostile: Array<[string, Record<string, string>]> = [
    ["cross-site fetch metadata", { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }],
    ["foreign Origin", { Origin: "https://evil.example" }],
    ["Origin null", { Origin: "null" }],
    ["look-alike Origin", { Origin: `${origin}.evil.example` }],
    ["sibling subdomain", { "Sec-Fetch-Site": "same-site", Origin: "https://andere.portal.example" }],
    ["no Origin and no fetch metadata", {}],
  ];
  for (const row of MATRIX.filter((r) => r.method === "POST" && r.route !== "uitloggen")) {
    // The role that is allowed to use the form, so a refusal can only come from the origin check.
    const role =
      ROLES[
        Math.max(
          0,
          row.expected.findIndex((status) => status !== 302 && status !== 403 && status !== 404),
        )
      ];
    for (const [label, headers] of hostile) {
      const response = await fetch(`${origin}${row.path(fixture)}`, {
        method: "POST",
        headers: {
          ...headers,
          ...(cookies[role] ? { Cookie: cookies[role]! } : {}),
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: "intent=matrix-leeg",
        redirect: "manual",
      });
      expect(response.status, `${row.route} as ${role} with ${label}`).toBe(403);
      expect(response.headers.get("set-cookie"), `${row.route}: no cookie on a refused request`).toBeNull();
      await response.arrayBuffer();
    }
    const control = await fetch(`${origin}${row.path(fixture)}`, {
      method: "POST",
      headers: {
        "Sec-Fetch-Site": "same-origin",
        ...(cookies[role] ? { Cookie: cookies[role]! } : {}),
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "intent=matrix-leeg",
      redirect: "manual",
    });
    expect(control.status, `${row.route}: a same-origin submit gets through`).toBe(
      row.expected[ROLES.indexOf(role)],
    );
    await control.arrayBuffer();
  }
  expect(withE2eDb((db) => dbFingerprint(db, ignore))).toEqual(before);
});

test("check 6/35: attachments are served as downloads with a sandbox CSP, never cached, and are not reachable as static files", async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const cookies = withE2eDb((db) => cookiesPerRole(db, users));
  const response = await fetch(
    `${origin}/materialen/${fixture.membersMaterialId}/bijlagen/${fixture.attachmentId}`,
    { headers: { Cookie: cookies.deelnemer! } },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toBe(
    `attachment; filename="rubric.pdf"; filename*=UTF-8''rubric.pdf`,
  );
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("sandbox");
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  for (const guess of [
    `/uploads/${fixture.attachmentId}`,
    `/tests/.data/uploads/${fixture.attachmentId}`,
    `/materialen/${fixture.membersMaterialId}/bijlagen/..%2F..%2Fe2e.db`,
  ]) {
    const attempt = await fetch(`${origin}${guess}`, { headers: { Cookie: cookies.deelnemer! } });
    expect(attempt.status, guess).toBe(404);
    await attempt.arrayBuffer();
  }
});

// ---------------------------------------------------------------------------------------------
// Per intent: the route rows above send an empty form, which stops at the first guard. Here every
// form of the catalogue is sent as its real, valid submission by every role that may not use it.

/** Refused requests may only touch the caller's own auth session (lucia slides its expiry) and the login throttle. */
const NOTHING_BUT_AUTH = { auth_sessions: "*", auth_throttle: "*" } as const;
const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
const DUTCH_REFUSAL = /niet|Niet|Ongeldig|ongeldig|Geen toegang|mag je|bestaat/;

test.describe("per intent", () => {
  let h: Harness;
  let outsiders: { participant: Person; digicoach: Person };
  test.beforeAll(({ baseURL }) => {
    h = harness(baseURL!);
    outsiders = withE2eDb((db) => {
      const participant = freshTeacher(db, "matrix-buiten");
      const digicoach = freshTeacher(db, "matrix-coach");
      coachProfile(db, digicoach.id);
      return { participant, digicoach };
    });
  });

  test("check 1/4: every form of the catalogue says which roles may send it", () => {
    expect(Object.keys(FORM_GUARDS).sort()).toEqual(FORM_ACTIONS.map((entry) => entry.key).sort());
  });

  for (const entry of FORM_ACTIONS) {
    const guard = FORM_GUARDS[entry.key];
    if (!guard || "capability" in guard) continue;
    const refused = FORM_ROLES.filter((role) => !guard.allowed.includes(role));
    test(`check 2/3/4: ${entry.key}: the valid submission, sent as ${refused.join(", ")}, is refused and writes nothing; sent by its owner it has its effect`, async () => {
      const row = MATRIX.find((r) => r.route === entry.route && r.method === "POST")!;
      const expected = Object.fromEntries(
        refused.map((role) => {
          const status = guard.refusedBy?.[role] ?? row.expected[ROLES.indexOf(MATRIX_COLUMN[role])];
          // A 400 in the route matrix means the role gets past the route's guard: how the valid form is refused must be written down.
          if (guard.refusedBy?.[role] === undefined && ![302, 403, 404].includes(status))
            throw new Error(
              `${entry.key}: the route lets ${role} in; say in FORM_GUARDS how the valid form is refused`,
            );
          return [role, status];
        }),
      );
      const sub = await entry.arrange(h);
      const cookies: Record<FormRole, string | undefined> = withE2eDb((db) => {
        const networkId = networkOf(db, sub);
        const member = freshTeacher(db, "matrix-lid");
        if (networkId !== null) register(db, networkId, member.id);
        return {
          anonymous: undefined,
          deelnemer: member.cookie,
          "other deelnemer": outsiders.participant.cookie,
          digicoach: outsiders.digicoach.cookie,
          begeleider: h.facilitator.cookie,
          "other begeleider": h.otherFacilitator.cookie,
          beheerder: h.admin.cookie,
        };
      });
      const effectBefore = withE2eDb((db) => entry.effect.count(db, sub));
      const before = withE2eDb((db) => dbFingerprint(db, NOTHING_BUT_AUTH));
      const actual: Record<string, number> = {};
      for (const role of refused) {
        const response = await send(
          h.origin,
          { ...sub, cookie: cookies[role] },
          { multipart: Boolean(entry.multipart) },
        );
        const body = await response.text();
        actual[role] = response.status;
        if (role === "anonymous" && response.status === 302 && entry.route !== "uitloggen")
          expect(response.headers.get("location"), `${entry.key} as anonymous`).toMatch(
            /^\/inloggen\?redirectTo=/,
          );
        if (response.status >= 400)
          expect(body, `${entry.key} as ${role}: the refusal says why, in Dutch`).toMatch(DUTCH_REFUSAL);
        withE2eDb((db) =>
          expect(
            entry.effect.count(db, sub),
            `${entry.key} as ${role}: ${entry.effect.what} did not happen`,
          ).toBe(effectBefore),
        );
      }
      expect(actual).toEqual(expected);
      expect(
        changedTables(
          before,
          withE2eDb((db) => dbFingerprint(db, NOTHING_BUT_AUTH)),
        ),
        `${entry.key}: tables written by refused submissions`,
      ).toEqual([]);
      // The same submission from its owner works: the refusals were about the sender, not the body.
      if (entry.key !== "beheer.metingen#labels")
        expect(effectBefore, `${entry.key}: the effect is visible (not there yet)`).not.toBe(
          entry.effect.expected,
        );
      const owner = await send(h.origin, sub, { multipart: Boolean(entry.multipart) });
      expect(owner.status, `${entry.key} by its owner`).toBeLessThan(400);
      await owner.arrayBuffer();
      withE2eDb((db) =>
        expect(entry.effect.count(db, sub), `${entry.key} by its owner: ${entry.effect.what}`).toBe(
          entry.effect.expected,
        ),
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Foreign ids: a facilitator submits valid forms of a network they run (N) with an id that
// belongs to another network (X, run by begeleider2). Every such id is refused (or, in the
// attendance list and the attachments to remove, ignored) and nothing of X changes.

test.describe("foreign ids", () => {
  let h: Harness;
  let own: { networkId: number; slug: string; sessionId: number; surveyId: number };
  let x: {
    networkId: number;
    slug: string;
    runningSessionId: number;
    futureSessionId: number;
    surveyId: number;
    questionId: number;
    member: Person;
    memberRegistrationId: number;
    waitingRegistrationId: number;
    membersMaterialId: number;
    publicMaterialId: number;
    attachmentId: string;
  };
  let ownMember: Person;

  /** A survey created through the app (so it has the real template questions), open now. */
  async function survey(slug: string, cookie: string, networkId: number) {
    const response = await h.post(`/netwerken/${slug}/metingen?index`, cookie, {
      intent: "aanmaken",
      template: "voormeting-basis",
    });
    expect(response.status).toBe(200);
    return withE2eDb((db) => {
      const id = db.prepare("select id from surveys where network_id = ?").pluck().get(networkId) as number;
      db.prepare(
        "update surveys set opens_at = unixepoch() - 3600, closes_at = unixepoch() + 86400 where id = ?",
      ).run(id);
      return id;
    });
  }

  test.beforeAll(async ({ baseURL }) => {
    h = harness(baseURL!);
    const made = withE2eDb((db) => {
      const mine = createNetwork(db, h.facilitator.id, 20, `Eigen netwerk ${randomUUID().slice(0, 6)}`);
      const theirs = createNetwork(db, h.otherFacilitator.id, 1, `Ander netwerk ${randomUUID().slice(0, 6)}`);
      const runningSessionId = addRunningSession(db, theirs.networkId);
      const futureSessionId = Number(
        db
          .prepare(
            "insert into network_sessions (network_id, kind, starts_at, ends_at, modality, venue_name, venue_address, revision) values (?, 'netwerkmoment', unixepoch() + 40 * 86400, unixepoch() + 40 * 86400 + 7200, 'fysiek', 'School', 'Straat 1, 9000 Gent', 0)",
          )
          .run(theirs.networkId).lastInsertRowid,
      );
      const member = freshTeacher(db, "x-lid");
      const memberRegistrationId = register(db, theirs.networkId, member.id);
      register(db, theirs.networkId, freshTeacher(db, "x-wacht1").id, "waitlisted");
      const waitingRegistrationId = register(
        db,
        theirs.networkId,
        freshTeacher(db, "x-wacht2").id,
        "waitlisted",
      );
      const membersMaterialId = material(db, theirs.networkId, h.otherFacilitator.id);
      const publicMaterialId = material(db, theirs.networkId, h.otherFacilitator.id);
      db.prepare("update materials set visibility = 'publiek' where id = ?").run(publicMaterialId);
      const attachmentId = randomUUID().replaceAll("-", "");
      const pdf = Buffer.from("%PDF-1.4\n%ander netwerk\n");
      db.prepare(
        "insert into attachments (id, material_id, original_name, mime_type, size, created_at) values (?, ?, 'rubric.pdf', 'application/pdf', ?, unixepoch())",
      ).run(attachmentId, membersMaterialId, pdf.length);
      mkdirSync(join(dirname(E2E_DATABASE), "uploads"), { recursive: true });
      writeFileSync(join(dirname(E2E_DATABASE), "uploads", attachmentId), pdf);
      const ownMember = freshTeacher(db, "eigen-lid");
      register(db, mine.networkId, ownMember.id);
      return {
        mine: { ...mine, sessionId: addRunningSession(db, mine.networkId) },
        theirs: {
          ...theirs,
          runningSessionId,
          futureSessionId,
          member,
          memberRegistrationId,
          waitingRegistrationId,
          membersMaterialId,
          publicMaterialId,
          attachmentId,
        },
        ownMember,
      };
    });
    ownMember = made.ownMember;
    own = { ...made.mine, surveyId: await survey(made.mine.slug, h.facilitator.cookie, made.mine.networkId) };
    const xSurveyId = await survey(made.theirs.slug, h.otherFacilitator.cookie, made.theirs.networkId);
    const questionId = withE2eDb((db) => {
      db.prepare(
        "insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, 999, 'open', 'open', null, 'Eigen vraag van het andere netwerk', null, 0, 0)",
      ).run(xSurveyId);
      return db
        .prepare("select max(id) from survey_questions where survey_id = ?")
        .pluck()
        .get(xSurveyId) as number;
    });
    x = { ...made.theirs, surveyId: xSurveyId, questionId };
  });

  /** Sends each request; checks status, the Dutch message and that no table changed. */
  async function refusedAll(
    cases: Array<{
      label: string;
      path: string;
      cookie: string;
      fields?: Values;
      files?: Submission["files"];
      method?: "GET";
      status: number;
      message?: string;
    }>,
  ) {
    const before = withE2eDb((db) => dbFingerprint(db, NOTHING_BUT_AUTH));
    for (const c of cases) {
      const response =
        c.method === "GET"
          ? await fetch(`${h.origin}${c.path}`, { headers: { Cookie: c.cookie }, redirect: "manual" })
          : await send(
              h.origin,
              { path: c.path, cookie: c.cookie, fields: c.fields ?? {}, files: c.files, ref: {} },
              { multipart: Boolean(c.files) },
            );
      const body = await response.text();
      expect(response.status, c.label).toBe(c.status);
      if (c.message) expect(body, c.label).toContain(c.message);
    }
    expect(
      changedTables(
        before,
        withE2eDb((db) => dbFingerprint(db, NOTHING_BUT_AUTH)),
      ),
      "tables written",
    ).toEqual([]);
  }

  const surveyRow = (id: number) =>
    withE2eDb((db) => db.prepare("select * from surveys where id = ?").get(id));

  test("check 2: survey ids of another network, in the body or in the URL, answer 404 and change nothing", async () => {
    const theirSurvey = surveyRow(x.surveyId);
    const metingen = `/netwerken/${own.slug}/metingen?index`;
    await refusedAll([
      {
        label: "venster",
        path: metingen,
        cookie: h.facilitator.cookie,
        fields: {
          intent: "venster",
          surveyId: String(x.surveyId),
          opensAt: "2027-02-01T09:00",
          closesAt: "2027-02-15T17:00",
        },
        status: 404,
      },
      {
        label: "sluiten",
        path: metingen,
        cookie: h.facilitator.cookie,
        fields: { intent: "sluiten", surveyId: String(x.surveyId) },
        status: 404,
      },
      {
        label: "herinneren",
        path: metingen,
        cookie: h.facilitator.cookie,
        fields: { intent: "herinneren", surveyId: String(x.surveyId) },
        status: 404,
      },
      {
        label: "gastlink",
        path: metingen,
        cookie: h.facilitator.cookie,
        fields: { intent: "gastlink", surveyId: String(x.surveyId), enabled: "aan" },
        status: 404,
      },
      {
        label: "own question on their survey",
        path: `/netwerken/${own.slug}/metingen/${x.surveyId}?index`,
        cookie: h.facilitator.cookie,
        fields: {
          intent: "toevoegen",
          kind: "likert",
          text: "Een vraag in een andere meting?",
          options: "",
          required: "on",
          formToken: randomUUID(),
        },
        status: 404,
      },
      {
        label: "remove their question through their survey",
        path: `/netwerken/${own.slug}/metingen/${x.surveyId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen", questionId: String(x.questionId) },
        status: 404,
      },
      {
        label: "remove their question through my survey",
        path: `/netwerken/${own.slug}/metingen/${own.surveyId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen", questionId: String(x.questionId) },
        status: 409,
        message: "Deze vraag bestaat niet (meer).",
      },
      {
        label: "questions page",
        method: "GET",
        path: `/netwerken/${own.slug}/metingen/${x.surveyId}`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
      {
        label: "room page",
        method: "GET",
        path: `/netwerken/${own.slug}/metingen/${x.surveyId}/zaal`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
      {
        label: "QR code",
        method: "GET",
        path: `/netwerken/${own.slug}/metingen/${x.surveyId}/qr.svg`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
    ]);
    expect(surveyRow(x.surveyId)).toEqual(theirSurvey);
    // The same forms with my own survey work.
    const control = await h.post(metingen, h.facilitator.cookie, {
      intent: "gastlink",
      surveyId: String(own.surveyId),
      enabled: "aan",
    });
    expect(control.status).toBe(200);
    expect(
      withE2eDb((db) => db.prepare("select guest_token from surveys where id = ?").pluck().get(own.surveyId)),
    ).toBeTruthy();
  });

  test("check 2: session ids of another network are refused in the session, attendance and material forms and change nothing", async () => {
    const sessions = () =>
      withE2eDb((db) =>
        db.prepare("select * from network_sessions where network_id = ? order by id").all(x.networkId),
      );
    const theirSessions = sessions();
    const ownMaterialId = withE2eDb((db) => material(db, own.networkId, h.facilitator.id));
    const sessionForm = {
      kind: "netwerkmoment",
      title: "Overgenomen bijeenkomst",
      startsAt: "2027-03-10T14:00",
      endsAt: "2027-03-10T16:00",
      modality: "fysiek",
      venueName: "Elders",
      venueAddress: "Straat 2, 9000 Gent",
      onlineUrl: "",
      capacity: "",
    };
    const materialForm = {
      title: "Materiaal bij een andere bijeenkomst",
      bodyMarkdown: "Tekst.",
      type: "sjabloon",
      tags: "",
      links: "",
      visibility: "leden",
      sessionId: String(x.runningSessionId),
    };
    await refusedAll([
      {
        label: "change their session",
        path: `/netwerken/${own.slug}/bijeenkomsten`,
        cookie: h.facilitator.cookie,
        fields: { ...sessionForm, intent: "wijzigen", sessionId: String(x.futureSessionId) },
        status: 400,
        message: "Deze bijeenkomst kan niet gewijzigd worden.",
      },
      {
        label: "cancel their session",
        path: `/netwerken/${own.slug}/bijeenkomsten`,
        cookie: h.facilitator.cookie,
        fields: { intent: "annuleren", sessionId: String(x.futureSessionId) },
        status: 400,
        message: "Deze bijeenkomst kan niet geannuleerd worden.",
      },
      {
        label: "attendance of their session under my network",
        path: `/netwerken/${own.slug}/aanwezigheid/${x.runningSessionId}`,
        cookie: h.facilitator.cookie,
        fields: { intent: "aanwezigheid", present: [x.member.id] },
        status: 404,
      },
      {
        label: "attendance page of their session",
        method: "GET",
        path: `/netwerken/${own.slug}/aanwezigheid/${x.runningSessionId}`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
      {
        label: "new material tied to their session",
        path: `/netwerken/${own.slug}/materialen/nieuw`,
        cookie: h.facilitator.cookie,
        fields: { ...materialForm, formToken: randomUUID() },
        files: {},
        status: 400,
        message: "Kies een bijeenkomst van dit netwerk.",
      },
      {
        label: "my material tied to their session",
        path: `/materialen/${ownMaterialId}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: materialForm,
        files: {},
        status: 400,
        message: "Kies een bijeenkomst van dit netwerk.",
      },
    ]);
    expect(sessions()).toEqual(theirSessions);
    // My own attendance list with their member in it: their member is not on my roster, so nothing is recorded for them.
    const mine = await h.post(`/netwerken/${own.slug}/aanwezigheid/${own.sessionId}`, h.facilitator.cookie, {
      intent: "aanwezigheid",
      present: [ownMember.id, x.member.id],
    });
    expect(mine.status).toBe(200);
    withE2eDb((db) => {
      expect(db.prepare("select count(*) from attendance where user_id = ?").pluck().get(x.member.id)).toBe(
        0,
      );
      expect(
        db
          .prepare("select present from attendance where session_id = ? and user_id = ?")
          .pluck()
          .get(own.sessionId, ownMember.id),
      ).toBe(1);
    });
  });

  test("check 2/6: material and attachment ids of another network are refused or ignored; nothing of theirs is deleted", async () => {
    const ownMaterialId = withE2eDb((db) => material(db, own.networkId, h.facilitator.id));
    await refusedAll([
      {
        label: "delete their members-only material",
        path: `/materialen/${x.membersMaterialId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen" },
        status: 404,
      },
      {
        label: "delete their public material",
        path: `/materialen/${x.publicMaterialId}?index`,
        cookie: h.facilitator.cookie,
        fields: { intent: "verwijderen" },
        status: 403,
        message: "Dit mag je niet.",
      },
      {
        label: "edit their public material",
        path: `/materialen/${x.publicMaterialId}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: {
          title: "Overgenomen",
          bodyMarkdown: "Tekst.",
          type: "sjabloon",
          tags: "",
          links: "",
          visibility: "publiek",
          sessionId: "",
        },
        files: {},
        status: 403,
      },
      {
        label: "their attachment",
        method: "GET",
        path: `/materialen/${x.membersMaterialId}/bijlagen/${x.attachmentId}`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
      {
        label: "their attachment through my material",
        method: "GET",
        path: `/materialen/${ownMaterialId}/bijlagen/${x.attachmentId}`,
        cookie: h.facilitator.cookie,
        status: 404,
      },
    ]);
    // Editing my material while naming their attachment for removal saves my material and leaves theirs alone.
    const edit = await send(
      h.origin,
      {
        path: `/materialen/${ownMaterialId}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: {
          title: "Mijn bewerkte wijzer",
          bodyMarkdown: "Tekst.",
          type: "sjabloon",
          tags: "",
          links: "",
          visibility: "leden",
          sessionId: "",
          verwijderBijlage: [x.attachmentId],
        },
        files: {},
        ref: {},
      },
      { multipart: true },
    );
    expect(edit.status).toBe(302);
    withE2eDb((db) => {
      expect(db.prepare("select title from materials where id = ?").pluck().get(ownMaterialId)).toBe(
        "Mijn bewerkte wijzer",
      );
      expect(db.prepare("select material_id from attachments where id = ?").pluck().get(x.attachmentId)).toBe(
        x.membersMaterialId,
      );
      expect(
        db
          .prepare("select count(*) from materials where id in (?, ?)")
          .pluck()
          .get(x.membersMaterialId, x.publicMaterialId),
      ).toBe(2);
    });
    expect(existsSync(join(dirname(E2E_DATABASE), "uploads", x.attachmentId))).toBe(true);
  });

  test("check 2/3: registration ids of another network or another person are refused and change nothing", async () => {
    const registrations = () =>
      withE2eDb((db) =>
        db.prepare("select * from registrations where network_id = ? order by id").all(x.networkId),
      );
    const theirs = registrations();
    await refusedAll([
      {
        label: "move their waiting person up",
        path: `/netwerken/${own.slug}/deelnemers`,
        cookie: h.facilitator.cookie,
        fields: {
          registrationId: String(x.waitingRegistrationId),
          position: "1",
          reason: "Voorrang in een ander netwerk",
        },
        status: 400,
        message: "Deze persoon staat niet (meer) op de wachtlijst.",
      },
      {
        label: "a member cancels someone else's registration",
        path: `/netwerken/${own.slug}?index`,
        cookie: ownMember.cookie,
        fields: { intent: "uitschrijven", registrationId: String(x.memberRegistrationId) },
        status: 400,
        message: "Deze inschrijving bestaat niet (meer).",
      },
      {
        label: "a member accepts someone else's offer",
        path: `/netwerken/${x.slug}?index`,
        cookie: ownMember.cookie,
        fields: { intent: "aanbod-aanvaarden", registrationId: String(x.waitingRegistrationId) },
        status: 400,
        message: "Dit aanbod bestaat niet (meer).",
      },
    ]);
    expect(registrations()).toEqual(theirs);
    expect(
      withE2eDb((db) =>
        db
          .prepare("select count(*) from waitlist_changes where registration_id = ?")
          .pluck()
          .get(x.waitingRegistrationId),
      ),
    ).toBe(0);
  });

  test("check 4: only a beheerder assigns facilitators, and only to people who are facilitators", async () => {
    const facilitators = () =>
      withE2eDb((db) =>
        db
          .prepare("select user_id from network_facilitators where network_id = ? order by user_id")
          .pluck()
          .all(own.networkId),
      );
    const current = facilitators();
    await refusedAll([
      {
        label: "the network's own facilitator adds a colleague",
        path: `/netwerken/${own.slug}/bewerken`,
        cookie: h.facilitator.cookie,
        fields: { intent: "begeleiders", facilitators: [h.facilitator.id, h.otherFacilitator.id] },
        status: 403,
      },
      {
        label: "a beheerder names a participant",
        path: `/netwerken/${own.slug}/bewerken`,
        cookie: h.admin.cookie,
        fields: { intent: "begeleiders", facilitators: [h.facilitator.id, x.member.id] },
        status: 400,
        message: "Kies minstens één begeleider.",
      },
      {
        label: "a beheerder names an unknown id",
        path: `/netwerken/${own.slug}/bewerken`,
        cookie: h.admin.cookie,
        fields: { intent: "begeleiders", facilitators: ["bestaat-niet"] },
        status: 400,
        message: "Kies minstens één begeleider.",
      },
    ]);
    expect(facilitators()).toEqual(current);
  });
});
