import type { SurveyPhase } from "#db/schema";

/** The answers to one open question of a published survey; null while under k respondents. */
export interface OpenAnswers {
  questionId: number;
  phase: SurveyPhase;
  question: string;
  answers: string[] | null;
  n: number;
  /** Withheld from this reader: open answers are for the network's own facilitators. */
  restricted?: boolean;
}

/** The report page shows a few answers per open question and links to the rest. */
export const OPEN_PREVIEW = 10;
export const OPEN_PAGE_SIZE = 50;

/**
 * A large network has thousands of open answers: the report page carries only the first few of
 * each question (already in an order that reveals nothing), `n` still tells how many there are.
 */
export function previewOpenAnswers<T extends { open: OpenAnswers[] }>(report: T, size = OPEN_PREVIEW): T {
  return {
    ...report,
    open: report.open.map((o) => ({ ...o, answers: o.answers ? o.answers.slice(0, size) : null })),
  };
}

/** One page of one question's answers; a page past the end shows the last one. */
export function openAnswersPage(answers: string[], requested: number, size = OPEN_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(answers.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  return {
    page,
    pages,
    first: (page - 1) * size + 1,
    answers: answers.slice((page - 1) * size, page * size),
  };
}

/** The report for a reader who is not a facilitator of the network: no open answers, not even their count. */
export function withoutOpenAnswers<T extends { open: OpenAnswers[] }>(report: T): T {
  return { ...report, open: report.open.map((o) => ({ ...o, answers: null, n: 0, restricted: true })) };
}
