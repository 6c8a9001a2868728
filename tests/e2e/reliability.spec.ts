import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { dbFingerprint } from "../support/db-fingerprint";
import {
  createNetwork,
  createTeacher,
  sessionCookieFor,
  userIdByEmail,
  withDatabase,
} from "../support/e2e-db";
import {
  E2E_PSEUDONYM_KEY,
  startServer,
  tempDatabasePath,
  type SpawnedServer,
} from "../support/spawn-server";

// These tests start their own production servers (several per database file) on ports 3521+.
test.describe.configure({ mode: "serial" });

const CANARY = "CANARY-ANSWER-7f3";

function post(origin: string, path: string, cookie: string, body: string) {
  return fetch(`${origin}${path}`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

/** An open pre-survey with one required 1–5 question and one open question. */
function openSurvey(db: Database.Database, networkId: number) {
  const now = Math.floor(Date.now() / 1000);
  const surveyId = Number(
    db
      .prepare(
        "insert into surveys (network_id, phase, template, opens_at, closes_at, reminders_sent, created_at) values (?, 'pre', 'voormeting-basis', ?, ?, 0, ?)",
      )
      .run(networkId, now - 3600, now + 86400, now).lastInsertRowid,
  );
  const question = (position: number, kind: string, construct: string, required: number) =>
    Number(
      db
        .prepare(
          "insert into survey_questions (survey_id, position, kind, construct, goal_id, text, options, required, fixed) values (?, ?, ?, ?, null, 'Vraag', null, ?, 1)",
        )
        .run(surveyId, position, kind, construct, required).lastInsertRowid,
    );
  return { surveyId, likert: question(0, "likert", "tevredenheid", 1), open: question(1, "open", "open", 0) };
}

function register(db: Database.Database, networkId: number, userId: string) {
  const now = Math.floor(Date.now() / 1000);
  db.prepare(
    "insert into registrations (network_id, session_id, user_id, status, queue_key, created_at, updated_at) values (?, null, ?, 'registered', ?, ?, ?)",
  ).run(networkId, userId, now, now, now);
}

/** Registrations of a network per status. */
function seatCounts(db: Database.Database, networkId: number): Record<string, number> {
  const rows = db
    .prepare("select status, count(*) as n from registrations where network_id = ? group by status")
    .all(networkId) as Array<{ status: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** integrity_check is ok and every enrolment and answer that got a success response is in the file; returns who completed. */
function expectIntactWithAcknowledged(
  db: Database.Database,
  {
    networkId,
    surveyId,
    enrolled,
    answered,
  }: { networkId: number; surveyId: number; enrolled: string[]; answered: string[] },
): Set<string> {
  expect(integrity(db)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
  const registered = new Set(
    db
      .prepare("select user_id from registrations where network_id = ? and status = 'registered'")
      .pluck()
      .all(networkId) as string[],
  );
  expect(enrolled.filter((id) => !registered.has(id))).toEqual([]);
  const completed = new Set(
    db
      .prepare("select user_id from survey_completions where survey_id = ?")
      .pluck()
      .all(surveyId) as string[],
  );
  expect(answered.filter((id) => !completed.has(id))).toEqual([]);
  return completed;
}

function integrity(db: Database.Database) {
  return {
    integrity: db.pragma("integrity_check", { simple: true }),
    foreignKeyProblems: (db.pragma("foreign_key_check") as unknown[]).length,
  };
}

test.describe("several server processes on one database file", () => {
  const path = tempDatabasePath("multi");
  let servers: SpawnedServer[] = [];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // The first one migrates and seeds; then two more processes join the same file.
    servers.push(await startServer(path, 3521));
    servers.push(...(await Promise.all([startServer(path, 3522), startServer(path, 3523)])));
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
    rmSync(dirname(path), { recursive: true, force: true });
  });

  test("check 38: three processes, 45 people at once for the last 5 seats, three times: exactly 5 seats each time, 40 on the waitlist, no 5xx", async () => {
    test.setTimeout(120_000);
    for (let round = 0; round < 3; round++) {
      const { networkId, slug, cookies } = withDatabase(path, (db) => {
        const network = createNetwork(
          db,
          userIdByEmail(db, "begeleider@demo.test"),
          5,
          `Laatste plaatsen ${round} ${Date.now()}`,
        );
        return {
          ...network,
          cookies: Array.from({ length: 45 }, (_, i) =>
            sessionCookieFor(db, createTeacher(db, `multi${round}-${i}`)),
          ),
        };
      });
      // Every request is in flight before any answer is awaited, spread over the three processes.
      const statuses = await Promise.all(
        cookies.map((cookie, i) =>
          post(servers[i % 3].origin, `/netwerken/${slug}?index`, cookie, "intent=inschrijven"),
        ),
      );
      expect(statuses.filter((s) => s !== 303)).toEqual([]);
      withDatabase(path, (db) => {
        expect(seatCounts(db, networkId)).toEqual({ registered: 5, waitlisted: 40 });
        expect(integrity(db)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
      });
    }
  });

  test("check 39: the same check sees overbooking when seats are counted and taken in two steps", async () => {
    // A deliberately naive enrolment (count, yield, insert) on separate connections: the
    // assertion used above must catch it, or it would prove nothing.
    const { networkId, people } = withDatabase(path, (db) => {
      const network = createNetwork(db, userIdByEmail(db, "begeleider@demo.test"), 5, `Naief ${Date.now()}`);
      return {
        networkId: network.networkId,
        people: Array.from({ length: 20 }, (_, i) => createTeacher(db, `naief-${i}`)),
      };
    });
    await Promise.all(
      people.map(async (userId) => {
        const db = new Database(path);
        try {
          const taken = db
            .prepare("select count(*) from registrations where network_id = ? and status = 'registered'")
            .pluck()
            .get(networkId) as number;
          await new Promise((r) => setTimeout(r, 20));
          const now = Math.floor(Date.now() / 1000);
          db.prepare(
            "insert into registrations (network_id, session_id, user_id, status, queue_key, created_at, updated_at) values (?, null, ?, ?, ?, ?, ?)",
          ).run(networkId, userId, taken < 5 ? "registered" : "waitlisted", Math.random(), now, now);
        } finally {
          db.close();
        }
      }),
    );
    withDatabase(path, (db) => expect(seatCounts(db, networkId).registered).toBeGreaterThan(5));
  });

  test("check 41: three cancellations and ten new enrolments at once on a full network: the freed seats go as offers to the first three in line, newcomers queue behind", async () => {
    const now = Math.floor(Date.now() / 1000);
    const { networkId, slug, seated, waiting, newcomers } = withDatabase(path, (db) => {
      const network = createNetwork(
        db,
        userIdByEmail(db, "begeleider@demo.test"),
        5,
        `Vrijgekomen plaatsen ${Date.now()}`,
      );
      const insert = db.prepare(
        "insert into registrations (network_id, session_id, user_id, status, queue_key, created_at, updated_at) values (?, null, ?, ?, ?, ?, ?)",
      );
      const person = (label: string) => {
        const userId = createTeacher(db, label);
        return { userId, cookie: sessionCookieFor(db, userId) };
      };
      const seated = Array.from({ length: 5 }, (_, i) => {
        const p = person(`zit-${i}`);
        return {
          ...p,
          registrationId: Number(
            insert.run(network.networkId, p.userId, "registered", now - 100 + i, now, now).lastInsertRowid,
          ),
        };
      });
      const waiting = Array.from({ length: 10 }, (_, i) => {
        const p = person(`wacht-${i}`);
        insert.run(network.networkId, p.userId, "waitlisted", now + i, now, now);
        return p;
      });
      return {
        ...network,
        seated,
        waiting,
        newcomers: Array.from({ length: 10 }, (_, i) => person(`nieuw-${i}`)),
      };
    });
    const requests = [
      ...seated
        .slice(0, 3)
        .map((p) => ({ cookie: p.cookie, body: `intent=uitschrijven&registrationId=${p.registrationId}` })),
      ...newcomers.map((p) => ({ cookie: p.cookie, body: "intent=inschrijven" })),
    ];
    const statuses = await Promise.all(
      requests.map((r, i) => post(servers[i % 3].origin, `/netwerken/${slug}?index`, r.cookie, r.body)),
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    withDatabase(path, (db) => {
      expect(seatCounts(db, networkId)).toEqual({ cancelled: 3, registered: 2, offered: 3, waitlisted: 17 });
      const offered = db
        .prepare("select user_id from registrations where network_id = ? and status = 'offered'")
        .pluck()
        .all(networkId) as string[];
      expect(offered.sort()).toEqual(
        waiting
          .slice(0, 3)
          .map((p) => p.userId)
          .sort(),
      );
      const queue = db
        .prepare(
          "select user_id from registrations where network_id = ? and status = 'waitlisted' order by queue_key, id",
        )
        .pluck()
        .all(networkId) as string[];
      expect(queue.slice(0, 7)).toEqual(waiting.slice(3).map((p) => p.userId));
      // Each person offered a seat is told once.
      for (const userId of offered) {
        const email = db.prepare("select email from users where id = ?").pluck().get(userId);
        expect(
          db
            .prepare("select count(*) from mail_outbox where to_address = ? and subject like '%plaats%'")
            .pluck()
            .get(email),
        ).toBe(1);
      }
    });
  });

  test("check 43/56: one person answers a survey five times at once over three processes: one answer set, and the answer text shows up in no log or e-mail", async () => {
    const { surveyId, likert, open, cookie } = withDatabase(path, (db) => {
      const network = createNetwork(
        db,
        userIdByEmail(db, "begeleider@demo.test"),
        20,
        `Dubbel antwoord ${Date.now()}`,
      );
      const teacher = createTeacher(db, "dubbel");
      register(db, network.networkId, teacher);
      return { ...openSurvey(db, network.networkId), cookie: sessionCookieFor(db, teacher) };
    });
    const body = `q${likert}=4&q${open}=${encodeURIComponent(`${CANARY} dit vind ik`)}`;
    const statuses = await Promise.all(
      [0, 1, 2, 3, 4].map((i) => post(servers[i % 3].origin, `/enquete/${surveyId}`, cookie, body)),
    );
    expect(statuses).toEqual([303, 303, 303, 303, 303]);
    withDatabase(path, (db) => {
      expect(
        db.prepare("select count(*) from survey_completions where survey_id = ?").pluck().get(surveyId),
      ).toBe(1);
      expect(
        db.prepare("select count(*) from survey_responses where survey_id = ?").pluck().get(surveyId),
      ).toBe(1);
      expect(
        db.prepare("select count(*) from survey_answers where text like ?").pluck().get(`${CANARY}%`),
      ).toBe(1);
      expect(
        db
          .prepare("select count(*) from mail_outbox where body_text like ? or subject like ?")
          .pluck()
          .get(`%${CANARY}%`, `%${CANARY}%`),
      ).toBe(0);
    });
    for (const server of servers) expect(server.output()).not.toContain(CANARY);
  });
});

test.describe("crash safety and backups", () => {
  /**
   * A stream of enrolments and survey answers from four clients at once; every request that got
   * a success answer is remembered.
   */
  function writeStream(
    origin: () => string,
    slug: string,
    surveyId: number,
    likert: number,
    people: Array<{ userId: string; cookie: string; answers: boolean }>,
    pauseMs = 0,
  ) {
    const acknowledged = { enrolled: [] as string[], answered: [] as string[] };
    let next = 0;
    let stopped = false;
    let finished = false;
    const client = async () => {
      while (!stopped && next < people.length) {
        const person = people[next++];
        try {
          const status = person.answers
            ? await post(origin(), `/enquete/${surveyId}`, person.cookie, `q${likert}=${1 + (next % 5)}`)
            : await post(origin(), `/netwerken/${slug}?index`, person.cookie, "intent=inschrijven");
          if (status === 303)
            (person.answers ? acknowledged.answered : acknowledged.enrolled).push(person.userId);
        } catch {
          // The server died mid-request: no answer, so nothing was promised.
        }
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    };
    const done = Promise.all([client(), client(), client(), client()]).then(() => {
      finished = true;
    });
    const total = () => acknowledged.enrolled.length + acknowledged.answered.length;
    return { acknowledged, done, total, finished: () => finished, stop: () => (stopped = true) };
  }

  function streamFixture(path: string, label: string, size = 400) {
    return withDatabase(path, (db) =>
      db.transaction(() => {
        const network = createNetwork(
          db,
          userIdByEmail(db, "begeleider@demo.test"),
          5000,
          `${label} ${Date.now()}`,
        );
        const survey = openSurvey(db, network.networkId);
        const people = Array.from({ length: size }, (_, i) => {
          const userId = createTeacher(db, `${label}-${i}`);
          const answers = i % 2 === 0;
          if (answers) register(db, network.networkId, userId);
          return { userId, cookie: sessionCookieFor(db, userId), answers };
        });
        return { ...network, ...survey, people };
      })(),
    );
  }

  test("check 45/K: kill -9 during a stream of enrolments and answers; after a restart the database is intact and every acknowledged write is there", async () => {
    test.setTimeout(180_000);
    const path = tempDatabasePath("crash");
    let server = await startServer(path, 3524);
    const { networkId, slug, surveyId, likert, people } = streamFixture(path, "Crash");
    const stream = writeStream(() => server.origin, slug, surveyId, likert, people);
    // Let the stream get going, then pull the plug while requests are in flight.
    while (stream.acknowledged.enrolled.length + stream.acknowledged.answered.length < 60)
      await new Promise((r) => setTimeout(r, 10));
    await server.kill9();
    stream.stop();
    await stream.done;
    const { enrolled, answered } = stream.acknowledged;
    expect(enrolled.length).toBeGreaterThan(10);
    expect(answered.length).toBeGreaterThan(10);

    server = await startServer(path, 3524);
    try {
      withDatabase(path, (db) => {
        const completedNow = expectIntactWithAcknowledged(db, { networkId, surveyId, enrolled, answered });
        // No half-written answer set: as many responses as completions, each with its answer.
        const responses = db
          .prepare("select count(*) from survey_responses where survey_id = ?")
          .pluck()
          .get(surveyId);
        expect(responses).toBe(completedNow.size);
        expect(
          db
            .prepare(
              "select count(*) from survey_answers a join survey_responses r on r.id = a.response_id where r.survey_id = ?",
            )
            .pluck()
            .get(surveyId),
        ).toBe(completedNow.size);
      });
      // And the restarted server serves the network again.
      expect((await fetch(`${server.origin}/netwerken/${slug}`)).status).toBe(200);
    } finally {
      await server.stop();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  test("check 50/61/62: a backup taken with the CLI while acknowledged writes stream in holds every write acknowledged before it started; restore refuses the live database and a missing key, then gives the same contents, and a server runs on it", async () => {
    test.setTimeout(240_000);
    const path = tempDatabasePath("backup");
    const server = await startServer(path, 3525);
    const backupFile = join(dirname(path), "kopie.db");
    const restoredPath = join(dirname(path), "hersteld", "portal.db");
    let networkSlug = "";
    // The operator's copy of the server's key, outside every data folder (README "Keeping the pseudonym key").
    const keyFile = join(mkdtempSync(join(tmpdir(), "portal-key-")), "pseudonym.key");
    writeFileSync(keyFile, `${E2E_PSEUDONYM_KEY}\n`, { mode: 0o600 });
    const withKeyFile = { SURVEY_PSEUDONYM_KEY: "", SURVEY_PSEUDONYM_KEY_FILE: keyFile };
    // Asynchronous, so this process keeps sending (and counting) writes while the CLI copies.
    const cli = async (args: string[], databasePath: string, keyEnv: Record<string, string> = {}) => {
      try {
        const env = {
          ...process.env,
          DATABASE_PATH: databasePath,
          SEED_DEMO: "0",
          SURVEY_PSEUDONYM_KEY: "",
          SURVEY_PSEUDONYM_KEY_FILE: "",
          ...keyEnv,
        };
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ["--import", "tsx", "app/cli/portal.ts", ...args],
          { env, encoding: "utf8" },
        );
        return { status: 0, output: stdout };
      } catch (error) {
        const failed = error as { code?: number; stderr?: string };
        return { status: failed.code ?? 1, output: failed.stderr ?? String(error) };
      }
    };
    try {
      const { networkId, slug, surveyId, likert, people } = streamFixture(path, "Backup", 1500);
      networkSlug = slug;
      const stream = writeStream(() => server.origin, slug, surveyId, likert, people, 10);
      while (stream.total() < 30) await new Promise((r) => setTimeout(r, 10));
      // Every write the server has acknowledged when the backup starts.
      const beforeBackup = {
        enrolled: [...stream.acknowledged.enrolled],
        answered: [...stream.acknowledged.answered],
      };
      const backup = await cli(["backup", backupFile], path);
      expect(backup).toMatchObject({
        status: 0,
        output: expect.stringContaining(`Backup written to ${backupFile}.`),
      });
      // The writes went on, and were acknowledged, for as long as the backup ran.
      expect(stream.finished()).toBe(false);
      expect(stream.total()).toBeGreaterThan(beforeBackup.enrolled.length + beforeBackup.answered.length);
      expect(statSync(backupFile).mode & 0o777).toBe(0o600);
      // Check 50: the pseudonym key stays out of the database and its folder, and so out of every backup.
      const key = E2E_PSEUDONYM_KEY;
      expect(readFileSync(backupFile).includes(Buffer.from(key))).toBe(false);
      expect(readdirSync(dirname(path)).filter((name) => name.endsWith(".key"))).toEqual([]);

      // Restoring over the database the running server has open is refused, and harms nothing.
      const overLive = await cli(["restore", backupFile], path, withKeyFile);
      expect(overLive.status).toBe(1);
      expect(overLive.output).toContain(`${path} is open in another process (is the server still running?)`);
      stream.stop();
      await stream.done;
      const { enrolled, answered } = stream.acknowledged;
      withDatabase(path, (db) => {
        expectIntactWithAcknowledged(db, { networkId, surveyId, enrolled, answered });
      });
      expect((await fetch(`${server.origin}/netwerken/${slug}`)).status).toBe(200);

      const snapshot = withDatabase(backupFile, (db) => {
        expect(integrity(db)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
        // A consistent snapshot: every response with its completion, no seat beyond capacity.
        expect(
          db.prepare("select count(*) from survey_responses where survey_id = ?").pluck().get(surveyId),
        ).toBe(
          db.prepare("select count(*) from survey_completions where survey_id = ?").pluck().get(surveyId),
        );
        expect(seatCounts(db, networkId).registered).toBeLessThanOrEqual(5000);
        return dbFingerprint(db);
      });
      // A new host without the pseudonym key: refused, so pre/post pairing cannot break silently.
      mkdirSync(dirname(restoredPath), { recursive: true });
      const withoutKey = await cli(["restore", backupFile], restoredPath);
      expect(withoutKey.status).toBe(1);
      expect(withoutKey.output).toContain("there is no survey pseudonym key");
      // The operator configures the key kept apart from the backups, and then restores the database.
      expect(await cli(["restore", backupFile], restoredPath, withKeyFile)).toMatchObject({
        status: 0,
        output: expect.stringContaining(`Restored ${backupFile} into ${restoredPath}`),
      });
      withDatabase(restoredPath, (db) => {
        expect(integrity(db)).toEqual({ integrity: "ok", foreignKeyProblems: 0 });
        expect(dbFingerprint(db)).toEqual(snapshot);
        // Every write acknowledged before the backup started is in the restored database.
        const registered = new Set(
          db
            .prepare("select user_id from registrations where network_id = ? and status = 'registered'")
            .pluck()
            .all(networkId) as string[],
        );
        expect(beforeBackup.enrolled.filter((id) => !registered.has(id))).toEqual([]);
        const completed = new Set(
          db
            .prepare("select user_id from survey_completions where survey_id = ?")
            .pluck()
            .all(surveyId) as string[],
        );
        expect(beforeBackup.answered.filter((id) => !completed.has(id))).toEqual([]);
        // And their answers still pair: the restored key gives each one's pseudonym.
        const pseudonyms = new Set(
          db
            .prepare("select pseudonym from survey_responses where survey_id = ?")
            .pluck()
            .all(surveyId) as string[],
        );
        const missing = beforeBackup.answered.filter(
          (id) =>
            !pseudonyms.has(
              createHmac("sha256", Buffer.from(key, "utf8")).update(`${id}:${networkId}`).digest("hex"),
            ),
        );
        expect(missing).toEqual([]);
      });
    } finally {
      await server.stop();
    }
    const restored = await startServer(restoredPath, 3526, { SEED_DEMO: "0", ...withKeyFile });
    try {
      const page = await fetch(`${restored.origin}/netwerken/${networkSlug}`);
      expect(page.status).toBe(200);
      expect((await page.text()).includes("<h1")).toBe(true);
    } finally {
      await restored.stop();
      rmSync(dirname(path), { recursive: true, force: true });
      rmSync(dirname(keyFile), { recursive: true, force: true });
    }
  });
});
