import { z } from "zod";
import { educationLevels } from "#db/schema/institutions";
import { coachAvailabilities, coachRoles, trainingStatuses } from "#db/schema/digicoaches";
import { multiple, optionalText } from "~/http/form";
import { DIGCOMP_COMPETENCES } from "./digcompedu";

export const SUGGESTED_SPECIALISATIONS = [
  "digitale didactiek",
  "mediawijsheid",
  "computationeel denken",
  "veilig ICT-gebruik",
  "inclusie met ICT",
];

export const profileFormSchema = z.object({
  role: z.enum(coachRoles, { error: "Kies je rol." }),
  institution: z.string().trim().max(300).default(""),
  levels: multiple(z.enum(educationLevels)).refine((l) => l.length > 0, "Kies minstens één niveau."),
  specialisations: multiple(z.string().trim().min(1).max(40)),
  extraSpecialisations: z
    .string()
    .max(500)
    .default("")
    .transform((t) =>
      t
        .split(",")
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (l) => l.length <= 8 && l.every((s) => s.length <= 40),
      "Geef hoogstens 8 eigen specialisaties van elk hoogstens 40 tekens.",
    ),
  assignmentMarkdown: z
    .string()
    .max(10_000, "De invulling mag hoogstens 10 000 tekens lang zijn.")
    .default(""),
  hoursPerWeek: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: "Geef een getal." })
      .int("Geef een geheel aantal uren.")
      .min(0, "Minstens 0 uur.")
      .max(40, "Hoogstens 40 uur per week.")
      .nullable(),
  ),
  schoolHasIctPolicy: z.preprocess((v) => v === "on", z.boolean()),
  trainingStatus: z.preprocess((v) => (v === "" ? null : v), z.enum(trainingStatuses).nullable()),
  trainingCourse: optionalText(150, "De opleiding mag hoogstens 150 tekens lang zijn."),
  trainingDate: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Geef een datum.")
      // A real calendar day: 2025-02-30 is refused, not stored.
      .refine((d) => {
        const time = Date.parse(`${d}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
      }, "Geef een datum.")
      .optional(),
  ),
  availability: multiple(z.enum(coachAvailabilities)),
  visible: z.preprocess((v) => v === "on", z.boolean()),
});

export type ProfileInput = z.output<typeof profileFormSchema>;

export const assessmentSchema = z.object(
  Object.fromEntries(
    DIGCOMP_COMPETENCES.map((_, i) => [
      `c${i}`,
      z.coerce
        .number({ error: "Kies een niveau." })
        .int()
        .min(1, "Kies een niveau.")
        .max(6, "Kies een niveau."),
    ]),
  ),
);

export const contactSchema = z.object({
  message: z
    .string({ error: "Schrijf een bericht." })
    .trim()
    .min(10, "Schrijf een bericht van minstens 10 tekens.")
    .max(2000, "Je bericht mag hoogstens 2000 tekens lang zijn."),
});
