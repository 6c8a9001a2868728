import type { LoaderFunctionArgs } from "react-router";
import { toCsv } from "~/exports/spreadsheet";
import { requireNetworkManager } from "~/networks/access.server";
import { participantRows } from "~/registrations/export.server";

export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  return new Response(toCsv(participantRows(network.id)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="deelnemers-${network.slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
