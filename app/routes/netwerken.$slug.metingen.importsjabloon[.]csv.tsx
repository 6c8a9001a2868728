import type { LoaderFunctionArgs } from "react-router";
import { toCsv } from "~/exports/spreadsheet";
import { requireNetworkManager } from "~/networks/access.server";
import { getNetworkDetails } from "~/networks/networks.server";
import { POST_OPEN_QUESTIONS } from "~/surveys/instrument";

/** The import template for one network: its goals make up the knowledge columns. */
export async function loader(args: LoaderFunctionArgs) {
  const { network } = await requireNetworkManager(args, args.params.slug);
  const goals = getNetworkDetails(network.id)!.goals.map((g) => g.text);
  const header = [
    "phase",
    "respondent",
    "role",
    "tevredenheid",
    "bruikbaarheid",
    ...goals.flatMap((g) => [`kennis: ${g}`, `geleerd: ${g}`]),
    "ondersteuning",
    "praktijktoepassing",
    ...POST_OPEN_QUESTIONS.map((q) => `open: ${q}`),
  ];
  const example = [
    "post",
    "R01",
    "leraar",
    5,
    4,
    ...goals.flatMap(() => [4, 5]),
    3,
    3,
    ...POST_OPEN_QUESTIONS.map(() => ""),
  ];
  return new Response(toCsv([header, example]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="importsjabloon-${network.slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
