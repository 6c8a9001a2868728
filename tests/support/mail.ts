import { desc, eq } from "drizzle-orm";
import { db } from "#db/client.server";
import { mailOutbox } from "#db/schema";

export function mailsTo(address: string) {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(desc(mailOutbox.id))
    .all();
}

/** The token from the newest mail to this address whose link contains the given path. */
export function tokenFromLatestMail(address: string, path: string): string {
  for (const mail of mailsTo(address)) {
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.bodyText);
    if (match) return match[1];
  }
  throw new Error(`no mail to ${address} with a ${path} link`);
}
