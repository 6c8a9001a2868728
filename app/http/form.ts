import { z } from "zod";

export type FieldErrors = Record<string, string>;

export type FormValues = Record<string, string | string[]>;

export type FormResult<T> =
  { success: true; data: T } | { success: false; errors: FieldErrors; values: FormValues };

/** Fields whose typed value is never sent back to the browser. */
const SECRET_FIELD = /password|wachtwoord|token/i;

/** Names that would reach an object's prototype instead of becoming a field. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The text fields of a form; a repeated name (checkbox group) becomes a list. */
export function formValues(formData: FormData): FormValues {
  const raw: FormValues = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || PROTOTYPE_KEYS.has(key)) continue;
    const previous = raw[key];
    raw[key] =
      previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return raw;
}

/** Validates a submitted form; on failure returns one Dutch message per field and the typed values. */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
): FormResult<z.output<Schema>> {
  const raw = formValues(formData);
  const parsed = schema.safeParse(raw, { error: dutchFallback });
  if (parsed.success) return { success: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !SECRET_FIELD.test(key)));
  return { success: false, errors, values };
}

/**
 * Messages for issues a schema gives no message of its own (zod's defaults are English): a field
 * left out of the request, a list where one value was expected, an unknown choice.
 */
export function dutchFallback(issue: z.core.$ZodRawIssue): string {
  if (issue.code === "invalid_type")
    return issue.input === undefined ? "Vul dit veld in." : "Deze waarde is ongeldig.";
  if (issue.code === "too_big" && typeof issue.input === "string")
    return `Hoogstens ${issue.maximum} tekens.`;
  if (issue.code === "too_big") return `Hoogstens ${issue.maximum}.`;
  if (issue.code === "too_small" && typeof issue.input === "string")
    return `Minstens ${issue.minimum} tekens.`;
  if (issue.code === "too_small") return `Minstens ${issue.minimum}.`;
  if (issue.code === "invalid_value" || issue.code === "invalid_union")
    return "Kies een van de mogelijke waarden.";
  return "Deze waarde is ongeldig.";
}

/** A checkbox group: absent means none checked, one checked arrives as a single string. */
export function multiple<Item extends z.ZodType>(item: Item) {
  return z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/** An optional text field: the empty string means "not given". */
export function optionalText(max: number, message: string) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, message).optional(),
  );
}
