import { and, asc, count, eq, exists, inArray, isNull, like, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "#db/client.server";
import { untilChangeCache } from "~/http/data-version.server";
import { educationLevels, regions } from "#db/schema/institutions";
import {
  coreTasksAndImpulses,
  modalities,
  networkAudiences,
  networkLevels,
  networkSessions,
  networks,
  networkThemes,
  operationalGoals,
  registrations,
} from "#db/schema";
import { JOB_FUNCTIONS } from "~/auth/job-functions";

export const CATALOGUE_PAGE_SIZE = 12;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).nullable().catch(null);

/** Filters come from the query string; anything unknown is ignored rather than an error. */
export const catalogueFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  niveau: optionalEnum(educationLevels),
  doelgroep: optionalEnum(JOB_FUNCTIONS),
  thema: optionalEnum(networkThemes),
  regio: optionalEnum([...regions, "vlaanderen-breed"] as const),
  kerntaak: optionalEnum(coreTasksAndImpulses),
  modaliteit: optionalEnum(modalities),
  schooljaar: z.coerce.number().int().min(2020).max(2040).nullable().catch(null),
  vrij: z.preprocess((v) => v === "1" || v === "on", z.boolean()).catch(false),
  pagina: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type CatalogueFilters = z.output<typeof catalogueFilterSchema>;

export function parseCatalogueFilters(params: URLSearchParams): CatalogueFilters {
  const raw = Object.fromEntries([...params.entries()].filter(([, value]) => value !== ""));
  return catalogueFilterSchema.parse({
    q: "",
    niveau: null,
    doelgroep: null,
    thema: null,
    regio: null,
    kerntaak: null,
    modaliteit: null,
    schooljaar: null,
    pagina: 1,
    ...raw,
  });
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const seatHolders = sql<number>`(select count(*) from ${registrations} r where r.network_id = ${networks.id} and r.session_id is null and r.status in ('registered', 'offered'))`;
const waiting = sql<number>`(select count(*) from ${registrations} r where r.network_id = ${networks.id} and r.status = 'waitlisted')`;
const nextSession = sql<
  number | null
>`(select min(s.starts_at) from ${networkSessions} s where s.network_id = ${networks.id} and s.cancelled_at is null and s.starts_at > unixepoch())`;

/**
 * Catalogue searches and their rendered pages, in a cache of their own: many distinct searches
 * must not push the few costly reports out of the shared one. An entry is at most about 40 kB
 * (a page of 20 networks and its HTML), so 512 entries stay under 20 MB per process.
 */
export const cachedCatalogue = untilChangeCache(512);

/** Seats and next sessions move with the clock too, so a search is kept at most a minute. */
export const CATALOGUE_MAX_AGE_MS = 60_000;

/** The catalogue is the same for every visitor: one search per filter set until something changes. */
export function searchCatalogue(filters: CatalogueFilters) {
  return cachedCatalogue(
    `catalogue:${JSON.stringify(filters)}`,
    () => runCatalogueSearch(filters),
    CATALOGUE_MAX_AGE_MS,
  );
}

function runCatalogueSearch(filters: CatalogueFilters) {
  const conditions: (SQL | undefined)[] = [inArray(networks.status, ["gepubliceerd", "volzet"])];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    conditions.push(
      or(
        like(sql`lower(${networks.title})`, sql`${pattern} escape '\\'`),
        like(sql`lower(${networks.descriptionMarkdown})`, sql`${pattern} escape '\\'`),
      ),
    );
  }
  if (filters.niveau)
    conditions.push(
      exists(
        db
          .select()
          .from(networkLevels)
          .where(and(eq(networkLevels.networkId, networks.id), eq(networkLevels.level, filters.niveau))),
      ),
    );
  if (filters.doelgroep)
    conditions.push(
      exists(
        db
          .select()
          .from(networkAudiences)
          .where(
            and(
              eq(networkAudiences.networkId, networks.id),
              eq(networkAudiences.jobFunction, filters.doelgroep),
            ),
          ),
      ),
    );
  if (filters.thema) conditions.push(eq(networks.theme, filters.thema));
  if (filters.regio)
    conditions.push(
      filters.regio === "vlaanderen-breed" ? isNull(networks.region) : eq(networks.region, filters.regio),
    );
  if (filters.kerntaak)
    conditions.push(
      exists(
        db
          .select()
          .from(operationalGoals)
          .where(
            and(
              eq(operationalGoals.id, networks.operationalGoalId),
              eq(operationalGoals.coreTaskOrImpulse, filters.kerntaak),
            ),
          ),
      ),
    );
  if (filters.modaliteit)
    conditions.push(
      exists(
        db
          .select()
          .from(networkSessions)
          .where(
            and(
              eq(networkSessions.networkId, networks.id),
              eq(networkSessions.modality, filters.modaliteit),
              isNull(networkSessions.cancelledAt),
            ),
          ),
      ),
    );
  if (filters.schooljaar)
    conditions.push(
      sql`${networks.firstSchoolYear} <= ${filters.schooljaar} and ${networks.lastSchoolYear} >= ${filters.schooljaar}`,
    );
  if (filters.vrij) conditions.push(sql`${seatHolders} < ${networks.capacity}`);
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(networks).where(where).get()!.n;
  const rows = db
    .select({
      id: networks.id,
      slug: networks.slug,
      title: networks.title,
      theme: networks.theme,
      networkType: networks.networkType,
      region: networks.region,
      status: networks.status,
      firstSchoolYear: networks.firstSchoolYear,
      lastSchoolYear: networks.lastSchoolYear,
      capacity: networks.capacity,
      registrationDeadline: networks.registrationDeadline,
      seatHolders,
      waiting,
      nextSession,
      odCode: operationalGoals.code,
    })
    .from(networks)
    .leftJoin(operationalGoals, eq(networks.operationalGoalId, operationalGoals.id))
    .where(where)
    .orderBy(sql`${nextSession} is null`, asc(nextSession), asc(networks.title))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((filters.pagina - 1) * CATALOGUE_PAGE_SIZE)
    .all();
  const levels = rows.length
    ? db
        .select()
        .from(networkLevels)
        .where(
          inArray(
            networkLevels.networkId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return {
    total,
    pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    networks: rows.map((row) => ({
      ...row,
      seatsLeft: Math.max(0, row.capacity - row.seatHolders),
      nextSession: row.nextSession ? new Date(row.nextSession * 1000) : null,
      levels: levels.filter((l) => l.networkId === row.id).map((l) => l.level),
    })),
  };
}

export function schoolYearOptions(): number[] {
  return cachedCatalogue("catalogue-school-years", schoolYearRange);
}

function schoolYearRange(): number[] {
  const row = db
    .select({
      min: sql<number>`min(${networks.firstSchoolYear})`,
      max: sql<number>`max(${networks.lastSchoolYear})`,
    })
    .from(networks)
    .get();
  if (!row?.min) return [];
  return Array.from({ length: row.max - row.min + 1 }, (_, i) => row.min + i);
}
