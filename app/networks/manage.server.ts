import { and, eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { networkSessions, networks } from "#db/schema";
import { deliverPendingMailInBackground } from "~/mail/outbox.server";
import { notifyNetworkCancelled, notifySessionChange } from "~/registrations/notifications.server";
import { offerFreedSeats, refreshFullStatus } from "~/registrations/seats.server";
import { nextStatus, type StatusAction } from "./status";
import type { SessionInput } from "./validation";

function sessionColumns(input: SessionInput) {
  return {
    kind: input.kind,
    title: input.title ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    modality: input.modality,
    venueName: input.modality === "online" ? null : (input.venueName ?? null),
    venueAddress: input.modality === "online" ? null : (input.venueAddress ?? null),
    onlineUrl: input.modality === "fysiek" ? null : (input.onlineUrl ?? null),
    capacity: input.capacity ?? null,
  };
}

export function addSession(networkId: number, input: SessionInput): void {
  db.transaction(
    (tx) => {
      tx.insert(networkSessions)
        .values({ networkId, ...sessionColumns(input) })
        .run();
      refreshFullStatus(tx, networkId, new Date());
    },
    { behavior: "immediate" },
  );
}

/** Edits a session; everyone with a seat is told, and a larger capacity goes to the waitlist. */
export function updateSession(networkId: number, sessionId: number, input: SessionInput): boolean {
  const done = db.transaction(
    (tx) => {
      const current = tx
        .select()
        .from(networkSessions)
        .where(and(eq(networkSessions.id, sessionId), eq(networkSessions.networkId, networkId)))
        .get();
      if (!current || current.cancelledAt) return false;
      tx.update(networkSessions)
        .set({ ...sessionColumns(input), revision: current.revision + 1 })
        .where(eq(networkSessions.id, sessionId))
        .run();
      notifySessionChange(tx, sessionId, false);
      offerFreedSeats(tx, networkId, sessionId, new Date());
      return true;
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return done;
}

export function cancelSession(networkId: number, sessionId: number): boolean {
  const done = db.transaction(
    (tx) => {
      const current = tx
        .select()
        .from(networkSessions)
        .where(and(eq(networkSessions.id, sessionId), eq(networkSessions.networkId, networkId)))
        .get();
      if (!current || current.cancelledAt) return false;
      tx.update(networkSessions)
        .set({ cancelledAt: new Date(), revision: current.revision + 1 })
        .where(eq(networkSessions.id, sessionId))
        .run();
      notifySessionChange(tx, sessionId, true);
      return true;
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return done;
}

/** Publishes, closes or cancels; cancelling notifies everyone registered or waiting. */
export function changeNetworkStatus(networkId: number, action: StatusAction): boolean {
  const done = db.transaction(
    (tx) => {
      const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()!;
      const status = nextStatus(network.status, action);
      if (!status) return false;
      tx.update(networks).set({ status, updatedAt: new Date() }).where(eq(networks.id, networkId)).run();
      if (status === "geannuleerd") notifyNetworkCancelled(tx, networkId);
      if (status === "gepubliceerd") {
        refreshFullStatus(tx, networkId, new Date());
        offerFreedSeats(tx, networkId, null, new Date());
      }
      return true;
    },
    { behavior: "immediate" },
  );
  deliverPendingMailInBackground();
  return done;
}
