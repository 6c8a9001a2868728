import { and, eq, lt } from "drizzle-orm";
import { db } from "#db/client.server";
import { formSubmissions } from "#db/schema";

/** Field name of the one-time token that forms creating something carry. */
export const FORM_TOKEN = "formToken";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const KEEP_DAYS = 7;

/** The submitted token: null when the form sent none, "invalid" when it is not one we hand out. */
export function formTokenFrom(formData: FormData): string | null | "invalid" {
  const values = formData.getAll(FORM_TOKEN);
  if (values.length === 0 || (values.length === 1 && values[0] === "")) return null;
  return values.length === 1 && typeof values[0] === "string" && TOKEN_PATTERN.test(values[0])
    ? values[0]
    : "invalid";
}

/**
 * Runs `create` once per person and form token, in one transaction with recording the token: a
 * repeated submission (double click, back button, a retry after a lost answer) gets the first
 * result back and creates nothing. Without a token `create` simply runs.
 */
export function once<T>(
  userId: string,
  token: string | null,
  create: () => T,
  now = new Date(),
): { result: T; repeated: boolean } {
  if (!token) return { result: create(), repeated: false };
  return db.transaction(
    (tx) => {
      const earlier = tx
        .select({ result: formSubmissions.result })
        .from(formSubmissions)
        .where(and(eq(formSubmissions.userId, userId), eq(formSubmissions.token, token)))
        .get();
      if (earlier) return { result: JSON.parse(earlier.result) as T, repeated: true };
      const result = create();
      tx.delete(formSubmissions)
        .where(lt(formSubmissions.createdAt, new Date(now.getTime() - KEEP_DAYS * 86_400_000)))
        .run();
      tx.insert(formSubmissions)
        .values({ userId, token, result: JSON.stringify(result ?? null), createdAt: now })
        .run();
      return { result, repeated: false };
    },
    { behavior: "immediate" },
  );
}
