import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** Every e-mail the portal sends is written here first, in the same transaction as its cause. */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    /** Holds a login-equivalent link (verification, reset): hidden from the admin view once SMTP delivers mail. */
    sensitive: integer("sensitive", { mode: "boolean" }).notNull().default(false),
    attachments: text("attachments", { mode: "json" }).$type<MailAttachment[]>(),
    createdAt: integer("created_at", { mode: "timestamp" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp" }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("mail_outbox_unsent_idx").on(t.sentAt)],
);

export type OutboxMessage = typeof mailOutbox.$inferSelect;
