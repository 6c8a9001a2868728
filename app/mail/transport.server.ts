import nodemailer, { type Transporter } from "nodemailer";
import type { MailAttachment } from "#db/schema/mail";
import { config } from "~/config.server";

let transporter: Transporter | undefined;

export async function sendMail(
  to: string,
  subject: string,
  text: string,
  attachments: MailAttachment[],
): Promise<void> {
  if (!config.smtpUrl) throw new Error("SMTP_URL is not set");
  transporter ??= nodemailer.createTransport(config.smtpUrl);
  await transporter.sendMail({ from: config.mailFrom, to, subject, text, attachments });
}
