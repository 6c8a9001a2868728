import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { eq, isNotNull } from "drizzle-orm";
import type { Db } from "#db/client.server";
import { materials, materialTypes, type LibraryFacts, type MaterialType } from "#db/schema";
import { parseFrontMatter } from "./front-matter";

export const LIBRARY_DIR = "content/bibliotheek";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

/**
 * Loads the curated library into the database: new files are added, edited files (by content
 * hash) updated, removed files removed. Running it again changes nothing.
 */
export function loadLibrary(db: Db, dir = LIBRARY_DIR): { added: number; updated: number; removed: number } {
  const files = markdownFiles(dir);
  return db.transaction(
    (tx) => {
      const existing = new Map(
        tx
          .select({ id: materials.id, slug: materials.librarySlug, hash: materials.contentHash })
          .from(materials)
          .where(isNotNull(materials.librarySlug))
          .all()
          .map((row) => [row.slug!, row]),
      );
      const seen = new Set<string>();
      let added = 0;
      let updated = 0;
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        const slug = relative(dir, file).replace(/\\/g, "/").replace(/\.md$/, "");
        seen.add(slug);
        const hash = createHash("sha256").update(text).digest("hex");
        const current = existing.get(slug);
        if (current?.hash === hash) continue;
        let parsed: ReturnType<typeof parseFrontMatter>;
        try {
          parsed = parseFrontMatter(text);
        } catch (error) {
          throw new Error(`${file}: ${(error as Error).message}`);
        }
        const { data, body } = parsed;
        const type = (materialTypes as readonly string[]).includes(String(data.type))
          ? (data.type as MaterialType)
          : "visietekst";
        const facts: LibraryFacts = {
          kind: data.kind === "tip" ? "tip" : "interventie",
          levels: list(data.levels),
          effectMonths: num(data.effectMonths),
          evidence: str(data.evidence),
          evidenceLevel: num(data.evidenceLevel),
          cost: str(data.cost),
          source: str(data.source),
        };
        const values = {
          title: String(data.title ?? slug),
          bodyMarkdown: body,
          type,
          tags: list(data.tags),
          links: [],
          visibility: "publiek" as const,
          libraryFacts: facts,
          contentHash: hash,
          updatedAt: new Date(),
        };
        if (current) {
          tx.update(materials).set(values).where(eq(materials.id, current.id)).run();
          updated++;
        } else {
          tx.insert(materials)
            .values({ ...values, librarySlug: slug, networkId: null, authorId: null, createdAt: new Date() })
            .run();
          added++;
        }
      }
      let removed = 0;
      for (const [slug, row] of existing) {
        if (seen.has(slug)) continue;
        tx.delete(materials).where(eq(materials.id, row.id)).run();
        removed++;
      }
      return { added, updated, removed };
    },
    { behavior: "immediate" },
  );
}
