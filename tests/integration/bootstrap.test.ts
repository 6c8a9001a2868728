import { count } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "#db/client.server";
import { institutions, users } from "#db/schema";
import { prepareDatabase } from "~/seed/bootstrap.server";
import { demoPseudonymKeyFile } from "~/surveys/pseudonym-key";

afterEach(() => {
  delete process.env.SEED_DEMO;
  delete process.env.SURVEY_PSEUDONYM_KEY;
  vi.restoreAllMocks();
});

describe("prepareDatabase", () => {
  it("seeds nothing with SEED_DEMO=0, then seeds demo data once and prints the logins", async () => {
    process.env.SEED_DEMO = "0";
    process.env.SURVEY_PSEUDONYM_KEY = "a-real-install-key-0123456789abcdef";
    await prepareDatabase({ log: false });
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(0);

    delete process.env.SEED_DEMO;
    delete process.env.SURVEY_PSEUDONYM_KEY;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await prepareDatabase({ log: true });
    await prepareDatabase({ log: true });
    const printed = log.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(printed).toContain("Leerkracht-Demo-2026");
    for (const email of ["deelnemer@demo.test", "begeleider@demo.test", "beheerder@demo.test"])
      expect(printed).toContain(email);
    // The demo's own key, made outside the data folder on the first start and named on every start.
    const demoKey = demoPseudonymKeyFile(process.env.DATABASE_PATH!);
    expect(printed).toContain(
      `Survey pseudonym key: ${demoKey} (created now); keep it out of database backups.`,
    );
    expect(printed).toContain(`Survey pseudonym key: ${demoKey}; keep it out of database backups.`);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(57);
    const levels = new Set(
      db
        .select({ level: institutions.level })
        .from(institutions)
        .all()
        .map((row) => row.level),
    );
    expect(db.select({ n: count() }).from(institutions).get()!.n).toBeGreaterThanOrEqual(40);
    expect(levels).toEqual(
      new Set([
        "basisonderwijs",
        "secundair onderwijs",
        "deeltijds kunstonderwijs",
        "clb",
        "volwassenenonderwijs",
        "leersteun",
      ]),
    );
  });
});
