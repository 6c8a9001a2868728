import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { attendance, institutions, operationalGoalTargets, users } from "#db/schema";
import { eq } from "drizzle-orm";
import { reportCommand } from "~/cli/commands";
import { measuredNetworks, planCoverage } from "~/reports/meta.server";
import { levelCoverage, reachReport, saveReachNote } from "~/reports/reach.server";
import { enrol } from "~/registrations/registrations.server";
import { parseAnswers } from "~/surveys/answers";
import { savePlan } from "~/surveys/plan.server";
import { closeSurvey, createSurvey, getSurvey, setWindow, submitResponse } from "~/surveys/surveys.server";
import {
  createInstitution,
  createOperationalGoal,
  createPublishedNetwork,
  createUser,
} from "#tests/support/factories";

const DAY = 86_400_000;

describe("meta-analysis data", () => {
  it("collects post measurements per network with response verdicts, and plan coverage", () => {
    const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
      capacity: 20,
      firstSchoolYear: 2030,
      lastSchoolYear: 2030,
    });
    const post = createSurvey(network.id, "nameting-basis");
    if (!post.ok) throw new Error(post.error);
    setWindow(post.id, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    savePlan(2030, [{ networkId: network.id, pre: true, post: true }]);
    for (let i = 0; i < 5; i++) {
      const t = createUser();
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
      const survey = getSurvey(post.id)!;
      const form: Record<string, string> = {};
      for (const q of survey.questions)
        form[`q${q.id}`] = q.kind === "role" ? "leraar" : q.kind === "open" ? "" : "4";
      const parsed = parseAnswers(survey.questions, form);
      if (!parsed.ok) throw new Error("answers");
      submitResponse(survey, { userId: t.id }, parsed);
    }
    // Still open: left out, so the meta-analysis cannot be compared before and after one answer.
    expect(measuredNetworks(2030)).toEqual([]);
    closeSurvey(post.id);
    const measured = measuredNetworks(2030);
    expect(measured).toHaveLength(1);
    expect(measured[0]).toMatchObject({ respondents: 5, sufficient: true, levels: ["basisonderwijs"] });
    expect(measured[0].values.tevredenheid).toEqual({ n: 5, sum: 20 });
    expect(planCoverage(2030)).toEqual([
      { title: network.title, slug: network.slug, pre: false, post: true },
    ]);
    const json = reportCommand({ network: network.slug, format: "json" });
    expect(json.ok && JSON.parse(json.output as string).phases.post).toEqual({
      status: "published",
      origin: "live",
      responses: 5,
      respondents: 5,
      denominator: 5,
      basis: "attended",
      guests: { answers: 0, places: 0 },
      responseRate: 1,
      requiredRate: 0.8,
      sufficient: true,
      leftOut: [],
    });
    expect(reportCommand({ network: network.slug, format: "pdf" }).ok).toBe(false);
  });
});

describe("reach", () => {
  it("counts the institutions (as registered) of people who attended, per level, with the duiding", () => {
    const od = createOperationalGoal();
    db.insert(operationalGoalTargets)
      .values({ operationalGoalId: od.id, level: "basisonderwijs", target: 4 })
      .run();
    const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
      capacity: 20,
      operationalGoalId: od.id,
      firstSchoolYear: 2026,
      lastSchoolYear: 2026,
    });
    const school = createInstitution("GBS Bereik");
    const [a, b, absent] = [
      createUser("participant", school.id),
      createUser("participant", school.id),
      createUser(),
    ];
    for (const t of [a, b, absent])
      enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
    for (const t of [a, b])
      db.insert(attendance)
        .values({
          sessionId: sessions[0].id,
          userId: t.id,
          present: true,
          method: "facilitator",
          markedAt: new Date(),
        })
        .run();
    // Moving school later does not change the reach of the past.
    db.update(users).set({ institutionId: createInstitution().id }).where(eq(users.id, a.id)).run();
    saveReachNote(od.id, "Sterk regionaal netwerk.");
    const row = reachReport(false).find((g) => g.id === od.id)!;
    expect(row.cells).toEqual([{ level: "basisonderwijs", target: 4, reached: 1, share: 0.25 }]);
    expect(row.note).toBe("Sterk regionaal netwerk.");
    expect(db.select().from(institutions).where(eq(institutions.id, school.id)).get()!.name).toBe(
      "GBS Bereik",
    );
  });

  it("keeps to the plan period unless asked for every year; a network under another goal counts for the level coverage, not for this goal; absence counts nowhere; a commit shows at once", () => {
    const od = createOperationalGoal(); // plan period 2025-2030: school years 2025 to 2029
    const facilitator = createUser("facilitator").id;
    const inPlan = createPublishedNetwork(facilitator, {
      capacity: 20,
      operationalGoalId: od.id,
      firstSchoolYear: 2026,
      lastSchoolYear: 2026,
    });
    const beforePlan = createPublishedNetwork(facilitator, {
      capacity: 20,
      operationalGoalId: od.id,
      firstSchoolYear: 2024,
      lastSchoolYear: 2024,
    });
    const otherGoal = createPublishedNetwork(facilitator, {
      capacity: 20,
      firstSchoolYear: 2026,
      lastSchoolYear: 2026,
    });
    const reachedBefore = levelCoverage().find((c) => c.level === "basisonderwijs")!.reached;
    const attend = (network: typeof inPlan, present = true) => {
      const teacher = createUser("participant", createInstitution().id);
      enrol({ userId: teacher.id, networkId: network.network.id, sessionId: null, answers: {} });
      db.insert(attendance)
        .values({
          sessionId: network.sessions[0].id,
          userId: teacher.id,
          present,
          method: "facilitator",
          markedAt: new Date(),
        })
        .run();
      // A second session attended by the same person reaches nobody new.
      if (present)
        db.insert(attendance)
          .values({
            sessionId: network.sessions[1].id,
            userId: teacher.id,
            present,
            method: "facilitator",
            markedAt: new Date(),
          })
          .run();
    };
    attend(inPlan);
    attend(inPlan);
    attend(inPlan, false);
    attend(beforePlan);
    attend(otherGoal);
    const reached = (whole: boolean) => reachReport(whole).find((g) => g.id === od.id)!.cells;
    expect(reached(false)).toEqual([{ level: "basisonderwijs", target: null, reached: 2, share: null }]);
    expect(reached(true)).toEqual([{ level: "basisonderwijs", target: null, reached: 3, share: null }]);
    const coverage = levelCoverage().find((c) => c.level === "basisonderwijs")!;
    expect(coverage.reached - reachedBefore).toBe(4);
    expect(coverage.total).toBe(
      db.select().from(institutions).where(eq(institutions.level, "basisonderwijs")).all().length,
    );
    attend(inPlan);
    expect(reached(false)[0].reached).toBe(3);
  });
});
