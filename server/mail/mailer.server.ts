import type { Kysely } from "kysely";
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Database } from "../../db/schema";

export interface Email {
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  /** Sends the e-mail (SMTP) or keeps it in the outbox (no SMTP); both are recorded. */
  send(db: Kysely<Database>, email: Email): Promise<void>;
}

/**
 * With SMTP_URL, e-mail goes out through nodemailer and is recorded as sent. Without it,
 * it stays in the outbox table, which /dev/outbox shows outside production, so invitations
 * and password resets work on the embedded default and in tests.
 */
export function createMailer(options: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(db, email) {
      const row = await db
        .insertInto("outbox_email")
        .values({ to_address: email.to, subject: email.subject, body: email.body, sent_at: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (!transport) return;
      try {
        await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, text: email.body });
        await db.updateTable("outbox_email").set({ sent_at: new Date() }).where("id", "=", row.id).execute();
      } catch (error) {
        // The e-mail stays in the outbox unsent; the flow that asked for it goes on.
        options.log.error({ err: error, to: email.to }, "Sending e-mail failed");
      }
    },
  };
}

export async function listOutbox(db: Kysely<Database>, limit = 50) {
  return db
    .selectFrom("outbox_email")
    .select(["id", "to_address as to", "subject", "body", "created_at as createdAt", "sent_at as sentAt"])
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}
