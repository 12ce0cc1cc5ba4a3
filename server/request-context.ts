import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/schema";

/**
 * What every service function receives first. Built once per request by the transport
 * (Remix load context or tRPC context) so services never touch req/res.
 */
export interface ServiceContext {
  db: Kysely<Database>;
  /** The region this request acts in; nobody acts across regions. */
  regionSlug: string;
  log: Logger;
  requestId: string;
}
