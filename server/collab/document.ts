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

export interface DocumentHooks {
  /** An update a writing client made: persist it with its author. */
  onClientUpdate(agendaId: string, update: Uint8Array, authorId: string): void;
  /** A presence change made on this instance: relay it to peers. */
  onLocalAwareness(agendaId: string, update: Uint8Array): void;
}

/**
 * One agenda's text in memory, with the connections that have it open. A change is applied
 * here first (Yjs refuses what it cannot read, so nothing malformed is passed on), then the
 * update as it came in is framed once and the same bytes are written to every other
 * connection, and stored. Yjs would encode each change again for its 'update' event: with
 * twenty people typing that was 5% of the server's time, for bytes it already had.
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
  /** Whether the last transaction changed the text (set by `noteChange`). */
  private changed = false;

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
    this.doc.on("afterTransaction", this.noteChange);
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
      Y.applyUpdate(this.doc, snapshot);
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

  /** Yjs's own test for "this transaction has something to send" (new structs or deletions). */
  private noteChange = (transaction: Y.Transaction) => {
    if (transaction.deleteSet.clients.size > 0) this.changed = true;
    else for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) this.changed = true;
  };

  /**
   * Applies an update; true when it brought something new, or added to what Yjs keeps waiting
   * for a change not here yet (relayed and stored all the same, so it is never lost). A repeat
   * of what is known changes nothing and goes nowhere, also while something else waits.
   */
  private integrate(update: Uint8Array, origin: unknown): boolean {
    const doc = this.build();
    // Yjs replaces these bytes whenever it adds to what waits (it merges into a new array).
    const waitingBefore = doc.store.pendingStructs?.update;
    const deletesBefore = doc.store.pendingDs;
    this.changed = false;
    Y.applyUpdate(doc, update, origin);
    return this.changed || doc.store.pendingStructs?.update !== waitingBefore || doc.store.pendingDs !== deletesBefore;
  }

  private relay(message: Uint8Array, except: Connection | null) {
    this.lastActivity = Date.now();
    const frame = frameBinaryMessage(message);
    for (const connection of this.connections) {
      if (connection !== except) connection.sendFrame(frame, closeCodes.tooSlow);
    }
  }

  private handleAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const update = encodeAwarenessUpdate(this.awareness, changed);
    const frame = frameBinaryMessage(encodeAwareness(update));
    for (const connection of this.connections) connection.sendFrame(frame, closeCodes.tooSlow);
    if (origin !== PEER_ORIGIN) this.hooks.onLocalAwareness(this.agendaId, update);
  };

  /** A writing client's change; `message` is its update message as received, when it can be passed on as is. */
  applyClientUpdate(update: Uint8Array, connection: Connection, message: Uint8Array | null = null) {
    if (!this.integrate(update, connection)) return;
    this.relay(message ?? encodeUpdate(update), connection);
    this.hooks.onClientUpdate(this.agendaId, update, connection.identity.id);
  }

  /** A change another instance stored: relayed to our clients, never stored again. */
  applyPeerUpdate(update: Uint8Array) {
    if (this.integrate(update, PEER_ORIGIN)) this.relay(encodeUpdate(update), null);
  }

  /** The whole stored state (after missed notices): only what this copy lacks is applied and relayed. */
  applyPeerState(state: Uint8Array) {
    this.applyPeerUpdate(Y.diffUpdate(state, Y.encodeStateVector(this.build())));
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
    this.doc.off("afterTransaction", this.noteChange);
    this.awareness.off("update", this.handleAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
