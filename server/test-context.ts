import pino from "pino";
import type { AppDatabase } from "../db/connect";
import type { ServiceContext } from "./request-context";

/** A service context on a test database, acting in the seeded Flevoland region. */
export function createTestContext(database: AppDatabase, overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    db: database.db,
    regionSlug: "flevoland",
    log: pino({ level: "silent" }),
    requestId: "test",
    ...overrides,
  };
}
