import { eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { networks } from "#db/schema";
import { availableSeats, waitlistLength } from "./seats.server";

export function networkSeatSummary(networkId: number) {
  return db.transaction((tx) => {
    const network = tx.select().from(networks).where(eq(networks.id, networkId)).get()!;
    return {
      capacity: network.capacity,
      seatsLeft: availableSeats(tx, network, null, new Date()),
      waiting: waitlistLength(tx, networkId),
    };
  });
}
