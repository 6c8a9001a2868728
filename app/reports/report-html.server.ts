import { createElement } from "react";
import { renderedUntilChange, type RenderedHtml } from "~/http/static-html.server";
import { reportMaxAgeMs } from "./max-age.server";
import { metaAnalysis } from "./meta.server";
import { MetaAnalysisView } from "./meta-view";
import { cachedNetworkReport } from "./network-report.server";
import { NetworkReportView } from "./network-report-view";
import { previewOpenAnswers, withoutOpenAnswers } from "./open-answers";
import { reachReport } from "./reach.server";
import { ReachGoalsView } from "./reach-view";
import { DEFAULT_K } from "./stats";

/**
 * The report pages' large parts as HTML, rendered once per change of their figures (the same
 * for everyone allowed to read them; the network report in two versions, with open answers for
 * its facilitators and without for beheerders) and kept exactly as long as those figures. The
 * caller checks access first.
 */
export function networkReportHtml(networkId: number, withOpenAnswers: boolean): RenderedHtml {
  const report = () => (withOpenAnswers ? previewOpenAnswers(cachedNetworkReport(networkId)) : withoutOpenAnswers(cachedNetworkReport(networkId)));
  return renderedUntilChange(`network-report:${networkId}:${withOpenAnswers ? "facilitator" : "beheerder"}`, () => createElement(NetworkReportView, { report: report() }), () => reportMaxAgeMs(networkId));
}

export function metaAnalysisHtml(year: number): RenderedHtml {
  return renderedUntilChange(`meta-analysis:${year}`, () => createElement(MetaAnalysisView, { year, k: DEFAULT_K, analysis: metaAnalysis(year) }), () => reportMaxAgeMs(null));
}

/** Reach per goal of one kerntaak or beleidsimpuls, for the plan period or all school years. */
export function reachGoalsHtml(wholeHistory: boolean, chapter: ReturnType<typeof reachReport>[number]["coreTaskOrImpulse"] | null): RenderedHtml {
  const goals = () => reachReport(wholeHistory).filter((goal) => goal.coreTaskOrImpulse === chapter);
  // Reach depends on the data alone (see reachData), so only a commit renders it again.
  return renderedUntilChange(`reach:${wholeHistory}:${chapter}`, () => createElement(ReachGoalsView, { current: chapter, goals: goals() }), Infinity);
}
