import { formValues } from "~/http/form";
import type { MaterialFormValues } from "./form-values";

/** The typed values of a material form, to send back when it did not validate. */
export function materialValues(formData: FormData): MaterialFormValues {
  const values = formValues(formData);
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  return {
    title: text("title"),
    bodyMarkdown: text("bodyMarkdown"),
    type: text("type"),
    tags: text("tags"),
    links: text("links"),
    visibility: text("visibility"),
    sessionId: text("sessionId"),
  };
}
