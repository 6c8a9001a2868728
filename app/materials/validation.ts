import { z } from "zod";
import { materialTypes, materialVisibilities } from "#db/schema/materials";

export const materialFormSchema = z
  .object({
    title: z
      .string({ error: "Geef een titel." })
      .trim()
      .min(1, "Geef een titel.")
      .min(3, "Geef een titel van minstens 3 tekens.")
      .max(150, "De titel mag hoogstens 150 tekens lang zijn."),
    bodyMarkdown: z.string().max(50_000, "De tekst is te lang (hoogstens 50 000 tekens).").default(""),
    type: z.enum(materialTypes, { error: "Kies een soort materiaal." }),
    tags: z
      .string()
      .max(1000)
      .default("")
      .transform((text) => [
        ...new Set(
          text
            .split(",")
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean),
        ),
      ])
      .refine((tags) => tags.length <= 10, "Geef hoogstens 10 trefwoorden.")
      .refine(
        (tags) => tags.every((t) => t.length <= 40),
        "Een trefwoord mag hoogstens 40 tekens lang zijn.",
      ),
    links: z
      .string()
      .max(5000)
      .default("")
      .transform((text) =>
        text
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      )
      .refine((links) => links.length <= 10, "Geef hoogstens 10 links.")
      .refine(
        (links) => links.every((l) => /^https?:\/\/[^\s<>"]+$/i.test(l) && l.length <= 500),
        "Elke link begint met https:// (één per regel).",
      ),
    visibility: z.enum(materialVisibilities, { error: "Kies wie het materiaal mag zien." }),
    sessionId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number().int().positive().nullable(),
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.bodyMarkdown.trim() && value.links.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["bodyMarkdown"],
        message: "Schrijf een tekst of geef minstens één link.",
      });
  });

export type MaterialFormInput = z.output<typeof materialFormSchema>;

export const VISIBILITY_LABELS: Record<(typeof materialVisibilities)[number], string> = {
  leden: "Enkel leden van het netwerk",
  ingelogd: "Iedereen die aangemeld is",
  publiek: "Iedereen (ook zonder account)",
};
