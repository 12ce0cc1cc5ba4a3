import { TRPCError } from "@trpc/server";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { z } from "../../shared/schemas/zod-nl";
import { requirePermission } from "../auth/authorize";
import type { DomainEvent, EventBus } from "../events/event-bus";
import { findWorkingGroupById } from "../groups/groups.repository";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { findFoundationInPlan } from "./workplan.repository";

// Live boards: the domain events of one topic as an async iterable, and the service the
// `boards.events` subscription calls. Events carry ids only (see server/events/event-bus.ts):
// a viewer that hears of a change reads it again through the services and their checks.

/** A subscriber that lets more than this many events pile up is cut off (it must reload anyway). */
export const MAX_BUFFERED_EVENTS = 1000;

/** The first message of every subscription: from now on no event of the topic is missed. */
export const READY_EVENT_TYPE = "subscription.ready";

export class SubscriberTooSlowError extends Error {
  override name = "SubscriberTooSlowError";
}

export interface TopicEventsOptions {
  /** Ends the iteration (and the subscription) when aborted, also while waiting for an event. */
  signal?: AbortSignal;
  /** Yielded first, as soon as the subscription is in place. */
  ready?: DomainEvent;
  maxBuffered?: number;
}

/**
 * Every event of `topic` on the bus, in the order the bus delivers them. Subscribes when the
 * iteration starts (the first `next()`); unsubscribes when the consumer stops (`return()`,
 * a `break` out of `for await`), when `signal` aborts, or when it throws. Events that arrive
 * while the consumer is busy wait in a queue of at most `maxBuffered`; beyond that the
 * iteration fails with SubscriberTooSlowError rather than grow without bound.
 */
export async function* topicEvents(bus: EventBus, topic: string, options: TopicEventsOptions = {}): AsyncGenerator<DomainEvent, void, undefined> {
  const { signal, ready, maxBuffered = MAX_BUFFERED_EVENTS } = options;
  if (signal?.aborted) return;
  const queue: DomainEvent[] = [];
  let overflowed = false;
  let wake: (() => void) | undefined;
  const unsubscribe = bus.subscribe(topic, (event) => {
    if (queue.length >= maxBuffered) overflowed = true;
    else queue.push(event);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    if (ready) yield ready;
    while (!signal?.aborted) {
      if (overflowed) throw new SubscriberTooSlowError(`More than ${maxBuffered} events waited for one subscriber of ${topic}`);
      const event = queue.shift();
      if (event) {
        yield event;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    unsubscribe();
  }
}

export const boardEventsInput = z.object({
  topic: z.enum(["board", "workplan"]),
  /** The werkgroep (topic "board") or the fundament (topic "workplan"). */
  id: z.string().uuid(),
});
export type BoardEventsInput = z.infer<typeof boardEventsInput>;

/**
 * The live events of one werkgroep's board or one fundament's werkagenda. Everything is
 * checked before the first byte is streamed: signed in with `workspace.read` (401/403), a
 * valid input (400), and the werkgroep or fundament exists in this region (404). The stream
 * starts with a `subscription.ready` event: a viewer should (re)load the board then, since
 * changes made before it (or while a connection was down) are not replayed. A stream cut
 * short by the server (shutdown, or a client too slow to keep up) ends with a retryable
 * SERVICE_UNAVAILABLE error, so the client reconnects and gets a new `subscription.ready`.
 */
export async function openBoardEvents(ctx: ServiceContext, input: unknown, signal?: AbortSignal): Promise<AsyncIterable<DomainEvent>> {
  requirePermission(ctx, "workspace.read");
  const { topic, id } = parseInput(boardEventsInput, input);
  if (topic === "board") {
    if (!(await findWorkingGroupById(ctx.db, ctx.regionId, id))) throw new NotFoundError(nl.people.groupNotFound);
  } else {
    const plan = await requirePlan(ctx);
    if (!(await findFoundationInPlan(ctx.db, plan.id, id))) throw new NotFoundError(nl.people.foundationNotFound);
  }
  const name = `${topic}:${id}`;
  return liveEvents(ctx.events, name, signal, { topic: name, type: READY_EVENT_TYPE, id, at: ctx.now().toISOString() });
}

const shutdowns = new WeakMap<EventBus, AbortController>();

function shutdownOf(bus: EventBus) {
  let controller = shutdowns.get(bus);
  if (!controller) shutdowns.set(bus, (controller = new AbortController()));
  return controller;
}

/**
 * Ends every live stream on this bus and refuses new ones. An open stream keeps its HTTP
 * connection busy, so `server.close()` would wait for it forever: call this on shutdown right
 * after `server.close(...)`. Clients get a retryable error (SERVICE_UNAVAILABLE): the tRPC
 * client and EventSource reconnect, to another instance or to this one once it is back.
 */
export function endLiveStreams(bus: EventBus) {
  shutdownOf(bus).abort();
}

/** tRPC clients retry on this code (and only on a few like it) instead of giving up. */
function reconnectError() {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: nl.errors.internal });
}

/**
 * topicEvents until the client leaves or the server shuts down; a stream cut short asks the
 * client to reconnect. Also behind `threads.events` (an agenda's comment threads).
 */
export async function* liveEvents(bus: EventBus, topic: string, request: AbortSignal | undefined, ready: DomainEvent): AsyncGenerator<DomainEvent, void, undefined> {
  const shutdown = shutdownOf(bus).signal;
  const stop = new AbortController();
  const onStop = () => stop.abort();
  request?.addEventListener("abort", onStop, { once: true });
  shutdown.addEventListener("abort", onStop, { once: true });
  if (request?.aborted || shutdown.aborted) stop.abort();
  try {
    yield* topicEvents(bus, topic, { signal: stop.signal, ready });
  } catch (error) {
    // Too slow: the client reconnects and reloads the board, which is what it needs.
    throw error instanceof SubscriberTooSlowError ? reconnectError() : error;
  } finally {
    request?.removeEventListener("abort", onStop);
    shutdown.removeEventListener("abort", onStop);
  }
  if (shutdown.aborted && !request?.aborted) throw reconnectError();
}
