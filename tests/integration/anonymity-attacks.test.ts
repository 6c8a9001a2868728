// The facilitator of the README's threat model, against the portal's domain functions: every
// attack the facilitator can run through the normal pages (they call exactly these functions),
// with random answers and several network sizes. Each test asserts the attack learns nothing.
// tests/e2e/anonymity-attacks.spec.ts replays the page-level ones against the running server.
import { createHash, randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, databasePathFromEnv } from "#db/client.server";
import { surveyAnswers, surveyCompletions, surveyResponses, surveys, users } from "#db/schema";
import { saveAttendance } from "~/registrations/attendance.server";
import { buildNetworkReport, type NetworkReport } from "~/reports/network-report.server";
import { measuredNetworks } from "~/reports/meta.server";
import { importResponses } from "~/surveys/import.server";
import { pseudonymFor } from "~/surveys/pseudonym.server";
import { sealDueSurveys } from "~/surveys/sealing.server";
import { closeSurvey, getSurvey, setGuestLink, setWindow } from "~/surveys/surveys.server";
import { updateNetwork } from "~/networks/networks.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";
import {
  answer,
  answerAs,
  markPresent,
  networkEdit,
  seededRandom,
  setGuestCount,
  surveyedNetwork,
} from "#tests/support/survey-scenario";

const DAY = 86_400_000;
const K = 5;
/** Every figure of a report (pairs in goal order: the facilitator may reorder the goals). */
const figures = (report: NetworkReport) =>
  JSON.stringify({
    items: report.items,
    pairs: [...report.pairs].sort((a, b) => a.goal.localeCompare(b.goal)),
    open: report.open,
    roles: report.roles,
  });

describe("differencing: pairs beside item means", () => {
  // The known case and its relatives: n people answer the pre survey, some of them (and maybe a
  // few others) the post survey. Whenever the report shows the paired gain next to both item
  // means, an attacker subtracts: sum(post over all) − (sum(pre over pairs) + gain × pairs)
  // is the sum of the unpaired post answers, exact for one person.
  for (const size of [6, 9, 14, 23]) {
    it(`never lets the pairs and the item means isolate fewer than k people (network of ${size})`, () => {
      const random = seededRandom();
      for (let round = 0; round < 4; round++) {
        const { network, pre, post, teachers } = surveyedNetwork(size + 4);
        const preAnswering = teachers.slice(0, size);
        const postOnly = teachers.slice(size, size + random.int(0, 4));
        const skipPost = random.int(0, Math.min(4, size - K));
        const postAnswering = [...preAnswering.slice(skipPost), ...postOnly];
        const truth = new Map(teachers.map((t) => [t.id, { pre: random.score(), post: random.score() }]));
        for (const t of preAnswering)
          answerAs(pre, t.id, { score: (c) => (c === "kennis" ? truth.get(t.id)!.pre : random.score()) });
        for (const t of postAnswering)
          answerAs(post, t.id, { score: (c) => (c === "kennis" ? truth.get(t.id)!.post : random.score()) });
        [pre, post].forEach((id) => closeSurvey(id));
        const report = buildNetworkReport(network.id);
        for (const pair of report.pairs) {
          const preItem = report.items.find((i) => i.phase === "pre" && i.key === `kennis: ${pair.goal}`)!;
          const postItem = report.items.find((i) => i.phase === "post" && i.key === `kennis: ${pair.goal}`)!;
          if (pair.suppressed) continue;
          for (const side of [preItem, postItem]) {
            if (side.suppressed) continue;
            const unpaired = side.n - pair.n;
            expect(
              unpaired === 0 || unpaired >= K,
              `seed ${random.seed}: ${side.phase} has ${unpaired} unpaired beside ${pair.n} pairs`,
            ).toBe(true);
          }
        }
        // The known case itself is withheld with a reason, not silently.
        const known = report.pairs.find((p) => p.withheld);
        if (known) expect(known.withheld).toMatch(/Niet getoond/);
      }
    });
  }
});

describe("differencing over time: the report before and after everything a facilitator controls", () => {
  it("shows no figure while a survey takes answers, and after publication every attempt leaves the figures as they were", () => {
    const random = seededRandom();
    const size = random.int(8, 20);
    const { network, sessions, pre, post, teachers } = surveyedNetwork(size);
    const everyone = teachers.map((t) => t.id);
    for (const t of teachers) answerAs(pre, t.id, { score: random.score, open: () => `voor ${t.id}` });
    for (const t of teachers.slice(1))
      answerAs(post, t.id, { score: random.score, open: () => `na ${t.id}` });
    const whileOpen = buildNetworkReport(network.id);
    expect(whileOpen.items).toEqual([]);
    expect(whileOpen.open).toEqual([]);
    expect(whileOpen.phases.post).toMatchObject({ status: "open", responseRate: null });

    // Moving the window into the future does not publish anything (it is not closed).
    expect(setWindow(post, new Date(Date.now() + DAY), new Date(Date.now() + 2 * DAY))).toEqual({ ok: true });
    expect(buildNetworkReport(network.id).items.filter((i) => i.phase === "post")).toEqual([]);
    expect(setWindow(post, new Date(Date.now() - DAY), new Date(Date.now() + DAY))).toEqual({ ok: true });

    [pre, post].forEach((id) => expect(closeSurvey(id)).toEqual({ ok: true, published: true }));
    const published = buildNetworkReport(network.id);
    expect(published.items.length).toBeGreaterThan(0);
    const before = figures(published);

    const refusals = [
      setWindow(post, new Date(Date.now() - DAY), new Date(Date.now() + DAY)),
      setWindow(post, new Date(Date.now() + DAY), new Date(Date.now() + 2 * DAY)),
      setWindow(pre, new Date(Date.now() - 3 * DAY), new Date(Date.now() - 2 * DAY)),
      closeSurvey(post),
      setGuestLink(post, true),
      saveAttendance(sessions[0].id, everyone.slice(2), {
        now: new Date(sessions[0].startsAt.getTime() + 60_000),
      }),
      saveAttendance(sessions[0].id, everyone, {
        guestCount: 7,
        now: new Date(sessions[0].startsAt.getTime() + 60_000),
      }),
    ];
    for (const refused of refusals)
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/gepubliceerd/) });
    const imported = importResponses(
      network.id,
      [["phase", "tevredenheid"], ...Array.from({ length: 6 }, () => ["post", "5"])],
      30,
    );
    expect(imported).toMatchObject({ ok: false, errors: [expect.stringContaining("heeft al een nameting")] });
    // Reordering the goals keeps every answer with its goal.
    expect(
      updateNetwork(network.id, networkEdit(network, { goals: ["hoofdrekenen", "getalbegrip"] })),
    ).toMatchObject({ ok: true });
    expect(figures(buildNetworkReport(network.id))).toBe(before);
  });

  it("a survey closed below k stays unpublished and may be reopened; the schedule publishes it once its window passes with k", () => {
    const random = seededRandom();
    const { network, post, teachers } = surveyedNetwork(9);
    for (const t of teachers.slice(0, 4)) answerAs(post, t.id, { score: random.score });
    expect(closeSurvey(post)).toEqual({ ok: true, published: false });
    expect(buildNetworkReport(network.id).items).toEqual([]);
    expect(setWindow(post, new Date(Date.now() - DAY), new Date(Date.now() + DAY))).toEqual({ ok: true });
    for (const t of teachers.slice(4)) answerAs(post, t.id, { score: random.score });
    db.update(surveys)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(surveys.id, post))
      .run();
    expect(buildNetworkReport(network.id).items).toEqual([]); // not yet published by the schedule
    expect(sealDueSurveys()).toBe(1);
    expect(buildNetworkReport(network.id).items.find((i) => i.key === "tevredenheid")).toMatchObject({
      n: 9,
      suppressed: false,
    });
    expect(getSurvey(post)!.sealedAt).not.toBeNull();
    expect(db.select().from(surveyCompletions).where(eq(surveyCompletions.surveyId, post)).all()).toEqual([]);
  });
});

describe("k counts real people, per source", () => {
  for (const members of [5, 8, 13]) {
    it(`guest-link stuffing: no more guests than counted, and too few guests never enter a figure (${members} members)`, () => {
      const random = seededRandom();
      const { network, sessions, post, teachers } = surveyedNetwork(members);
      for (const t of teachers) answerAs(post, t.id, { score: random.score });
      const headcount = random.int(1, K - 1);
      setGuestCount(sessions[0].id, headcount);
      const attempts = Array.from({ length: headcount + random.int(1, 10) }, () =>
        answer(post, { guestSubmissionKey: randomUUID() }, { score: () => 1 }),
      );
      expect(attempts.filter((r) => r === "ok")).toHaveLength(headcount);
      expect(attempts.slice(headcount).every((r) => r === "guests-full")).toBe(true);
      closeSurvey(post);
      const report = buildNetworkReport(network.id);
      const item = report.items.find((i) => i.key === "tevredenheid")!;
      expect(item.n).toBe(members);
      expect(item.leftOut).toEqual([{ source: "guest", n: headcount }]);
      expect(report.phases.post!.responseRate!).toBeLessThanOrEqual(1);
      expect(report.phases.post).toMatchObject({
        respondents: members + headcount,
        denominator: members + headcount,
      });
    });
  }

  it("import padding: an import never joins a live survey, never exceeds the participants, and empty rows count for nobody", () => {
    const random = seededRandom();
    const { network, post, teachers } = surveyedNetwork(6);
    for (const t of teachers.slice(0, 3)) answerAs(post, t.id, { score: random.score });
    const rows = (n: number) => Array.from({ length: n }, () => ["post", String(random.score())]);
    expect(importResponses(network.id, [["phase", "tevredenheid"], ...rows(10)], 40)).toMatchObject({
      ok: false,
    });
    expect(db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, post)).all()).toHaveLength(3);

    const other = createPublishedNetwork(createUser("facilitator").id, { goals: ["getalbegrip"] }).network;
    expect(importResponses(other.id, [["phase", "tevredenheid"], ...rows(8)], 7)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining("meer dan de 7 deelnemers")],
    });
    const padded = importResponses(
      other.id,
      [
        ["phase", "role", "tevredenheid"],
        ...rows(3).map(([p, s]) => [p, "leraar", s]),
        ...Array.from({ length: 6 }, () => ["post", "leraar", ""]),
      ],
      7,
    );
    expect(padded).toEqual({ ok: true, imported: { pre: 0, post: 3 }, skipped: 6 });
    const report = buildNetworkReport(other.id);
    expect(report.phases.post).toMatchObject({
      origin: "import",
      respondents: 3,
      denominator: 7,
      basis: "imported",
    });
    expect(report.items.find((i) => i.key === "tevredenheid")).toMatchObject({
      n: 0,
      suppressed: true,
      leftOut: [{ source: "import", n: 3 }],
    });
  });

  it("attendance games: only started sessions, no rate over 100 %, and the published rate does not move", () => {
    const random = seededRandom();
    const { network, sessions, post, teachers } = surveyedNetwork(7);
    expect(saveAttendance(sessions[1].id, [teachers[0].id])).toMatchObject({
      ok: false,
      error: expect.stringContaining("vanaf het begin"),
    });
    for (const t of teachers) answerAs(post, t.id, { score: random.score });
    // Marking people absent after they answered cannot push the rate past 100 %.
    const started = { now: new Date(sessions[0].startsAt.getTime() + 60_000) };
    expect(
      saveAttendance(
        sessions[0].id,
        teachers.slice(0, 5).map((t) => t.id),
        started,
      ),
    ).toEqual({ ok: true });
    closeSurvey(post);
    const report = buildNetworkReport(network.id);
    expect(report.phases.post!.responseRate!).toBeLessThanOrEqual(1);
    expect(report.phases.post).toMatchObject({ respondents: 5, denominator: 5 });
    markPresent(sessions[0].id, teachers[6].id); // a direct database write, not a page: still no change to the frozen rate
    expect(buildNetworkReport(network.id).phases.post).toMatchObject({ respondents: 5, denominator: 5 });
  });
});

describe("open answers carry no order", () => {
  it("lines up neither across questions nor with the order of submission", () => {
    const { network, post, teachers } = surveyedNetwork(100);
    const openIds = getSurvey(post)!
      .questions.filter((q) => q.kind === "open")
      .map((q) => q.id);
    expect(openIds.length).toBeGreaterThanOrEqual(2);
    teachers.forEach((t, i) =>
      answerAs(post, t.id, { score: () => 3, open: (questionId) => `persoon ${i} vraag ${questionId}` }),
    );
    closeSurvey(post);
    const report = buildNetworkReport(network.id);
    const order = (questionId: number) =>
      report.open
        .find((o) => o.questionId === questionId)!
        .answers!.map((a) => Number(/persoon (\d+)/.exec(a)![1]));
    const [first, second] = [order(openIds[0]), order(openIds[1])];
    expect([...first].sort((a, b) => a - b)).toEqual(teachers.map((_, i) => i));
    // Lining both lists up by position finds one person's two answers about once by chance
    // (a random permutation has one fixed point on average; 8 or more has odds below 1e-5).
    const lined = first.filter((person, position) => second[position] === person).length;
    expect(lined).toBeLessThan(8);
    // Position against submission order: a rank correlation near 0 (|ρ| ≥ 0.45 has odds below 1e-5 for 100).
    expect(Math.abs(rankCorrelation(first))).toBeLessThan(0.45);
  });
});

describe("the database keeps no order and no link", () => {
  it("stores responses and answers in an order unrelated to their insertion, in tables without rowid", () => {
    const { post, teachers } = surveyedNetwork(120);
    teachers.forEach((t) => answerAs(post, t.id, { score: () => 4 }));
    for (const table of ["survey_responses", "survey_answers", "survey_completions"]) {
      expect(() => db.$client.prepare(`select rowid from ${table}`).all()).toThrow(/no such column: rowid/);
    }
    // The n-th stored response against the n-th stored completion: an operator lining them up.
    const completions = db.$client
      .prepare("select user_id from survey_completions where survey_id = ?")
      .pluck()
      .all(post) as string[];
    const stored = db.$client
      .prepare("select id from survey_responses where survey_id = ?")
      .pluck()
      .all(post) as string[];
    expect(stored).toHaveLength(120);
    const insertionRank = new Map(teachers.map((t, i) => [t.id, i]));
    // Stored completions follow user ids (random), stored responses their own random ids: neither follows insertion.
    expect(Math.abs(rankCorrelation(completions.map((id) => insertionRank.get(id)!)))).toBeLessThan(0.45);
    const firstAnswers = db.$client
      .prepare(
        "select a.response_id from survey_answers a where a.question_id = (select min(question_id) from survey_answers where response_id in (select id from survey_responses where survey_id = ?))",
      )
      .pluck()
      .all(post) as string[];
    expect(firstAnswers).toHaveLength(120);
    expect(new Set(firstAnswers)).toEqual(new Set(stored));
  });

  it("empties the WAL shortly after survey answers come in", async () => {
    const { post, teachers } = surveyedNetwork(6);
    teachers.forEach((t) => answerAs(post, t.id, { score: () => 2 }));
    await expect.poll(() => statSync(`${databasePathFromEnv()}-wal`).size, { timeout: 10_000 }).toBe(0);
  });

  it("without the key no pseudonym is a hash of a person; with it, nothing links once the network is published", () => {
    const random = seededRandom();
    const { network, pre, post, teachers } = surveyedNetwork(random.int(6, 15));
    for (const t of teachers) answerAs(pre, t.id, { score: random.score });
    for (const t of teachers) answerAs(post, t.id, { score: random.score });
    const pseudonyms = () =>
      db
        .select({ p: surveyResponses.pseudonym, survey: surveyResponses.surveyId })
        .from(surveyResponses)
        .all()
        .filter((r) => r.survey === pre || r.survey === post)
        .map((r) => r.p!);
    const guesses = teachers.flatMap((t) => {
      const email = db.select({ email: users.email }).from(users).where(eq(users.id, t.id)).get()!.email;
      return [t.id, email, `${t.id}:${network.id}`].map((v) => createHash("sha256").update(v).digest("hex"));
    });
    expect(pseudonyms().some((p) => guesses.includes(p) || teachers.some((t) => p.includes(t.id)))).toBe(
      false,
    );
    closeSurvey(pre);
    // The post survey is still open: with the key a pseudonym can be recomputed (residual risk, README).
    expect(
      pseudonyms().filter((p) => teachers.some((t) => pseudonymFor(t.id, network.id) === p)).length,
    ).toBe(teachers.length * 2);
    closeSurvey(post);
    const detached = pseudonyms();
    expect(detached.every((p) => p.startsWith("paar-"))).toBe(true);
    expect(detached.some((p) => teachers.some((t) => pseudonymFor(t.id, network.id) === p))).toBe(false);
    // Pairing still works on the random tokens: every person has one pre and one post row.
    expect(new Set(detached).size).toBe(teachers.length);
    expect(buildNetworkReport(network.id).pairs.every((p) => p.n === teachers.length)).toBe(true);
    expect(
      db
        .select()
        .from(surveyCompletions)
        .all()
        .filter((c) => c.surveyId === pre || c.surveyId === post),
    ).toEqual([]);
    expect(db.select().from(surveyAnswers).all().length).toBeGreaterThan(0);
  });
});

describe("the meta-analysis rests only on what the network reports show", () => {
  it("pools the figures a network report shows and leaves small sources and unpublished surveys out", () => {
    const random = seededRandom();
    const year = 2040 + random.int(0, 50);
    const { network, sessions, post, teachers } = surveyedNetwork(6);
    db.$client
      .prepare("update networks set first_school_year = ?, last_school_year = ? where id = ?")
      .run(year, year, network.id);
    for (const t of teachers) answerAs(post, t.id, { score: () => 4 });
    setGuestCount(sessions[0].id, 3);
    for (let i = 0; i < 3; i++)
      expect(answer(post, { guestSubmissionKey: randomUUID() }, { score: () => 1 })).toBe("ok");
    expect(measuredNetworks(year)).toEqual([]);
    closeSurvey(post);
    const [measured] = measuredNetworks(year);
    const report = buildNetworkReport(network.id);
    const shown = report.items.find((i) => i.phase === "post" && i.key === "tevredenheid")!;
    expect(measured.values.tevredenheid).toEqual({ n: shown.n, sum: shown.mean! * shown.n });
    expect(measured.values.tevredenheid.n).toBe(6);
  });
});

function rankCorrelation(values: number[]): number {
  const n = values.length;
  const ranks = [...values.keys()].sort((a, b) => values[a] - values[b]);
  const rankOf = new Array<number>(n);
  ranks.forEach((index, rank) => (rankOf[index] = rank));
  const d2 = rankOf.reduce((sum, rank, position) => sum + (rank - position) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
