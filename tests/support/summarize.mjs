// Prints the one closing line CI reads: "N passed, N failed" over vitest and playwright
// (a failed lint, typecheck or build counts as one failure each). Exits non-zero on any failure.
import { existsSync, readFileSync } from "node:fs";

const [reports, typecheckFailed, buildFailed] = process.argv.slice(2);
const read = (file) =>
  existsSync(`${reports}/${file}`) ? JSON.parse(readFileSync(`${reports}/${file}`, "utf8")) : null;

const vitest = read("vitest.json");
const playwright = read("playwright.json");
let passed = 0;
let failed = Number(typecheckFailed) + Number(buildFailed);
if (vitest) {
  passed += vitest.numPassedTests;
  failed +=
    vitest.numFailedTests +
    (vitest.numTotalTestSuites > 0 && !vitest.success && vitest.numFailedTests === 0 ? 1 : 0);
} else failed += 1;
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky + (playwright.errors?.length ?? 0);
} else failed += 1;
const skipped =
  (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats.skipped ?? 0);
if (skipped > 0) failed += skipped; // skipped tests are not allowed to linger
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
