import type { ResponseSource, SourceCounts } from "~/surveys/rules";

/**
 * What a figure may be built from. Every figure the portal shows or exports about an item goes
 * through these rules (the network report and the meta-analysis alike), so two figures about
 * the same item always rest on the same answers or differ by whole groups of at least k.
 */

export const SOURCE_LABELS: Record<ResponseSource, string> = {
  portal: "deelnemers met account",
  guest: "gasten via de gastlink",
  import: "geïmporteerde formulieren",
};

export interface LeftOut {
  source: ResponseSource;
  n: number;
}

/**
 * k counts real people per source: a source with 1 to k − 1 answers on an item is left out of
 * that item's figure (a handful of guests beside 20 members would otherwise be hidden behind
 * the members' k). A source with 0 or at least k answers takes part.
 */
export function includedSources(
  counts: SourceCounts,
  k: number,
): { included: ResponseSource[]; leftOut: LeftOut[] } {
  const entries = (Object.entries(counts) as Array<[ResponseSource, number]>).filter(([, n]) => n > 0);
  return {
    included: entries.filter(([, n]) => n >= k).map(([source]) => source),
    leftOut: entries.filter(([, n]) => n < k).map(([source, n]) => ({ source, n })),
  };
}

export type ValuesBySource = Partial<Record<ResponseSource, number[]>>;

/** An item's scores from the sources that take part, and the ones left out. */
export function visibleValues(bySource: ValuesBySource, k: number): { values: number[]; leftOut: LeftOut[] } {
  const counts = Object.fromEntries(
    Object.entries(bySource).map(([source, values]) => [source, values.length]),
  );
  const { included, leftOut } = includedSources(counts, k);
  return { values: included.flatMap((source) => bySource[source] ?? []), leftOut };
}

/** Short Dutch note under a figure that left a small source out. */
export function leftOutNote(leftOut: LeftOut[], k: number): string | null {
  if (leftOut.length === 0) return null;
  return `Niet meegeteld: ${leftOut.map((l) => `${l.n} ${SOURCE_LABELS[l.source]}`).join(" en ")} (minder dan ${k}).`;
}

/**
 * Differencing between the paired gain and the item means beside it: the pairs are a subset of
 * the people behind the pre item and behind the post item. If one of those sets has 1 to k − 1
 * people more than the pairs, the two shown figures together give those people's answers away
 * (a post mean over 6 beside pairs over 5 reveals the sixth). Returns the Dutch reason to
 * withhold the pairs, or null.
 */
export function pairsBlock(
  pairs: number,
  sides: Array<{ phase: "pre" | "post"; n: number; shown: boolean }>,
  k: number,
): string | null {
  for (const side of sides) {
    const extra = side.n - pairs;
    if (side.shown && extra > 0 && extra < k) {
      const label = side.phase === "pre" ? "voormeting" : "nameting";
      return `Niet getoond: ${extra} ${extra === 1 ? "persoon vulde" : "personen vulden"} de ${label} in zonder paar. Naast het gemiddelde van de ${label} zou de gepaarde leerwinst ${extra === 1 ? "diens antwoord" : "hun antwoorden"} verraden.`;
    }
  }
  return null;
}
