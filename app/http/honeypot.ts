/** The honeypot field: hidden from people (and screen readers), filled in by naive bots. */
export const HONEYPOT_FIELD = "website";

/** Public forms (login, registration, forgotten password) refuse a filled honeypot with 400. */
export function rejectFilledHoneypot(formData: FormData): void {
  const value = formData.get(HONEYPOT_FIELD);
  if (typeof value === "string" && value.length > 0)
    throw new Response("Het formulier werd niet correct verzonden.", { status: 400 });
}
