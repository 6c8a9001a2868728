import { z } from "zod";

/** What an action on a network page did, shown once on the page it redirects to. */
export const networkPageNoticeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("registered") }),
  z.object({ kind: z.literal("waitlisted"), position: z.number().int().positive() }),
  z.object({ kind: z.literal("offered") }),
  z.object({ kind: z.literal("cancelled") }),
  z.object({ kind: z.literal("offer-accepted") }),
  z.object({ kind: z.literal("offer-declined") }),
]);

export type NetworkPageNotice = z.infer<typeof networkPageNoticeSchema>;

export function networkPageNoticeText(notice: NetworkPageNotice): string {
  switch (notice.kind) {
    case "registered":
      return "Je bent ingeschreven. Je krijgt een bevestiging per e-mail.";
    case "waitlisted":
      return `Het netwerk is volzet: je staat op de wachtlijst, op plaats ${notice.position}.`;
    case "offered":
      return "Je hebt een aanbod voor een plaats.";
    case "cancelled":
      return "Je bent uitgeschreven.";
    case "offer-accepted":
      return "Je hebt de plaats aanvaard en bent ingeschreven.";
    case "offer-declined":
      return "Je hebt het aanbod geweigerd.";
  }
}
