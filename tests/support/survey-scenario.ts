// A network with people, surveys and answers, for the anonymity tests: the test knows every
// person's answers (the truth an attacker is after) and plays the facilitator against the portal.
import { expect } from "vitest";
import { db } from "#db/client.server";
import { attendance, networkSessions } from "#db/schema";
import { eq } from "drizzle-orm";
import { parseAnswers } from "~/surveys/answers";
import {
  createSurvey,
  getSurvey,
  setWindow,
  submitResponse,
  type SubmitResult,
} from "~/surveys/surveys.server";
import { enrol } from "~/registrations/registrations.server";
import type { Network } from "#db/schema";
import { getNetworkDetails } from "~/networks/networks.server";
import type { NetworkInput } from "~/networks/validation";
import { createPublishedNetwork, createUser } from "./factories";

const DAY = 86_400_000;

/** A small seeded generator: random values, and the seed in every failure message to replay it. */
export function seededRandom(seed = Math.floor(Math.random() * 2 ** 31)) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    score: () => 1 + Math.floor(next() * 5),
  };
}

export type Survey = NonNullable<ReturnType<typeof getSurvey>>;
export type Answers = {
  score: (construct: string, questionId: number) => number;
  open?: (questionId: number) => string;
};

/** A published network with `people` registered and present, and open pre and post surveys. */
export function surveyedNetwork(people: number, goals = ["getalbegrip", "hoofdrekenen"]) {
  const facilitator = createUser("facilitator");
  const { network, sessions } = createPublishedNetwork(facilitator.id, { capacity: people + 20, goals });
  const pre = createSurvey(network.id, "voormeting-basis");
  const post = createSurvey(network.id, "nameting-uitgebreid");
  if (!pre.ok || !post.ok) throw new Error("surveys");
  for (const id of [pre.id, post.id]) setWindow(id, new Date(Date.now() - DAY), new Date(Date.now() + DAY));
  const teachers = Array.from({ length: people }, () => createUser());
  for (const t of teachers) {
    enrol({ userId: t.id, networkId: network.id, sessionId: null, answers: {} });
    markPresent(sessions[0].id, t.id);
  }
  return { facilitator, network, sessions, pre: pre.id, post: post.id, teachers };
}

export function markPresent(sessionId: number, userId: string) {
  db.insert(attendance)
    .values({ sessionId, userId, present: true, method: "facilitator", markedAt: new Date() })
    .onConflictDoNothing()
    .run();
}

export function setGuestCount(sessionId: number, guestCount: number) {
  db.update(networkSessions).set({ guestCount }).where(eq(networkSessions.id, sessionId)).run();
}

/** The form a person would send: every scored question by `answers.score`, open questions by `answers.open`. */
export function form(survey: Survey, answers: Answers) {
  const values: Record<string, string> = {};
  for (const q of survey.questions) {
    if (q.kind === "role") values[`q${q.id}`] = "leraar";
    if (q.kind === "likert" || q.kind === "stage")
      values[`q${q.id}`] = String(answers.score(q.construct, q.id));
    if (q.kind === "single") values[`q${q.id}`] = "0";
    if (q.kind === "open" && answers.open) values[`q${q.id}`] = answers.open(q.id);
  }
  const parsed = parseAnswers(survey.questions, values);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed;
}

export function answer(
  surveyId: number,
  respondent: { userId: string } | { guestSubmissionKey: string },
  answers: Answers,
): SubmitResult {
  const survey = getSurvey(surveyId)!;
  return submitResponse(survey, respondent, form(survey, answers));
}

export function answerAs(surveyId: number, userId: string, answers: Answers) {
  expect(answer(surveyId, { userId }, answers)).toBe("ok");
}

/** The network form as its facilitator would send it back, with `changes` (goals default to the current ones). */
export function networkEdit(network: Network, changes: Partial<NetworkInput>): NetworkInput {
  return {
    title: network.title,
    descriptionMarkdown: network.descriptionMarkdown,
    theme: network.theme,
    networkType: network.networkType,
    levels: ["basisonderwijs"],
    audiences: ["leraar"],
    region: network.region as NetworkInput["region"],
    firstSchoolYear: network.firstSchoolYear,
    lastSchoolYear: network.lastSchoolYear,
    capacity: network.capacity,
    registrationDeadline: network.registrationDeadline,
    allowSessionRegistration: network.allowSessionRegistration,
    allowMemberMaterials: network.allowMemberMaterials,
    operationalGoalId: network.operationalGoalId!,
    goals: getNetworkDetails(network.id)!.goals.map((g) => g.text),
    intakeQuestions: [],
    ...changes,
  };
}
