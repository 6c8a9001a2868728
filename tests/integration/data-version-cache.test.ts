import { describe, expect, it } from "vitest";
import { db, openDatabase } from "#db/client.server";
import { cachedUntilChange, dataVersion } from "~/http/data-version.server";

// The caches of every server process hang on this: a commit anywhere must be seen everywhere.
describe("cachedUntilChange", () => {
  const institutions = () => db.$client.prepare("select count(*) from institutions").pluck().get() as number;
  const insert = (sqlite: typeof db.$client, name: string) =>
    sqlite
      .prepare(
        "insert into institutions (name, kind, level, region, city) values (?, 'basisschool', 'basisonderwijs', 'Antwerpen', 'Mechelen')",
      )
      .run(name);

  it("recomputes after a commit by this connection, by another connection, and once its maximum age has passed", () => {
    let computed = 0;
    const count = (now = 0) =>
      cachedUntilChange("test:institutions", () => (computed++, institutions()), 60_000, now);
    const before = count();
    expect(count()).toBe(before);
    expect(computed).toBe(1);

    insert(db.$client, "Eigen verbinding");
    expect(count()).toBe(before + 1);
    expect(computed).toBe(2);

    // Another process is another connection to the same file.
    const other = openDatabase(process.env.DATABASE_PATH!).$client;
    insert(other, "Andere verbinding");
    other.close();
    expect(count()).toBe(before + 2);
    expect(computed).toBe(3);

    // The entry computed at 0 is kept until 60 s later, then computed again and kept from then on.
    expect(count(59_999)).toBe(before + 2);
    expect(computed).toBe(3);
    expect(count(60_000)).toBe(before + 2);
    expect(computed).toBe(4);
    expect(count(119_999)).toBe(before + 2);
    expect(computed).toBe(4);
  });

  it("a result that depends on the data alone is kept until the next commit, however long", () => {
    let computed = 0;
    const count = (now: number) =>
      cachedUntilChange("test:forever", () => (computed++, institutions()), Infinity, now);
    count(0);
    count(365 * 86_400_000);
    expect(computed).toBe(1);
    insert(db.$client, "Nog een school");
    count(365 * 86_400_000);
    expect(computed).toBe(2);
  });

  it("a maximum age given as a function is asked only when computing anew", () => {
    let asked = 0;
    const count = (now: number) =>
      cachedUntilChange("test:lazy-age", institutions, () => (asked++, 1_000), now);
    count(0);
    count(500);
    expect(asked).toBe(1);
    count(1_000);
    expect(asked).toBe(2);
  });

  it("a statement that changes nothing keeps the version", () => {
    const version = dataVersion();
    db.$client.prepare("update institutions set name = name where id = -1").run();
    expect(dataVersion()).toBe(version);
  });
});
