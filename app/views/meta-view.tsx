import { META_ITEMS, type MetaRow } from "~/reports/meta";
import type { metaAnalysis } from "~/reports/meta.server";
import { formatNumber, formatPercent } from "~/reports/stats";
import { schoolYearLabel } from "~/networks/time";
import { AppLink } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

const ITEM_LABELS: Record<(typeof META_ITEMS)[number], string> = {
  tevredenheid: "Tevredenheid",
  bruikbaarheid: "Bruikbaarheid",
  kennis: "Kennis",
  geleerd: "Geleerd",
  ondersteuning: "Ondersteuning",
  praktijktoepassing: "Praktijk",
};

function MetaTable({ caption, rows }: { caption: string; rows: MetaRow[] }) {
  return (
    <ScrollBox>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              Groep
            </th>
            <th scope="col" className="py-1 pr-3">
              Netwerken
            </th>
            <th scope="col" className="py-1 pr-3">
              Respondenten
            </th>
            <th scope="col" className="py-1 pr-3">
              Voldoende respons
            </th>
            {META_ITEMS.map((item) => (
              <th key={item} scope="col" className="py-1 pr-3">
                {ITEM_LABELS[item]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value} className="border-b border-slate-200" data-testid="meta-row">
              <th scope="row" className="py-1 pr-3 font-normal">
                {row.value}
              </th>
              <td className="py-1 pr-3">{row.networks}</td>
              <td className="py-1 pr-3">{row.respondents}</td>
              <td className="py-1 pr-3">{formatPercent(row.sufficientShare)}</td>
              {META_ITEMS.map((item) => (
                <td
                  key={item}
                  className="py-1 pr-3 whitespace-nowrap"
                  title={`n = ${row.items[item].n}; gemiddelde van ${row.items[item].networksInMean} netwerkgemiddelden`}
                >
                  {row.items[item].pooledMean === null
                    ? "–"
                    : `${formatNumber(row.items[item].pooledMean)} (${formatNumber(row.items[item].meanOfMeans)})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/**
 * The meta-analysis of one school year below its picker: the same for every beheerder, so it is
 * rendered once per change of its figures (metaAnalysisHtml); its links are plain anchors.
 */
export function MetaAnalysisView({
  year,
  k,
  analysis: { tables, trend, coverage },
}: {
  year: number;
  k: number;
  analysis: ReturnType<typeof metaAnalysis>;
}) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">
        Nametingen per schooljaar (een netwerk over twee schooljaren telt in het laatste). Per vraag: het
        gemiddelde over de antwoorden en, tussen haakjes, het gemiddelde van de netwerkgemiddelden. Netwerken
        met minder dan {k} antwoorden op een vraag, of met minder dan {k} respondenten, tellen voor die vraag
        niet mee (ook niet in het aantal antwoorden); in de kolommen Netwerken, Respondenten en Voldoende
        respons tellen ze wel mee. Cijfers over minder dan {k} antwoorden worden niet getoond.
      </p>
      <section aria-labelledby="overzicht" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="overzicht" className="text-xl font-bold">
          {schoolYearLabel(year)}
        </h2>
        <MetaTable caption="Alle gemeten netwerken" rows={[tables.overall]} />
        {tables.groups.map((group) => (
          <MetaTable key={group.grouping} caption={`Per ${group.label.toLowerCase()}`} rows={group.rows} />
        ))}
      </section>
      <section aria-labelledby="trend" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="trend" className="text-xl font-bold">
          Evolutie over de schooljaren
        </h2>
        <MetaTable caption="Per schooljaar" rows={trend} />
      </section>
      <section aria-labelledby="dekking" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="dekking" className="text-xl font-bold">
          Afgesproken metingen
        </h2>
        {coverage.networks === 0 ? (
          <p className="mt-2">Er zijn geen metingen afgesproken voor dit schooljaar (zie Meetplan).</p>
        ) : (
          <>
            <ul className="mt-2 text-sm" data-testid="plan-coverage">
              <li>
                Voormetingen: {coverage.pre.done} van {coverage.pre.planned} gedaan
              </li>
              <li>
                Nametingen: {coverage.post.done} van {coverage.post.planned} gedaan
              </li>
            </ul>
            <p className="mt-2">
              <AppLink to={`/rapporten/meetplan?schooljaar=${year}`} className="text-brand-700 underline">
                Opvolging per netwerk ({coverage.networks} netwerken)
              </AppLink>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
