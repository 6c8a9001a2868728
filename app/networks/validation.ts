import { z } from "zod";
import { educationLevels, regions } from "#db/schema/institutions";
import { modalities, networkThemes, networkTypes, sessionKinds } from "#db/schema/networks";
import { JOB_FUNCTIONS } from "~/auth/job-functions";
import { multiple, optionalText } from "~/http/form";
import { brusselsLocalToDate, schoolYearRange } from "./time";

export const MAX_GOALS = 12;
export const MAX_INTAKE_QUESTIONS = 5;
export const MAX_CAPACITY = 1000;

const lines = (max: number, maxLength: number, tooMany: string, tooLong: string) =>
  z
    .string()
    .max(10_000)
    .default("")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length <= max, tooMany)
    .refine((items) => items.every((item) => item.length <= maxLength), tooLong);

const localDateTime = (message: string) =>
  z.string({ error: message }).transform((value, ctx) => {
    const date = brusselsLocalToDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return date;
  });

const capacity = (label: string) =>
  z.coerce
    .number({ error: `Geef ${label} als een getal.` })
    .int(`${label[0].toUpperCase()}${label.slice(1)} moet een geheel getal zijn.`)
    .min(1, `${label[0].toUpperCase()}${label.slice(1)} moet minstens 1 zijn.`)
    .max(MAX_CAPACITY, `${label[0].toUpperCase()}${label.slice(1)} mag hoogstens ${MAX_CAPACITY} zijn.`);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(80, "De korte naam mag hoogstens 80 tekens lang zijn.")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Gebruik enkel kleine letters, cijfers en koppeltekens (bv. netwerk-getallen).",
  );

export const networkFormSchema = z
  .object({
    title: z
      .string({ error: "Geef het netwerk een titel." })
      .trim()
      .min(1, "Geef het netwerk een titel.")
      .min(3, "Geef het netwerk een titel van minstens 3 tekens.")
      .max(150, "De titel mag hoogstens 150 tekens lang zijn."),
    slug: z.preprocess((value) => (value === "" ? undefined : value), slugSchema.optional()),
    descriptionMarkdown: z
      .string()
      .trim()
      .min(1, "Beschrijf het netwerk.")
      .max(20_000, "De beschrijving is te lang (hoogstens 20 000 tekens)."),
    theme: z.enum(networkThemes, { error: "Kies een thema." }),
    networkType: z.enum(networkTypes, { error: "Kies een soort netwerk." }),
    levels: multiple(z.enum(educationLevels)).refine(
      (items) => items.length > 0,
      "Kies minstens één onderwijsniveau.",
    ),
    audiences: multiple(z.enum(JOB_FUNCTIONS)).refine(
      (items) => items.length > 0,
      "Kies minstens één doelgroep.",
    ),
    region: z.preprocess(
      (value) => (value === "" ? null : value),
      z.enum(regions, { error: "Kies een regio of Vlaanderen-breed." }).nullable(),
    ),
    firstSchoolYear: z.coerce
      .number({ error: "Kies een schooljaar." })
      .int()
      .min(2020, "Kies een schooljaar.")
      .max(2040, "Kies een schooljaar."),
    spansTwoYears: z.preprocess((value) => value === "on", z.boolean()),
    capacity: capacity("het aantal plaatsen"),
    registrationDeadline: localDateTime("Geef een geldige uiterste inschrijvingsdatum."),
    allowSessionRegistration: z.preprocess((value) => value === "on", z.boolean()),
    allowMemberMaterials: z.preprocess((value) => value === "on", z.boolean()),
    operationalGoalId: z.coerce
      .number({ error: "Kies een operationele doelstelling." })
      .int()
      .positive("Kies een operationele doelstelling."),
    goals: lines(
      MAX_GOALS,
      300,
      `Geef hoogstens ${MAX_GOALS} doelen.`,
      "Elk doel mag hoogstens 300 tekens lang zijn.",
    ).refine((items) => items.length > 0, "Geef minstens één doel of inhoud (één per regel)."),
    intakeQuestions: lines(
      MAX_INTAKE_QUESTIONS,
      300,
      `Geef hoogstens ${MAX_INTAKE_QUESTIONS} vragen.`,
      "Elke vraag mag hoogstens 300 tekens lang zijn.",
    ),
  })
  .transform(({ spansTwoYears, ...rest }) => ({
    ...rest,
    lastSchoolYear: rest.firstSchoolYear + (spansTwoYears ? 1 : 0),
  }));

export type NetworkInput = z.output<typeof networkFormSchema>;

const httpsUrl = z
  .string()
  .trim()
  .max(500, "De link is te lang.")
  .url({ error: "Geef een volledige link, beginnend met https://." })
  .refine((value) => value.startsWith("https://"), "Gebruik een beveiligde link (https://).");

/** Session fields; the network's school years bound the dates. */
export function sessionFormSchema(network: { firstSchoolYear: number; lastSchoolYear: number }) {
  const { start: yearStart, end: yearEnd } = schoolYearRange(network.firstSchoolYear, network.lastSchoolYear);
  return z
    .object({
      kind: z.enum(sessionKinds, { error: "Kies de soort bijeenkomst." }),
      title: optionalText(150, "De titel mag hoogstens 150 tekens lang zijn."),
      startsAt: localDateTime("Geef een geldig begin (datum en uur)."),
      endsAt: localDateTime("Geef een geldig einde (datum en uur)."),
      modality: z.enum(modalities, { error: "Kies fysiek, online of hybride." }),
      venueName: optionalText(150, "De naam van de locatie mag hoogstens 150 tekens lang zijn."),
      venueAddress: optionalText(300, "Het adres mag hoogstens 300 tekens lang zijn."),
      onlineUrl: z.preprocess((value) => (value === "" ? undefined : value), httpsUrl.optional()),
      capacity: z.preprocess(
        (value) => (value === "" ? undefined : value),
        capacity("het aantal plaatsen").optional(),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.endsAt <= value.startsAt)
        ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Het einde moet na het begin liggen." });
      if (value.startsAt < yearStart || value.endsAt > yearEnd) {
        ctx.addIssue({
          code: "custom",
          path: ["startsAt"],
          message: "De bijeenkomst moet binnen het schooljaar van het netwerk vallen.",
        });
      }
      if (value.modality !== "online" && !value.venueName)
        ctx.addIssue({
          code: "custom",
          path: ["venueName"],
          message: "Geef de school of locatie waar de bijeenkomst plaatsvindt.",
        });
      if (value.modality !== "online" && !value.venueAddress)
        ctx.addIssue({ code: "custom", path: ["venueAddress"], message: "Geef het adres van de locatie." });
      if (value.modality !== "fysiek" && !value.onlineUrl)
        ctx.addIssue({
          code: "custom",
          path: ["onlineUrl"],
          message: "Geef de link naar de online bijeenkomst.",
        });
    });
}

export type SessionInput = z.output<ReturnType<typeof sessionFormSchema>>;

/** A URL-safe short name from a title: "Lerend netwerk ‘lezen met begrip’" → "lerend-netwerk-lezen-met-begrip". */
export function slugify(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "netwerk"
  );
}
