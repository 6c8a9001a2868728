import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "#db/client.server";
import { educationLevels } from "#db/schema/institutions";
import { materialTypes } from "#db/schema/materials";
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
  return materialFilterSchema.parse({ q: "", type: null, tag: null, niveau: null, netwerk: null, pagina: 1, ...raw });
}

/** Each word becomes a quoted FTS5 prefix term, so user input can never be FTS syntax. */
export function ftsQuery(text: string): string | null {
  const words = text.normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 10);
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** What the user may see: public, everything for logged-in users except members-only, those of their networks. */
function visibleTo(user: AuthUser | null): SQL {
  if (!user) return sql`m.visibility = 'publiek'`;
  if (user.role === "admin") return sql`1 = 1`;
  return sql`(m.visibility != 'leden' or m.network_id is null
    or exists (select 1 from registrations r where r.network_id = m.network_id and r.user_id = ${user.id} and r.status in ('registered', 'offered', 'waitlisted'))
    or exists (select 1 from network_facilitators f where f.network_id = m.network_id and f.user_id = ${user.id}))`;
}

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

export function searchMaterials(user: AuthUser | null, filters: MaterialFilters) {
  const match = ftsQuery(filters.q);
  const conditions: SQL[] = [visibleTo(user)];
  if (filters.type) conditions.push(sql`m.type = ${filters.type}`);
  if (filters.tag) conditions.push(sql`exists (select 1 from json_each(m.tags) t where lower(t.value) = lower(${filters.tag}))`);
  if (filters.netwerk) conditions.push(sql`n.slug = ${filters.netwerk}`);
  if (filters.niveau) {
    conditions.push(sql`(exists (select 1 from network_levels l where l.network_id = m.network_id and l.level = ${filters.niveau})
      or exists (select 1 from json_each(json_extract(m.library_facts, '$.levels')) lv where lv.value = ${filters.niveau}))`);
  }
  const where = sql.join(conditions, sql` and `);
  // The full-text match runs once and is joined, with its rank: title matches weigh most, then
  // tags, then the body (bm25 is lower-is-better).
  const from = match
    ? sql`materials m join (select rowid as id, bm25(materials_fts, 10.0, 1.0, 4.0) as rank from materials_fts where materials_fts match ${match}) hit on hit.id = m.id left join networks n on n.id = m.network_id`
    : sql`materials m left join networks n on n.id = m.network_id`;
  const order = match ? sql`hit.rank, m.updated_at desc` : sql`m.updated_at desc`;
  // One pass finds the page and counts all hits (a window count), so the full-text match and its
  // rank run once; only the snippets of the page's own rows are cut from the bodies.
  const rows = db.all<MaterialHit & { total: number; position: number }>(sql`
    with page as (
      select m.id, row_number() over (order by ${order}) as position, count(*) over () as total
      from ${from}
      where ${where}
      order by ${order}
      limit ${MATERIALS_PAGE_SIZE} offset ${(filters.pagina - 1) * MATERIALS_PAGE_SIZE})
    select page.total, page.position, m.id, m.title, m.type, m.tags, n.title as networkTitle, n.slug as networkSlug, m.network_id is null as library,
      substr(replace(replace(m.body_markdown, '#', ''), '*', ''), 1, 220) as snippet
    from page join materials m on m.id = page.id left join networks n on n.id = m.network_id
    order by page.position`);
  // A page past the last one has no rows to carry the count.
  const total = rows.length ? rows[0].total : db.get<{ n: number }>(sql`select count(*) as n from ${from} where ${where}`).n;
  return { total, pages: Math.max(1, Math.ceil(total / MATERIALS_PAGE_SIZE)), hits: rows.map(({ total: _total, position: _position, ...r }) => ({ ...r, tags: JSON.parse(r.tags) as string[], library: Boolean(r.library) })) };
}
