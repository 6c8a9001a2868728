import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "#db/client.server";
import { materials } from "#db/schema";
import type { AuthUser } from "~/auth/auth-state";
import { loadLibrary } from "~/materials/library";
import { createMaterial, deleteMaterial, getMaterial, updateMaterial } from "~/materials/materials.server";
import { materialHitsHtml } from "~/views/search-html.server";
import {
  findMaterials,
  materialHits,
  parseMaterialFilters,
  type MaterialFilters,
} from "~/materials/search.server";
import { uploadsDir } from "~/materials/storage.server";
import { cancelRegistration, enrol } from "~/registrations/registrations.server";
import { createPublishedNetwork, createUser } from "#tests/support/factories";

/** What the materials page shows: the counts and the fields of the page's hits. */
function searchMaterials(user: AuthUser | null, filters: MaterialFilters) {
  const { total, pages, ids } = findMaterials(user, filters);
  return { total, pages, hits: materialHits(ids) };
}
const asAuth = (u: { id: string; email: string; name: string; role: AuthUser["role"] }): AuthUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});
const search = (user: AuthUser | null, query: string) =>
  searchMaterials(user, parseMaterialFilters(new URLSearchParams(query))).hits.map((h) => h.title);
const input = {
  title: "Rubric feedback",
  bodyMarkdown: "Een **rubric** om feedback te geven.",
  type: "rubric" as const,
  tags: ["feedback", "rubric"],
  links: [],
  visibility: "leden" as const,
  sessionId: null,
};

describe("the curated library", () => {
  it("loads every file once, and /materialen?q=feedback finds the intervention Feedback", () => {
    const first = loadLibrary(db);
    expect(first.added).toBeGreaterThanOrEqual(30);
    expect(loadLibrary(db)).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(search(null, "q=feedback")[0]).toBe("Feedback");
    const feedback = db
      .select()
      .from(materials)
      .where(eq(materials.librarySlug, "interventies/feedback"))
      .get()!;
    expect(feedback.libraryFacts).toMatchObject({ kind: "interventie", effectMonths: 8 });
  });

  it("updates an edited file and removes a deleted one, without duplicates", () => {
    const dir = mkdtempSync(join(tmpdir(), "bibliotheek-"));
    writeFileSync(
      join(dir, "eerste.md"),
      "---\ntitle: Eerste tip\nkind: tip\ntype: visietekst\ntags: [a]\n---\nTekst.\n",
    );
    writeFileSync(
      join(dir, "tweede.md"),
      "---\ntitle: Tweede tip\nkind: tip\ntype: visietekst\ntags: [b]\n---\nTekst.\n",
    );
    expect(loadLibrary(db, dir)).toMatchObject({ added: 2 });
    writeFileSync(
      join(dir, "eerste.md"),
      "---\ntitle: Eerste tip (herwerkt)\nkind: tip\ntype: visietekst\ntags: [a]\n---\nNieuwe tekst.\n",
    );
    writeFileSync(join(dir, "tweede.md"), "");
    expect(() => loadLibrary(db, dir)).toThrow(/tweede\.md/);
    writeFileSync(
      join(dir, "tweede.md"),
      "---\ntitle: Tweede tip\nkind: tip\ntype: visietekst\ntags: [b]\n---\nTekst.\n",
    );
    // Loading only this folder also removes the entries of the real library loaded above.
    expect(loadLibrary(db, dir)).toMatchObject({ added: 0, updated: 1 });
    const titles = db
      .select({ title: materials.title })
      .from(materials)
      .where(isNotNull(materials.librarySlug))
      .all()
      .map((m) => m.title);
    expect(titles.filter((t) => t.startsWith("Eerste tip"))).toEqual(["Eerste tip (herwerkt)"]);
  });
});

describe("network materials", () => {
  it("members-only material is found by members and facilitators, not by others; accents and case are ignored", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id, { capacity: 10 });
    const member = createUser();
    enrol({ userId: member.id, networkId: network.id, sessionId: null, answers: {} });
    createMaterial(
      network.id,
      facilitator.id,
      { ...input, title: "Kaartenset rekenstrategieën", tags: ["hoofdrekenen"] },
      [],
    );
    expect(search(asAuth(member), "q=REKENSTRATEGIEEN")).toContain("Kaartenset rekenstrategieën");
    expect(search(asAuth(facilitator), "q=rekenstrat")).toContain("Kaartenset rekenstrategieën");
    expect(search(asAuth(createUser()), "q=rekenstrategieen")).not.toContain("Kaartenset rekenstrategieën");
    expect(search(null, "q=rekenstrategieen")).not.toContain("Kaartenset rekenstrategieën");
    expect(search(asAuth(createUser("admin")), "q=rekenstrategieen")).toContain(
      "Kaartenset rekenstrategieën",
    );
    expect(search(asAuth(member), 'q=" OR 1=1 -- ')).toEqual(expect.any(Array));
    expect(search(asAuth(member), "")).toContain("Kaartenset rekenstrategieën");
    expect(search(asAuth(member), "type=rubric&tag=HOOFDREKENEN")).toEqual(["Kaartenset rekenstrategieën"]);
    // The ranked hits of a search are kept for everyone; who sees which is decided per person, per request.
    expect(search(asAuth(createUser()), "type=rubric&tag=HOOFDREKENEN")).toEqual([]);
    const registrationId = db.$client
      .prepare("select id from registrations where user_id = ? and network_id = ?")
      .pluck()
      .get(member.id, network.id) as number;
    expect(cancelRegistration(member.id, registrationId)).toBe("ok");
    expect(search(asAuth(member), "q=rekenstrategieen")).not.toContain("Kaartenset rekenstrategieën");
  });

  it("stores attachments under random names outside public/, and deleting the material deletes its files", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id);
    const id = createMaterial(network.id, facilitator.id, input, [
      { originalName: "rubric.pdf", mimeType: "application/pdf", bytes: strToU8("%PDF-1.7 test") },
    ]);
    const attachment = getMaterial(id)!.attachments[0];
    expect(attachment.id).toMatch(/^[a-f0-9]{32}$/);
    const file = join(uploadsDir(), attachment.id);
    expect(existsSync(file)).toBe(true);
    expect(uploadsDir()).not.toContain("public");
    updateMaterial(
      id,
      { ...input, title: "Rubric feedback v2" },
      [{ originalName: "extra.png", mimeType: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }],
      [attachment.id],
    );
    expect(existsSync(file)).toBe(false);
    const extra = getMaterial(id)!.attachments[0];
    deleteMaterial(id);
    expect(getMaterial(id)).toBeNull();
    expect(existsSync(join(uploadsDir(), extra.id))).toBe(false);
  });
});

describe("search results in pages", () => {
  it("counts every visible hit once, splits them into pages of 20 in rank order, and keeps the count past the last page", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id, { capacity: 10 });
    for (let i = 1; i <= 45; i++)
      createMaterial(
        network.id,
        facilitator.id,
        { ...input, title: `Zeldzaamwoord ${i}`, bodyMarkdown: "Tekst.", visibility: "publiek" },
        [],
      );
    // Hidden for anonymous visitors: members only.
    createMaterial(network.id, facilitator.id, { ...input, title: "Zeldzaamwoord voor leden" }, []);
    const page = (n: number) =>
      searchMaterials(null, parseMaterialFilters(new URLSearchParams(`q=zeldzaamwoord&pagina=${n}`)));
    const [first, second, third, past] = [1, 2, 3, 4].map(page);
    for (const result of [first, second, third, past]) expect([result.total, result.pages]).toEqual([45, 3]);
    expect([first.hits.length, second.hits.length, third.hits.length, past.hits.length]).toEqual([
      20, 20, 5, 0,
    ]);
    const titles = [first, second, third].flatMap((r) => r.hits.map((h) => h.title));
    expect(new Set(titles).size).toBe(45);
    expect(titles).not.toContain("Zeldzaamwoord voor leden");
    // A title match outranks a body match.
    createMaterial(
      network.id,
      facilitator.id,
      { ...input, title: "Iets anders", bodyMarkdown: "Zeldzaamwoord in de tekst.", visibility: "publiek" },
      [],
    );
    expect(page(3).hits.at(-1)!.title).toBe("Iets anders");
    expect(first.hits[0]).toMatchObject({
      type: "rubric",
      tags: ["feedback", "rubric"],
      networkSlug: network.slug,
      library: false,
      snippet: "Tekst.",
    });
  });
});

describe("search results as HTML", () => {
  it("renders each material's card once, escaped, joins a page's cards in rank order, and follows edits and deletions", () => {
    const facilitator = createUser("facilitator");
    const { network } = createPublishedNetwork(facilitator.id);
    const first = createMaterial(
      network.id,
      facilitator.id,
      { ...input, title: "Kaart <script>x</script> & co", visibility: "publiek" },
      [],
    );
    const second = createMaterial(
      network.id,
      facilitator.id,
      { ...input, title: "Tweede kaart", visibility: "publiek" },
      [],
    );
    const page = materialHitsHtml([second, first]);
    expect(page.indexOf("Tweede kaart")).toBeLessThan(
      page.indexOf("Kaart &lt;script&gt;x&lt;/script&gt; &amp; co"),
    );
    expect(page).not.toContain("<script>");
    expect(page).toContain(`href="/materialen/${first}"`);
    expect(page.match(/<li /g)).toHaveLength(2);
    expect(materialHitsHtml([second, first])).toBe(page);
    updateMaterial(second, { ...input, title: "Tweede kaart, herwerkt", visibility: "publiek" }, [], []);
    expect(materialHitsHtml([second])).toContain("Tweede kaart, herwerkt");
    deleteMaterial(first);
    expect(materialHitsHtml([first])).toBe("");
  });
});
