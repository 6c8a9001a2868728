import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db, preparedOnce } from "#db/client.server";
import { untilChangeCache } from "~/http/data-version.server";
import { VISIBILITIES, visibleHits, type HitVisibility } from "./access";
import { educationLevels } from "#db/schema/institutions";
import { materialTypes } from "#db/schema/materials";
import { networkFacilitators, registrations } from "#db/schema";
import { LIVE } from "~/registrations/seats.server";
import type { AuthUser } from "~/auth/auth-state";

export const MATERIALS_PAGE_SIZE = 20;

export const materialFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  type: z.enum(materialTypes).nullable().catch(null),
  tag: z.string().trim().max(50).nullable().catch(null),
  niveau: z.enum(educationLevels).nullable().catch(null),
  netwerk: z.string().trim().max(80).nullable().catch(null),
  pagina: z.coerce.number().int().min(1).max(500).catch(1),
});
export type MaterialFilters = z.output<typeof materialFilterSchema>;

export function parseMaterialFilters(params: URLSearchParams): MaterialFilters {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  return materialFilterSchema.parse({
    q: "",
    type: null,
    tag: null,
    niveau: null,
    netwerk: null,
    pagina: 1,
    ...raw,
  });
}

/** Each word becomes a quoted FTS5 prefix term, so user input can never be FTS syntax. */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 10);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/**
 * Every material that matches the filters, in rank order, with what decides who may see it.
 * The same for everyone, so it is kept until the next commit; who may see which hit is decided
 * per person (visibleHits). Typed arrays keep an entry small (9 bytes a hit).
 */
interface RankedHits extends HitVisibility {
  ids: Int32Array;
}

/** An unknown visibility counts as members-only, the narrowest. */
function visibilityCode(visibility: string): number {
  const code = VISIBILITIES.indexOf(visibility as (typeof VISIBILITIES)[number]);
  return code === -1 ? VISIBILITIES.indexOf("leden") : code;
}

/** Searches differ far more than reports do, so they get a cache of their own (at most ~40 kB an entry). */
const searchCache = untilChangeCache(512);

function rankedHits(filters: MaterialFilters): RankedHits {
  const { pagina: _page, ...criteria } = filters;
  return searchCache(
    `material-search:${JSON.stringify(criteria)}`,
    () => {
      const match = ftsQuery(filters.q);
      const conditions: SQL[] = [sql`1 = 1`];
      if (filters.type) conditions.push(sql`m.type = ${filters.type}`);
      if (filters.tag)
        conditions.push(
          sql`exists (select 1 from json_each(m.tags) t where lower(t.value) = lower(${filters.tag}))`,
        );
      if (filters.netwerk) conditions.push(sql`n.slug = ${filters.netwerk}`);
      if (filters.niveau) {
        conditions.push(sql`(exists (select 1 from network_levels l where l.network_id = m.network_id and l.level = ${filters.niveau})
        or exists (select 1 from json_each(json_extract(m.library_facts, '$.levels')) lv where lv.value = ${filters.niveau}))`);
      }
      // The full-text match runs once and is joined, with its rank: title matches weigh most, then
      // tags, then the body (bm25 is lower-is-better).
      const from = match
        ? sql`materials m join (select rowid as id, bm25(materials_fts, 10.0, 1.0, 4.0) as rank from materials_fts where materials_fts match ${match}) hit on hit.id = m.id left join networks n on n.id = m.network_id`
        : sql`materials m left join networks n on n.id = m.network_id`;
      const order = match ? sql`hit.rank, m.updated_at desc` : sql`m.updated_at desc`;
      const rows = db.all<{
        id: number;
        networkId: number | null;
        visibility: (typeof VISIBILITIES)[number];
      }>(sql`
      select m.id, m.network_id as networkId, m.visibility from ${from} where ${sql.join(conditions, sql` and `)} order by ${order}`);
      return {
        ids: Int32Array.from(rows, (r) => r.id),
        networkIds: Int32Array.from(rows, (r) => r.networkId ?? 0),
        visibility: Uint8Array.from(rows, (r) => visibilityCode(r.visibility)),
      };
    },
    Infinity,
  );
}

/** The networks whose members-only material a person sees: with a live registration, or facilitated. */
const memberNetworks = preparedOnce(() =>
  db
    .select({ networkId: registrations.networkId })
    .from(registrations)
    .where(and(eq(registrations.userId, sql.placeholder("userId")), inArray(registrations.status, [...LIVE])))
    .union(
      db
        .select({ networkId: networkFacilitators.networkId })
        .from(networkFacilitators)
        .where(eq(networkFacilitators.userId, sql.placeholder("userId"))),
    )
    .prepare(),
);

/** The shown fields of one page of hits, in the given order. */
const hitDetails = preparedOnce(() =>
  db.$client.prepare<[string], MaterialHit>(`
    select m.id, m.title, m.type, m.tags, n.title as networkTitle, n.slug as networkSlug, m.network_id is null as library,
      substr(replace(replace(m.body_markdown, '#', ''), '*', ''), 1, 220) as snippet
    from json_each(?) page join materials m on m.id = page.value left join networks n on n.id = m.network_id
    order by page.key`),
);

export interface MaterialHit {
  id: number;
  title: string;
  type: string;
  tags: string;
  networkTitle: string | null;
  networkSlug: string | null;
  library: number;
  snippet: string | null;
}

/** What a person finds: the total, the number of pages and the ids of the requested page, in rank order. */
export function findMaterials(user: AuthUser | null, filters: MaterialFilters) {
  const hits = rankedHits(filters);
  const visible = visibleHits(
    hits,
    user,
    () =>
      new Set(
        user
          ? memberNetworks()
              .all({ userId: user.id })
              .map((row) => row.networkId)
          : [],
      ),
  );
  const first = (filters.pagina - 1) * MATERIALS_PAGE_SIZE;
  return {
    total: visible.length,
    pages: Math.max(1, Math.ceil(visible.length / MATERIALS_PAGE_SIZE)),
    ids: visible.slice(first, first + MATERIALS_PAGE_SIZE).map((i) => hits.ids[i]),
  };
}

/** The shown fields of the given materials, in the given order. */
export function materialHits(ids: number[]) {
  const rows = ids.length ? hitDetails().all(JSON.stringify(ids)) : [];
  return rows.map((r) => ({ ...r, tags: JSON.parse(r.tags) as string[], library: Boolean(r.library) }));
}
