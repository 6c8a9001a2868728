import { count } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "#db/client.server";
import { institutions, users } from "#db/schema";
import { prepareDatabase } from "#db/bootstrap";

afterEach(() => {
  delete process.env.SEED_DEMO;
  vi.restoreAllMocks();
});

describe("prepareDatabase", () => {
  it("seeds nothing with SEED_DEMO=0, then seeds demo data once and prints the logins", async () => {
    process.env.SEED_DEMO = "0";
    await prepareDatabase({ log: false });
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(0);

    delete process.env.SEED_DEMO;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await prepareDatabase({ log: true });
    await prepareDatabase({ log: true });
    const printed = log.mock.calls.map((call) => call.join(" ")).join("\n");
    expect(printed).toContain("Leerkracht-Demo-2026");
    for (const email of ["deelnemer@demo.test", "begeleider@demo.test", "beheerder@demo.test"]) expect(printed).toContain(email);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(57);
    const levels = new Set(db.select({ level: institutions.level }).from(institutions).all().map((row) => row.level));
    expect(db.select({ n: count() }).from(institutions).get()!.n).toBeGreaterThanOrEqual(40);
    expect(levels).toEqual(new Set(["basisonderwijs", "secundair onderwijs", "deeltijds kunstonderwijs", "clb", "volwassenenonderwijs", "leersteun"]));
  });
});
