import { z } from "zod";

export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  | { success: true; data: T }
  | { success: false; errors: FieldErrors; values: Record<string, string> };

/** Fields whose typed value is never sent back to the browser. */
const SECRET_FIELD = /password|wachtwoord|token/i;

/** Validates a submitted form; on failure returns one Dutch message per field and the typed values. */
export function parseForm<Schema extends z.ZodType>(schema: Schema, formData: FormData): FormResult<z.output<Schema>> {
  const raw: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string") raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { success: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELD.test(key)));
  return { success: false, errors, values };
}
