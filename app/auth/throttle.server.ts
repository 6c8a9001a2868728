import { and, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { db, type Db, type Tx } from "#db/client.server";
import { authThrottle } from "#db/schema";
import { ACCOUNT_RULE, IP_RULE, secondsLocked, stateAfterFailure, type ThrottleRule } from "./throttle";

export function throttleKeys(email: string, ip: string): Array<[string, ThrottleRule]> {
  return [
    [`account:${email}`, ACCOUNT_RULE],
    [`ip:${ip}`, IP_RULE],
  ];
}

/** The longest remaining lock over the given keys, in seconds. */
export function lockedSeconds(keys: string[], now = nowSeconds()): number {
  const rows = db.select().from(authThrottle).where(inArray(authThrottle.key, keys)).all();
  return Math.max(0, ...rows.map((row) => secondsLocked(row, now)));
}

export function recordLoginFailure(keys: Array<[string, ThrottleRule]>, now = nowSeconds()): void {
  db.transaction(
    (tx) => {
      for (const [key, rule] of keys) {
        const current = tx.select().from(authThrottle).where(eq(authThrottle.key, key)).get();
        const next = stateAfterFailure(current, now, rule);
        tx.insert(authThrottle)
          .values({ key, ...next })
          .onConflictDoUpdate({ target: authThrottle.key, set: next })
          .run();
      }
    },
    { behavior: "immediate" },
  );
}

export function clearThrottle(key: string): void {
  db.delete(authThrottle).where(eq(authThrottle.key, key)).run();
}

/**
 * Retention: removes counters whose window has passed and whose lock (if any) has ended. Such a
 * row changes nothing any more: the next failure would start a fresh window at 1 either way.
 */
export function purgeStaleThrottle(now = new Date(), tx: Tx | Db = db): number {
  const seconds = Math.floor(now.getTime() / 1000);
  const window = Math.max(ACCOUNT_RULE.windowSeconds, IP_RULE.windowSeconds);
  return tx
    .delete(authThrottle)
    .where(
      and(
        lte(authThrottle.windowStartedAt, seconds - window),
        or(isNull(authThrottle.lockedUntil), lte(authThrottle.lockedUntil, seconds)),
      ),
    )
    .run().changes;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
