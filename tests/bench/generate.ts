/**
 * Builds the benchmark database: `tsx tests/bench/generate.ts <database file> <full|quick>`.
 * Migrates a new file the way the server does (reference data, library, no demo data), then
 * adds the synthetic support service and writes the fixtures beside it as fixtures.json.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SCALES } from "./dataset";
import { BENCH_PSEUDONYM_KEY, BENCH_SEED } from "./keys";

const [file, scaleName = "full"] = process.argv.slice(2);
if (!file || !(scaleName in SCALES)) {
  console.error("usage: tsx tests/bench/generate.ts <database file> <full|quick>");
  process.exit(2);
}
if (existsSync(file)) {
  console.error(`${file} exists; the benchmark builds a new database every run`);
  process.exit(2);
}
Object.assign(process.env, {
  DATABASE_PATH: file,
  SEED_DEMO: "0",
  SURVEY_PSEUDONYM_KEY: BENCH_PSEUDONYM_KEY,
});

const started = Date.now();
const { prepareDatabase } = await import("~/seed/bootstrap.server");
const { db } = await import("#db/client.server");
const { hashPassword } = await import("~/auth/password.server");
const { pseudonymFor } = await import("~/surveys/pseudonym.server");
const { generateDataset } = await import("./dataset");

await prepareDatabase({ log: false });
const sqlite = db.$client;
const passwordHash = await hashPassword("Bench-Wachtwoord-2026");
// Bulk loading only: the server opens the file with synchronous=FULL again.
sqlite.pragma("synchronous = OFF");
const fixtures = sqlite.transaction(() => {
  // A network row is written after its sessions; every reference is still checked, at commit.
  sqlite.pragma("defer_foreign_keys = ON");
  return generateDataset(sqlite, SCALES[scaleName as keyof typeof SCALES], {
    seed: BENCH_SEED,
    today: new Date(),
    passwordHash,
    pseudonymFor,
  });
})();
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
writeFileSync(join(dirname(file), "fixtures.json"), JSON.stringify(fixtures));
console.log(
  `dataset ${scaleName}: ${Object.entries(fixtures.counts)
    .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
    .join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
