import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { closeCodes } from "../../shared/collab/close-codes";
import type { StoredDocument } from "./collab.repository";
import type { Connection } from "./connection";
import { frameBinaryMessage } from "./frame";
import { encodeAwareness, encodeFullStateSync, encodeSyncStep1, encodeSyncStep2, encodeUpdate, isEmptyStateVector } from "./protocol";

/** Marks changes that came from another instance: relayed to our clients, never stored again. */
export const PEER_ORIGIN = Symbol("peer");
/** Marks presence removals the server made itself (a client left). */
export const SERVER_ORIGIN = Symbol("server");
/** Marks the stored state being built into memory: nothing new, so nothing to relay or store. */
const BUILD_ORIGIN = Symbol("build");

export interface DocumentHooks {
  /** An update a writing client made: persist it with its author. */
  onClientUpdate(agendaId: string, update: Uint8Array, authorId: string): void;
  /** A presence change made on this instance: relay it to peers. */
  onLocalAwareness(agendaId: string, update: Uint8Array): void;
}

/**
 * One agenda's text in memory, with the connections that have it open. Every change is
 * encoded and framed once, and the same bytes are written to every other connection.
 *
 * A document opened from a snapshot alone (the usual case: an idle document is compacted
 * when it leaves memory) keeps the snapshot's bytes and builds the Y.Doc only when the text is
 * first needed. Building a large agenda takes Yjs 100-300 ms; the first person to open it gets
 * the stored bytes as they are (they are the whole state), so the text shows that much sooner.
 */
export class SharedDocument {
  private readonly doc = new Y.Doc({ gc: true });
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** Rows in collab_update since the last snapshot (for the compaction threshold). */
  loggedUpdates: number;
  lastActivity = Date.now();
  evictionTimer: NodeJS.Timeout | null = null;
  /** The stored snapshot while it is not yet in `doc`. */
  private unbuilt: Uint8Array | null = null;

  constructor(
    readonly agendaId: string,
    stored: StoredDocument,
    private readonly hooks: DocumentHooks,
  ) {
    this.loggedUpdates = stored.updates.length;
    if (stored.updates.length === 0 && stored.snapshot) this.unbuilt = stored.snapshot;
    else {
      // With a log the updates must be merged anyway; the Y.Doc does that fastest.
      Y.transact(this.doc, () => {
        if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(this.doc, update);
      });
    }
    this.awareness = new Awareness(this.doc);
    // The server is no participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", this.handleUpdate);
    this.awareness.on("update", this.handleAwareness);
  }

  /** Whether the text is in memory as a Y.Doc (false while only the snapshot's bytes are). */
  get built() {
    return this.unbuilt === null;
  }

  /** Puts the stored snapshot into the Y.Doc, once; every use of the text calls this first. */
  build(): Y.Doc {
    const snapshot = this.unbuilt;
    if (snapshot) {
      this.unbuilt = null;
      Y.applyUpdate(this.doc, snapshot, BUILD_ORIGIN);
    }
    return this.doc;
  }

  /** The server's sync step 1 (its state vector): asks a client for what the server lacks. */
  encodeSyncStep1(): Uint8Array {
    return encodeSyncStep1(this.build());
  }

  /** The answer to a client's sync step 1: what it lacks. A new client lacking everything gets the snapshot as stored. */
  encodeSyncStep2(stateVector: Uint8Array): Uint8Array {
    if (this.unbuilt && isEmptyStateVector(stateVector)) return encodeFullStateSync(this.unbuilt);
    return encodeSyncStep2(this.build(), stateVector);
  }

  private handleUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === BUILD_ORIGIN) return;
    this.lastActivity = Date.now();
    const frame = frameBinaryMessage(encodeUpdate(update));
    for (const connection of this.connections) {
      if (connection !== origin) connection.sendFrame(frame, closeCodes.tooSlow);
    }
    if (origin !== PEER_ORIGIN && isConnection(origin)) this.hooks.onClientUpdate(this.agendaId, update, origin.identity.id);
  };

  private handleAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const update = encodeAwarenessUpdate(this.awareness, changed);
    const frame = frameBinaryMessage(encodeAwareness(update));
    for (const connection of this.connections) connection.sendFrame(frame, closeCodes.tooSlow);
    if (origin !== PEER_ORIGIN) this.hooks.onLocalAwareness(this.agendaId, update);
  };

  applyClientUpdate(update: Uint8Array, connection: Connection) {
    Y.applyUpdate(this.build(), update, connection);
  }

  applyPeerUpdate(update: Uint8Array) {
    Y.applyUpdate(this.build(), update, PEER_ORIGIN);
  }

  applyAwareness(update: Uint8Array, origin: Connection | typeof PEER_ORIGIN) {
    applyAwarenessUpdate(this.awareness, update, origin);
  }

  /** The full presence, for a client that just joined or asked. */
  encodeAllAwareness(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length > 0 ? encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)) : null;
  }

  /**
   * Who speaks for an awareness client id: the person of the connection here that holds it,
   * else the user id in its current state (a client on another instance; null when that
   * state names nobody), else undefined (nobody).
   */
  ownerOf(clientId: number): string | null | undefined {
    for (const connection of this.connections) if (connection.awarenessClientId === clientId) return connection.identity.id;
    const state = this.awareness.getStates().get(clientId) as { user?: { id?: unknown } } | undefined;
    if (!state) return undefined;
    return typeof state.user?.id === "string" ? state.user.id : null;
  }

  heldByOpenConnection(clientId: number, except: Connection) {
    for (const connection of this.connections) if (connection !== except && connection.open && connection.awarenessClientId === clientId) return true;
    return false;
  }

  removeConnection(connection: Connection) {
    this.connections.delete(connection);
    const clientId = connection.awarenessClientId;
    // A newer connection of the same tab may hold the id by now: then the presence stays.
    if (clientId !== null && this.ownerOf(clientId) !== connection.identity.id) return;
    if (clientId !== null && ![...this.connections].some((c) => c.awarenessClientId === clientId)) {
      removeAwarenessStates(this.awareness, [clientId], SERVER_ORIGIN);
    }
  }

  destroy() {
    this.doc.off("update", this.handleUpdate);
    this.awareness.off("update", this.handleAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function isConnection(value: unknown): value is Connection {
  return typeof value === "object" && value !== null && "identity" in value && "ws" in value;
}
