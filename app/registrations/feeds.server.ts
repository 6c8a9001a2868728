import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db, preparedOnce } from "#db/client.server";
import { calendarFeeds, networkSessions, networks, registrations } from "#db/schema";
import { buildCalendar } from "./ics";
import { sessionEvent } from "./calendar.server";

function newToken() {
  return randomBytes(24).toString("base64url");
}

const feedTokenOf = preparedOnce(() =>
  db
    .select({ token: calendarFeeds.token })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, sql.placeholder("userId")))
    .prepare(),
);

export function feedTokenFor(userId: string): string {
  // Every visit but the first finds the token; reading it first keeps the dashboard from taking
  // the database's write lock on each request.
  const existing = feedTokenOf().get({ userId });
  if (existing) return existing.token;
  return db.transaction(
    (tx) => {
      const existing = tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get();
      if (existing) return existing.token;
      const token = newToken();
      tx.insert(calendarFeeds).values({ userId, token, createdAt: new Date() }).run();
      return token;
    },
    { behavior: "immediate" },
  );
}

/** A new token: the old feed URL stops working at once. */
export function regenerateFeedToken(userId: string): string {
  const token = newToken();
  db.insert(calendarFeeds)
    .values({ userId, token, createdAt: new Date() })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt: new Date() } })
    .run();
  return token;
}

/** The personal feed: every session of every network or session the owner holds a seat in. */
export function calendarForToken(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token)).get();
  if (!feed) return null;
  const rows = db
    .select({ session: networkSessions, title: networks.title, slug: networks.slug })
    .from(registrations)
    .innerJoin(networks, eq(registrations.networkId, networks.id))
    .innerJoin(
      networkSessions,
      and(
        eq(networkSessions.networkId, networks.id),
        or(isNull(registrations.sessionId), eq(networkSessions.id, registrations.sessionId)),
      ),
    )
    .where(and(eq(registrations.userId, feed.userId), inArray(registrations.status, ["registered"])))
    .orderBy(asc(networkSessions.startsAt))
    .all();
  return buildCalendar({
    name: "Mijn bijeenkomsten – LEERKR@CHT.NET",
    events: rows.map((row) => sessionEvent(row.session, row, true)),
  });
}
