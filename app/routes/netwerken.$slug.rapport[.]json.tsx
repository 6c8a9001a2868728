import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireNetworkReport } from "~/reports/access.server";

/** The report's numbers as JSON (shape in the README): unrounded, rates as fractions, null when suppressed. */
export async function loader(args: LoaderFunctionArgs) {
  const { network, participants, phases, items, pairs } = await requireNetworkReport(args);
  const body = {
    network,
    participants,
    phases: Object.fromEntries(Object.entries(phases).map(([phase, p]) => [phase, p && { respondents: p.respondents, responseRate: p.responseRate, requiredRate: p.requiredRate, sufficient: p.sufficient }])),
    items: items.map(({ key, phase, n, suppressed, mean, sd, distribution, top2 }) => ({ key, phase, n, suppressed, mean, sd, distribution, top2 })),
    pairs,
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" } });
}
