/**
 * The physical floors the routes are compared with:
 * - the raw SQL a network report and a meta-analysis need, hand-written and run directly on the
 *   database (no ORM, no JavaScript beyond reading the rows);
 * - a bare node:http server answering fixed bytes (see floor-server.ts).
 */
import Database from "better-sqlite3";

const META_CONSTRUCTS =
  "('tevredenheid','bruikbaarheid','kennis','geleerd','ondersteuning','praktijktoepassing')";
const CLOSED = "not (coalesce(s.opens_at <= unixepoch(), 0) and coalesce(s.closes_at > unixepoch(), 0))";

/** Every row the network report is computed from, as set-based SQL. */
export function reportFloorQueries(db: Database.Database, slug: string): () => number {
  const network = db.prepare("select id from networks where slug = ?").pluck();
  const registered = db
    .prepare(
      "select count(distinct user_id) from registrations where network_id = ? and status = 'registered'",
    )
    .pluck();
  const attended = db
    .prepare(
      "select count(distinct a.user_id) from attendance a join network_sessions s on s.id = a.session_id where s.network_id = ? and a.present = 1",
    )
    .pluck();
  const goals = db.prepare("select id, text from network_goals where network_id = ?");
  const surveys = db.prepare(
    "select s.id, s.phase, s.opens_at, s.closes_at, s.recorded_participants, (select count(*) from survey_responses r where r.survey_id = s.id) as responses from surveys s where s.network_id = ?",
  );
  const roles = db.prepare(
    "select r.survey_id, r.role, count(*) n from survey_responses r join surveys s on s.id = r.survey_id where s.network_id = ? group by 1, 2",
  );
  const questions = db.prepare(
    "select q.id, q.survey_id, q.kind, q.construct, q.goal_id, q.text from survey_questions q join surveys s on s.id = q.survey_id where s.network_id = ? order by q.survey_id, q.position",
  );
  const distributions = db.prepare(
    "select a.question_id, a.value, count(*) n from survey_answers a join survey_questions q on q.id = a.question_id join surveys s on s.id = q.survey_id where s.network_id = ? and q.kind in ('likert','stage') and a.value is not null group by 1, 2",
  );
  const openTexts = db.prepare(
    "select a.question_id, a.text from survey_answers a join survey_questions q on q.id = a.question_id join surveys s on s.id = q.survey_id where s.network_id = ? and q.kind = 'open' and a.text is not null",
  );
  // Knowledge answers per person and phase: pairing them is a lookup by pseudonym.
  const knowledge = db.prepare(
    "select s.phase, q.goal_id, r.pseudonym, a.value from survey_answers a join survey_questions q on q.id = a.question_id join surveys s on s.id = q.survey_id join survey_responses r on r.id = a.response_id where s.network_id = ? and q.construct = 'kennis' and q.goal_id is not null and a.value is not null and r.pseudonym is not null",
  );
  const id = network.get(slug) as number;
  return () =>
    (registered.get(id) as number) +
    (attended.get(id) as number) +
    goals.all(id).length +
    surveys.all(id).length +
    roles.all(id).length +
    questions.all(id).length +
    distributions.all(id).length +
    openTexts.all(id).length +
    knowledge.all(id).length;
}

/**
 * Every row the meta-analysis page is computed from, as set-based SQL: the post measurements of
 * every school year (the page shows the chosen year and the trend over all years).
 */
export function metaFloorQueries(db: Database.Database): () => number {
  const surveys = db.prepare(
    `select s.id, s.network_id, s.recorded_participants, n.network_type, g.core_task_or_impulse, (select count(*) from survey_responses r where r.survey_id = s.id) responses
     from surveys s join networks n on n.id = s.network_id left join operational_goals g on g.id = n.operational_goal_id
     where s.phase = 'post' and ${CLOSED}`,
  );
  // The rest takes the measured surveys and networks as literal id lists, the fastest plan SQLite
  // has for them (a subquery per statement is slower here).
  return () => {
    const measured = surveys.all() as Array<{ id: number; network_id: number }>;
    const surveyIds = measured.map((s) => s.id).join(",");
    const networkIds = measured.map((s) => s.network_id).join(",");
    const attended = db.prepare(
      `select ns.network_id, count(distinct a.user_id) from attendance a join network_sessions ns on ns.id = a.session_id where a.present = 1 and ns.network_id in (${networkIds}) group by 1`,
    );
    const values = db.prepare(
      `select q.survey_id, q.construct, count(*) n, total(a.value) from survey_answers a join survey_questions q on q.id = a.question_id
       where q.survey_id in (${surveyIds}) and q.construct in ${META_CONSTRUCTS} and a.value is not null group by 1, 2`,
    );
    const audiences = db.prepare(
      `select network_id, job_function from network_audiences where network_id in (${networkIds})`,
    );
    const levels = db.prepare(
      `select network_id, level from network_levels where network_id in (${networkIds})`,
    );
    return (
      measured.length +
      attended.all().length +
      values.all().length +
      audiences.all().length +
      levels.all().length
    );
  };
}

/** Median wall time of `runs` runs, after one warm-up run. */
export function medianMs(run: () => unknown, runs = 21): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
