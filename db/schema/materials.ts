import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { networkSessions, networks } from "./networks";

export const materialTypes = [
  "didactische wijzer",
  "sjabloon",
  "kaartenset",
  "rubric",
  "visietekst",
  "presentatie",
  "link",
] as const;
export type MaterialType = (typeof materialTypes)[number];
/** leden: members and facilitators of the network; ingelogd: every logged-in user; publiek: everyone. */
export const materialVisibilities = ["leden", "ingelogd", "publiek"] as const;
export type MaterialVisibility = (typeof materialVisibilities)[number];

export interface LibraryFacts {
  kind: "interventie" | "tip";
  levels: string[];
  effectMonths?: number;
  evidence?: string;
  evidenceLevel?: number;
  cost?: string;
  source?: string;
}

export const materials = sqliteTable(
  "materials",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** null for the curated library (content/bibliotheek). */
    networkId: integer("network_id").references(() => networks.id, { onDelete: "cascade" }),
    sessionId: integer("session_id").references(() => networkSessions.id, { onDelete: "set null" }),
    /** Library entries only: their path under content/, the key that keeps loading idempotent. */
    librarySlug: text("library_slug"),
    title: text("title").notNull(),
    bodyMarkdown: text("body_markdown").notNull(),
    type: text("type", { enum: materialTypes }).notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    links: text("links", { mode: "json" }).$type<string[]>().notNull(),
    visibility: text("visibility", { enum: materialVisibilities }).notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    libraryFacts: text("library_facts", { mode: "json" }).$type<LibraryFacts>(),
    contentHash: text("content_hash"),
    viewCount: integer("view_count").notNull().default(0),
    downloadCount: integer("download_count").notNull().default(0),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [
    uniqueIndex("materials_library_slug_unique").on(t.librarySlug),
    index("materials_network_idx").on(t.networkId),
  ],
);

export const attachments = sqliteTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    materialId: integer("material_id")
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    originalName: text("original_name").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
  },
  (t) => [index("attachments_material_idx").on(t.materialId)],
);

export type Material = typeof materials.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
