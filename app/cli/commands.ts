import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "#db/client.server";
import { roles, users } from "#db/schema";
import { hashPassword } from "~/auth/password.server";
import { emailSchema, nameSchema, newPasswordSchema } from "~/auth/validation";
import { MAX_IMPORT_BYTES, parseTable, type Table } from "~/imports/tabular";
import { importNetworks } from "~/networks/import.server";
import { validateInstitutions } from "~/institutions/import";
import { upsertInstitutions } from "~/institutions/institutions.server";
import { getNetworkBySlug } from "~/networks/networks.server";
import { importResponses } from "~/surveys/import.server";
import { toCsv, toXlsx } from "~/exports/spreadsheet";
import { buildNetworkReport, reportJson } from "~/reports/network-report.server";
import { reportRows } from "~/reports/report-export";

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
    .values({
      id: randomUUID(),
      email,
      name,
      role,
      jobFunction: "andere",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: now,
      createdAt: now,
    })
    .run();
  const shown = parsed.data.password
    ? ""
    : `\nGenerated password: ${password}\n(change it after the first login at /profiel)`;
  return { ok: true, message: `Created ${role} ${email}.${shown}` };
}

export function setRoleCommand(emailInput: string | undefined, roleInput: string | undefined): CommandResult {
  const email = emailSchema.safeParse(emailInput ?? "");
  const role = z.enum(roles).safeParse(roleInput);
  if (!email.success || !role.success)
    return { ok: false, message: `Usage: set-role <e-mail> <${roles.join("|")}>` };
  const updated = db
    .update(users)
    .set({ role: role.data })
    .where(eq(users.email, email.data))
    .returning({ id: users.id })
    .all();
  if (updated.length === 0) return { ok: false, message: `No user with e-mail ${email.data}.` };
  return { ok: true, message: `${email.data} is now ${role.data}.` };
}

function readTable(file: string | undefined): { ok: true; table: Table } | { ok: false; message: string } {
  if (!file) return { ok: false, message: "--file is required" };
  try {
    const stat = statSync(file);
    if (stat.size > MAX_IMPORT_BYTES)
      return { ok: false, message: `${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` };
    return { ok: true, table: parseTable(new Uint8Array(readFileSync(file))) };
  } catch (error) {
    return {
      ok: false,
      message: `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export function importResponsesCommand(options: {
  network?: string;
  file?: string;
  participants?: string;
}): CommandResult {
  const network = options.network ? getNetworkBySlug(options.network) : null;
  if (!network)
    return { ok: false, message: `No network with slug ${options.network ?? "(missing --network)"}` };
  // Required: the response rate of the historic measurement is computed over it.
  const participants = Number(options.participants);
  if (!Number.isInteger(participants) || participants < 1 || participants > 100_000)
    return {
      ok: false,
      message:
        "--participants is required: the number of participants of the trajectory, a whole number of at least 1",
    };
  const read = readTable(options.file);
  if (!read.ok) return read;
  const outcome = importResponses(network.id, read.table, participants);
  if (!outcome.ok) return { ok: false, message: `Nothing imported:\n${outcome.errors.join("\n")}` };
  return {
    ok: true,
    message: `Imported ${outcome.imported.pre} pre and ${outcome.imported.post} post responses into ${network.slug} as historic measurements${outcome.skipped ? ` (${outcome.skipped} empty rows skipped)` : ""}.`,
  };
}

export function importNetworksCommand(options: { file?: string }): CommandResult {
  const read = readTable(options.file);
  if (!read.ok) return read;
  const outcome = importNetworks(read.table);
  if (!outcome.ok) return { ok: false, message: `Nothing imported:\n${outcome.errors.join("\n")}` };
  return { ok: true, message: `Created ${outcome.created} networks (as concept).` };
}

/** The network report in the same shape as /netwerken/<slug>/rapport.json, or as CSV/XLSX bytes. */
export function reportCommand(options: {
  network?: string;
  format?: string;
}): { ok: true; output: string | Uint8Array } | { ok: false; message: string } {
  const network = options.network ? getNetworkBySlug(options.network) : null;
  if (!network)
    return { ok: false, message: `No network with slug ${options.network ?? "(missing --network)"}` };
  const format = options.format ?? "json";
  const report = buildNetworkReport(network.id);
  if (format === "json") return { ok: true, output: `${JSON.stringify(reportJson(report), null, 2)}\n` };
  if (format === "csv") return { ok: true, output: toCsv(reportRows(report)) };
  if (format === "xlsx") return { ok: true, output: toXlsx("Rapport", reportRows(report)) };
  return { ok: false, message: "--format must be json, csv or xlsx" };
}

export function importInstitutionsCommand(options: { file?: string }): CommandResult {
  const read = readTable(options.file);
  if (!read.ok) return read;
  const validated = validateInstitutions(read.table);
  if (!validated.ok) return { ok: false, message: `Nothing imported:\n${validated.errors.join("\n")}` };
  const { added, updated } = upsertInstitutions(validated.rows);
  return { ok: true, message: `Institutions: ${added} added, ${updated} updated.` };
}
