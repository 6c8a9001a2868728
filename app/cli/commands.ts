import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "#db/client.server";
import { roles, users } from "#db/schema";
import { hashPassword } from "~/auth/password.server";
import { emailSchema, nameSchema, newPasswordSchema } from "~/auth/validation";

export interface CommandResult {
  ok: boolean;
  message: string;
}

const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: z.enum(roles, { error: `role must be one of: ${roles.join(", ")}` }),
  password: newPasswordSchema.optional(),
});

function describeError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("\n");
}

/** Creates a confirmed account (the operator vouches for the address). */
export async function createUserCommand(input: Record<string, string | undefined>): Promise<CommandResult> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describeError(parsed.error) };
  const { email, name, role } = parsed.data;
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    return { ok: false, message: `A user with e-mail ${email} already exists.` };
  }
  const password = parsed.data.password ?? randomBytes(18).toString("base64url");
  const now = new Date();
  db.insert(users)
    .values({ id: randomUUID(), email, name, role, jobFunction: "andere", passwordHash: await hashPassword(password), emailVerifiedAt: now, createdAt: now })
    .run();
  const shown = parsed.data.password ? "" : `\nGenerated password: ${password}\n(change it after the first login at /profiel)`;
  return { ok: true, message: `Created ${role} ${email}.${shown}` };
}

export function setRoleCommand(emailInput: string | undefined, roleInput: string | undefined): CommandResult {
  const email = emailSchema.safeParse(emailInput ?? "");
  const role = z.enum(roles).safeParse(roleInput);
  if (!email.success || !role.success) return { ok: false, message: `Usage: set-role <e-mail> <${roles.join("|")}>` };
  const updated = db.update(users).set({ role: role.data }).where(eq(users.email, email.data)).returning({ id: users.id }).all();
  if (updated.length === 0) return { ok: false, message: `No user with e-mail ${email.data}.` };
  return { ok: true, message: `${email.data} is now ${role.data}.` };
}
