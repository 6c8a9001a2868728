import type { NewInstitution } from "../schema/institutions";

/**
 * Demo institutions for the teacher professional-development portal.
 * All names are invented (inspired by Flemish municipal/city education);
 * cities are real Flemish/Brussels municipalities with their province.
 */
export const demoInstitutions: NewInstitution[] = [
  // --- Basisonderwijs (gewoon) ---
  { name: "Gemeentelijke Basisschool De Regenboog", kind: "basisschool", level: "basisonderwijs", city: "Zelzate", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Meetjesland" },
  { name: "Stedelijke Basisschool Het Leen", kind: "basisschool", level: "basisonderwijs", city: "Eeklo", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Meetjesland" },
  { name: "GBS De Krekel", kind: "basisschool", level: "basisonderwijs", city: "Maldegem", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Meetjesland" },
  { name: "Stedelijke Basisschool Het Klavertje", kind: "basisschool", level: "basisonderwijs", city: "Gent", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Gent" },
  { name: "Stedelijke Basisschool De Vlieger", kind: "basisschool", level: "basisonderwijs", city: "Gent", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Gent" },
  { name: "Stedelijke Basisschool De Blaarmeersen", kind: "basisschool", level: "basisonderwijs", city: "Gent", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Gent" },
  { name: "Gemeentelijke Basisschool Ter Durme", kind: "basisschool", level: "basisonderwijs", city: "Lokeren", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Waasland" },
  { name: "Stedelijke Basisschool De Wegwijzer", kind: "basisschool", level: "basisonderwijs", city: "Sint-Niklaas", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Waasland" },
  { name: "Stedelijke Basisschool De Zonnebloem", kind: "basisschool", level: "basisonderwijs", city: "Ninove", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Denderstreek" },
  { name: "Stedelijke Basisschool Het Molenhof", kind: "basisschool", level: "basisonderwijs", city: "Aalst", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Denderstreek" },
  { name: "Stedelijke Basisschool De Mandel", kind: "basisschool", level: "basisonderwijs", city: "Roeselare", region: "West-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Leie en Mandel" },
  { name: "Stedelijke Basisschool De Leiemeersen", kind: "basisschool", level: "basisonderwijs", city: "Kortrijk", region: "West-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Leie en Mandel" },
  { name: "Stedelijke Basisschool Het Anker", kind: "basisschool", level: "basisonderwijs", city: "Oostende", region: "West-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Kust en Polder" },
  { name: "Stedelijke Basisschool De Reie", kind: "basisschool", level: "basisonderwijs", city: "Brugge", region: "West-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Kust en Polder" },
  { name: "Stedelijke Basisschool De Vesten", kind: "basisschool", level: "basisonderwijs", city: "Ieper", region: "West-Vlaanderen", groupKind: null, groupName: null },
  { name: "Stedelijke Basisschool Kattevennen", kind: "basisschool", level: "basisonderwijs", city: "Genk", region: "Limburg", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Limburg-Midden" },
  { name: "Stedelijke Basisschool De Bron", kind: "basisschool", level: "basisonderwijs", city: "Hasselt", region: "Limburg", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Limburg-Midden" },
  { name: "Stedelijke Basisschool Het Zeemeeuwtje", kind: "basisschool", level: "basisonderwijs", city: "Antwerpen", region: "Antwerpen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Antwerpen" },
  { name: "Gemeentelijke Basisschool De Vogelzang", kind: "basisschool", level: "basisonderwijs", city: "Anderlecht", region: "Brussels Hoofdstedelijk Gewest", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Brusselse Gemeentescholen" },

  // --- Buitengewoon basisonderwijs ---
  { name: "Stedelijke School voor Buitengewoon Basisonderwijs De Kleine Reus", kind: "buitengewone basisschool", level: "basisonderwijs", city: "Brussel", region: "Brussels Hoofdstedelijk Gewest", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Brusselse Gemeentescholen" },
  { name: "Gemeentelijke Buitengewone Basisschool De Horizon", kind: "buitengewone basisschool", level: "basisonderwijs", city: "Vilvoorde", region: "Vlaams-Brabant", groupKind: null, groupName: null },

  // --- Secundair onderwijs ---
  { name: "Stedelijk Lyceum Zuid", kind: "secundaire school", level: "secundair onderwijs", city: "Antwerpen", region: "Antwerpen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Antwerpen" },
  { name: "Stedelijk Lyceum Noord", kind: "secundaire school", level: "secundair onderwijs", city: "Antwerpen", region: "Antwerpen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Antwerpen" },
  { name: "Stedelijk Technisch Instituut De Vaart", kind: "secundaire school", level: "secundair onderwijs", city: "Mechelen", region: "Antwerpen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Rivierenland" },
  { name: "Stedelijk Lyceum Netevallei", kind: "secundaire school", level: "secundair onderwijs", city: "Lier", region: "Antwerpen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Rivierenland" },
  { name: "Stedelijk Lyceum Ter Leie", kind: "secundaire school", level: "secundair onderwijs", city: "Gent", region: "Oost-Vlaanderen", groupKind: "scholengemeenschap", groupName: "Scholengemeenschap Stedelijk Onderwijs Gent" },
  { name: "Stedelijk Lyceum Kempenland", kind: "secundaire school", level: "secundair onderwijs", city: "Turnhout", region: "Antwerpen", groupKind: "scholengroep", groupName: "Scholengroep Kempen" },
  { name: "Gemeentelijk Technisch Instituut Geel", kind: "secundaire school", level: "secundair onderwijs", city: "Geel", region: "Antwerpen", groupKind: "scholengroep", groupName: "Scholengroep Kempen" },
  { name: "Stedelijk Lyceum De Jeker", kind: "secundaire school", level: "secundair onderwijs", city: "Tongeren", region: "Limburg", groupKind: null, groupName: null },

  // --- Buitengewoon secundair onderwijs ---
  { name: "Stedelijk Instituut voor Buitengewoon Secundair Onderwijs De Golfbreker", kind: "buitengewone secundaire school", level: "secundair onderwijs", city: "Oostende", region: "West-Vlaanderen", groupKind: null, groupName: null },

  // --- Deeltijds kunstonderwijs ---
  { name: "Stedelijke Academie voor Muziek, Woord en Dans Roeselare", kind: "academie", level: "deeltijds kunstonderwijs", city: "Roeselare", region: "West-Vlaanderen", groupKind: null, groupName: null },
  { name: "Gemeentelijke Academie voor Muziek, Woord en Dans Zelzate", kind: "academie", level: "deeltijds kunstonderwijs", city: "Zelzate", region: "Oost-Vlaanderen", groupKind: null, groupName: null },
  { name: "Stedelijke Academie voor Beeldende Kunsten Sint-Niklaas", kind: "academie", level: "deeltijds kunstonderwijs", city: "Sint-Niklaas", region: "Oost-Vlaanderen", groupKind: null, groupName: null },
  { name: "Stedelijke Academie voor Muziek, Woord en Dans Hasselt", kind: "academie", level: "deeltijds kunstonderwijs", city: "Hasselt", region: "Limburg", groupKind: null, groupName: null },
  { name: "Stedelijke Academie voor Muziek, Woord en Dans Leuven", kind: "academie", level: "deeltijds kunstonderwijs", city: "Leuven", region: "Vlaams-Brabant", groupKind: null, groupName: null },
  { name: "Gemeentelijke Academie voor Muziek, Woord en Dans Herentals", kind: "academie", level: "deeltijds kunstonderwijs", city: "Herentals", region: "Antwerpen", groupKind: "scholengroep", groupName: "Scholengroep Kempen" },
  { name: "Gemeentelijke Academie voor Muziek, Woord en Dans Schaarbeek", kind: "academie", level: "deeltijds kunstonderwijs", city: "Schaarbeek", region: "Brussels Hoofdstedelijk Gewest", groupKind: null, groupName: null },

  // --- Centra voor Leerlingenbegeleiding ---
  { name: "Stedelijk CLB Gent", kind: "clb", level: "clb", city: "Gent", region: "Oost-Vlaanderen", groupKind: null, groupName: null },
  { name: "Stedelijk CLB Antwerpen", kind: "clb", level: "clb", city: "Antwerpen", region: "Antwerpen", groupKind: null, groupName: null },
  { name: "CLB Kust en Westhoek", kind: "clb", level: "clb", city: "Brugge", region: "West-Vlaanderen", groupKind: null, groupName: null },

  // --- Centra voor Volwassenenonderwijs ---
  { name: "CVO Meetjesland", kind: "cvo", level: "volwassenenonderwijs", city: "Eeklo", region: "Oost-Vlaanderen", groupKind: null, groupName: null },
  { name: "CVO Kempen-Limburg", kind: "cvo", level: "volwassenenonderwijs", city: "Genk", region: "Limburg", groupKind: null, groupName: null },
  { name: "CVO Leuven-Hageland", kind: "cvo", level: "volwassenenonderwijs", city: "Leuven", region: "Vlaams-Brabant", groupKind: null, groupName: null },
  { name: "CVO Brussel Centrum", kind: "cvo", level: "volwassenenonderwijs", city: "Brussel", region: "Brussels Hoofdstedelijk Gewest", groupKind: null, groupName: null },

  // --- Leersteuncentra ---
  { name: "Leersteuncentrum Gent-Meetjesland", kind: "leersteuncentrum", level: "leersteun", city: "Gent", region: "Oost-Vlaanderen", groupKind: null, groupName: null },
  { name: "Leersteuncentrum Haspengouw", kind: "leersteuncentrum", level: "leersteun", city: "Tongeren", region: "Limburg", groupKind: null, groupName: null },
  { name: "Leersteuncentrum Rivierenland", kind: "leersteuncentrum", level: "leersteun", city: "Mechelen", region: "Antwerpen", groupKind: null, groupName: null },
];
