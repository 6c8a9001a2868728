import { and, eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { networkSessions } from "#db/schema";

export function findSession(networkId: number, sessionId: number) {
  return (
    db
      .select()
      .from(networkSessions)
      .where(and(eq(networkSessions.id, sessionId), eq(networkSessions.networkId, networkId)))
      .get() ?? null
  );
}
