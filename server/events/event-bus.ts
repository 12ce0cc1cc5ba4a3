import postgres from "postgres";

/**
 * Domain events: small notices that something changed ("card 42 of board 7 is now version 5").
 * They carry ids, never the data itself: a subscriber that cares reads the new state through
 * the service layer (and its permission checks), so an event can never leak what a viewer may
 * not see and never goes stale in a queue.
 *
 * Publish AFTER the transaction that made the change has committed, never inside it:
 * subscribers react by reading the new state, and before the commit they would read the old
 * one (or, for a rolled-back transaction, learn about a change that never happened). On
 * PostgreSQL the notice also travels over its own connection, outside the service's
 * transaction, so it would arrive before the commit is visible to other instances.
 */
export interface DomainEvent {
  /** Who is interested, e.g. "board:<groupId>" or "workplan:<foundationId>". */
  topic: string;
  /** What happened, e.g. "card.updated". */
  type: string;
  /** The entity's id. */
  id: string;
  /** The entity's version after the change, so a viewer can skip what it already has. */
  version?: number;
  actorId?: string | null;
  /** ISO time of the change. */
  at: string;
}

export type EventListener = (event: DomainEvent) => void;

export interface EventBus {
  /**
   * Delivers the event to every subscriber of its topic, on every instance. Rejects only for
   * an invalid or oversized event (a programming error); a transport failure is logged, not
   * thrown, because the change it announces has already been committed.
   */
  publish(event: DomainEvent): Promise<void>;
  /** Listens to one topic; returns the function that stops listening (safe to call twice). */
  subscribe(topic: string, listener: EventListener): () => void;
  /** Stops delivery and releases connections; publish and subscribe refuse afterwards. */
  close(): Promise<void>;
}

export interface EventBusLog {
  warn(obj: unknown, msg?: string): void;
}

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; we stay well clear of that. */
export const MAX_EVENT_BYTES = 7500;

export const DEFAULT_EVENT_CHANNEL = "rw_events";

/** An event the bus refuses to carry (malformed, or too large for a NOTIFY payload). */
export class InvalidEventError extends Error {
  override name = "InvalidEventError";
}

/** The event as it travels: known fields only, validated, frozen; plus its JSON. */
function prepareEvent(event: DomainEvent): { event: DomainEvent; json: string } {
  const clean = parseDomainEvent(event);
  if (!clean) throw new InvalidEventError("A domain event needs topic, type, id and at as non-empty strings");
  const json = JSON.stringify(clean);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > MAX_EVENT_BYTES) {
    throw new InvalidEventError(
      `Domain event ${clean.type} on ${clean.topic} is ${bytes} bytes as JSON; the limit is ${MAX_EVENT_BYTES}. Send ids, not data.`,
    );
  }
  return { event: clean, json };
}

/** Checks an event's shape (it may come off the wire) and keeps only the known fields. */
export function parseDomainEvent(value: unknown): DomainEvent | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  for (const key of ["topic", "type", "id", "at"] as const) {
    if (typeof v[key] !== "string" || v[key] === "") return null;
  }
  if (v.version !== undefined && (typeof v.version !== "number" || !Number.isFinite(v.version))) return null;
  if (v.actorId !== undefined && v.actorId !== null && typeof v.actorId !== "string") return null;
  const event: DomainEvent = { topic: v.topic as string, type: v.type as string, id: v.id as string, at: v.at as string };
  if (v.version !== undefined) event.version = v.version as number;
  if (v.actorId !== undefined) event.actorId = v.actorId as string | null;
  return Object.freeze(event);
}

interface Subscription {
  listener: EventListener;
  active: boolean;
}

/**
 * The subscribers of this process, by topic. Delivery runs each listener in its own
 * microtask: the publisher never waits for listeners and a throwing listener neither stops
 * the others nor reaches the publisher.
 */
class LocalSubscribers {
  private readonly byTopic = new Map<string, Set<Subscription>>();

  constructor(private readonly log?: EventBusLog) {}

  add(topic: string, listener: EventListener): () => void {
    if (typeof topic !== "string" || topic === "") throw new InvalidEventError("subscribe needs a topic");
    const subscription: Subscription = { listener, active: true };
    let set = this.byTopic.get(topic);
    if (!set) this.byTopic.set(topic, (set = new Set()));
    set.add(subscription);
    return () => {
      if (!subscription.active) return;
      subscription.active = false;
      const current = this.byTopic.get(topic);
      current?.delete(subscription);
      if (current && current.size === 0) this.byTopic.delete(topic);
    };
  }

  deliver(event: DomainEvent) {
    const set = this.byTopic.get(event.topic);
    if (!set) return;
    for (const subscription of [...set]) {
      queueMicrotask(() => {
        // Unsubscribed between publish and delivery: nothing more for this one.
        if (!subscription.active) return;
        try {
          subscription.listener(event);
        } catch (error) {
          this.log?.warn({ err: error, topic: event.topic, type: event.type }, "domain event listener failed");
        }
      });
    }
  }

  clear() {
    for (const set of this.byTopic.values()) for (const subscription of set) subscription.active = false;
    this.byTopic.clear();
  }
}

function closedError() {
  return new Error("The event bus is closed");
}

/**
 * One process only: the embedded (PGlite) mode and tests. Applies the same checks as the
 * PostgreSQL bus (shape, size), so code that works embedded also works across instances.
 */
export function createInProcessEventBus(options: { log?: EventBusLog } = {}): EventBus {
  const subscribers = new LocalSubscribers(options.log);
  let closed = false;
  return {
    async publish(event) {
      if (closed) throw closedError();
      subscribers.deliver(prepareEvent(event).event);
    },
    subscribe(topic, listener) {
      if (closed) throw closedError();
      return subscribers.add(topic, listener);
    },
    async close() {
      closed = true;
      subscribers.clear();
    },
  };
}

export interface PostgresEventBusOptions {
  databaseUrl: string;
  /** The NOTIFY channel every instance of one deployment shares (default "rw_events"). */
  channel?: string;
  log?: EventBusLog;
  /**
   * Called after the LISTEN connection was lost and listens again. Notifications sent while it
   * was away are gone (PostgreSQL does not queue them for a closed session): viewers should
   * re-read what they show.
   */
  onReconnect?: () => void;
  /** application_name of the bus's connections (default "regioplan-werkplaats-events"). */
  applicationName?: string;
}

/**
 * Across instances through PostgreSQL LISTEN/NOTIFY on one channel: every instance listens,
 * publishing is a NOTIFY, and each instance hands what it hears to its own subscribers of
 * the event's topic. PostgreSQL delivers a notification to every listening session including
 * the sender's, so local subscribers are served only from the LISTEN callback, never directly
 * in publish: each gets each event exactly once, in the order one instance published them.
 *
 * postgres.js keeps LISTEN on a dedicated connection of its own (and listens again after a
 * reconnect, see onReconnect); NOTIFY goes over the client's single pool connection. So a bus
 * holds two connections, apart from the application's Kysely pool.
 */
export async function createPostgresEventBus(options: PostgresEventBusOptions): Promise<EventBus> {
  const channel = options.channel ?? DEFAULT_EVENT_CHANNEL;
  if (channel === "" || Buffer.byteLength(channel, "utf8") > 63) {
    throw new Error("The event channel must be 1 to 63 bytes (a PostgreSQL identifier)");
  }
  const log = options.log;
  const subscribers = new LocalSubscribers(log);
  const sql = postgres(options.databaseUrl, {
    max: 1,
    connect_timeout: 5,
    fetch_types: false,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? "regioplan-werkplaats-events" },
  });

  let closed = false;
  let listens = 0;
  const onMessage = (payload: string) => {
    if (closed) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      parsed = undefined;
    }
    const event = parseDomainEvent(parsed);
    if (!event) {
      log?.warn({ channel, bytes: Buffer.byteLength(payload, "utf8") }, "ignored a malformed domain event notification");
      return;
    }
    subscribers.deliver(event);
  };
  const onListen = () => {
    listens += 1;
    if (listens === 1 || closed) return;
    log?.warn({ channel }, "listening for domain events again after a lost connection; events in between are lost");
    try {
      options.onReconnect?.();
    } catch (error) {
      log?.warn({ err: error }, "onReconnect failed");
    }
  };

  let listening: { unlisten(): Promise<void> };
  try {
    listening = await sql.listen(channel, onMessage, onListen);
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    async publish(event) {
      if (closed) throw closedError();
      const { json } = prepareEvent(event);
      try {
        await sql.notify(channel, json);
      } catch (error) {
        // The change is committed; failing the caller now would only invite a retry of it.
        log?.warn({ err: error, topic: event.topic, type: event.type }, "could not publish a domain event");
      }
    },
    subscribe(topic, listener) {
      if (closed) throw closedError();
      return subscribers.add(topic, listener);
    },
    close() {
      if (closing) return closing;
      closed = true;
      subscribers.clear();
      closing = (async () => {
        await listening.unlisten().catch(() => {});
        await sql.end({ timeout: 5 });
      })();
      return closing;
    },
  };
}
