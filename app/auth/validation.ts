import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { JOB_FUNCTIONS } from "./job-functions";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export const emailSchema = z
  .string({ error: "Vul je e-mailadres in." })
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be." }))
  .transform((email) => email.toLowerCase());

/** No composition rules and no trimming: the stored hash must verify exactly what was typed. */
export const newPasswordSchema = z
  .string({ error: "Kies een wachtwoord." })
  .min(PASSWORD_MIN_LENGTH, `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`)
  .max(PASSWORD_MAX_LENGTH, `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`)
  .refine(
    (password) => !isCommonPassword(password),
    "Dit wachtwoord is te gekend en makkelijk te raden. Kies een ander.",
  );

export const nameSchema = z
  .string({ error: "Vul je naam in." })
  .trim()
  .min(2, "Vul je volledige naam in.")
  .max(120, "Je naam mag hoogstens 120 tekens lang zijn.")
  .refine((name) => !/[<>\u0000-\u001f]/.test(name), "Je naam bevat tekens die niet zijn toegestaan.");

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Vul je wachtwoord in." })
    .min(1, "Vul je wachtwoord in.")
    .max(PASSWORD_MAX_LENGTH, "Onjuist e-mailadres of wachtwoord."),
  redirectTo: z.string().optional(),
});

export const registrationSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    institution: z
      .string({ error: "Kies je school, academie of centrum uit de lijst." })
      .trim()
      .min(1, "Kies je school, academie of centrum uit de lijst.")
      .max(300),
    jobFunction: z.enum(JOB_FUNCTIONS, { error: "Kies je functie." }),
    jobFunctionOther: z.string().trim().max(100, "Beschrijf je functie in hoogstens 100 tekens.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.jobFunction === "andere" && !value.jobFunctionOther) {
      ctx.addIssue({ code: "custom", path: ["jobFunctionOther"], message: "Beschrijf je functie." });
    }
  });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z
  .object({ token: z.string().min(1).max(200), password: newPasswordSchema, passwordConfirm: z.string() })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "De twee wachtwoorden zijn niet gelijk.",
  });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Vul je huidige wachtwoord in.").max(PASSWORD_MAX_LENGTH),
    password: newPasswordSchema,
    passwordConfirm: z.string(),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "De twee wachtwoorden zijn niet gelijk.",
  });
