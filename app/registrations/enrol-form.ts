import { z } from "zod";

/** The intents posted from a network page. */
export const networkPageIntentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("inschrijven"),
    sessionId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number().int().positive().nullable(),
    ),
  }),
  z.object({ intent: z.literal("uitschrijven"), registrationId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("aanbod-aanvaarden"), registrationId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("aanbod-weigeren"), registrationId: z.coerce.number().int().positive() }),
]);

/** Intake answers arrive as fields named vraag-<questionId>. */
export function intakeAnswersFrom(formData: FormData): Record<number, string> {
  const answers: Record<number, string> = {};
  for (const [key, value] of formData) {
    const match = /^vraag-(\d+)$/.exec(key);
    if (match && typeof value === "string") answers[Number(match[1])] = value;
  }
  return answers;
}
