import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const institutionKinds = [
  "basisschool",
  "buitengewone basisschool",
  "secundaire school",
  "buitengewone secundaire school",
  "academie",
  "clb",
  "cvo",
  "leersteuncentrum",
] as const;

export const educationLevels = [
  "basisonderwijs",
  "secundair onderwijs",
  "deeltijds kunstonderwijs",
  "clb",
  "volwassenenonderwijs",
  "leersteun",
] as const;

export const regions = [
  "Antwerpen",
  "Limburg",
  "Oost-Vlaanderen",
  "Vlaams-Brabant",
  "West-Vlaanderen",
  "Brussels Hoofdstedelijk Gewest",
] as const;

export const institutionGroupKinds = ["scholengemeenschap", "scholengroep"] as const;

/** Schools, academies and centres; users and (later) registrations point here for reach counts. */
export const institutions = sqliteTable(
  "institutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    kind: text("kind", { enum: institutionKinds }).notNull(),
    level: text("level", { enum: educationLevels }).notNull(),
    city: text("city").notNull(),
    region: text("region", { enum: regions }).notNull(),
    groupKind: text("group_kind", { enum: institutionGroupKinds }),
    groupName: text("group_name"),
  },
  (t) => [index("institutions_name_idx").on(t.name)],
);

export type Institution = typeof institutions.$inferSelect;
export type NewInstitution = typeof institutions.$inferInsert;
