import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default("./.data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The region a request acts in until sign-in picks one (one region per deployment for now). */
  REGION: z.string().default("flevoland"),
  /** Where people reach the app; links in e-mail use it. Default http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** SMTP server for e-mail (smtp://user:pass@host:587); without it e-mail stays in the outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Regioplan Werkplaats <noreply@regioplan-werkplaats.nl>"),
  /** Express "trust proxy": set to the number of proxies in front, so client IPs are right. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** The daily e-mail digest of notifications (after 07:00 Amsterdam time); "off" stops it on this instance. */
  NOTIFICATION_DIGEST: z.enum(["on", "off"]).default("on"),
});

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  regionSlug: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: number;
  notificationDigest: boolean;
}

/** Reads the configuration from the environment; a bad value stops start-up with its name. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    production: e.NODE_ENV === "production",
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    regionSlug: e.REGION,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY,
    notificationDigest: e.NOTIFICATION_DIGEST === "on",
  };
}
