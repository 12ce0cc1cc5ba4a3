import pino from "pino";
import type { AppDatabase } from "../db/connect";
import { createInProcessEventBus } from "./events/event-bus";
import { createMailer } from "./mail/mailer.server";
import { demoPassword } from "../db/seed/data/demo";
import { login } from "./auth/auth.service";
import { validateSessionToken } from "./auth/session.service";
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

/** `anonymous` signed in as the demo account with this e-mail, through the real login. */
export async function signInAs(anonymous: ServiceContext, email: string): Promise<ServiceContext> {
  const { token, sessionId } = await login(anonymous, { email, password: demoPassword });
  const session = await validateSessionToken(anonymous.db, token, new Date());
  return { ...anonymous, actor: session!.actor, sessionId };
}
