import type { coreTasksAndImpulses, targetLevels } from "../schema/networks";

/**
 * Operational goals (operationele doelstellingen, OD) for seeding.
 *
 * - planPeriod "2022-2025": every OD of begeleidingsplan 2022-2025, S1 Bijlage 3
 *   ("Overzicht operationele doestellingen Begeleidingsplan", S1 L11739-12255), in that order.
 *   Wording is verbatim from Bijlage 3; only line-break hyphenation and split tokens are repaired.
 *   Targets are the "Vooropgesteld bereik" (reach over the three school years).
 *   Notes on targets:
 *   - Where Bijlage 3 and the report body disagree, Bijlage 3 wins (NO BI 1.1 BaO 50, not 550;
 *     BAO 3.3 BaO 100, not 110; NO BI 1.2 ONW 10, not LSC 8).
 *   - "alle" is resolved to a count: CLB/POC -> the 3 centres (body Table 8); VO -> 7 centres
 *     (the VWO count Bijlage 3 itself uses for VO 2.1 and VO 3.1).
 *   - A reach cell that spans several ODs (merged cell; confirmed by the body tables 8, 12, 17, 18,
 *     23 and 24) is repeated on every OD of the group: DKO 1.1-1.3, DKO 2.1-2.2, DKO 3.1-3.4,
 *     CLB 1.1 + POC 1.1-1.2, CLB 2.1 + POC 2.1-2.2, CLB 3.1-3.4, and by the same layout VO 1.1-1.3
 *     and VO 2.1-2.2.
 *   - The "CLB: 3" printed next to DKO 3.1 in Bijlage 3 is the CLB 3.4 cell shifted one row;
 *     DKO 3.1 gets the DKO 3.1-3.4 target (60).
 *   - BuO targets count under basisonderwijs; ONW/LSC under leersteun; VWO under volwassenenonderwijs.
 *   - No target in the plan: BAO BI 2.1 ("Geen bereik in BP"), DKO BI 3.1 ("Geen vooropgesteld").
 *   - Beleidsimpuls 4 (Leerpunt) has no ODs in Bijlage 3, so no BI4 entries exist here.
 * - planPeriod "2020-2025": the programme-level ODs of LEERKR@CHT.NET (S3 L715-1032, pillars
 *   Opleiding, Ontwikkeling, Onderzoek, Netwerking). S3 gives no numeric targets.
 */
export interface OperationalGoalSeed {
  code: string;
  wording: string;
  coreTaskOrImpulse: (typeof coreTasksAndImpulses)[number];
  planPeriod: string;
  targets: { level: (typeof targetLevels)[number]; target: number }[];
}

const BP = "2022-2025";
const S3 = "2020-2025";

export const operationalGoalSeeds: OperationalGoalSeed[] = [
  // ── Kerntaak 1 ───────────────────────────────────────────────────────────
  {
    code: "NO 1.1",
    wording:
      "De PBD versterkt het pedagogisch en didactisch handelen van leraren/teamleden op maat bij school- en context-specifieke vragen (klantgericht maatwerk).",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 500 },
      { level: "secundair onderwijs", target: 40 },
      { level: "clb", target: 3 },
    ],
  },
  {
    code: "NO 1.2",
    wording:
      "De PBD versterkt leraren/teamleden door schoolintern/CLB-intern en/of schooloverstijgend te reflecteren en goede praktijken uit te wisselen over gedeelde uitdagingen.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 400 },
      { level: "secundair onderwijs", target: 30 },
      { level: "clb", target: 3 },
    ],
  },
  {
    code: "NO 1.3",
    wording:
      "De PBD versterkt leraren/teamleden bij het werken aan een geïntegreerd data- en informatiebeleid om de klas- en schoolwerking te optimaliseren.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 400 },
      { level: "secundair onderwijs", target: 25 },
    ],
  },
  {
    code: "NO 1.4",
    wording:
      "De PBD ondersteunt beleid- en zorgteams om SES-middelen geïnformeerd, geïntegreerd, effectief en doelgericht in te zetten, met het oog op het versterken van de leerlingenbegeleiding van niet-Nederlandstaligen en kinderen in armoede.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 150 },
      { level: "secundair onderwijs", target: 20 },
    ],
  },
  {
    code: "BAO 1.1",
    wording:
      "De PBD versterkt het onderwijskundig (talen-)beleid inzake het realiseren van taaltrajecten in de 3de kleuterklas/1e leerjaar en de concretisering van de visie op meertaligheid ingebed in het talenbeleid.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 150 }],
  },
  {
    code: "BUO 1.1",
    wording:
      "De PBD begeleidt scholen bij het uitbouwen en versterken van hun handelingsplanning met het oog op optimale ontwikkelingskansen voor alle lerenden.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 30 }],
  },
  {
    code: "CLB 1.1",
    wording:
      "De PBD ondersteunt en begeleidt coördinatoren zodat ze met hun team het gesprek kunnen aangaan rond data i.f.v. de signaalfunctie en de te nemen teambeleidsprioriteiten.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // Bijlage 3: "alle"; Table 8: 3
  },
  {
    code: "DKO 1.1",
    wording:
      "De PBD begeleidt leraren bij het geven van een gepaste begeleiding voor elke leerling op de klas- en ateliervloer.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 110 }],
  },
  {
    code: "DKO 1.2",
    wording:
      "De PBD begeleidt leraren bij het concretiseren van de leerplandoelen op de klas- en ateliervloer.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 110 }], // shared DKO 1.1-1.3 cell
  },
  {
    code: "DKO 1.3",
    wording:
      "De PBD begeleidt leraren in het lesgeven aan specifieke doelgroepen, zoals: leerlingen in kansarmoede, niet-Nederlandstaligen...",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 110 }], // shared DKO 1.1-1.3 cell
  },
  {
    code: "POC 1.1",
    wording:
      "Het POC zorgt voor brede informatieverstrekking en sensibiliseert de CLB-medewerkers over de evoluties binnen de leerlingenbegeleiding via diverse kanalen.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // "alle"
  },
  {
    code: "POC 1.2",
    wording:
      "Het POC zet in op professionalisering van de CLB-medewerker al dan niet via niveau- of netoverstijgende initiatieven.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // "alle"
  },
  {
    code: "SO 1.1",
    wording:
      "De PBD versterkt de competenties van teamleden die een specifieke rol (willen) opnemen in functie van gedeeld onderwijskundig leiderschap met het oog op het verhogen van de onderwijskwaliteit.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "secundair onderwijs", target: 15 }],
  },
  {
    code: "VO 1.1",
    wording:
      "De PBD begeleidt centra bij het uitbouwen en versterken van een krachtige leeromgeving met het oog op optimale ontwikkelingskansen voor alle lerenden. De PBD begeleidt leraren/teamleden bij het realiseren van kansrijke loopbanen",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }], // "alle"
  },
  {
    code: "VO 1.2",
    wording:
      "De PBD volgt de netoverstijgende ontwikkeling/actualisering van het curriculum door leraren en middenkader van de centra op.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }], // shared VO 1.1-1.3 cell ("alle")
  },
  {
    code: "VO 1.3",
    wording:
      "De PBD versterkt de competenties van teamleden die een specifieke rol op nemen met het oog op het versterken van de onderwijspraktijk.",
    coreTaskOrImpulse: "KT1",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }], // shared VO 1.1-1.3 cell ("alle")
  },

  // ── Kerntaak 2 ───────────────────────────────────────────────────────────
  {
    code: "NO 2.1",
    wording:
      "De PBD werkt gericht en geeft voorrang -aan het versterken van de onderwijskwaliteit in scholen met (grote) noden vanuit een systematische en PBD-eigen brede beeldvorming op basis van kwantitatieve en kwalitatieve informatiebronnen.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 500 },
      { level: "secundair onderwijs", target: 45 },
    ],
  },
  {
    code: "BAO 2.1",
    wording:
      "De PBD versterkt het strategisch en onderwijskundig beleid aan de hand van het kwaliteitszorgkader en toetsresultaten met als doel de beleidskracht van de scholen en de leerresultaten van de leerlingen te verhogen.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 75 }],
  },
  {
    code: "CLB 2.1",
    wording:
      "De PBD zorgt vanuit de rechtstreekse contacten, gesprekken en andere kwalitatieve en kwantitatieve data, voor een brede beeldvorming van de centra, zodat ze hierover in gesprek kan gaan met directie en kernteam i.f.v. de kwaliteit van de leerlingenbegeleiding en de mogelijke bijsturing",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "DKO 2.1",
    wording:
      "De PBD begeleidt academies als organisatie in het leren omgaan met leerlingenbegeleiding in het DKO.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 148 }],
  },
  {
    code: "DKO 2.2",
    wording:
      "De PBD begeleidt academies in het voeren van een efficiënt en effectief personeels- en professionaliseringsbeleid.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 148 }], // shared DKO 2.1-2.2 cell
  },
  {
    code: "SO 2.1",
    wording:
      "De PBD verhoogt de beleidskracht en het reflectief vermogen door het uitbouwen van structuren, systemen en cultuur van gedeeld onderwijskundig leiderschap.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "secundair onderwijs", target: 30 }],
  },
  {
    code: "VO 2.1",
    wording:
      "De PBD verhoogt de beleidskracht en het reflectief vermogen van centra door het uitbouwen van structuren, systemen en cultuur van gedeeld onderwijskundig leiderschap.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }],
  },
  {
    code: "VO 2.2",
    wording:
      "De PBD begeleidt centra bij het uitbouwen van een kwaliteitsvolle werking met het oog op het verhogen van het reflectieve vermogen van de schoolteamleden en het versterken van een gelijkgerichte effectieve en onderbouwde onderwijsleerpraktijk.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }], // shared VO 2.1-2.2 cell
  },
  {
    code: "POC 2.1",
    wording:
      "Om centra proactief beleidsmatig en inhoudelijk te kunnen begeleiden, neemt het POC-deel aan niveau-, netoverstijgende initiatieven, overleg met de Vlaams Overheid en Inspectie.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // blank in Bijlage 3; Table 18: 3
  },
  {
    code: "POC 2.2",
    wording:
      "Om centra proactief beleidsmatig en inhoudelijk te kunnen begeleiden, gaat het POC in overleg met de centra.",
    coreTaskOrImpulse: "KT2",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // blank in Bijlage 3; Table 18: 3
  },

  // ── Kerntaak 3 ───────────────────────────────────────────────────────────
  {
    code: "NO 3.1",
    wording:
      "De PBD begeleidt schoolteams en schoolbesturen vertrekkende vanuit hun contextspecifieke vragen bij het realiseren van hun eigen pedagogisch project of missie en hun begeleidingsproject.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 50 },
      { level: "secundair onderwijs", target: 25 },
      { level: "clb", target: 3 },
    ],
  },
  {
    code: "NO 3.2",
    wording:
      "De PBD begeleidt (nieuwe) leidinggevenden met het oog op het voeren van een visiegedreven en kwaliteitsvol schoolbeleid en beleid op leerlingenbegeleiding.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 150 },
      { level: "secundair onderwijs", target: 15 },
      { level: "clb", target: 3 },
    ],
  },
  {
    code: "BAO 3.1",
    wording:
      "De PBD werkt met de leidinggevenden van de scholen (bu)bao een schoolspecifiek implementatieplan uit dat hen ondersteunt bij het onderbouwd opzetten van een implementatietraject curriculumvernieuwing.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 400 }],
  },
  {
    code: "BAO 3.2",
    wording: "De PBD ondersteunt scholen door het concept van het leerplan te introduceren.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 300 }],
  },
  {
    code: "BAO 3.3",
    wording:
      "De PBD ontwikkelt samen met leraren vanuit het nieuwe leerplan didactisch materiaal voor de klaspraktijk.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 100 }], // body table: 110
  },
  {
    code: "BAO 3.4",
    wording:
      "De PBD ondersteunt leraren (bu)bao bij de implementatie van de nieuwe leerplannen met de focus op onderbouwde didactiek.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 550 }],
  },
  {
    code: "BAO 3.5",
    wording:
      "De PBD ondersteunt schoolbesturen en scholen bij het invullen van de autonome ruimte binnen de onderwijstijd in relatie tot de visie en het pedagogisch project.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 200 }],
  },
  {
    code: "BAO 3.6",
    wording:
      "De PBD versterkt scholen in het voeren van beleid en het realiseren van het pedagogisch project via schoolwerkplanning.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 75 }],
  },
  {
    code: "SO 3.1",
    wording:
      "De PBD begeleidt scholen bij het uitbouwen van een schooleigen curriculum dat inspeelt op de context en het pedagogisch project realiseert.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "secundair onderwijs", target: 15 }],
  },
  {
    code: "VO 3.1",
    wording: "De PBD begeleidt centra bij het aangaan van samenwerkingsverbanden met externe partners.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "volwassenenonderwijs", target: 7 }],
  },
  {
    code: "CLB 3.1",
    wording:
      "De PBD ondersteunt de centra bij de opmaak en evaluatie van het centrumbeleid op leerlingenbegeleiding.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB 3.2",
    wording:
      "De PBD gaat vanuit kwantitatieve- en kwalitatieve gegevens in gesprek met directie(teams), zodat de centrumwerking kan worden bijgestuurd i.f.v. een kwaliteitsvolle leerlingenbegeleiding (zoals weergegeven in het rCLBk), hun eigen missie en begeleidingsproject.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB 3.3",
    wording:
      "De PBD begeleidt centra in het bereiken van specifieke doelgroepen (leerlingen in kansarmoede, anderstalige nieuwkomers…).",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB 3.4",
    wording: "De PBD begeleidt centrumbesturen i.f.v. de noden en begeleiding van het CLB.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }], // cell printed one row lower (next to DKO 3.1); Table 24: 3
  },
  {
    code: "DKO 3.1",
    wording:
      "De PBD begeleidt academies in het voeren van een eigen kwaliteitsbeleid vanuit een zelfevaluatie.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 60 }], // shared DKO 3.1-3.4 cell (Table 23)
  },
  {
    code: "DKO 3.2",
    wording:
      "De PBD begeleidt de academie als organisatie bij het academie specifiek maken van de leerplandoelen.",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 60 }],
  },
  {
    code: "DKO 3.3",
    wording:
      "De PBD begeleidt op academieniveau een drempelverlagend beleid voor specifieke doelgroepen, zoals niet-Nederlandstaligen, leerlingen in kansarmoede…",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 60 }], // shared DKO 3.1-3.4 cell
  },
  {
    code: "DKO 3.4",
    wording:
      "De PBD begeleidt academies bij het aangaan van samenwerkingsverbanden met externe partners (Alternatieve Leercontexten, Kunstkuurprojecten...).",
    coreTaskOrImpulse: "KT3",
    planPeriod: BP,
    targets: [{ level: "deeltijds kunstonderwijs", target: 60 }], // shared DKO 3.1-3.4 cell
  },

  // ── Beleidsimpuls 1 'Brede basiszorg en verhoogde zorg' ──────────────────
  {
    code: "NO BI 1.1",
    wording:
      "De PBD versterkt de kwaliteit van het beleid op leerlingenbegeleiding door intensief en geïnformeerd samen te werken met de school en zijn partners met het oog op het verbeteren van de brede basiszorg en verhoogde zorg (grote noden Leerlingbegeleiding).",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 50 }, // body Table 25: 550 (and LSC 8)
      { level: "secundair onderwijs", target: 25 },
      { level: "clb", target: 3 },
    ],
  },
  {
    code: "NO BI 1.2",
    wording:
      "De PBD versterkt de kwaliteit van ondersteuningstrajecten door het beleid op LLB in scholen te ondersteunen en door de competenties van ondersteuners (ONW/Leersteun) te vergroten.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "leersteun", target: 10 }], // "ONW: 10"; body Table 25: LSC 8
  },
  {
    code: "NO BI 1.3",
    wording:
      "De PBD versterkt de pedagogische en agogische beroepsbekwaamheid van startende zorgcoördinatoren en zorgleraren, leerlingbegeleiders, ondersteuners en leraren BuO met het oog op het voeren van een visiegedreven en kwaliteitsvol schoolbeleid.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 75 },
      { level: "secundair onderwijs", target: 5 },
    ],
  },
  {
    code: "NO BI 1.4",
    wording:
      "De PBD versterkt de rol van leraren/teamleden in functie van het creëren van kansrijke loopbanen en overgangen, zoals een warme overdracht voorschoolse kinderopvang - kleuteronderwijs en lagere school - tienerschool.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 250 },
      { level: "secundair onderwijs", target: 25 },
    ],
  },
  {
    code: "NO BI 1.5",
    wording:
      "De PBD versterkt de didactische bekwaamheid van de leraar in functie van lesgeven aan anderstalige nieuwkomers.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 60 },
      { level: "secundair onderwijs", target: 4 },
    ],
  },
  {
    code: "BAO BI 1.1",
    wording:
      "De PBD implementeert de inzichten en didactische suggesties van de vernieuwde leerplannen met specifieke aandacht voor de ondersteunende leerlijnen i.f.v. zorgnoden in het regulier en buitengewoon onderwijs binnen het zorgcontinuüm en binnen de verschillende leergebieden.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 500 }],
  },
  {
    code: "BAO BI 1.2",
    wording:
      "De PBD versterkt de inclusieve mindset van leraren en begeleidt scholen bij het creëren van een inclusieve krachtige (taal)leeromgeving.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 50 }],
  },
  {
    code: "BAO BI 1.3",
    wording:
      "PBD begeleidt scholen om sterk onderwijs te organiseren voor kinderen die opgroeien in schaarste/ kansarmoede.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 150 }],
  },
  {
    code: "CLB BI 1.1",
    wording:
      "POC/PBD CLB begeleidt medewerkers om vanuit kwantitatieve en kwalitatieve data binnen hun kernactiviteit 'signaalfunctie' in gesprek te gaan met scholen rond kwaliteitsvolle leerlingenbegeleiding en de rol en afstemming tussen de verschillende partners.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB BI 1.2",
    wording:
      "POC/PBD CLB begeleidt medewerkers en teams zodat ze hun consultatieve leerlingenbegeleiding kwaliteitsvol kunnen uitvoeren.",
    coreTaskOrImpulse: "BI1",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },

  // ── Beleidsimpuls 2 'Effectieve didactiek' ───────────────────────────────
  {
    code: "NO BI 2.1",
    wording:
      "De PBD begeleidt scholen/centra/academies in het doelgericht inzetten van (digitale) leermiddelen met het oog op het versterken van hun pedagogisch-didactisch handelen.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 300 },
      { level: "secundair onderwijs", target: 10 },
    ],
  },
  {
    code: "BAO BI 2.1",
    wording:
      "De PBD begeleidt - via netwerken - leraren om nieuwe leerlijnen te vertalen in onderbouwde en effectieve didactiek.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [], // "Geen bereik in BP"
  },
  {
    code: "BAO BI 2.2",
    wording:
      "De PBD versterkt, via netwerken voor kernteams, het pedagogisch en didactisch handelen van leraren om uitdagend onderwijs te realiseren voor cognitief sterk functionerende leerlingen.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 75 }],
  },
  {
    code: "BAO BI 2.3",
    wording:
      "De PBD versterkt de didactiek m.b.t. het wiskundeonderwijs met effecten op de lerende in de domeinen getallen, meetkunde, meten, door het gebruiken en implementeren van wetenschappelijke inzichten.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 50 }],
  },
  {
    code: "BAO BI 2.4",
    wording:
      "De PBD versterkt de didactiek m.b.t. het leesonderwijs met effecten op de lees- en spreekvaardigheid van de lerende door het gebruiken en implementeren van wetenschappelijke inzichten.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 60 }],
  },
  {
    code: "SO BI 2.1",
    wording:
      "De PBD begeleidt teamleden, met bijzondere aandacht voor vakken met inhouden uit beroepskwalificaties om het onderwijsaanbod te versterken met het oog op de ontwikkeling van de lerenden.",
    coreTaskOrImpulse: "BI2",
    planPeriod: BP,
    targets: [{ level: "secundair onderwijs", target: 30 }],
  },

  // ── Beleidsimpuls 3 'Datageletterdheid' ──────────────────────────────────
  {
    code: "NO BI 3.1",
    wording:
      "De PBD begeleidt scholen bij het in kaart brengen en interpreteren van data verkregen uit een interne bevraging op basis van het OK-kader.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [
      { level: "basisonderwijs", target: 50 },
      { level: "secundair onderwijs", target: 10 },
    ],
  },
  {
    code: "BAO BI 3.1",
    wording:
      "De PBD begeleidt scholen bij het begrijpen en omzetten van data uit de OVSG-toets via een schoolfeedbackrapport naar concrete acties om de schoolwerking te optimaliseren.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 200 }],
  },
  {
    code: "BAO BI 3.2",
    wording:
      "De PBD begeleidt scholen bij het begrijpen en omzetten van data uit de Koala-screening en andere schooleigen data naar concrete acties om de school- en klaswerking te optimaliseren met effecten op de lerende.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 100 }],
  },
  {
    code: "BAO BI 3.3",
    wording:
      "De PBD begeleidt scholen bij het begrijpen en omzetten van data verkregen via haar CLB en vertaalt dit naar concrete acties om de school- en klaswerking te optimaliseren in kader van een optimale leerlingenbegeleiding en samenwerking met het CLB.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "basisonderwijs", target: 50 }],
  },
  {
    code: "CLB BI 3.1",
    wording:
      "De PBD zorgt ervoor dat medewerkers over een basiskennis informatiegeletterdheid beschikken, met focus op LARS-gegevens, zodat ze deze kunnen lezen, analyseren en interpreteren om zo op een kwaliteitsvolle manier met het team in gesprek te kunnen gaan i.f.v. hun 'signaalfunctie'.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB BI 3.2",
    wording:
      "De PBD begeleidt teams om op basis van kwantitatieve- en kwalitatieve data te reflecteren en in gesprek te gaan rond de noden van de scholen en de mogelijke aanpak en bijsturing op teamniveau.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "CLB BI 3.3",
    wording:
      "De PBD versterkt de kwaliteitscultuur van de CLB's door instrumenten en methodieken aan te bieden die de eigen werking in beeld brengen en de kans bieden om hierop te reflecteren en feedback te verwerken, te borgen en bij te sturen.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [{ level: "clb", target: 3 }],
  },
  {
    code: "DKO BI 3.1",
    wording:
      "De PBD begeleidt instellingen bij het begrijpen en omzetten van data naar concrete acties om de klas- en schoolwerking te optimaliseren.",
    coreTaskOrImpulse: "BI3",
    planPeriod: BP,
    targets: [], // "Geen vooropgesteld bereik"
  },

  // ── LEERKR@CHT.NET programme ODs (S3 L715-1032) ───────────────────────────
  // Pijler Opleiding, SD1
  {
    code: "OD1.1",
    wording:
      "Ontwikkeling en aanbod stimuleren van opleiding in de vorm van trajecten (intake, schoolvisie, traject van navorming voor leerkrachten) gericht op schooldirectie en leerkrachtenteams.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD1.2",
    wording:
      "Ontwikkeling en aanbod stimuleren van opleiding in de vorm van teach-the-teacher gericht op digicoaches, pedagogisch begeleiders, lerarenopleiders en eventueel ook de inspectie.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD1.3",
    wording:
      "Ontwikkeling en aanbod stimuleren van éénmalige nascholing gericht op het aanvullen van specifieke competenties bij individuele leerkrachten en STEM-leerkrachten.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD1.4",
    wording:
      "De uitrol van het opleidingsaanbod stimuleren via gerichte financiering, mobilisatie van de strategische partners, en brede communicatie naar het onderwijsveld.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  // Pijler Ontwikkeling, SD2
  {
    code: "OD2.1",
    wording:
      "Concretiseren van een referentiekader voor leerkrachten (wat kennen en kunnen), gebaseerd op DigiCompEdu en TPACK.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD2.2",
    wording: "Concretiseren van een referentiekader voor directies (hoe dit organiseren), gebaseerd op DigiCompOrg.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD2.3",
    wording: "Concretiseren van een referentiekader voor de rol van ‘digicoach’ (wat kennen en kunnen).",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD2.4",
    wording: "Ontwerpen van ‘modeltrajecten’ met verschillende stappen voor de verschillende opleidingsvormen.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD2.5",
    wording:
      "De uitrol van de referentiekaders stimuleren via mobilisatie van de strategische partners en brede communicatie naar het onderwijsveld.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  // Pijler Ontwikkeling, SD3
  {
    code: "OD3.1",
    wording:
      "Ontwikkeling en aanbod stimuleren van lesmateriaal voor integratie van specifieke digitale vaardigheden in alle vakken en transversaal.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD3.2",
    wording: "Ontwikkeling en aanbod stimuleren van lesmateriaal rond mediawijsheid.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD3.3",
    wording: "Ontwikkeling en aanbod stimuleren van lesmateriaal voor ICT-vakken.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD3.4",
    wording:
      "De uitrol van het lesmateriaal stimuleren via mobilisatie van de strategische partners en brede communicatie naar het onderwijsveld.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  // Pijler Ontwikkeling, SD4
  {
    code: "OD4.1",
    wording:
      "Trends in onderzoek identificeren en onderzoeksresultaten interpreteren en vertalen naar een onderbouwde focus voor het actieprogramma, zodat alle actoren in het veld deze kennis snel opnemen en meenemen bij het ontwikkelen van opleidingen, van referentiekaders en lesmaterialen, en verder onderzoek.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  // Pijler Onderzoek, SD5
  {
    code: "OD5.1",
    wording:
      "Zorgen dat er voldoende onderzoek is dat zich specifiek richt op ‘what works’ in het kader van professionalisering van leerkrachten en het aanleren van digitale competenties en mediawijsheid.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD5.2",
    wording:
      "Interpretatie en analyse van onderzoeksresultaten met het oog op doorvertaling naar opleiding en ontwikkeling.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD5.3",
    wording:
      "Doorvertaling van de onderzoeksresultaten en concrete implementatie in lesmaterialen en opleidingsaanbod.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD5.4",
    wording:
      "Valorisatie van de onderzoeksresultaten stimuleren via mobilisatie van de strategische partners en brede communicatie naar het onderwijsveld.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  // Pijler Netwerking, SD6
  {
    code: "OD6.1",
    wording:
      "Ontwikkelen en ondersteunen van lerende netwerken waarin alle actoren binnen de vier pijlers en over de pijlers heen samengebracht worden, elkaar (leren) kennen en van elkaar leren. In het bijzonder: ondersteunen van een lerend netwerk van digicoaches, als natraject van de teach-the-teacher opleiding.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD6.2",
    wording:
      "Aanbieden van een online portaal voor uitwisseling van info over actoren, lesmaterialen, platformen en goede praktijken en toegang voor alle actoren tot het portaal verzekeren.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD6.3",
    wording:
      "Een communicatiestrategie uitbouwen om naar alle scholen, leerkrachten en andere actoren te communiceren over aanbod, interactie, goede praktijken, etc.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
  {
    code: "OD6.4",
    wording: "Stimuleren van samenwerking tussen de actoren in het netwerk en tussen de vier pijlers.",
    coreTaskOrImpulse: "KT1",
    planPeriod: S3,
    targets: [],
  },
];
