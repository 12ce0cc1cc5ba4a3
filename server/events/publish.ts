import type { ServiceContext } from "../request-context";
import type { DomainEvent } from "./event-bus";

/**
 * Announces a committed change to open boards. Call it after the transaction; the change is
 * saved whatever happens here, so a failure to announce is logged, never thrown.
 */
export function publishAfterCommit(ctx: ServiceContext, event: Omit<DomainEvent, "at" | "actorId">) {
  ctx.events
    .publish({ ...event, actorId: ctx.actor?.userId ?? null, at: ctx.now().toISOString() })
    .catch((error: unknown) => ctx.log.warn({ err: error, event }, "Publishing a domain event failed"));
}
