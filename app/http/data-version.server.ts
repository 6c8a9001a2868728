import { db } from "#db/client.server";
import { Lru } from "./lru";

let statements: { dataVersion: { get(): unknown }; ownChanges: { get(): unknown } } | undefined;

/**
 * A value that changes on every commit to the database. PRAGMA data_version moves when another
 * connection (another server process, the CLI) commits; total_changes() when this one does.
 */
export function dataVersion(): string {
  statements ??= {
    dataVersion: db.$client.prepare("pragma data_version").pluck(),
    ownChanges: db.$client.prepare("select total_changes()").pluck(),
  };
  return `${statements.dataVersion.get()}:${statements.ownChanges.get()}`;
}

/**
 * A cache of results each kept until the next commit or its maximum age (see cachedUntilChange),
 * with room for `entries` results; a cache of its own keeps one kind of result (many distinct
 * searches) from pushing out another (the few, costly reports).
 */
export function untilChangeCache(entries: number) {
  const computed = new Lru<string, { version: string; expiresAt: number; value: unknown }>(entries, () => 1);
  return function cached<T>(
    key: string,
    compute: () => T,
    maxAgeMs: number | (() => number) = 60_000,
    now = Date.now(),
  ): T {
    const version = dataVersion();
    const hit = computed.get(key);
    if (hit && hit.version === version && now < hit.expiresAt) return hit.value as T;
    // A maximum age that takes work to find out (a query) is asked only when computing anew.
    const expiresAt = now + (typeof maxAgeMs === "function" ? maxAgeMs() : maxAgeMs);
    const value = compute();
    computed.set(key, { version, expiresAt, value });
    return value;
  };
}

/**
 * The result of `compute` for `key`, computed again only after a commit or once `maxAgeMs` has
 * passed since it was computed (for results that also depend on the clock, such as whether a
 * survey is open; `Infinity` for results that depend on the data alone; a function when finding
 * it out takes work, asked only on a miss). Each entry ages from its
 * own computation, so processes and keys do not all recompute in the same second.
 * Only for results that are the same for every viewer allowed to see them.
 */
export const cachedUntilChange = untilChangeCache(256);
