import { createElement } from "react";
import { renderedUntilChange, type RenderedHtml } from "~/http/static-html.server";
import { reportMaxAgeMs } from "~/reports/max-age.server";
import { metaAnalysis } from "~/reports/meta.server";
import { MetaAnalysisView } from "./meta-view";
import { cachedNetworkReport } from "~/reports/network-report.server";
import { NetworkReportView } from "./network-report-view";
import { previewOpenAnswers, withoutOpenAnswers } from "~/reports/open-answers";
import { reachReport } from "~/reports/reach.server";
import { ReachGoalsView } from "./reach-view";
import { DEFAULT_K } from "~/reports/stats";
import { reportReader, type ReportArgs } from "~/reports/access.server";

/**
 * The report pages' large parts as HTML, rendered once per change of their figures (the same
 * for everyone allowed to read them; the network report in two versions, with open answers for
 * its facilitators and without for beheerders) and kept exactly as long as those figures. The
 * caller checks access first.
 */
export function networkReportHtml(networkId: number, withOpenAnswers: boolean): RenderedHtml {
  const report = () =>
    withOpenAnswers
      ? previewOpenAnswers(cachedNetworkReport(networkId))
      : withoutOpenAnswers(cachedNetworkReport(networkId));
  return renderedUntilChange(
    `network-report:${networkId}:${withOpenAnswers ? "facilitator" : "beheerder"}`,
    () => createElement(NetworkReportView, { report: report() }),
    () => reportMaxAgeMs(networkId),
  );
}

export function metaAnalysisHtml(year: number): RenderedHtml {
  return renderedUntilChange(
    `meta-analysis:${year}`,
    () => createElement(MetaAnalysisView, { year, k: DEFAULT_K, analysis: metaAnalysis(year) }),
    () => reportMaxAgeMs(null),
  );
}

/** Reach per goal of one kerntaak or beleidsimpuls, for the plan period or all school years. */
export function reachGoalsHtml(
  wholeHistory: boolean,
  chapter: ReturnType<typeof reachReport>[number]["coreTaskOrImpulse"] | null,
): RenderedHtml {
  const goals = () => reachReport(wholeHistory).filter((goal) => goal.coreTaskOrImpulse === chapter);
  // Reach depends on the data alone (see reachData), so only a commit renders it again.
  return renderedUntilChange(
    `reach:${wholeHistory}:${chapter}`,
    () => createElement(ReachGoalsView, { current: chapter, goals: goals() }),
    Infinity,
  );
}

/** The report page's HTML (with the first open answers for facilitators), kept as long as its figures. */
export async function requireNetworkReportHtml(args: ReportArgs): Promise<RenderedHtml> {
  const { network, readsOpenAnswers } = await reportReader(args);
  return networkReportHtml(network.id, readsOpenAnswers);
}
