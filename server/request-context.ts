import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/schema";
import type { Actor } from "../shared/permissions";
import type { EventBus } from "./events/event-bus";
import type { Mailer } from "./mail/mailer.server";

/**
 * What every service function receives first. Built once per request by the transport
 * (Remix load context or tRPC context) so services never touch req/res.
 */
export interface ServiceContext {
  db: Kysely<Database>;
  /** The region this request acts in; nobody acts across regions. */
  regionSlug: string;
  regionId: string;
  log: Logger;
  requestId: string;
  /** The signed-in person with their roles, or null for an anonymous visitor. */
  actor: Actor | null;
  /** The session the request came with (to end it, or to mark "this session"). */
  sessionId: string | null;
  production: boolean;
  mailer: Mailer;
  /** Domain events for live boards (in process, or across instances through PostgreSQL). */
  events: EventBus;
  /** The app's own address, for links in e-mail (never taken from the request's Host). */
  publicUrl: string;
  client: { ip: string; userAgent: string };
  now(): Date;
}
