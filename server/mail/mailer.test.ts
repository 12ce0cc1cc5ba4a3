import type { AddressInfo } from "node:net";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createMailer, listOutbox } from "./mailer.server";

// With SMTP_URL, e-mail really goes out: a local SMTP server (smtp-server) receives it.

describe("the mailer with SMTP", () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let port: number;
  const received: string[] = [];
  const log = pino({ level: "silent" });

  beforeAll(async () => {
    database = await createTestDatabase({ template: "migrated" });
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let message = "";
        stream.on("data", (chunk: Buffer) => (message += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(message);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database.destroy();
  });

  it("sends through the SMTP server and records the message as sent", async () => {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "Werkplaats <noreply@example.org>", log });
    await mailer.send(database.db, { to: "lid@example.org", subject: "Uitnodiging", body: "Welkom bij de werkplaats" });
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("To: lid@example.org");
    expect(received[0]).toContain("Welkom bij de werkplaats");
    const [row] = await listOutbox(database.db);
    expect(row?.to).toBe("lid@example.org");
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("keeps the message unsent in the outbox when the SMTP server cannot be reached, without failing the flow", async () => {
    const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "noreply@example.org", log });
    await mailer.send(database.db, { to: "later@example.org", subject: "Herstellen", body: "link" });
    const row = (await listOutbox(database.db)).find((r) => r.to === "later@example.org");
    expect(row?.sentAt).toBeNull();
  });

  it("without SMTP keeps every message in the outbox only", async () => {
    const mailer = createMailer({ from: "noreply@example.org", log });
    await mailer.send(database.db, { to: "outbox@example.org", subject: "Test", body: "alleen in de outbox" });
    const row = (await listOutbox(database.db)).find((r) => r.to === "outbox@example.org");
    expect(row).toMatchObject({ subject: "Test", sentAt: null });
    expect(received.some((m) => m.includes("outbox@example.org"))).toBe(false);
  });
});
