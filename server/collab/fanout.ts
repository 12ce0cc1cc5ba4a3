import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import postgres from "postgres";
import type { Database } from "../../db/schema";
import { appendUpdates, appendUpdatesAndNotify, type AppendedRange, type PendingUpdate } from "./collab.repository";

/**
 * How co-editing crosses server instances. Text: an instance writes a batch and peers hear
 * "document D, rows a..b" and read those rows (PostgreSQL LISTEN/NOTIFY; the notice rides
 * on the insert statement itself). Presence (awareness) is small and not stored: it travels
 * in the notice. The embedded database has one process; the same interface then runs in
 * process (and lets tests run two collab servers in one process).
 */
export type FanoutMessage =
  | { kind: "updates"; range: AppendedRange }
  | { kind: "awareness"; agendaId: string; update: Uint8Array };

export interface CollabFanout {
  readonly instanceId: string;
  /** Writes a batch of updates and announces it to the other instances. */
  writeBatch(batch: PendingUpdate[]): Promise<AppendedRange[]>;
  publishAwareness(agendaId: string, update: Uint8Array): void;
  /** Messages from OTHER instances. */
  subscribe(listener: (message: FanoutMessage) => void): () => void;
  /** Called when messages may have been missed (a lost LISTEN connection): re-read state. */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

interface FanoutLog {
  warn(obj: unknown, msg?: string): void;
}

/** One process: instances created from one hub hear each other. */
export function createInProcessFanoutHub(db: Kysely<Database>) {
  const members = new Map<string, Set<(message: FanoutMessage) => void>>();
  const deliver = (from: string, message: FanoutMessage) => {
    for (const [instanceId, listeners] of members) {
      if (instanceId === from) continue;
      for (const listener of listeners) queueMicrotask(() => listener(message));
    }
  };
  return {
    join(): CollabFanout {
      const instanceId = randomUUID();
      const listeners = new Set<(message: FanoutMessage) => void>();
      members.set(instanceId, listeners);
      return {
        instanceId,
        async writeBatch(batch) {
          const ranges = await appendUpdates(db, batch);
          for (const range of ranges) deliver(instanceId, { kind: "updates", range });
          return ranges;
        },
        publishAwareness(agendaId, update) {
          deliver(instanceId, { kind: "awareness", agendaId, update });
        },
        subscribe(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        onResync() {},
        async close() {
          members.delete(instanceId);
        },
      };
    },
  };
}

export const COLLAB_CHANNEL = "rw_collab";

/** PostgreSQL payloads must stay under 8000 bytes; bigger presence states are not relayed. */
const MAX_NOTIFY_BYTES = 7500;

export async function createPostgresFanout(options: { db: Kysely<Database>; databaseUrl: string; log?: FanoutLog; channel?: string }): Promise<CollabFanout> {
  const channel = options.channel ?? COLLAB_CHANNEL;
  const instanceId = randomUUID();
  const listeners = new Set<(message: FanoutMessage) => void>();
  const resyncListeners = new Set<() => void>();
  const sql = postgres(options.databaseUrl, {
    max: 1,
    connect_timeout: 5,
    fetch_types: false,
    onnotice: () => {},
    connection: { application_name: "regioplan-werkplaats-collab" },
  });
  let listens = 0;
  let closed = false;
  const onMessage = (payload: string) => {
    if (closed) return;
    const message = parseNotice(payload, instanceId);
    if (!message) return;
    for (const listener of listeners) {
      try {
        listener(message);
      } catch (error) {
        options.log?.warn({ err: error }, "collab fan-out listener failed");
      }
    }
  };
  const onListen = () => {
    listens += 1;
    if (listens === 1 || closed) return;
    options.log?.warn({ channel }, "collab fan-out listens again after a lost connection; re-reading open documents");
    for (const listener of resyncListeners) listener();
  };
  const listening = await sql.listen(channel, onMessage, onListen);

  return {
    instanceId,
    writeBatch: (batch) => appendUpdatesAndNotify(options.db, batch, { channel, instanceId }),
    publishAwareness(agendaId, update) {
      const payload = JSON.stringify({ k: "a", i: instanceId, d: agendaId, w: Buffer.from(update).toString("base64") });
      if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) return;
      sql.notify(channel, payload).catch((error: unknown) => options.log?.warn({ err: error }, "could not relay presence"));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync(listener) {
      resyncListeners.add(listener);
    },
    async close() {
      closed = true;
      await listening.unlisten().catch(() => {});
      await sql.end({ timeout: 2 }).catch(() => {});
    },
  };
}

/** A notice from a peer, or null for our own, malformed or foreign ones. */
export function parseNotice(payload: string, ownInstanceId: string): FanoutMessage | null {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || value.i === ownInstanceId || typeof value.d !== "string") return null;
  if (value.k === "u" && typeof value.a === "string" && typeof value.b === "string" && /^\d+$/.test(value.a) && /^\d+$/.test(value.b)) {
    return { kind: "updates", range: { agendaId: value.d, fromId: value.a, toId: value.b } };
  }
  if (value.k === "a" && typeof value.w === "string") {
    return { kind: "awareness", agendaId: value.d, update: new Uint8Array(Buffer.from(value.w, "base64")) };
  }
  return null;
}
