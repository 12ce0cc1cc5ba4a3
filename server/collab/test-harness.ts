import { createServer, type Server } from "node:http";
import pino from "pino";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { AppDatabase } from "../../db/connect";
import { AGENDA_FRAGMENT } from "../../shared/agenda/editor-schema";
import { colourFor } from "../../shared/collab/identity";
import { openGroupAgenda } from "../agendas/agendas.service";
import { sessionCookieName } from "../auth/cookie";
import { createSession, validateSessionToken } from "../auth/session.service";
import type { EventBus } from "../events/event-bus";
import { createTestContext } from "../test-context";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "./collab-server";
import { createInProcessFanoutHub, type CollabFanout } from "./fanout";

// Test helpers for the co-editing server: a bare HTTP server with only the /collab door on a
// test database, demo people signed in for real (sessions in the database), and y-websocket
// clients in Node exactly as the bench and the issue describe them (ws, disableBc).

export interface CollabTestServer {
  url: string;
  wsUrl: string;
  port: number;
  collab: CollabServer;
  http: Server;
  close(): Promise<void>;
}

export async function startCollabTestServer(
  database: AppDatabase,
  options: Partial<CollabServerOptions> & { fanout?: CollabFanout; events?: EventBus; port?: number } = {},
): Promise<CollabTestServer> {
  const log = pino({ level: process.env.COLLAB_TEST_LOG ?? "silent" });
  const fanout = options.fanout ?? createInProcessFanoutHub(database.db).join();
  const collab = createCollabServer({ db: database.db, production: false, log, ...options, fanout });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (http.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    port,
    collab,
    http,
    async close() {
      await collab.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** A demo person signed in: their session cookie and identity. */
export async function signIn(database: AppDatabase, email: string) {
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select(["id", "name"]).executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const session = await validateSessionToken(database.db, token, new Date());
  if (!session) throw new Error("session did not validate");
  return {
    cookie: `${sessionCookieName(false)}=${token}`,
    sessionId: session.sessionId,
    actor: session.actor,
    identity: { id: user.id, name: user.name, color: colourFor(user.id) },
  };
}

export type SignedIn = Awaited<ReturnType<typeof signIn>>;

/** The agenda of a demo werkgroep (created with its template on first open). */
export async function groupAgendaId(database: AppDatabase, slug: string, as: SignedIn) {
  const ctx = await createTestContext(database, { actor: as.actor });
  return (await openGroupAgenda(ctx, slug)).agenda.id;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closeEvents: Array<{ code: number; reason: string }>;
  accessModes: number[];
  editsRefused: number;
  text(): string;
  destroy(): void;
}

// y-websocket adds a process 'exit' listener per provider (removed on destroy); some tests
// hold more than ten clients at once, which is no leak.
process.setMaxListeners(Math.max(process.getMaxListeners(), 100));

/** A y-websocket client in Node with the person's cookie. */
export function connectClient(wsUrl: string, agendaId: string, as: { cookie: string; identity?: { id: string; name: string; color: string } } | null, options: { connect?: boolean; origin?: string } = {}): TestClient {
  const doc = new Y.Doc();
  const cookie = as?.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...(options.origin ? { origin: options.origin } : {}) } });
    }
  }
  const provider = new WebsocketProvider(wsUrl, agendaId, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 300,
  });
  const client: TestClient = {
    doc,
    provider,
    closeEvents: [],
    accessModes: [],
    editsRefused: 0,
    text: () => fragmentText(doc),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.messageHandlers[100] = (_encoder, decoder) => {
    client.accessModes.push(decoder.arr[decoder.pos] ?? -1);
    decoder.pos += 1;
  };
  provider.messageHandlers[101] = () => {
    client.editsRefused++;
  };
  provider.on("connection-close", (event) => {
    if (event) client.closeEvents.push({ code: event.code, reason: event.reason });
  });
  if (as?.identity) provider.awareness.setLocalStateField("user", as.identity);
  return client;
}

/** The plain text of the agenda fragment (all text nodes, in order). */
export function fragmentText(doc: Y.Doc): string {
  return doc.getXmlFragment(AGENDA_FRAGMENT).toString();
}

/** Appends a paragraph with the text, as the editor would. */
export function appendParagraph(doc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(AGENDA_FRAGMENT).push([paragraph]);
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function waitForSync(client: TestClient, timeoutMs = 10_000) {
  return waitFor(() => client.provider.synced, "sync", timeoutMs);
}
