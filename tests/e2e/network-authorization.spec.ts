import { expect, test, type APIRequestContext } from "@playwright/test";
import { addRunningSession, createNetwork, sessionCookieFor, userIdByEmail, withE2eDb } from "../support/e2e-db";

type Who = "anonymous" | "deelnemer" | "other begeleider" | "begeleider" | "beheerder";
const EMAILS: Record<Exclude<Who, "anonymous">, string> = {
  deelnemer: "deelnemer@demo.test",
  "other begeleider": "begeleider2@demo.test",
  begeleider: "begeleider@demo.test",
  beheerder: "beheerder@demo.test",
};

let slug = "";
let sessionId = 0;
let conceptSlug = "";
let surveyId = 0;
const cookies: Partial<Record<Who, string>> = {};

test.beforeAll(() => {
  withE2eDb((db) => {
    const network = createNetwork(db, userIdByEmail(db, EMAILS.begeleider), 10, "Autorisatie netwerk");
    slug = network.slug;
    sessionId = addRunningSession(db, network.networkId);
    const concept = createNetwork(db, userIdByEmail(db, EMAILS.begeleider), 10, "Autorisatie concept");
    db.prepare("update networks set status = 'concept' where id = ?").run(concept.networkId);
    conceptSlug = concept.slug;
    for (const [who, email] of Object.entries(EMAILS)) cookies[who as Who] = sessionCookieFor(db, userIdByEmail(db, email));
    surveyId = Number(db.prepare("insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, created_at) values (?, 'post', 'nameting-basis', unixepoch() - 3600, unixepoch() + 86400, 0, unixepoch())").run(network.networkId).lastInsertRowid);
  });
});

function as(request: APIRequestContext, who: Who, method: "GET" | "POST", path: string, baseURL: string) {
  const headers: Record<string, string> = { Origin: new URL(baseURL).origin };
  if (cookies[who]) headers.Cookie = cookies[who]!;
  return method === "GET" ? request.get(path, { headers, maxRedirects: 0 }) : request.post(path, { headers, maxRedirects: 0, form: { intent: "niets" } });
}

// Expected status per role: anonymous, deelnemer, other begeleider, begeleider (runs it), beheerder.
const MANAGE = [302, 403, 403, 200, 200];
const ROUTES: Array<[method: "GET" | "POST", path: () => string, expected: number[], name: string]> = [
  ["GET", () => `/netwerken/${slug}/bewerken`, MANAGE, "edit form"],
  ["GET", () => `/netwerken/${slug}/bijeenkomsten`, MANAGE, "sessions"],
  ["GET", () => `/netwerken/${slug}/deelnemers`, MANAGE, "participants"],
  ["GET", () => `/netwerken/${slug}/deelnemers.csv`, MANAGE, "CSV export"],
  ["GET", () => `/netwerken/${slug}/deelnemers.xlsx`, MANAGE, "XLSX export"],
  ["GET", () => `/netwerken/${slug}/aanwezigheid/${sessionId}`, MANAGE, "attendance"],
  ["POST", () => `/netwerken/${slug}/bewerken`, [302, 403, 403, 400, 400], "edit action"],
  ["POST", () => `/netwerken/${slug}/bijeenkomsten`, [302, 403, 403, 400, 400], "sessions action"],
  ["POST", () => `/netwerken/${slug}/deelnemers`, [302, 403, 403, 400, 400], "waitlist action"],
  ["POST", () => `/netwerken/${slug}/aanwezigheid/${sessionId}`, [302, 403, 403, 200, 200], "attendance action"],
  ["POST", () => `/netwerken/${slug}`, [302, 400, 400, 400, 400], "enrolment action with a bad intent"],
  ["GET", () => "/agenda/niet-bestaand-token-1234567890.ics", [404, 404, 404, 404, 404], "calendar feed with an unknown token"],
  ["GET", () => `/netwerken/${slug}/metingen`, MANAGE, "surveys of a network"],
  ["POST", () => `/netwerken/${slug}/metingen`, [302, 403, 403, 400, 400], "surveys action"],
  ["GET", () => `/netwerken/${slug}/metingen/${surveyId}`, MANAGE, "survey questions"],
  ["POST", () => `/netwerken/${slug}/metingen/${surveyId}`, [302, 403, 403, 400, 400], "survey questions action"],
  ["GET", () => `/netwerken/${slug}/metingen/${surveyId}/zaal`, MANAGE, "room page"],
  ["GET", () => `/netwerken/${slug}/metingen/import`, MANAGE, "import page"],
  ["GET", () => `/netwerken/${slug}/metingen/importsjabloon.csv`, MANAGE, "import template"],
  ["GET", () => `/netwerken/${slug}/metingen/${surveyId}/qr.svg`, MANAGE, "QR code"],
  ["GET", () => `/enquete/${surveyId}`, [302, 200, 200, 200, 200], "answering page (others see a notice)"],
  ["POST", () => `/enquete/${surveyId}`, [302, 400, 400, 400, 400], "answering with invalid answers"],
  ["GET", () => "/enquete/gast/onbekend-token-123456789012", [404, 404, 404, 404, 404], "guest link with an unknown token"],
  ["GET", () => "/beheer/metingen", [302, 403, 403, 403, 200], "measurement plan"],
  ["GET", () => `/netwerken/${slug}/materialen/nieuw`, [302, 403, 403, 200, 200], "new material form"],
  ["POST", () => `/netwerken/${slug}/materialen/nieuw`, [302, 403, 403, 400, 400], "new material action"],
  ["GET", () => "/materialen", [200, 200, 200, 200, 200], "materials library"],
  ["GET", () => `/netwerken/${slug}/rapport`, MANAGE, "network report"],
  ["GET", () => "/rapporten", [302, 403, 403, 403, 200], "meta-analysis"],
  ["GET", () => "/rapporten.csv?schooljaar=2025", [302, 403, 403, 403, 200], "meta-analysis as CSV"],
  ["GET", () => "/rapporten.xlsx?schooljaar=2025", [302, 403, 403, 403, 200], "meta-analysis as XLSX"],
  ["GET", () => "/rapporten/bereik", [302, 403, 403, 403, 200], "reach per operational goal"],
  ["POST", () => "/rapporten/bereik", [302, 403, 403, 403, 400], "reach duiding action"],
  ["GET", () => `/netwerken/${slug}/rapport.json`, MANAGE, "network report as JSON"],
  ["GET", () => `/netwerken/${slug}/rapport.csv`, MANAGE, "network report as CSV"],
  ["GET", () => `/netwerken/${slug}/rapport.xlsx`, MANAGE, "network report as XLSX"],
  ["GET", () => `/netwerken/${conceptSlug}`, [404, 404, 404, 200, 200], "concept network page"],
  ["GET", () => "/netwerken/nieuw", [302, 403, 200, 200, 200], "new network form"],
  ["GET", () => "/beheer/doelstellingen", [302, 403, 403, 403, 200], "operational goals admin"],
  ["GET", () => "/mijn-netwerken", [302, 200, 200, 200, 200], "my networks"],
  ["GET", () => "/profiel/gegevens.json", [302, 200, 200, 200, 200], "own data export"],
  ["GET", () => "/profiel/digicoach", [302, 200, 200, 200, 200], "own digicoach profile"],
  ["GET", () => "/digicoaches", [302, 200, 200, 200, 200], "digicoach directory"],
  ["GET", () => "/digicoaches/bestaat-niet", [302, 404, 404, 404, 404], "unknown digicoach"],
  ["GET", () => "/rapporten/digicoaches", [302, 403, 403, 403, 200], "digicoach figures"],
  ["GET", () => "/inchecken", [302, 200, 200, 200, 200], "check-in"],
  ["GET", () => `/netwerken/${slug}`, [200, 200, 200, 200, 200], "published network page"],
  ["GET", () => "/netwerken", [200, 200, 200, 200, 200], "catalogue"],
];
const WHO: Who[] = ["anonymous", "deelnemer", "other begeleider", "begeleider", "beheerder"];

for (const [method, path, expected, name] of ROUTES) {
  test(`${method} ${name}: anonymous, deelnemer, other begeleider, begeleider, beheerder`, async ({ request, baseURL }) => {
    const actual: number[] = [];
    for (const who of WHO) actual.push((await as(request, who, method, path(), baseURL!)).status());
    expect(actual).toEqual(expected);
  });
}

test("the online link and another person's data stay hidden from people without a seat", async ({ request, baseURL }) => {
  withE2eDb((db) => db.prepare("update network_sessions set modality = 'hybride', online_url = 'https://teams.example.test/l/geheim' where id = ?").run(sessionId));
  const anonymous = await (await as(request, "anonymous", "GET", `/netwerken/${slug}`, baseURL!)).text();
  const participant = await (await as(request, "deelnemer", "GET", `/netwerken/${slug}`, baseURL!)).text();
  const facilitator = await (await as(request, "begeleider", "GET", `/netwerken/${slug}`, baseURL!)).text();
  expect(anonymous).not.toContain("teams.example.test/l/geheim");
  expect(participant).not.toContain("teams.example.test/l/geheim");
  expect(facilitator).toContain("teams.example.test/l/geheim");
});
