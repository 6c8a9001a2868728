import { DistributionChart } from "~/components/distribution-chart";
import type { NetworkReport, PhaseSummary } from "~/reports/network-report.server";
import { leftOutNote } from "~/reports/visibility";
import { formatNumber, formatPercent } from "~/reports/stats";
import { AppLink } from "~/components/app-link";
import { ScrollBox } from "~/components/scroll-box";

const PHASE = { pre: "Voormeting", post: "Nameting" } as const;
const TOO_FEW = "te weinig antwoorden";
const BASIS = {
  registered: "ingeschreven",
  attended: "aanwezig",
  imported: "deelnemers (opgegeven bij de import)",
} as const;

function denominatorText(p: PhaseSummary): string {
  const guests = p.guests.places ? ` + ${p.guests.places} ${p.guests.places === 1 ? "gast" : "gasten"}` : "";
  return `${p.denominator} (${p.denominator - p.guests.places} ${BASIS[p.basis]}${guests})`;
}

function pendingText(p: PhaseSummary, k: number): string {
  const count = `${p.responses} ${p.responses === 1 ? "antwoord" : "antwoorden"}`;
  if (p.status === "open")
    return `Deze meting loopt nog (${count} tot nu toe). De resultaten verschijnen één keer, zodra ze gesloten is, zodat niemand één antwoord kan afleiden door het rapport voor en na te vergelijken.`;
  return `Deze meting neemt geen antwoorden aan (${count}). Haar resultaten worden gepubliceerd binnen een minuut nadat ze gesloten is, als er dan minstens ${k} antwoorden van deelnemers of van gasten zijn.`;
}

/**
 * The network report as HTML. It is the same for everyone allowed to read it, so it is rendered
 * once per change of its figures (requireNetworkReportHtml in access.server.ts), not on every
 * request; its links are plain anchors for that reason.
 */
export function NetworkReportView({ report }: { report: NetworkReport }) {
  const caution = (phase: "pre" | "post") => report.phases[phase] && !report.phases[phase]!.sufficient;
  return (
    <div className="space-y-6">
      <p className="print:hidden">
        <AppLink to={`/netwerken/${report.network.slug}`} className="text-brand-700 underline">
          Terug naar {report.network.title}
        </AppLink>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Rapport: {report.network.title}</h1>
        <span className="flex flex-wrap gap-3 print:hidden">
          <a
            href={`/netwerken/${report.network.slug}/rapport.csv`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
            download
          >
            CSV
          </a>
          <a
            href={`/netwerken/${report.network.slug}/rapport.xlsx`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
            download
          >
            Excel
          </a>
          <a
            href={`/netwerken/${report.network.slug}/rapport.json`}
            className="rounded border border-brand-700 px-3 py-1 text-brand-800"
          >
            JSON
          </a>
        </span>
      </div>
      <p>
        Schooljaar {report.network.schoolYear} · {report.participants.registered} ingeschreven ·{" "}
        {report.participants.attended} aanwezig. Cijfers over minder dan {report.k} antwoorden worden niet
        getoond.
      </p>
      <section aria-labelledby="respons" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="respons" className="text-xl font-bold">
          Respons
        </h2>
        <ScrollBox className="mt-2">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  Fase
                </th>
                <th scope="col" className="py-1 pr-3">
                  Respondenten
                </th>
                <th scope="col" className="py-1 pr-3">
                  Noemer
                </th>
                <th scope="col" className="py-1 pr-3">
                  Responsgraad
                </th>
                <th scope="col" className="py-1 pr-3">
                  Vereist (Penninckx)
                </th>
                <th scope="col" className="py-1 pr-3">
                  Oordeel
                </th>
              </tr>
            </thead>
            <tbody>
              {(["pre", "post"] as const).map((phase) => {
                const p = report.phases[phase];
                return (
                  <tr key={phase} className="border-b border-slate-200" data-testid={`respons-${phase}`}>
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {PHASE[phase]}
                    </th>
                    <td className="py-1 pr-3">
                      {!p
                        ? "geen meting"
                        : p.status === "published"
                          ? `${p.respondents} van ${p.denominator}`
                          : `${p.responses} (nog niet gepubliceerd)`}
                    </td>
                    <td className="py-1 pr-3">{p ? denominatorText(p) : "–"}</td>
                    <td className="py-1 pr-3">{p ? formatPercent(p.responseRate) : "–"}</td>
                    <td className="py-1 pr-3">{p ? formatPercent(p.requiredRate) : "–"}</td>
                    <td className="py-1 pr-3">
                      {!p
                        ? "–"
                        : p.status !== "published"
                          ? "volgt bij publicatie"
                          : p.sufficient
                            ? "voldoende"
                            : "voorzichtig interpreteren"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      {(["pre", "post"] as const).map((phase) =>
        report.phases[phase] ? (
          <section
            key={phase}
            aria-labelledby={`items-${phase}`}
            className="rounded-lg bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id={`items-${phase}`} className="text-xl font-bold">
              {PHASE[phase]}
              {caution(phase) ? (
                <span className="ml-2 rounded bg-amber-100 px-2 text-sm font-medium text-amber-900">
                  voorzichtig interpreteren
                </span>
              ) : null}
            </h2>
            {report.phases[phase]!.origin === "import" ? (
              <p className="mt-1 text-sm">Historische meting, geïmporteerd uit een bestand.</p>
            ) : null}
            {report.pending.includes(phase) ? (
              <p className="mt-2 italic text-slate-700">{pendingText(report.phases[phase]!, report.k)}</p>
            ) : null}
            {leftOutNote(report.phases[phase]!.leftOut, report.k) ? (
              <p className="mt-2 text-sm">
                Rollen en open antwoorden: {leftOutNote(report.phases[phase]!.leftOut, report.k)}
              </p>
            ) : null}
            <ScrollBox className="mt-2" hidden={report.pending.includes(phase)}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      Vraag
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      n
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Gemiddelde
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      SD
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Top-2
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Verdeling 1–5
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.items
                    .filter((item) => item.phase === phase)
                    .map((item) => (
                      <tr
                        key={item.key}
                        className="border-b border-slate-200 align-top"
                        data-testid="report-item"
                      >
                        <th scope="row" className="py-1 pr-3 font-normal">
                          {item.text}
                          {item.leftOut.length ? (
                            <span className="block text-xs text-slate-700">
                              {leftOutNote(item.leftOut, report.k)}
                            </span>
                          ) : null}
                        </th>
                        <td className="py-1 pr-3">{item.n}</td>
                        {item.suppressed ? (
                          <td colSpan={4} className="py-1 pr-3 italic text-slate-700">
                            {TOO_FEW}
                          </td>
                        ) : (
                          <>
                            <td className="py-1 pr-3">{formatNumber(item.mean)}</td>
                            <td className="py-1 pr-3">{formatNumber(item.sd)}</td>
                            <td className="py-1 pr-3">{formatPercent(item.top2)}</td>
                            <td className="py-1 pr-3">
                              <DistributionChart distribution={item.distribution!} label={item.text} />
                              <span className="text-xs">
                                {item
                                  .distribution!.map((c) => `${c} (${formatPercent(c / item.n)})`)
                                  .join(" · ")}
                              </span>
                            </td>
                          </>
                        )}
                      </tr>
                    ))}
                </tbody>
              </table>
            </ScrollBox>
            {report.roles[phase] ? (
              <p className="mt-3 text-sm">
                Rollen: {report.roles[phase]!.counts.map((c) => `${c.label} ${c.n}`).join(", ") || "–"}
                {report.roles[phase]!.hidden
                  ? ` (${report.roles[phase]!.hidden} in kleinere groepen, niet getoond)`
                  : ""}
              </p>
            ) : null}
            {report.open
              .filter((o) => o.phase === phase)
              .map((open) => (
                <div key={open.questionId} className="mt-4">
                  <h3 className="font-semibold">{open.question}</h3>
                  {open.restricted ? (
                    <p className="text-sm italic text-slate-700">
                      Open antwoorden lezen enkel de begeleiders van dit netwerk.
                    </p>
                  ) : open.answers === null ? (
                    <p className="text-sm italic text-slate-700">
                      {TOO_FEW} ({open.n})
                    </p>
                  ) : open.answers.length === 0 ? (
                    <p className="text-sm">Geen antwoorden.</p>
                  ) : (
                    <>
                      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                        {open.answers.map((answer, i) => (
                          <li key={i}>{answer}</li>
                        ))}
                      </ul>
                      {open.n > open.answers.length ? (
                        <p className="mt-1 text-sm">
                          <AppLink
                            to={`/netwerken/${report.network.slug}/rapport/open-antwoorden/${open.questionId}`}
                            aria-label={`Alle ${open.n} antwoorden lezen: ${open.question}`}
                            className="text-brand-700 underline"
                          >
                            Alle {open.n} antwoorden lezen
                          </AppLink>
                        </p>
                      ) : null}
                    </>
                  )}
                </div>
              ))}
          </section>
        ) : null,
      )}
      {report.pairs.length ? (
        <section aria-labelledby="paren" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 id="paren" className="text-xl font-bold">
            Voor- en nameting naast elkaar
          </h2>
          <ScrollBox className="mt-2">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Kennis per doel en praktijktoepassing, voor- en nameting</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    Vraag
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Voormeting gemiddelde (top-2)
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Nameting gemiddelde (top-2)
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Verdeling voor
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Verdeling na
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...report.pairs.map((p) => `kennis: ${p.goal}`), "praktijktoepassing"].map((key) => {
                  const [pre, post] = (["pre", "post"] as const).map((phase) =>
                    report.items.find((i) => i.key === key && i.phase === phase),
                  );
                  const cell = (item: typeof pre) =>
                    !item
                      ? "–"
                      : item.suppressed
                        ? TOO_FEW
                        : `${formatNumber(item.mean)} (${formatPercent(item.top2)})`;
                  return (
                    <tr key={key} className="border-b border-slate-200" data-testid="report-compare">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {key}
                      </th>
                      <td className="py-1 pr-3">{cell(pre)}</td>
                      <td className="py-1 pr-3">{cell(post)}</td>
                      <td className="py-1 pr-3">
                        {pre?.distribution ? (
                          <DistributionChart distribution={pre.distribution} label={`${key}, voormeting`} />
                        ) : (
                          "–"
                        )}
                      </td>
                      <td className="py-1 pr-3">
                        {post?.distribution ? (
                          <DistributionChart distribution={post.distribution} label={`${key}, nameting`} />
                        ) : (
                          "–"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          <h3 className="mt-4 font-semibold">Leerwinst bij dezelfde personen (gepaard)</h3>
          <ScrollBox className="mt-2">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    Doel
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Paren
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Gemiddeld verschil
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    SD verschil
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Effectgrootte
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.pairs.map((pair) => (
                  <tr key={pair.goal} className="border-b border-slate-200" data-testid="report-pair">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {pair.goal}
                    </th>
                    <td className="py-1 pr-3">{pair.n}</td>
                    {pair.suppressed ? (
                      <td colSpan={3} className="py-1 pr-3 italic text-slate-700">
                        {pair.withheld ?? TOO_FEW}
                      </td>
                    ) : (
                      <>
                        <td className="py-1 pr-3">{formatNumber(pair.meanDiff)}</td>
                        <td className="py-1 pr-3">{formatNumber(pair.sdDiff)}</td>
                        <td className="py-1 pr-3">{formatNumber(pair.effectSize)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ) : null}
    </div>
  );
}
