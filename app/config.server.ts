import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public origin (scheme://host[:port]); e-mail links use it, never the request's Host header. */
  APP_ORIGIN: z.url().optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().default("LEERKR@CHT.NET <no-reply@leerkracht.test>"),
});

const env = envSchema.parse(process.env);

const appOrigin = (env.APP_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");

export const config = {
  isProduction: env.NODE_ENV === "production",
  appOrigin,
  /** Secure cookies (and the __Host- prefix) only make sense when the portal is served over https. */
  secureCookies: appOrigin.startsWith("https://"),
  smtpUrl: env.SMTP_URL,
  mailFrom: env.MAIL_FROM,
} as const;
