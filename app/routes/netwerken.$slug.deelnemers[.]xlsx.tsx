import type { LoaderFunctionArgs } from "react-router";
import { toXlsx } from "~/exports/spreadsheet";
import { requireNetworkManager } from "~/networks/access.server";
import { participantRows } from "~/registrations/export.server";

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return new Response(new Uint8Array(toXlsx("Deelnemers", participantRows(network.id))), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="deelnemers-${network.slug}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
