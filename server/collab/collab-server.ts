import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import type { Database } from "../../db/schema";
import { closeCodes, type AccessMode } from "../../shared/collab/close-codes";
import { colourFor } from "../../shared/collab/identity";
import { resolveAgendaAccess } from "../agendas/agendas.service";
import { readSessionToken } from "../auth/cookie";
import { reloadSessionActor, validateSessionToken } from "../auth/session.service";
import { ACCESS_TOPIC } from "../events/access-changed";
import type { DomainEvent, EventBus } from "../events/event-bus";
import { isSameOrigin } from "../http/origin-check";
import { compactDocument, loadDocumentState, readStoredDocument, readUpdateRange } from "./collab.repository";
import { Connection, defaultLimits, type ConnectionLimits } from "./connection";
import { PEER_ORIGIN, SharedDocument } from "./document";
import type { CollabFanout, FanoutMessage } from "./fanout";
import {
  decodeClientMessage,
  encodeAccess,
  encodeAwarenessEntries,
  encodeEditsRefused,
  isEmptyUpdate,
  readAwarenessEntries,
  type AwarenessEntry,
} from "./protocol";
import { createUpdateWriter } from "./update-writer";

/**
 * The co-editing server (docs/architecture.md, "Co-editing"): y-protocols sync and awareness
 * over `ws` at /collab/:agendaId. It decides nothing about permissions itself: the session
 * names the person, shared/agenda/access.ts (the one policy) says write, read or refuse.
 */
export interface CollabServerOptions {
  db: Kysely<Database>;
  production: boolean;
  log: Pick<Logger, "info" | "warn" | "error" | "debug">;
  fanout: CollabFanout;
  /** Domain events that change who may do what (topic `collab:access`). */
  events?: EventBus;
  limits?: Partial<ConnectionLimits>;
  /** How long a document without connections stays in memory. */
  idleEvictMs?: number;
  /** Logged updates past which a document is compacted into one snapshot. */
  compactThreshold?: number;
  flushDelayMs?: number;
  /** How often every connection's session and access are checked again. */
  recheckIntervalMs?: number;
}


const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CollabStats {
  documents: number;
  connections: number;
  pendingWrites: number;
}

export interface CollabServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Writes every received edit to the database now. */
  flush(): Promise<void>;
  /** Checks the access of every connection again (after a permission change). */
  recheckAccess(filter?: { userId?: string; agendaId?: string; sessionId?: string }): Promise<void>;
  stats(): CollabStats;
  takeLagSamples(): number[];
  /** Closes every connection (clients reconnect elsewhere), flushes, releases everything. */
  close(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const { db, log, fanout } = options;
  const limits: ConnectionLimits = { ...defaultLimits, ...options.limits };
  const idleEvictMs = options.idleEvictMs ?? 30_000;
  const compactThreshold = options.compactThreshold ?? 1000;
  // ws itself refuses anything far beyond our limit before buffering it; our own check gives
  // the clear close code for the range in between.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2, perMessageDeflate: false });
  const documents = new Map<string, SharedDocument>();
  const loading = new Map<string, Promise<SharedDocument>>();
  const compacting = new Set<string>();
  let closing = false;

  const writer = createUpdateWriter({
    write: (batch) => fanout.writeBatch(batch),
    flushDelayMs: options.flushDelayMs,
    onWritten(ranges, batch) {
      for (const range of ranges) {
        const shared = documents.get(range.agendaId);
        if (!shared) continue;
        shared.loggedUpdates += batch.filter((u) => u.agendaId === range.agendaId).length;
        if (shared.loggedUpdates >= compactThreshold) void compact(range.agendaId);
      }
    },
    onError(error, attempt) {
      log.error({ err: error, attempt }, "Writing co-edited text failed; retrying (the edits stay queued)");
    },
  });

  const hooks = {
    onClientUpdate(agendaId: string, update: Uint8Array, authorId: string) {
      writer.enqueue({ agendaId, update, authorId, receivedAt: Date.now() });
    },
    onLocalAwareness(agendaId: string, update: Uint8Array) {
      fanout.publishAwareness(agendaId, update);
    },
  };

  async function getDocument(agendaId: string): Promise<SharedDocument> {
    const open = documents.get(agendaId);
    if (open) return open;
    let pending = loading.get(agendaId);
    if (!pending) {
      pending = (async () => {
        const shared = new SharedDocument(agendaId, await readStoredDocument(db, agendaId), hooks);
        documents.set(agendaId, shared);
        return shared;
      })().finally(() => loading.delete(agendaId));
      loading.set(agendaId, pending);
    }
    return pending;
  }

  async function compact(agendaId: string) {
    if (compacting.has(agendaId)) return;
    compacting.add(agendaId);
    try {
      const merged = await compactDocument(db, agendaId);
      const shared = documents.get(agendaId);
      if (shared) shared.loggedUpdates = Math.max(0, shared.loggedUpdates - merged);
      log.debug({ agendaId, merged }, "Compacted a co-edited document");
    } catch (error) {
      log.warn({ err: error, agendaId }, "Compaction failed; the log stays as it is");
    } finally {
      compacting.delete(agendaId);
    }
  }

  function scheduleEviction(shared: SharedDocument) {
    if (shared.evictionTimer || closing) return;
    shared.evictionTimer = setTimeout(() => void evict(shared), idleEvictMs);
    shared.evictionTimer.unref();
  }

  /** An idle document leaves memory, after its edits are written (so a reload sees them). */
  async function evict(shared: SharedDocument) {
    shared.evictionTimer = null;
    if (shared.connections.size > 0) return;
    await writer.flush();
    if (shared.connections.size > 0 || documents.get(shared.agendaId) !== shared) return;
    documents.delete(shared.agendaId);
    shared.destroy();
    if (shared.loggedUpdates > 0) await compact(shared.agendaId);
  }

  function onPeerMessage(message: FanoutMessage) {
    void (async () => {
      const agendaId = message.kind === "updates" ? message.range.agendaId : message.agendaId;
      // A peer's change to a document that is loading here must not slip past the load.
      const shared = documents.get(agendaId) ?? (await loading.get(agendaId)?.catch(() => undefined));
      if (!shared) return;
      if (message.kind === "awareness") {
        shared.applyAwareness(message.update, PEER_ORIGIN);
        return;
      }
      const updates = await readUpdateRange(db, message.range);
      for (const update of updates) shared.applyPeerUpdate(update);
      shared.loggedUpdates += updates.length;
    })().catch((error: unknown) => log.warn({ err: error }, "Applying a peer's change failed"));
  }
  const stopPeers = fanout.subscribe(onPeerMessage);
  fanout.onResync(() => {
    for (const shared of documents.values()) {
      loadDocumentState(db, shared.agendaId)
        .then((state) => shared.applyPeerState(state))
        .catch((error: unknown) => log.warn({ err: error }, "Re-reading a document failed"));
    }
  });

  function onAccessEvent(event: DomainEvent) {
    const filter = event.type === "user" ? { userId: event.id } : event.type === "agenda" ? { agendaId: event.id } : event.type === "session" ? { sessionId: event.id } : {};
    void recheckAccess(filter);
  }
  const stopAccessEvents = options.events?.subscribe(ACCESS_TOPIC, onAccessEvent);
  const recheckTimer = setInterval(() => void recheckAccess(), options.recheckIntervalMs ?? 5 * 60_000);
  recheckTimer.unref();

  /** Downgrades, upgrades or closes connections whose person or agenda changed. */
  async function recheckAccess(filter: { userId?: string; agendaId?: string; sessionId?: string } = {}) {
    const affected = [...documents.values()]
      .filter((shared) => !filter.agendaId || shared.agendaId === filter.agendaId)
      .flatMap((shared) => [...shared.connections])
      .filter((c) => (!filter.userId || c.identity.id === filter.userId) && (!filter.sessionId || c.sessionId === filter.sessionId));
    await Promise.all(
      affected.map(async (connection) => {
        try {
          const actor = await reloadSessionActor(db, connection.sessionId, new Date());
          if (!actor) return connection.close(closeCodes.notSignedIn, "U bent niet meer ingelogd.");
          const resolved = await resolveAgendaAccess(db, actor, connection.agendaId);
          if (!resolved) return connection.close(closeCodes.notFound, "Deze agenda bestaat niet meer.");
          if (resolved.access === "none") return connection.close(closeCodes.forbidden, "U hebt geen toegang meer tot deze agenda.");
          connection.actor = actor;
          if (resolved.access !== connection.mode) {
            connection.mode = resolved.access;
            connection.send(encodeAccess(resolved.access), closeCodes.tooSlow);
          }
        } catch (error) {
          log.warn({ err: error }, "Checking a connection's access failed");
        }
      }),
    );
  }

  async function accept(ws: WebSocket, socket: Duplex, req: IncomingMessage, agendaId: string) {
    // Messages that arrive while we check the session wait; none is handled before that.
    const early: RawData[] = [];
    let handle: ((data: RawData, isBinary: boolean) => void) | null = null;
    ws.on("message", (data, isBinary) => (handle ? handle(data, isBinary) : early.push(data)));
    ws.on("error", (error) => log.debug({ err: error }, "collab socket error"));

    const token = readSessionToken(req.headers.cookie, options.production);
    const session = token ? await validateSessionToken(db, token, new Date()) : null;
    if (!session) return ws.close(closeCodes.notSignedIn, "Log in om deze agenda te openen.");
    if (!uuidPattern.test(agendaId)) return ws.close(closeCodes.notFound, "Deze agenda bestaat niet.");
    const resolved = await resolveAgendaAccess(db, session.actor, agendaId);
    if (!resolved) return ws.close(closeCodes.notFound, "Deze agenda bestaat niet.");
    if (resolved.access === "none") return ws.close(closeCodes.forbidden, "U hebt geen toegang tot deze agenda.");
    if (ws.readyState !== ws.OPEN || closing) return;

    const shared = await getDocument(agendaId);
    if (ws.readyState !== ws.OPEN) return scheduleEviction(shared);
    if (shared.evictionTimer) {
      clearTimeout(shared.evictionTimer);
      shared.evictionTimer = null;
    }
    const identity = { id: session.user.id, name: session.user.name, color: colourFor(session.user.id) };
    const connection = new Connection(ws, socket, agendaId, identity, session.sessionId, session.actor, resolved.access as AccessMode, limits);
    shared.connections.add(connection);
    ws.on("close", () => {
      shared.removeConnection(connection);
      if (shared.connections.size === 0) scheduleEviction(shared);
    });

    connection.send(encodeAccess(connection.mode), closeCodes.tooSlow);
    // A document still holding only its snapshot first answers the client's own sync step 1
    // (with the snapshot as stored), and builds its text for our step 1 right after.
    const stepOneNow = shared.built;
    if (stepOneNow) connection.send(shared.encodeSyncStep1(), closeCodes.tooSlow);
    const presence = shared.encodeAllAwareness();
    if (presence) connection.send(presence, closeCodes.tooSlow);

    handle = (data, isBinary) => handleMessage(shared, connection, data, isBinary);
    for (const data of early.splice(0)) handle(data, true);
    if (!stepOneNow) setImmediate(() => connection.open && connection.send(shared.encodeSyncStep1(), closeCodes.tooSlow));
  }

  function handleMessage(shared: SharedDocument, connection: Connection, data: RawData, isBinary: boolean) {
    if (!connection.open) return;
    const bytes = toUint8Array(data);
    if (bytes.byteLength > limits.maxMessageBytes) {
      return connection.close(closeCodes.messageTooLarge, `Dit bericht is te groot (meer dan ${Math.round(limits.maxMessageBytes / 1024)} KB).`);
    }
    if (!connection.takeMessageToken()) return connection.close(closeCodes.tooManyMessages, "Te veel berichten per seconde.");
    if (!isBinary) return connection.close(closeCodes.protocolViolation, "Onbekend bericht.");
    try {
      const message = decodeClientMessage(bytes);
      switch (message.type) {
        case "sync-step-1":
          connection.send(shared.encodeSyncStep2(message.stateVector), closeCodes.tooSlow);
          return;
        case "update":
          return receiveUpdate(shared, connection, message.update, message.relayable);
        case "awareness":
          return receiveAwareness(shared, connection, message.update);
        case "query-awareness": {
          const presence = shared.encodeAllAwareness();
          if (presence) connection.send(presence, closeCodes.tooSlow);
          return;
        }
        case "ignored":
          return;
      }
    } catch (error) {
      log.debug({ err: error, agendaId: shared.agendaId }, "malformed collab message");
      connection.close(closeCodes.protocolViolation, "Onleesbaar bericht.");
    }
  }

  /** Read-only connections never change the text: their edits are dropped, not stored, not relayed. */
  function receiveUpdate(shared: SharedDocument, connection: Connection, update: Uint8Array, relayable: Uint8Array | null) {
    if (connection.mode !== "write") {
      if (!isEmptyUpdate(update) && !connection.toldEditsRefused) {
        connection.toldEditsRefused = true;
        connection.send(encodeEditsRefused(), closeCodes.tooSlow);
      }
      return;
    }
    shared.applyClientUpdate(update, connection, relayable);
  }

  /**
   * Presence is the server's word on who someone is: a client speaks only for its own client
   * id, under the identity from its session. y-websocket clients also echo the presence of
   * others they received; an echo (a clock we already have) is dropped, while a newer clock
   * for someone else's id is an attempt to speak for them.
   */
  function receiveAwareness(shared: SharedDocument, connection: Connection, update: Uint8Array) {
    const own: AwarenessEntry[] = [];
    for (const entry of readAwarenessEntries(update)) {
      if (entry.clientId !== connection.awarenessClientId) {
        const known = shared.awareness.meta.get(entry.clientId);
        const owner = shared.ownerOf(entry.clientId);
        // A reconnecting tab speaks again for the id its earlier connection held.
        const reclaims = connection.awarenessClientId === null && owner === connection.identity.id && !shared.heldByOpenConnection(entry.clientId, connection);
        if (!reclaims) {
          if (known && entry.clock <= known.clock) continue;
          if (connection.awarenessClientId !== null || owner !== undefined) return spoofed(connection, "een andere deelnemer");
        }
        connection.awarenessClientId = entry.clientId;
      }
      if (!identityMatches(entry.state, connection.identity)) return spoofed(connection, "een andere naam of kleur");
      own.push(entry);
    }
    if (own.length > 0) shared.applyAwareness(encodeAwarenessEntries(own), connection);
  }

  function spoofed(connection: Connection, what: string) {
    connection.close(closeCodes.protocolViolation, `Je verbinding gaf zich uit voor ${what}.`);
  }

  return {
    handleUpgrade(req, socket, head) {
      if (!isSameOrigin(req)) return refuseUpgrade(socket, 403, "Forbidden");
      const match = /^\/collab\/([^/?#]+)\/?(?:\?.*)?$/.exec(req.url ?? "");
      if (!match || closing) return refuseUpgrade(socket, closing ? 503 : 404, closing ? "Service Unavailable" : "Not Found");
      const agendaId = decodeURIComponent(match[1] ?? "");
      wss.handleUpgrade(req, socket, head, (ws) => {
        accept(ws, socket, req, agendaId).catch((error: unknown) => {
          log.error({ err: error, agendaId }, "Opening a co-editing connection failed");
          ws.close(1011, "Er ging iets mis op de server.");
        });
      });
    },
    flush: () => writer.flush(),
    recheckAccess,
    stats: () => ({
      documents: documents.size,
      connections: [...documents.values()].reduce((n, d) => n + d.connections.size, 0),
      pendingWrites: writer.pendingCount(),
    }),
    takeLagSamples: () => writer.takeLagSamples(),
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(recheckTimer);
      stopAccessEvents?.();
      stopPeers();
      for (const shared of documents.values()) {
        for (const connection of shared.connections) connection.close(closeCodes.serverShutdown, "De server start opnieuw op.");
      }
      await writer.close();
      for (const shared of documents.values()) {
        if (shared.evictionTimer) clearTimeout(shared.evictionTimer);
        shared.destroy();
      }
      documents.clear();
      await fanout.close();
      wss.close();
    },
  };
}

/** Absent is fine (a client that has not announced itself yet); otherwise exactly us. */
function identityMatches(state: unknown, identity: { id: string; name: string; color: string }) {
  if (state === null || typeof state !== "object") return true;
  const user = (state as { user?: unknown }).user;
  if (user === undefined) return true;
  if (typeof user !== "object" || user === null) return false;
  const claimed = user as Record<string, unknown>;
  return claimed.id === identity.id && claimed.name === identity.name && claimed.color === identity.color && Object.keys(claimed).length === 3;
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
