/** DigCompEdu: 22 competences in 6 areas (European Framework for the Digital Competence of Educators). */
export const DIGCOMP_AREAS = [
  {
    area: "Professionele betrokkenheid",
    competences: [
      "Organisatorische communicatie",
      "Professionele samenwerking",
      "Reflectieve praktijk",
      "Digitale professionele ontwikkeling",
    ],
  },
  {
    area: "Digitale bronnen",
    competences: ["Selecteren", "Creëren en aanpassen", "Beheren, beschermen en delen"],
  },
  {
    area: "Onderwijzen en leren",
    competences: ["Onderwijzen", "Begeleiden", "Samenwerkend leren", "Zelfgestuurd leren"],
  },
  { area: "Evaluatie", competences: ["Evaluatiestrategieën", "Gegevens analyseren", "Feedback en planning"] },
  {
    area: "Leerlingen versterken",
    competences: [
      "Toegankelijkheid en inclusie",
      "Differentiëren en personaliseren",
      "Leerlingen actief betrekken",
    ],
  },
  {
    area: "Digitale competentie van leerlingen",
    competences: [
      "Informatie- en mediageletterdheid",
      "Digitale communicatie en samenwerking",
      "Digitale inhoud creëren",
      "Verantwoord gebruik",
      "Digitaal probleemoplossen",
    ],
  },
] as const;

export const DIGCOMP_COMPETENCES = DIGCOMP_AREAS.flatMap((a) =>
  a.competences.map((c) => ({ area: a.area, competence: c })),
);

export const PROFICIENCY_LEVELS = [
  "A1 Nieuwkomer",
  "A2 Ontdekker",
  "B1 Integrator",
  "B2 Expert",
  "C1 Leider",
  "C2 Pionier",
] as const;

/** Mean level per area, in area order. */
export function areaScores(levels: number[]): Array<{ area: string; mean: number }> {
  let offset = 0;
  return DIGCOMP_AREAS.map(({ area, competences }) => {
    const slice = levels.slice(offset, offset + competences.length);
    offset += competences.length;
    return { area, mean: slice.reduce((a, b) => a + b, 0) / competences.length };
  });
}

/** The coach's strongest areas: every area within 0.25 of the best mean. */
export function strongestAreas(levels: number[]): string[] {
  const scores = areaScores(levels);
  const best = Math.max(...scores.map((s) => s.mean));
  return scores.filter((s) => s.mean >= best - 0.25).map((s) => s.area);
}
