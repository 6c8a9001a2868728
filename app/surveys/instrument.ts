import type { QuestionConstruct, QuestionKind, SurveyPhase, SurveyTemplate } from "#db/schema/surveys";

/** The 5-point agreement scale of the fixed part; it must never change (brief §2.4). */
export const LIKERT_LABELS = [
  "helemaal oneens",
  "oneens",
  "noch eens, noch oneens",
  "eens",
  "helemaal eens",
] as const;

/** Default role list of question 1 (configurable by a beheerder; "andere" is always added). */
export const DEFAULT_ROLE_LABELS = [
  "leraar",
  "directeur",
  "beleidsteam of adjunct-directeur",
  "zorgcoördinator of leerlingbegeleider",
  "ICT-coördinator",
  "technisch adviseur(-coördinator)",
  "leerondersteuner",
  "CLB-medewerker",
  "aanvangsbegeleider",
  "pedagogisch of kwaliteitscoördinator",
  "directeur-coördinator",
];
export const OTHER_ROLE = "andere";

/** The Kijkwijzer: five phases of (non-)use in practice, Guskey level 4 (brief §2.6). */
export const DEFAULT_STAGE_LABELS = [
  "Ik ben nog niet gestart of ben niet van plan dit toe te passen",
  "Ik ben van plan het geleerde in de praktijk te brengen",
  "Ik ben er net mee gestart",
  "Ik ben er al even mee bezig",
  "Ik heb het in de vingers en ga er actief met collega’s mee aan de slag",
];

export const TEMPLATE_LABELS: Record<SurveyTemplate, string> = {
  "voormeting-basis": "Voormeting basis",
  "nameting-basis": "Nameting basis",
  "nameting-uitgebreid": "Nameting uitgebreid",
};

export const PHASE_LABELS: Record<SurveyPhase, string> = { pre: "voormeting", post: "nameting" };

export function phaseOfTemplate(template: SurveyTemplate): SurveyPhase {
  return template === "voormeting-basis" ? "pre" : "post";
}

export interface QuestionSpec {
  kind: QuestionKind;
  construct: QuestionConstruct;
  goalId: number | null;
  text: string;
  options: string[] | null;
  required: boolean;
  fixed: boolean;
}

export const POST_OPEN_QUESTIONS = [
  "Wat heb je nog nodig om het geleerde in je praktijk te implementeren?",
  "Wat vond je het meest bruikbaar?",
  "Dit geef ik nog mee aan de begeleider(s)",
];

export const PRE_OPEN_QUESTIONS = [
  "Waarom neem je deel aan dit traject?",
  "Wanneer ben je op het einde van dit traject tevreden?",
];

/** Module 2 of EDBI: hindering and supporting factors, in the extended post template. */
export const EXTENDED_FACTOR_ITEMS = [
  "Ik krijg voldoende tijd om het geleerde toe te passen.",
  "Mijn directie moedigt me aan om het geleerde toe te passen.",
  "Ik kan met collega’s samenwerken rond dit thema.",
  "Ik beschik over de nodige materialen en middelen.",
  "De inhoud sloot aan bij mijn noden en die van mijn school.",
];
export const EXTENDED_OPEN_QUESTIONS = [
  "Wat hinderde je om het geleerde toe te passen?",
  "Wat hielp je om het geleerde toe te passen?",
];

/** The question stems asked once per network goal; the goal's text completes the sentence. */
const GOAL_QUESTION_STEMS = {
  kennis: "Ik heb voldoende kennis over: ",
  geleerd: "Ik heb nieuwe dingen geleerd over: ",
} as const satisfies Partial<Record<QuestionConstruct, string>>;
export type GoalConstruct = keyof typeof GOAL_QUESTION_STEMS;
export const GOAL_CONSTRUCTS = Object.keys(GOAL_QUESTION_STEMS) as GoalConstruct[];

/** The wording of a per-goal question; also used to follow a goal that is reworded before any answer. */
export function goalQuestionText(construct: GoalConstruct, goalText: string): string {
  return `${GOAL_QUESTION_STEMS[construct]}${goalText}`;
}

const fixedLikert = (
  construct: QuestionConstruct,
  text: string,
  goalId: number | null = null,
): QuestionSpec => ({ kind: "likert", construct, goalId, text, options: null, required: true, fixed: true });
const open = (text: string): QuestionSpec => ({
  kind: "open",
  construct: "open",
  goalId: null,
  text,
  options: null,
  required: false,
  fixed: false,
});

/**
 * The questions of a new survey, in the locked order of the fixed part (brief §2.4): role,
 * satisfaction and usefulness (post), knowledge per goal (and learned, post), support, stage.
 */
export function buildQuestions(
  template: SurveyTemplate,
  goals: { id: number; text: string }[],
  roleLabels: string[],
  stageLabels: string[],
): QuestionSpec[] {
  const post = phaseOfTemplate(template) === "post";
  const questions: QuestionSpec[] = [
    {
      kind: "role",
      construct: "rol",
      goalId: null,
      text: "Wat is je rol?",
      options: [...roleLabels.filter((r) => r !== OTHER_ROLE), OTHER_ROLE],
      required: true,
      fixed: true,
    },
  ];
  if (post) {
    questions.push(
      fixedLikert("tevredenheid", "Ik ben tevreden over dit traject."),
      fixedLikert("bruikbaarheid", "Dit traject is bruikbaar in mijn praktijk."),
    );
  }
  for (const goal of goals) {
    questions.push(fixedLikert("kennis", goalQuestionText("kennis", goal.text), goal.id));
    if (post) questions.push(fixedLikert("geleerd", goalQuestionText("geleerd", goal.text), goal.id));
  }
  questions.push(
    fixedLikert(
      "ondersteuning",
      "Ik krijg vanuit mijn school of organisatie ondersteuning om dit toe te passen.",
    ),
  );
  questions.push({
    kind: "stage",
    construct: "praktijktoepassing",
    goalId: null,
    text: "In welke fase zit je met het toepassen van het geleerde in je praktijk?",
    options: stageLabels,
    required: true,
    fixed: true,
  });
  if (template === "nameting-uitgebreid") {
    questions.push(
      ...EXTENDED_FACTOR_ITEMS.map((text): QuestionSpec => ({
        kind: "likert",
        construct: "eigen",
        goalId: null,
        text,
        options: null,
        required: false,
        fixed: false,
      })),
    );
    questions.push(...EXTENDED_OPEN_QUESTIONS.map(open));
  }
  questions.push(...(post ? POST_OPEN_QUESTIONS : PRE_OPEN_QUESTIONS).map(open));
  return questions;
}
