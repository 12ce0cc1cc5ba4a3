import * as decoding from "lib0/decoding";
import type * as encoding from "lib0/encoding";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { accessModes, isFinalCloseCode, messageAccess, messageEditsRefused } from "../../../shared/collab/close-codes";
import type { CollabIdentity } from "../../../shared/collab/identity";
import { closeOfflineStoresEvent, offlineStoreName } from "../../lib/offline-agendas";

// One open agenda in the browser: the Y.Doc, its offline copy (IndexedDB) and the connection
// to our sync server (/collab/<agendaId>, same origin, the session cookie goes along). The
// server tells us whether we may write (message 100), that it refused edits (101), and closes
// with a code from shared/collab/close-codes.ts; final codes stop the reconnecting.

export type ConnectionState = "connecting" | "connected" | "offline" | "closed";

export interface CollabState {
  connection: ConnectionState;
  /** What the server says (message 100); until it speaks, what the page's loader said. */
  access: "read" | "write";
  /** The server dropped edits of ours (made offline, before we lost write access). */
  editsRefused: boolean;
  /** The final close code, when the server refused us for good. */
  closeCode: number | null;
}

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  getState(): CollabState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** After this many failed attempts without ever connecting, we say "offline" instead of "connecting". */
const failuresBeforeOffline = 2;

export function openCollabSession(options: { agendaId: string; me: CollabIdentity; access: "read" | "write" }): CollabSession {
  const { agendaId, me } = options;
  const doc = new Y.Doc();
  let persistence: IndexeddbPersistence | null = new IndexeddbPersistence(offlineStoreName(me.id, agendaId), doc);
  const origin = window.location.origin.replace(/^http/, "ws");
  const provider = new WebsocketProvider(`${origin}/collab`, agendaId, doc, {
    // Connect only after our own message handlers are in place.
    connect: false,
    // Tabs sync through the server, which checks every write; not around it.
    disableBc: true,
    shouldReconnect: (event) => !isFinalCloseCode(event.code),
  });

  let state: CollabState = { connection: "connecting", access: options.access, editsRefused: false, closeCode: null };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<CollabState>) => {
    const next = { ...state, ...patch };
    if (Object.keys(next).every((key) => next[key as keyof CollabState] === state[key as keyof CollabState])) return;
    state = next;
    for (const listener of listeners) listener();
  };

  let everConnected = false;
  let failures = 0;
  const updateConnection = () => {
    if (state.closeCode !== null) return set({ connection: "closed" });
    if (provider.wsconnected && provider.synced) return set({ connection: "connected" });
    const offline = !navigator.onLine || everConnected || failures >= failuresBeforeOffline;
    set({ connection: offline ? "offline" : "connecting" });
  };

  provider.messageHandlers[messageAccess] = (_encoder: encoding.Encoder, decoder: decoding.Decoder) => {
    const mode = decoding.readVarUint(decoder);
    set({ access: mode === accessModes.write ? "write" : "read" });
  };
  provider.messageHandlers[messageEditsRefused] = () => set({ editsRefused: true });

  provider.on("status", ({ status }) => {
    if (status === "connected") everConnected = true;
    updateConnection();
  });
  provider.on("sync", () => {
    if (provider.synced) failures = 0;
    updateConnection();
  });
  provider.on("connection-close", (event) => {
    if (event && isFinalCloseCode(event.code)) {
      // Reconnecting cannot help: the person must sign in again, or may not open this agenda.
      provider.shouldConnect = false;
      set({ closeCode: event.code, connection: "closed" });
      return;
    }
    failures++;
    updateConnection();
  });

  const onNetworkChange = () => updateConnection();
  window.addEventListener("online", onNetworkChange);
  window.addEventListener("offline", onNetworkChange);
  // At logout: close the offline store so it can be deleted, and stop syncing.
  const onCloseStores = () => {
    void persistence?.destroy();
    persistence = null;
    provider.disconnect();
  };
  window.addEventListener(closeOfflineStoresEvent, onCloseStores);

  provider.connect();

  return {
    doc,
    provider,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      window.removeEventListener("online", onNetworkChange);
      window.removeEventListener("offline", onNetworkChange);
      window.removeEventListener(closeOfflineStoresEvent, onCloseStores);
      listeners.clear();
      provider.destroy();
      void persistence?.destroy();
      persistence = null;
      doc.destroy();
    },
  };
}
