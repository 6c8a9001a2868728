import { asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import {
  attendance,
  intakeAnswers,
  intakeQuestions,
  networkGoals,
  networks,
  surveyQuestions,
  surveys,
} from "#db/schema";
import { getNetworkDetails, updateNetwork } from "~/networks/networks.server";
import type { NetworkInput } from "~/networks/validation";
import { buildNetworkReport } from "~/reports/network-report.server";
import { enrol } from "~/registrations/registrations.server";
import { parseAnswers } from "~/surveys/answers";
import { goalQuestionText, type GoalConstruct } from "~/surveys/instrument";
import { closeSurvey, createSurvey, getSurvey, setWindow, submitResponse } from "~/surveys/surveys.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";
import { networkEdit } from "#tests/support/survey-scenario";

const DAY = 86_400_000;
const GOALS = ["getalbegrip", "hoofdrekenen"];
// Knowledge scores per goal: getalbegrip gains one point (2 -> 3), hoofdrekenen loses one (4 -> 3).
const KNOWLEDGE = {
  pre: { getalbegrip: 2, hoofdrekenen: 4 },
  post: { getalbegrip: 3, hoofdrekenen: 3 },
} as const;
const PEOPLE = 6;

type Network = ReturnType<typeof createPublishedNetwork>["network"];

/** The network's own settings with other goals (and intake questions), as the edit form sends them. */
function editOf(network: Network, changes: Partial<NetworkInput>): NetworkInput {
  return networkEdit(network, { goals: GOALS, ...changes });
}

function goalIdsByText(networkId: number): Record<string, number> {
  return Object.fromEntries(getNetworkDetails(networkId)!.goals.map((goal) => [goal.text, goal.id]));
}

function openSurveys(networkId: number) {
  const pre = createSurvey(networkId, "voormeting-basis");
  const post = createSurvey(networkId, "nameting-basis");
  if (!pre.ok || !post.ok) throw new Error("surveys");
  for (const id of [pre.id, post.id]) setWindow(id, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
  return { pre: pre.id, post: post.id };
}

/** One person's answers: knowledge by the goal the question is bound to, every other scale a 4. */
function answer(surveyId: number, userId: string, phase: "pre" | "post", goalTexts: Map<number, string>) {
  const survey = getSurvey(surveyId)!;
  const form: Record<string, string> = {};
  for (const q of survey.questions) {
    if (q.kind === "role") form[`q${q.id}`] = "leraar";
    if (q.kind === "likert" || q.kind === "stage") {
      const goal =
        q.construct === "kennis" && q.goalId
          ? (goalTexts.get(q.goalId) as keyof (typeof KNOWLEDGE)["pre"])
          : null;
      form[`q${q.id}`] = String(goal ? KNOWLEDGE[phase][goal] : 4);
    }
  }
  const parsed = parseAnswers(survey.questions, form);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(submitResponse(survey, { userId }, parsed)).toBe("ok");
}

/** Closes both surveys with their results visible (closed in the past and sealed). */
function publish(surveyIds: number[]) {
  for (const id of surveyIds) closeSurvey(id);
  db.update(surveys)
    .set({ closesAt: new Date(Date.now() - 1000) })
    .where(inArray(surveys.id, surveyIds))
    .run();
  db.update(surveys)
    .set({ sealedAt: new Date(Date.now() - 1000) })
    .where(inArray(surveys.id, surveyIds))
    .run();
}

/** A network with both goals asked about and answered by six people, with known gains per goal. */
function answeredNetwork() {
  const { network, sessions } = createPublishedNetwork(createUser("facilitator").id, {
    capacity: 30,
    goals: GOALS,
  });
  const ids = openSurveys(network.id);
  const goalTexts = new Map(Object.entries(goalIdsByText(network.id)).map(([text, id]) => [id, text]));
  for (let i = 0; i < PEOPLE; i++) {
    const teacher = createUser();
    enrol({ userId: teacher.id, networkId: network.id, sessionId: null, answers: {} });
    db.insert(attendance)
      .values({
        sessionId: sessions[0].id,
        userId: teacher.id,
        present: true,
        method: "facilitator",
        markedAt: new Date(),
      })
      .run();
    answer(ids.pre, teacher.id, "pre", goalTexts);
    answer(ids.post, teacher.id, "post", goalTexts);
  }
  publish([ids.pre, ids.post]);
  return { network, ...ids };
}

function pairsPerGoal(networkId: number) {
  return Object.fromEntries(
    buildNetworkReport(networkId).pairs.map((pair) => [pair.goal, { n: pair.n, meanDiff: pair.meanDiff }]),
  );
}

function itemLabels(networkId: number) {
  return buildNetworkReport(networkId).items.map((item) => `${item.phase} | ${item.key} | ${item.text}`);
}

function questionsOf(networkId: number) {
  return db
    .select({
      id: surveyQuestions.id,
      goalId: surveyQuestions.goalId,
      construct: surveyQuestions.construct,
      text: surveyQuestions.text,
    })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveyQuestions.surveyId, surveys.id))
    .where(eq(surveys.networkId, networkId))
    .orderBy(asc(surveyQuestions.id))
    .all();
}

/** Every per-goal question still reads as the text of the goal its answers are bound to. */
function expectQuestionsMatchTheirGoals(networkId: number) {
  const texts = new Map(getNetworkDetails(networkId)!.goals.map((goal) => [goal.id, goal.text]));
  const bound = questionsOf(networkId).filter((q) => q.goalId !== null);
  expect(bound.length).toBeGreaterThan(0);
  for (const q of bound)
    expect(q.text).toBe(goalQuestionText(q.construct as GoalConstruct, texts.get(q.goalId!)!));
}

function snapshot(networkId: number) {
  return {
    network: db.select().from(networks).where(eq(networks.id, networkId)).get(),
    goals: db
      .select()
      .from(networkGoals)
      .where(eq(networkGoals.networkId, networkId))
      .orderBy(asc(networkGoals.id))
      .all(),
    questions: questionsOf(networkId),
  };
}

describe("survey answers stay bound to their network goal", () => {
  it("reordering the goals keeps each goal's pre/post pairs, item keys and labels", () => {
    const { network } = answeredNetwork();
    const before = {
      ids: goalIdsByText(network.id),
      pairs: pairsPerGoal(network.id),
      items: itemLabels(network.id),
    };
    expect(before.pairs).toEqual({
      getalbegrip: { n: PEOPLE, meanDiff: 1 },
      hoofdrekenen: { n: PEOPLE, meanDiff: -1 },
    });

    expect(
      updateNetwork(network.id, editOf(network, { goals: ["hoofdrekenen", "getalbegrip"] })),
    ).toMatchObject({ ok: true });

    expect(pairsPerGoal(network.id)).toEqual(before.pairs);
    expect(itemLabels(network.id)).toEqual(before.items);
    expect(getNetworkDetails(network.id)!.goals).toEqual([
      { id: before.ids.hoofdrekenen, text: "hoofdrekenen" },
      { id: before.ids.getalbegrip, text: "getalbegrip" },
    ]);
    expectQuestionsMatchTheirGoals(network.id);
  });

  it("adding a goal in front leaves the answered goals and their pairs alone", () => {
    const { network } = answeredNetwork();
    const before = { ids: goalIdsByText(network.id), pairs: pairsPerGoal(network.id) };
    expect(
      updateNetwork(
        network.id,
        editOf(network, { goals: ["meten en metend rekenen", "hoofdrekenen", "getalbegrip"] }),
      ),
    ).toMatchObject({ ok: true });
    const after = goalIdsByText(network.id);
    expect([after.getalbegrip, after.hoofdrekenen]).toEqual([
      before.ids.getalbegrip,
      before.ids.hoofdrekenen,
    ]);
    expect(Object.values(before.ids)).not.toContain(after["meten en metend rekenen"]);
    expect(pairsPerGoal(network.id)).toMatchObject(before.pairs);
    expectQuestionsMatchTheirGoals(network.id);
  });

  it("refuses to reword an answered goal, in Dutch next to the goals field, and writes nothing", () => {
    const { network } = answeredNetwork();
    const before = snapshot(network.id);
    const reworded = editOf(network, {
      title: "Een nieuwe titel",
      goals: ["hoofdrekenen", "getalbegrip tot 100"],
    });
    expect(updateNetwork(network.id, reworded)).toEqual({
      ok: false,
      field: "goals",
      error:
        "Over het doel “getalbegrip” zijn al antwoorden gegeven: herformuleren zou die antwoorden een andere betekenis geven. Voeg een nieuw doel toe in plaats van het te wijzigen.",
    });
    expect(snapshot(network.id)).toEqual(before);
  });

  it("refuses to remove a goal a survey asks about, naming it, and writes nothing", () => {
    const { network } = answeredNetwork();
    const before = snapshot(network.id);
    expect(
      updateNetwork(network.id, editOf(network, { title: "Een nieuwe titel", goals: ["hoofdrekenen"] })),
    ).toEqual({
      ok: false,
      field: "goals",
      error: "Een meting vraagt naar het doel “getalbegrip”: dat doel kan je niet meer verwijderen.",
    });
    expect(snapshot(network.id)).toEqual(before);
  });

  it("lets an unanswered goal be reworded (also while reordering): it keeps its id and its questions follow the new text", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, { goals: GOALS });
    openSurveys(network.id);
    const ids = goalIdsByText(network.id);
    const untouched = questionsOf(network.id).filter((q) => q.goalId === ids.getalbegrip);

    expect(
      updateNetwork(network.id, editOf(network, { goals: ["hoofdrekenen tot 100", "getalbegrip"] })),
    ).toMatchObject({ ok: true });

    expect(getNetworkDetails(network.id)!.goals).toEqual([
      { id: ids.hoofdrekenen, text: "hoofdrekenen tot 100" },
      { id: ids.getalbegrip, text: "getalbegrip" },
    ]);
    const reworded = questionsOf(network.id).filter((q) => q.goalId === ids.hoofdrekenen);
    expect(reworded.map((q) => q.text).sort()).toEqual([
      "Ik heb nieuwe dingen geleerd over: hoofdrekenen tot 100",
      "Ik heb voldoende kennis over: hoofdrekenen tot 100",
      "Ik heb voldoende kennis over: hoofdrekenen tot 100",
    ]);
    expect(questionsOf(network.id).filter((q) => q.goalId === ids.getalbegrip)).toEqual(untouched);
    expectQuestionsMatchTheirGoals(network.id);
  });

  it("matches intake questions by text too: reordering keeps each answer with the question it answered", () => {
    const { network } = createPublishedNetwork(createUser("facilitator").id, {
      intakeQuestions: ["Wat wil je leren?", "Welke klas heb je?"],
    });
    const idsOf = () =>
      Object.fromEntries(getNetworkDetails(network.id)!.intakeQuestions.map((q) => [q.question, q.id]));
    const before = idsOf();
    enrol({
      userId: createUser().id,
      networkId: network.id,
      sessionId: null,
      answers: {
        [before["Wat wil je leren?"]]: "breuken",
        [before["Welke klas heb je?"]]: "vierde leerjaar",
      },
    });
    const answersByQuestion = () =>
      Object.fromEntries(
        db
          .select({ question: intakeQuestions.question, answer: intakeAnswers.answer })
          .from(intakeAnswers)
          .innerJoin(intakeQuestions, eq(intakeAnswers.questionId, intakeQuestions.id))
          .where(eq(intakeQuestions.networkId, network.id))
          .all()
          .map((row) => [row.question, row.answer]),
      );

    expect(
      updateNetwork(
        network.id,
        editOf(network, { intakeQuestions: ["Welke klas heb je?", "Wat wil je leren?"] }),
      ),
    ).toMatchObject({ ok: true });

    expect(getNetworkDetails(network.id)!.intakeQuestions.map((q) => q.question)).toEqual([
      "Welke klas heb je?",
      "Wat wil je leren?",
    ]);
    expect(idsOf()).toEqual(before);
    expect(answersByQuestion()).toEqual({
      "Wat wil je leren?": "breuken",
      "Welke klas heb je?": "vierde leerjaar",
    });
  });
});
