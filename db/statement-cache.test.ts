import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { preparedOnce, reusePreparedStatements } from "./client.server";

function database() {
  const sqlite = new Database(":memory:");
  reusePreparedStatements(sqlite, 3);
  sqlite.exec("create table t (a integer, b text); insert into t values (1, 'x'), (2, 'y')");
  return sqlite;
}

describe("reusePreparedStatements", () => {
  it("gives the same SQL the same statement, back in plain row mode", () => {
    const sqlite = database();
    const first = sqlite.prepare("select a, b from t order by a");
    expect(first.raw(true).all()).toEqual([
      [1, "x"],
      [2, "y"],
    ]);
    const again = sqlite.prepare("select a, b from t order by a");
    expect(again).toBe(first);
    expect(again.all()).toEqual([
      { a: 1, b: "x" },
      { a: 2, b: "y" },
    ]);
    again.pluck(true);
    expect(sqlite.prepare("select a, b from t order by a").get()).toEqual({ a: 1, b: "x" });
  });

  it("never hands out a statement that is still iterating", () => {
    const sqlite = database();
    const iterating = sqlite.prepare("select a from t order by a").iterate();
    iterating.next();
    const other = sqlite.prepare("select a from t order by a");
    expect(other.all()).toEqual([{ a: 1 }, { a: 2 }]);
    iterating.return?.();
  });

  it("keeps at most the given number of statements", () => {
    const sqlite = database();
    const oldest = sqlite.prepare("select 1");
    for (const n of [2, 3, 4]) sqlite.prepare(`select ${n}`);
    expect(sqlite.prepare("select 1")).not.toBe(oldest);
    expect(sqlite.prepare("select 4")).toBe(sqlite.prepare("select 4"));
  });

  it("writes run through the cache too", () => {
    const sqlite = database();
    sqlite.prepare("insert into t values (?, ?)").run(3, "z");
    sqlite.prepare("insert into t values (?, ?)").run(4, "w");
    expect(sqlite.prepare("select count(*) n from t").get()).toEqual({ n: 4 });
  });
});

describe("preparedOnce", () => {
  it("builds the query on first use only, then hands out the same one", () => {
    let builds = 0;
    const query = preparedOnce(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    expect(query()).toBe(query());
    expect(builds).toBe(1);
  });
});
