import pino from "pino";
import type { AppDatabase } from "../db/connect";
import { createInProcessEventBus } from "./events/event-bus";
import { createMailer } from "./mail/mailer.server";
import type { ServiceContext } from "./request-context";

/** A service context on a test database, acting anonymously in the seeded Flevoland region. */
export async function createTestContext(database: AppDatabase, overrides: Partial<ServiceContext> = {}): Promise<ServiceContext> {
  const log = pino({ level: "silent" });
  const region = await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow();
  return {
    db: database.db,
    regionSlug: "flevoland",
    regionId: region.id,
    log,
    requestId: "test",
    actor: null,
    sessionId: null,
    production: false,
    mailer: createMailer({ from: "test@example.org", log }),
    events: createInProcessEventBus(),
    publicUrl: "http://localhost:3000",
    client: { ip: "127.0.0.1", userAgent: "vitest" },
    now: () => new Date(),
    ...overrides,
  };
}
