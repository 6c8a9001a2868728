import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { attendance } from "#db/schema";
import { parseAnswers } from "~/surveys/answers";
import { closeSurvey, createSurvey, getSurvey, setWindow, submitResponse } from "~/surveys/surveys.server";
import { enrol } from "~/registrations/registrations.server";
import { buildNetworkReport } from "~/reports/network-report.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

const DAY = 86_400_000;

function answer(surveyId: number, userId: string, score: (construct: string) => number, open = "") {
  const survey = getSurvey(surveyId)!;
  const form: Record<string, string> = {};
  for (const q of survey.questions) {
    if (q.kind === "role") form[`q${q.id}`] = "leraar";
    if (q.kind === "likert" || q.kind === "stage") form[`q${q.id}`] = String(score(q.construct));
    if (q.kind === "open" && open) form[`q${q.id}`] = open;
  }
  const parsed = parseAnswers(survey.questions, form);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(submitResponse(survey, { userId }, parsed)).toBe("ok");
}

function setUp(people: number) {
  const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
    capacity: 30,
    goals: ["getalbegrip"],
  });
  const pre = createSurvey(network.id, "voormeting-basis");
  const post = createSurvey(network.id, "nameting-basis");
  if (!pre.ok || !post.ok) throw new Error("surveys");
  for (const id of [pre.id, post.id]) setWindow(id, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
  const teachers = Array.from({ length: people }, () => createUser());
  for (const t of teachers) {
    enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
    db.insert(attendance)
      .values({
        sessionId: sessions[0].id,
        userId: t.id,
        present: true,
        method: "facilitator",
        markedAt: new Date(),
      })
      .run();
  }
  return { network, pre: pre.id, post: post.id, teachers };
}

describe("network report", () => {
  it("computes response rates, item statistics and paired knowledge gain", () => {
    const { network, pre, post, teachers } = setUp(8);
    const preScores = [1, 2, 2, 3, 2, 1];
    const postScores = [3, 4, 4, 4, 5, 3];
    teachers.slice(0, 6).forEach((t, i) => answer(pre, t.id, () => preScores[i]));
    teachers
      .slice(0, 6)
      .forEach((t, i) =>
        answer(post, t.id, (c) => (c === "kennis" ? postScores[i] : 4), i < 5 ? `Antwoord ${i}` : ""),
      );
    [pre, post].forEach((id) => closeSurvey(id));
    const report = buildNetworkReport(network.id);
    expect(report.participants).toEqual({ registered: 8, attended: 8 });
    expect(report.phases.post).toMatchObject({
      respondents: 6,
      responseRate: 0.75,
      requiredRate: 0.8,
      sufficient: false,
    });
    const kennisPost = report.items.find((i) => i.phase === "post" && i.key === "kennis: getalbegrip")!;
    expect(kennisPost).toMatchObject({ n: 6, suppressed: false, distribution: [0, 0, 2, 3, 1] });
    expect(kennisPost.mean).toBeCloseTo(23 / 6, 12);
    expect(report.items.find((i) => i.phase === "post" && i.key === "tevredenheid")).toMatchObject({
      mean: 4,
      sd: 0,
      top2: 1,
    });
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]).toMatchObject({ goal: "getalbegrip", n: 6, suppressed: false });
    expect(report.pairs[0].meanDiff).toBeCloseTo(2, 12);
    const open = report.open.find(
      (o) => o.phase === "post" && o.question === "Wat vond je het meest bruikbaar?",
    )!;
    expect([...open.answers!].sort()).toEqual([
      "Antwoord 0",
      "Antwoord 1",
      "Antwoord 2",
      "Antwoord 3",
      "Antwoord 4",
    ]);
    expect(JSON.stringify(report)).not.toMatch(/pseudonym|[0-9a-f]{64}/);
    for (const t of teachers) expect(JSON.stringify(report)).not.toContain(t.id);
  });

  it("publishes nothing of a survey that closes with fewer than five answers, not even suppressed items", () => {
    const { network, pre, post, teachers } = setUp(4);
    teachers.forEach((t) => answer(pre, t.id, () => 2));
    teachers.forEach((t) => answer(post, t.id, () => 4, "Iets persoonlijks"));
    [pre, post].forEach((id) => closeSurvey(id));
    const report = buildNetworkReport(network.id);
    expect(report.phases.post).toMatchObject({ status: "unpublished", responses: 4, responseRate: null });
    expect(report.pending).toEqual(["pre", "post"]);
    expect(report.items).toEqual([]);
    expect(report.pairs).toEqual([]);
    expect(report.open).toEqual([]);
    expect(report.roles).toEqual({ pre: null, post: null });
    expect(JSON.stringify(report)).not.toContain("Iets persoonlijks");
  });

  it("withholds every figure under five answers in a published survey, also pairs and open answers", () => {
    const { network, pre, post, teachers } = setUp(6);
    teachers.forEach((t, i) => answer(pre, t.id, () => 2, i < 4 ? "Iets persoonlijks" : ""));
    teachers.slice(0, 4).forEach((t) => answer(post, t.id, () => 4, "Iets persoonlijks"));
    // Five portal answers publish the pre survey; the post has four and stays unpublished.
    [pre, post].forEach((id) => closeSurvey(id));
    const report = buildNetworkReport(network.id);
    expect(report.phases.pre).toMatchObject({ status: "published", respondents: 6 });
    const openPre = report.open.find((o) => o.phase === "pre")!;
    expect(openPre.n).toBe(4);
    expect(openPre.answers).toHaveLength(4);
    expect(report.items.filter((i) => i.phase === "post")).toEqual([]);
    expect(report.pairs).toEqual([]);
  });

  it("shows only the response count of a survey that is still open, and never reopens one whose results were visible", () => {
    const { network, post, teachers } = setUp(7);
    teachers.slice(0, 6).forEach((t) => answer(post, t.id, () => 4, "Een open antwoord"));
    const open = buildNetworkReport(network.id);
    expect(open.pending).toContain("post");
    expect(open.phases.post).toMatchObject({ respondents: 6 });
    expect(open.items.filter((i) => i.phase === "post")).toEqual([]);
    expect(open.roles.post).toBeNull();
    expect(JSON.stringify(open)).not.toContain("Een open antwoord");
    // One more answer while open changes nothing but the count: no difference to read.
    answer(post, teachers[6].id, () => 1);
    const oneMore = buildNetworkReport(network.id);
    expect({ ...oneMore, phases: null }).toEqual({ ...open, phases: null });
    closeSurvey(post);
    const closed = buildNetworkReport(network.id);
    expect(closed.pending).not.toContain("post");
    expect(closed.items.find((i) => i.phase === "post" && i.key === "tevredenheid")).toMatchObject({
      n: 7,
      suppressed: false,
    });
    expect(setWindow(post, new Date(Date.now() - DAY), new Date(Date.now() + DAY))).toEqual({
      ok: false,
      error: expect.stringContaining("Heropenen"),
    });
    // Not into the future either: a window ahead would take new answers after figures were seen.
    expect(setWindow(post, new Date(Date.now() + DAY), new Date(Date.now() + 2 * DAY))).toEqual({
      ok: false,
      error: expect.stringContaining("gepubliceerd"),
    });
    expect(getSurvey(post)!.closesAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("lets a closed survey without visible results be reopened", () => {
    const { post, teachers } = setUp(4);
    teachers.forEach((t) => answer(post, t.id, () => 3));
    closeSurvey(post);
    expect(setWindow(post, new Date(Date.now() - DAY), new Date(Date.now() + DAY))).toEqual({ ok: true });
  });
});
