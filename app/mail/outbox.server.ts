import { desc, eq, isNotNull, isNull, lt, lte, and } from "drizzle-orm";
import { db, type Db, type Tx } from "#db/client.server";
import { mailOutbox } from "#db/schema";
import { config } from "~/config.server";
import type { MailContent } from "./templates";
import { sendMail } from "./transport.server";

/** Queues a message inside the caller's transaction, so it exists exactly when its cause does. */
export function enqueueMail(tx: Tx | Db, to: string, content: MailContent): void {
  tx.insert(mailOutbox)
    .values({
      toAddress: to,
      subject: content.subject,
      bodyText: content.bodyText,
      sensitive: content.sensitive,
      attachments: content.attachments ?? null,
      createdAt: new Date(),
    })
    .run();
}

const MAX_ATTEMPTS = 5;

/** Sends what is pending when SMTP is configured; called after each commit that queued mail. */
export async function deliverPendingMail(): Promise<void> {
  if (!config.smtpUrl) return;
  const pending = db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(mailOutbox.id)
    .limit(50)
    .all();
  for (const message of pending) {
    try {
      await sendMail(message.toAddress, message.subject, message.bodyText, message.attachments ?? []);
      db.update(mailOutbox)
        .set({ sentAt: new Date(), attempts: message.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, message.id))
        .run();
    } catch (error) {
      const lastError = error instanceof Error ? error.message.slice(0, 500) : "onbekende fout";
      db.update(mailOutbox)
        .set({ attempts: message.attempts + 1, lastError })
        .where(eq(mailOutbox.id, message.id))
        .run();
    }
  }
}

export function deliverPendingMailInBackground(): void {
  // After the current turn: a write run by whenWritable is committed only at the end of its batch.
  setImmediate(() => deliverPendingMail().catch((error) => console.error("mail delivery failed", error)));
}

/** Sent mail stays readable in the admin outbox this long; it holds addresses and often names. */
export const SENT_MAIL_RETENTION_DAYS = 30;

/** Retention: removes mail sent more than SENT_MAIL_RETENTION_DAYS ago; unsent mail stays (it still has to go out). */
export function purgeSentMail(now = new Date(), tx: Tx | Db = db): number {
  const cutoff = new Date(now.getTime() - SENT_MAIL_RETENTION_DAYS * 86_400_000);
  return tx
    .delete(mailOutbox)
    .where(and(isNotNull(mailOutbox.sentAt), lte(mailOutbox.sentAt, cutoff)))
    .run().changes;
}

export const OUTBOX_PAGE_SIZE = 50;

export function listOutbox(page: number) {
  return db
    .select({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE + 1)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
}

/**
 * Admins read messages in development and demos. Once real delivery is configured, bodies with
 * login-equivalent links are withheld: an admin must not be able to take over an account.
 */
export function getOutboxMessage(id: number) {
  const message = db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).get();
  if (!message) return null;
  const bodyHidden = message.sensitive && Boolean(config.smtpUrl);
  return { ...message, bodyText: bodyHidden ? null : message.bodyText };
}
