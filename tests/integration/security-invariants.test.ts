import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";

/** Every source file of the app (what ships), for checks on the code itself. */
function sourceFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("check 47: every connection runs with safe SQLite settings", () => {
  it("WAL, synchronous=FULL, foreign keys on, a 5 s busy timeout, and all migrations applied", () => {
    const sqlite = db.$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as {
      entries: unknown[];
    };
    expect(sqlite.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(
      journal.entries.length,
    );
  });
});

describe("check 46: no await inside a transaction", () => {
  it("better-sqlite3 refuses an async transaction function, so a half-written one cannot happen silently", () => {
    expect(() => db.transaction((async () => undefined) as never)).toThrow(TypeError);
  });

  it("no transaction callback in the app is async", () => {
    const offenders = sourceFiles().filter((file) =>
      /\.transaction\(\s*async\b/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});

describe("check 26: inner HTML is set in one place only", () => {
  it("dangerouslySetInnerHTML appears only in the Markdown component (sanitised HTML) and StaticHtml (HTML React rendered)", () => {
    const users = sourceFiles().filter((file) =>
      readFileSync(file, "utf8").includes("dangerouslySetInnerHTML"),
    );
    expect(users.sort()).toEqual(["app/components/markdown.tsx", "app/components/static-html.tsx"]);
    expect(readFileSync("app/components/markdown.tsx", "utf8")).toMatch(/html/);
  });

  it("StaticHtml gets only HTML that React rendered: its data takes a RenderedHtml, which only renderToStaticMarkup's result becomes", () => {
    const casts = sourceFiles().filter((file) => /as RenderedHtml/.test(readFileSync(file, "utf8")));
    expect(casts).toEqual(["app/http/static-html.server.ts"]);
    expect(readFileSync("app/http/static-html.server.ts", "utf8")).toMatch(
      /renderToStaticMarkup\(render\(\)\) as RenderedHtml/,
    );
    expect(readFileSync("app/http/static-html.server.ts", "utf8")).toMatch(
      /html: RenderedHtml\): StaticHtmlData/,
    );
  });
});

describe("check 65: dependencies that ship", () => {
  interface LockEntry {
    version?: string;
    dev?: boolean;
  }
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  const parse = (version: string) => version.split("-")[0].split(".").map(Number);
  const atLeast = (version: string, minimum: string) => {
    const [a, b, c] = parse(version);
    const [x, y, z] = parse(minimum);
    return a > x || (a === x && (b > y || (b === y && c >= z)));
  };
  /** Every copy of a package that a production install gets (nested copies too), from the lockfile. */
  const shipped = (name: string) =>
    Object.entries(lock.packages)
      .filter(([path, entry]) => path.endsWith(`node_modules/${name}`) && !entry.dev)
      .map(([path, entry]) => ({ path, version: entry.version ?? "" }));

  /**
   * Packages in the shipped tree with a published advisory, and the first version outside every
   * known-bad range. Only ranges the portal could plausibly resolve to are listed; the gate fails
   * when any shipped copy is older, and when a listed package no longer ships (a stale entry).
   */
  const KNOWN_ADVISORIES: Array<[name: string, minimum: string, advisories: string]> = [
    [
      "react-router",
      "7.12.0",
      "CVE-2025-43864, CVE-2025-43865 (cache poisoning), CVE-2025-59057 (XSS in meta), CVE-2026-22029 (open redirect to XSS)",
    ],
    ["@react-router/node", "7.12.0", "released together with react-router (exact peer)"],
    ["express", "4.20.0", "CVE-2024-29041 (open redirect), CVE-2024-43796 (XSS in res.redirect)"],
    ["body-parser", "1.20.3", "CVE-2024-45590 (denial of service with url encoding)"],
    ["path-to-regexp", "0.1.12", "CVE-2024-45296, CVE-2024-52798 (ReDoS in route matching)"],
    ["send", "0.19.0", "CVE-2024-43799 (template injection in redirects)"],
    ["serve-static", "1.16.0", "CVE-2024-43800 (template injection in redirects)"],
    ["cookie", "0.7.0", "CVE-2024-47764 (out-of-bounds characters in name, path and domain)"],
    [
      "qs",
      "6.16.0",
      "CVE-2025-15284, CVE-2026-2391, GHSA-x5fp-wj9c-mxmx (arrayLimit bypasses, denial of service)",
    ],
    [
      "sanitize-html",
      "2.17.5",
      "CVE-2024-21501 (information exposure), CVE-2026-44990 and CVE-2026-53606 (XSS)",
    ],
    ["marked", "4.0.10", "CVE-2022-21680, CVE-2022-21681 (ReDoS)"],
    [
      "nodemailer",
      "9.1.1",
      "GHSA-mm7p-fcc7-pg87, GHSA-p6gq-j5cr-w38f, GHSA-8m3c-c648-2xjj, GHSA-cc9r-2j5m-2m83 (mail to an unintended domain, file read and SSRF through raw content); npm audit flags <= 9.1.0",
    ],
    ["drizzle-orm", "0.45.2", "CVE-2026-39356 (SQL injection through unescaped identifiers)"],
    ["zod", "3.22.3", "CVE-2023-4316 (ReDoS in e-mail validation)"],
    ["react-dom", "16.4.2", "CVE-2018-6341 (XSS in server rendering of attribute names)"],
    [
      "tar-fs",
      "2.1.4",
      "CVE-2024-12905, CVE-2025-48387, CVE-2025-59343 (path traversal when extracting; installs better-sqlite3's prebuilt binary)",
    ],
    [
      "esbuild",
      "0.25.0",
      "GHSA-67mh-4wv8-2f99 (the serve mode answers any website; ships inside tsx, which runs server.ts)",
    ],
    ["semver", "7.5.2", "CVE-2022-25883 (ReDoS)"],
    ["nanoid", "3.3.8", "CVE-2024-55565 (predictable output for non-integer sizes)"],
    ["postcss", "8.4.31", "CVE-2023-44270 (line return parsing)"],
  ];

  /** Runtime dependencies of package.json with no known-bad range at the time of writing. */
  const NO_KNOWN_ADVISORY = [
    "@lucia-auth/adapter-drizzle",
    "@node-rs/argon2",
    "@react-router/express",
    "@remix-run/form-data-parser",
    "better-sqlite3",
    "fflate",
    "lucia",
    "react",
    "tsx",
    "uqr",
  ];

  it.each(KNOWN_ADVISORIES)("%s is at least %s (known advisories: %s)", (name, minimum) => {
    const copies = shipped(name);
    expect(copies.length, `${name} no longer ships: remove it from the gate`).toBeGreaterThan(0);
    expect(
      copies.filter((copy) => !atLeast(copy.version, minimum)),
      `copies of ${name} older than ${minimum}`,
    ).toEqual([]);
    // What is installed here is what the lockfile says (a stale node_modules would hide a downgrade).
    for (const copy of copies)
      expect(
        (JSON.parse(readFileSync(`${copy.path}/package.json`, "utf8")) as { version: string }).version,
        copy.path,
      ).toBe(copy.version);
  });

  it("nothing from end-of-life Remix v2 is installed, and turbo-stream is nowhere at 2.x (CVE-2026-34077, never fixed on 2.x)", () => {
    const everyCopy = Object.entries(lock.packages).map(([path, entry]) => ({
      path,
      version: entry.version ?? "",
    }));
    const remixV2 = everyCopy.filter(
      ({ path, version }) =>
        /node_modules\/@remix-run\/(node|react|express|serve|dev|server-runtime|router)$/.test(path) ||
        (path.endsWith("node_modules/remix") && version.startsWith("2.")),
    );
    expect(remixV2, "Remix v2 packages in the lockfile").toEqual([]);
    const turboStream = everyCopy.filter(
      ({ path, version }) => path.endsWith("node_modules/turbo-stream") && !atLeast(version, "3.0.0"),
    );
    expect(turboStream, "turbo-stream 2.x in the lockfile (dev copies included)").toEqual([]);
  });

  it("every runtime dependency of package.json is either gated above or listed as having no known advisory", () => {
    const gated = new Set(KNOWN_ADVISORIES.map(([name]) => name));
    const unclassified = Object.keys(manifest.dependencies).filter(
      (name) => !gated.has(name) && !NO_KNOWN_ADVISORY.includes(name),
    );
    expect(
      unclassified,
      "a new runtime dependency: look up its advisories and add it to KNOWN_ADVISORIES or NO_KNOWN_ADVISORY",
    ).toEqual([]);
    expect(
      NO_KNOWN_ADVISORY.filter((name) => !(name in manifest.dependencies)),
      "stale entries",
    ).toEqual([]);
  });

  /** Offline: what a clean install would get can only change through a commit. */
  function expectPinnedAndLocked() {
    const ranges = Object.entries({
      ...manifest.dependencies,
      ...manifest.devDependencies,
      ...manifest.overrides,
    }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(ranges, "every dependency, dev dependency and override is pinned to one exact version").toEqual(
      [],
    );
    expect(lockInSync(), "npm ci --dry-run: package-lock.json matches package.json").toMatchObject({
      status: 0,
    });
  }

  let lockCheck: { status: number | null; output: string } | undefined;
  /** `npm ci --dry-run --offline` on copies of the two files: npm refuses when the lockfile does not satisfy package.json. */
  function lockInSync() {
    if (lockCheck) return lockCheck;
    const dir = mkdtempSync(join(tmpdir(), "lock-check-"));
    try {
      copyFileSync("package.json", join(dir, "package.json"));
      copyFileSync("package-lock.json", join(dir, "package-lock.json"));
      const run = spawnSync(
        "npm",
        ["ci", "--dry-run", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"],
        { cwd: dir, encoding: "utf8", timeout: 120_000 },
      );
      lockCheck = { status: run.status, output: `${run.stdout}${run.stderr}`.slice(-2000) };
      return lockCheck;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("every dependency is pinned to an exact version and package-lock.json matches package.json (npm ci --dry-run, offline)", () => {
    expectPinnedAndLocked();
  });

  it("npm audit of the production dependencies finds nothing high or critical; when the registry offers no audit service it says so and the offline checks stand in", () => {
    const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 60_000 });
    let report: {
      metadata?: { vulnerabilities?: Record<string, number> };
      vulnerabilities?: Record<string, { severity: string }>;
      message?: string;
      statusCode?: number;
      error?: { code?: string; summary?: string };
    } = {};
    try {
      report = JSON.parse(run.stdout || "{}");
    } catch {
      throw new Error(
        `npm audit printed no JSON (exit ${run.status}): ${(run.stdout + run.stderr).slice(0, 500)}`,
      );
    }
    if (report.metadata?.vulnerabilities) {
      // The audit ran: any high or critical finding fails, named.
      const serious = Object.entries(report.vulnerabilities ?? {})
        .filter(([, v]) => v.severity === "high" || v.severity === "critical")
        .map(([name, v]) => `${name} (${v.severity})`);
      expect(serious).toEqual([]);
      expect({
        high: report.metadata.vulnerabilities.high,
        critical: report.metadata.vulnerabilities.critical,
      }).toEqual({ high: 0, critical: 0 });
      return;
    }
    // The audit did not run. Only "the service is not there" is accepted as a reason (this
    // machine's registry answers the bulk advisory endpoint with 405; elsewhere it may be
    // unreachable); anything else (a broken lockfile, an npm crash) fails.
    const reason =
      `${report.statusCode ?? ""} ${report.message ?? ""} ${report.error?.code ?? ""} ${report.error?.summary ?? ""}`.trim();
    expect(reason, "why npm audit did not run").toMatch(
      /\b(405|404|501|503)\b|ENOAUDIT|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH/,
    );
    console.warn(
      `npm audit could not run here (${reason.slice(0, 200)}): no advisory data was checked online; the exact pins, the lockfile check and the version gate stand in.`,
    );
    expectPinnedAndLocked();
  });

  it("lucia (deprecated upstream in March 2025) is imported in exactly one file, so replacing it stays a one-file change", () => {
    const importers = sourceFiles().filter((file) =>
      /from "lucia"|from "@lucia-auth\//.test(readFileSync(file, "utf8")),
    );
    expect(importers).toEqual(["app/auth/lucia.server.ts"]);
  });
});
