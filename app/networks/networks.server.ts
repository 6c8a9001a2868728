import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, preparedOnce, type Tx } from "#db/client.server";
import {
  intakeQuestions,
  networkAudiences,
  networkFacilitators,
  networkGoals,
  networkLevels,
  networks,
  networkSessions,
  operationalGoals,
  surveyAnswers,
  surveyQuestions,
  users,
  type NetworkStatus,
} from "#db/schema";
import { deliverPendingMailInBackground } from "~/mail/outbox.server";
import { networkSeatHolders, offerFreedSeats } from "~/registrations/seats.server";
import { GOAL_CONSTRUCTS, goalQuestionText } from "~/surveys/instrument";
import { matchLinesByText, rewordings, type LineMatch, type StoredLine } from "./goal-matching";
import type { NetworkInput } from "./validation";
import { slugify } from "./validation";

const networkBySlug = preparedOnce(() =>
  db
    .select()
    .from(networks)
    .where(eq(networks.slug, sql.placeholder("slug")))
    .prepare(),
);

export function getNetworkBySlug(slug: string) {
  return networkBySlug().get({ slug }) ?? null;
}

const facilitatorRow = preparedOnce(() =>
  db
    .select({ userId: networkFacilitators.userId })
    .from(networkFacilitators)
    .where(
      and(
        eq(networkFacilitators.networkId, sql.placeholder("networkId")),
        eq(networkFacilitators.userId, sql.placeholder("userId")),
      ),
    )
    .prepare(),
);

export function isFacilitatorOf(userId: string, networkId: number): boolean {
  return Boolean(facilitatorRow().get({ networkId, userId }));
}

// The network's details, built once (building seven queries per call cost more than running them).
const networkDetailQueries = preparedOnce(() => {
  const networkId = sql.placeholder("networkId");
  return {
    network: db
      .select({ network: networks, od: operationalGoals })
      .from(networks)
      .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
      .where(eq(networks.id, networkId))
      .prepare(),
    levels: db
      .select({ level: networkLevels.level })
      .from(networkLevels)
      .where(eq(networkLevels.networkId, networkId))
      .prepare(),
    audiences: db
      .select({ jobFunction: networkAudiences.jobFunction })
      .from(networkAudiences)
      .where(eq(networkAudiences.networkId, networkId))
      .prepare(),
    goals: db
      .select({ id: networkGoals.id, text: networkGoals.text })
      .from(networkGoals)
      .where(eq(networkGoals.networkId, networkId))
      .orderBy(asc(networkGoals.position))
      .prepare(),
    intakeQuestions: db
      .select({
        id: intakeQuestions.id,
        question: intakeQuestions.question,
        required: intakeQuestions.required,
      })
      .from(intakeQuestions)
      .where(eq(intakeQuestions.networkId, networkId))
      .orderBy(asc(intakeQuestions.position))
      .prepare(),
    facilitators: db
      .select({ id: users.id, name: users.name })
      .from(networkFacilitators)
      .innerJoin(users, eq(networkFacilitators.userId, users.id))
      .where(eq(networkFacilitators.networkId, networkId))
      .orderBy(asc(users.name))
      .prepare(),
    sessions: db
      .select()
      .from(networkSessions)
      .where(eq(networkSessions.networkId, networkId))
      .orderBy(asc(networkSessions.startsAt))
      .prepare(),
  };
});

/** Everything the network page and the edit form show, in a handful of indexed queries. */
export function getNetworkDetails(networkId: number) {
  const queries = networkDetailQueries();
  const found = queries.network.get({ networkId });
  if (!found) return null;
  return {
    ...found.network,
    operationalGoal: found.od,
    levels: queries.levels.all({ networkId }).map((r) => r.level),
    audiences: queries.audiences.all({ networkId }).map((r) => r.jobFunction),
    goals: queries.goals.all({ networkId }),
    intakeQuestions: queries.intakeQuestions.all({ networkId }),
    facilitators: queries.facilitators.all({ networkId }),
    sessions: queries.sessions.all({ networkId }),
  };
}

export type NetworkDetails = NonNullable<ReturnType<typeof getNetworkDetails>>;

function uniqueSlug(tx: Tx, wanted: string, exceptId?: number): string {
  let candidate = wanted;
  for (let n = 2; ; n++) {
    const clash = tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, candidate)).get();
    if (!clash || clash.id === exceptId) return candidate;
    candidate = `${wanted}-${n}`;
  }
}

function writeLists(tx: Tx, networkId: number, input: NetworkInput, goals: LineMatch) {
  tx.delete(networkLevels).where(eq(networkLevels.networkId, networkId)).run();
  tx.insert(networkLevels)
    .values(input.levels.map((level) => ({ networkId, level })))
    .run();
  tx.delete(networkAudiences).where(eq(networkAudiences.networkId, networkId)).run();
  tx.insert(networkAudiences)
    .values(input.audiences.map((jobFunction) => ({ networkId, jobFunction })))
    .run();
  writeGoals(tx, networkId, goals);
  writeIntakeQuestions(
    tx,
    networkId,
    matchLinesByText(storedIntakeQuestions(tx, networkId), input.intakeQuestions),
  );
}

function storedGoals(tx: Tx, networkId: number): StoredLine[] {
  return tx
    .select({ id: networkGoals.id, text: networkGoals.text })
    .from(networkGoals)
    .where(eq(networkGoals.networkId, networkId))
    .orderBy(asc(networkGoals.position))
    .all();
}

function storedIntakeQuestions(tx: Tx, networkId: number): StoredLine[] {
  return tx
    .select({ id: intakeQuestions.id, text: intakeQuestions.question })
    .from(intakeQuestions)
    .where(eq(intakeQuestions.networkId, networkId))
    .orderBy(asc(intakeQuestions.position))
    .all();
}

// Goals are matched by text, not position: survey questions and their answers refer to goal ids,
// so a reordered list must move ids along with their texts (see goal-matching.ts).
function writeGoals(tx: Tx, networkId: number, match: LineMatch) {
  for (const line of match.lines) {
    if (line.kind === "added")
      tx.insert(networkGoals).values({ networkId, position: line.position, text: line.text }).run();
    else
      tx.update(networkGoals)
        .set({ position: line.position, text: line.text })
        .where(eq(networkGoals.id, line.id))
        .run();
  }
  for (const line of rewordings(match)) rewordGoalQuestions(tx, line.id, line.text);
  if (match.removed.length)
    tx.delete(networkGoals)
      .where(
        inArray(
          networkGoals.id,
          match.removed.map((goal) => goal.id),
        ),
      )
      .run();
}

/** A goal reworded before anyone answered: its questions read as if the surveys were built with the new text. */
function rewordGoalQuestions(tx: Tx, goalId: number, text: string) {
  for (const construct of GOAL_CONSTRUCTS) {
    tx.update(surveyQuestions)
      .set({ text: goalQuestionText(construct, text) })
      .where(and(eq(surveyQuestions.goalId, goalId), eq(surveyQuestions.construct, construct)))
      .run();
  }
}

// Intake answers refer to their question's id too: matched by text for the same reason as goals.
function writeIntakeQuestions(tx: Tx, networkId: number, match: LineMatch) {
  for (const line of match.lines) {
    if (line.kind === "added")
      tx.insert(intakeQuestions)
        .values({ networkId, position: line.position, question: line.text, required: true })
        .run();
    else
      tx.update(intakeQuestions)
        .set({ position: line.position, question: line.text })
        .where(eq(intakeQuestions.id, line.id))
        .run();
  }
  if (match.removed.length)
    tx.delete(intakeQuestions)
      .where(
        inArray(
          intakeQuestions.id,
          match.removed.map((q) => q.id),
        ),
      )
      .run();
}

/** Goals among these that some survey question asks about. */
function goalsAskedAbout(tx: Tx, goalIds: number[]): Set<number> {
  if (!goalIds.length) return new Set();
  const rows = tx
    .selectDistinct({ goalId: surveyQuestions.goalId })
    .from(surveyQuestions)
    .where(inArray(surveyQuestions.goalId, goalIds))
    .all();
  return new Set(rows.map((row) => row.goalId!));
}

/** Goals among these that someone already answered a survey question about. */
function goalsWithAnswers(tx: Tx, goalIds: number[]): Set<number> {
  if (!goalIds.length) return new Set();
  const rows = tx
    .selectDistinct({ goalId: surveyQuestions.goalId })
    .from(surveyQuestions)
    .innerJoin(surveyAnswers, eq(surveyAnswers.questionId, surveyQuestions.id))
    .where(inArray(surveyQuestions.goalId, goalIds))
    .all();
  return new Set(rows.map((row) => row.goalId!));
}

/**
 * Why this change of goals is refused, if it is: an answer keeps the meaning of the goal it was
 * given about, so a goal a survey asks about cannot go, and an answered goal cannot be reworded.
 */
function goalChangeRefusal(tx: Tx, match: LineMatch): string | null {
  const asked = goalsAskedAbout(
    tx,
    match.removed.map((goal) => goal.id),
  );
  const removedButAsked = match.removed.find((goal) => asked.has(goal.id));
  if (removedButAsked)
    return `Een meting vraagt naar het doel “${removedButAsked.text}”: dat doel kan je niet meer verwijderen.`;
  const reworded = rewordings(match);
  const answered = goalsWithAnswers(
    tx,
    reworded.map((line) => line.id),
  );
  const rewordedButAnswered = reworded.find((line) => answered.has(line.id));
  if (rewordedButAnswered) {
    return `Over het doel “${rewordedButAnswered.previousText}” zijn al antwoorden gegeven: herformuleren zou die antwoorden een andere betekenis geven. Voeg een nieuw doel toe in plaats van het te wijzigen.`;
  }
  return null;
}

function networkColumns(input: NetworkInput) {
  return {
    title: input.title,
    descriptionMarkdown: input.descriptionMarkdown,
    theme: input.theme,
    networkType: input.networkType,
    region: input.region,
    firstSchoolYear: input.firstSchoolYear,
    lastSchoolYear: input.lastSchoolYear,
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
    allowSessionRegistration: input.allowSessionRegistration,
    allowMemberMaterials: input.allowMemberMaterials,
    operationalGoalId: input.operationalGoalId,
  };
}

/** A new network starts as concept, run by its creator. */
export function createNetwork(input: NetworkInput, creatorId: string): { slug: string } {
  return db.transaction(
    (tx) => {
      const now = new Date();
      const slug = uniqueSlug(tx, input.slug ?? slugify(input.title));
      const { id } = tx
        .insert(networks)
        .values({ ...networkColumns(input), slug, status: "concept", createdAt: now, updatedAt: now })
        .returning({ id: networks.id })
        .get();
      writeLists(tx, id, input, matchLinesByText([], input.goals));
      tx.insert(networkFacilitators).values({ networkId: id, userId: creatorId }).run();
      return { slug };
    },
    { behavior: "immediate" },
  );
}

export type UpdateNetworkResult =
  { ok: true; slug: string } | { ok: false; field: "goals" | "capacity"; error: string };

export function updateNetwork(networkId: number, input: NetworkInput): UpdateNetworkResult {
  const result = db.transaction(
    (tx): UpdateNetworkResult => {
      const goals = matchLinesByText(storedGoals(tx, networkId), input.goals);
      const goalsRefused = goalChangeRefusal(tx, goals);
      if (goalsRefused) return { ok: false, field: "goals", error: goalsRefused };
      // Nobody loses a seat they hold: the capacity cannot drop below the seats taken.
      const seated = networkSeatHolders(tx, networkId);
      if (input.capacity < seated)
        return {
          ok: false,
          field: "capacity",
          error: `Er zijn al ${seated} plaatsen ingenomen; het aantal plaatsen kan niet lager.`,
        };
      const current = tx
        .select({ slug: networks.slug })
        .from(networks)
        .where(eq(networks.id, networkId))
        .get()!;
      const slug = input.slug ? uniqueSlug(tx, input.slug, networkId) : current.slug;
      const now = new Date();
      tx.update(networks)
        .set({ ...networkColumns(input), slug, updatedAt: now })
        .where(eq(networks.id, networkId))
        .run();
      writeLists(tx, networkId, input, goals);
      // More seats go to the waitlist right away, first come first served.
      offerFreedSeats(tx, networkId, null, now);
      return { ok: true, slug };
    },
    { behavior: "immediate" },
  );
  if (result.ok) deliverPendingMailInBackground();
  return result;
}

export function operationalGoalExists(id: number): boolean {
  return Boolean(
    db.select({ id: operationalGoals.id }).from(operationalGoals).where(eq(operationalGoals.id, id)).get(),
  );
}

export function listOperationalGoalOptions() {
  return db
    .select({
      id: operationalGoals.id,
      code: operationalGoals.code,
      wording: operationalGoals.wording,
      planPeriod: operationalGoals.planPeriod,
    })
    .from(operationalGoals)
    .orderBy(asc(operationalGoals.code))
    .all();
}

export function listFacilitatorCandidates() {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.role, ["facilitator", "admin"]))
    .orderBy(asc(users.name))
    .all();
}

/** Admins assign facilitators; a network always keeps at least one. */
export function setFacilitators(networkId: number, userIds: string[]): boolean {
  if (userIds.length === 0) return false;
  return db.transaction(
    (tx) => {
      const valid = tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, userIds), inArray(users.role, ["facilitator", "admin"])))
        .all();
      if (valid.length !== new Set(userIds).size) return false;
      tx.delete(networkFacilitators).where(eq(networkFacilitators.networkId, networkId)).run();
      tx.insert(networkFacilitators)
        .values(valid.map((u) => ({ networkId, userId: u.id })))
        .run();
      return true;
    },
    { behavior: "immediate" },
  );
}

const networksRunBy = preparedOnce(() =>
  db
    .select({
      id: networks.id,
      slug: networks.slug,
      title: networks.title,
      status: networks.status,
      firstSchoolYear: networks.firstSchoolYear,
      lastSchoolYear: networks.lastSchoolYear,
    })
    .from(networkFacilitators)
    .innerJoin(networks, eq(networkFacilitators.networkId, networks.id))
    .where(eq(networkFacilitators.userId, sql.placeholder("userId")))
    .orderBy(sql`${networks.firstSchoolYear} desc`, asc(networks.title))
    .prepare(),
);

export function listNetworksRunBy(userId: string) {
  return networksRunBy().all({ userId });
}

export function setStatusColumn(tx: Tx, networkId: number, status: NetworkStatus) {
  tx.update(networks).set({ status, updatedAt: new Date() }).where(eq(networks.id, networkId)).run();
}
