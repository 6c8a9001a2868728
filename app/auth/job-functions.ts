/** Doelgroepen a user picks as their function; "andere" asks for a free-text description. */
export const JOB_FUNCTIONS = [
  "leraar",
  "directeur",
  "adjunct-directeur",
  "beleidsmedewerker",
  "zorgcoördinator",
  "zorgleraar",
  "leerlingbegeleider",
  "ICT-coördinator",
  "digicoach",
  "pedagogisch coördinator",
  "technisch adviseur(-coördinator)",
  "aanvangsbegeleider",
  "leerondersteuner",
  "CLB-medewerker",
  "lerarenopleider",
  "pedagogisch begeleider",
  "andere",
] as const;

export type JobFunction = (typeof JOB_FUNCTIONS)[number];
