import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { closeCodes, messageAccess } from "../../shared/collab/close-codes";
import { setReviewState } from "../agendas/agendas.repository";
import { createInProcessEventBus } from "../events/event-bus";
import { revokeRole } from "../people/people.service";
import { createTestContext } from "../test-context";
import { loadDocumentState } from "./collab.repository";
import { encodeAwareness, encodeUpdate } from "./protocol";
import {
  appendParagraph,
  connectClient,
  fragmentText,
  groupAgendaId,
  signIn,
  startCollabTestServer,
  waitFor,
  waitForSync,
  type CollabTestServer,
  type SignedIn,
  type TestClient,
} from "./test-harness";

// The co-editing server's guarantees for security and access, over real sockets on a real
// database (the demo data: Lotte and Lars are members of "Gezond ouder worden", Mila reads).

let database: TestDatabase;
const events = createInProcessEventBus();
let server: CollabTestServer;
let lotte: SignedIn;
let lars: SignedIn;
let mila: SignedIn;
let mira: SignedIn;
let agendaId: string;
const clients: TestClient[] = [];

function client(as: SignedIn | null, options: { origin?: string } = {}) {
  const c = connectClient(server.wsUrl, agendaId, as, options);
  clients.push(c);
  return c;
}

async function storedText() {
  await server.collab.flush();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadDocumentState(database.db, agendaId));
  return fragmentText(doc);
}

beforeAll(async () => {
  database = await createTestDatabase({ template: "demo" });
  server = await startCollabTestServer(database, { idleEvictMs: 200, events });
  lotte = await signIn(database, "lid@demo.nl");
  lars = await signIn(database, "lid2@demo.nl");
  mila = await signIn(database, "meelezer@demo.nl");
  mira = await signIn(database, "lid.wg2@demo.nl");
  agendaId = await groupAgendaId(database, "gezond-ouder-worden", lotte);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  await database?.close();
});

/** A raw socket, to send what no honest client would. */
function rawSocket(as: SignedIn | null, headers: Record<string, string> = {}, id = agendaId) {
  return new WebSocket(`${server.wsUrl}/${id}`, { headers: { ...(as ? { cookie: as.cookie } : {}), ...headers } });
}

function closeOf(ws: WebSocket) {
  return new Promise<{ code: number; reason: string }>((resolve) => ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe("who may connect", () => {
  it("closes a connection without a session cookie with 4401", async () => {
    const ws = rawSocket(null);
    expect((await closeOf(ws)).code).toBe(closeCodes.notSignedIn);
  });

  it("refuses an upgrade from another website with HTTP 403 before any socket exists", async () => {
    const ws = rawSocket(lotte, { origin: "https://evil.example" });
    const status = await new Promise<number>((resolve) => ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(403);
  });

  it("closes with 4404 for an unknown agenda id and never creates it", async () => {
    const unknown = "0b6f6a3e-1d7e-4c51-9c43-7d5d2c7c0001";
    expect((await closeOf(rawSocket(lotte, {}, unknown))).code).toBe(closeCodes.notFound);
    expect((await closeOf(rawSocket(lotte, {}, "not-a-uuid"))).code).toBe(closeCodes.notFound);
    const rows = await database.db.selectFrom("agenda").where("id", "=", unknown).select("id").execute();
    expect(rows).toEqual([]);
  });

  it("tells a member they may write and a reader they may only read", async () => {
    const member = client(lotte);
    const reader = client(mila);
    await waitForSync(member);
    await waitForSync(reader);
    expect(member.accessModes).toEqual([1]);
    expect(reader.accessModes).toEqual([0]);
  });
});

describe("read-only connections", () => {
  it("drops a reader's update: not applied, not stored, not seen by others", async () => {
    const member = client(lotte);
    const reader = client(mila);
    await waitForSync(member);
    await waitForSync(reader);
    appendParagraph(reader.doc, "LEZER-MARKER");
    appendParagraph(member.doc, "LID-MARKER");
    await waitFor(() => reader.text().includes("LID-MARKER"), "the member's text at the reader");
    await waitFor(() => reader.editsRefused > 0, "the edits-refused notice");
    // Give a wrongly relayed update every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(member.text()).not.toContain("LEZER-MARKER");
    expect(await storedText()).not.toContain("LEZER-MARKER");
    expect(await storedText()).toContain("LID-MARKER");
  });

  it("refuses every write to an adopted (Vastgesteld) agenda, also from members", async () => {
    const agenda2 = await groupAgendaId(database, "mentaal-gezond", mira);
    await setReviewState(database.db, agenda2, "vastgesteld");
    const member = connectClient(server.wsUrl, agenda2, mira);
    clients.push(member);
    await waitForSync(member);
    expect(member.accessModes).toEqual([0]);
    appendParagraph(member.doc, "NA-VASTSTELLING");
    await waitFor(() => member.editsRefused > 0, "the edits-refused notice");
    await server.collab.flush();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await loadDocumentState(database.db, agenda2));
    expect(fragmentText(doc)).not.toContain("NA-VASTSTELLING");
  });
});

describe("relaying changes", () => {
  /** Updates made in a document of our own, as a client would send them. */
  function typedUpdates(texts: string[]) {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    for (const text of texts) appendParagraph(doc, text);
    return updates;
  }

  async function storedRows() {
    await server.collab.flush();
    const row = await database.db.selectFrom("collab_update").where("agenda_id", "=", agendaId).select(database.db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * A raw socket the server has taken in: its access message (sent once the connection joined
   * the document) has arrived, so it hears every change from then on. It counts the update
   * messages it receives containing `marker`.
   */
  async function joinedSocket(as: SignedIn, marker = "") {
    const ws = rawSocket(as);
    const seen = { count: 0 };
    const joined = new Promise((resolve) =>
      ws.on("message", (data: Buffer) => {
        if (data[0] === messageAccess) resolve(undefined);
        if (marker && data[0] === 0 && data[1] === 2 && data.toString("latin1").includes(marker)) seen.count++;
      }),
    );
    await joined;
    return { ws, seen };
  }

  it("passes a change on once and stores it once, however often it arrives", async () => {
    const listener = await joinedSocket(lars, "HERHAALD-MARKER");
    const { ws: sender } = await joinedSocket(lotte);
    const before = await storedRows();
    const [update] = typedUpdates(["HERHAALD-MARKER"]);
    for (let i = 0; i < 3; i++) sender.send(encodeUpdate(update!));
    await waitFor(() => listener.seen.count > 0, "the change at the listener");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.seen.count).toBe(1);
    expect(await storedRows()).toBe(before + 1);
    listener.ws.close();
    sender.close();
  });

  it("keeps a change that arrives before the one it builds on, and passes both on", async () => {
    const watcher = client(lars);
    await waitForSync(watcher);
    const { ws: sender } = await joinedSocket(lotte);
    const [first, second] = typedUpdates(["EERSTE-MARKER", "TWEEDE-MARKER"]);
    sender.send(encodeUpdate(second!));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watcher.text()).not.toContain("TWEEDE-MARKER");
    sender.send(encodeUpdate(first!));
    await waitFor(() => watcher.text().includes("TWEEDE-MARKER"), "both changes at the other member");
    expect(watcher.text()).toContain("EERSTE-MARKER");
    const stored = await storedText();
    expect(stored).toContain("EERSTE-MARKER");
    expect(stored).toContain("TWEEDE-MARKER");
    sender.close();
  });
});

describe("presence is set by the server", () => {
  it("keeps an honest client connected and shows its name to others", async () => {
    const a = client(lotte);
    const b = client(lars);
    a.provider.awareness.setLocalStateField("user", lotte.identity);
    await waitForSync(a);
    await waitForSync(b);
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === lotte.identity.name), "Lotte's presence at Lars");
    expect(a.closeEvents).toEqual([]);
  });

  it("disconnects a client that claims another person's name", async () => {
    const liar = client(lars);
    await waitForSync(liar);
    liar.provider.awareness.setLocalStateField("user", { ...lotte.identity });
    await waitFor(() => liar.closeEvents.some((e) => e.code === closeCodes.protocolViolation), "the spoofing client to be closed");
  });

  it("disconnects a client that speaks for another client's id", async () => {
    const honest = client(lotte);
    honest.provider.awareness.setLocalStateField("user", lotte.identity);
    await waitForSync(honest);
    const ws = rawSocket(lars);
    await new Promise((resolve) => ws.on("open", resolve));
    const state = JSON.stringify({ user: lars.identity });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, honest.doc.clientID);
    encoding.writeVarUint(encoder, 99);
    encoding.writeVarString(encoder, state);
    const closed = closeOf(ws);
    await new Promise((resolve) => setTimeout(resolve, 100));
    ws.send(encodeAwareness(encoding.toUint8Array(encoder)));
    expect((await closed).code).toBe(closeCodes.protocolViolation);
  });
});

describe("limits", () => {
  it("closes a connection that sends a message over 1 MiB", async () => {
    const ws = rawSocket(lotte);
    await new Promise((resolve) => ws.on("open", resolve));
    const closed = closeOf(ws);
    const doc = new Y.Doc();
    doc.getText("x").insert(0, "a".repeat(1024 * 1024 + 10));
    ws.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    const { code, reason } = await closed;
    expect(code).toBe(closeCodes.messageTooLarge);
    expect(reason).toMatch(/te groot/);
    expect(await storedText()).not.toContain("aaaaaaaaaa");
  });

  it("closes a connection that floods messages", async () => {
    const ws = rawSocket(lotte);
    await new Promise((resolve) => ws.on("open", resolve));
    const closed = closeOf(ws);
    const query = new Uint8Array([3]);
    for (let i = 0; i < 1000 && ws.readyState === ws.OPEN; i++) ws.send(query);
    expect((await closed).code).toBe(closeCodes.tooManyMessages);
  });

  it("closes a connection that sends garbage", async () => {
    const ws = rawSocket(lotte);
    await new Promise((resolve) => ws.on("open", resolve));
    const closed = closeOf(ws);
    ws.send(new Uint8Array([0, 7, 1, 2, 3]));
    expect((await closed).code).toBe(closeCodes.protocolViolation);
  });
});

describe("permission changes while connected", () => {
  it("closes a removed member's write connection at once (no role left: no access)", async () => {
    const member = client(lars);
    await waitForSync(member);
    expect(member.accessModes).toEqual([1]);
    await database.db.deleteFrom("role_assignment").where("user_id", "=", lars.identity.id).where("role", "=", "group_member").execute();
    await server.collab.recheckAccess({ userId: lars.identity.id });
    await waitFor(() => member.closeEvents.some((e) => e.code === closeCodes.forbidden), "4403 for the removed member");
  });

  it("downgrades a removed member who may still read, and stores nothing they type afterwards", async () => {
    const lotteAgain = await signIn(database, "lid@demo.nl");
    const region = await database.db.selectFrom("region").select("id").executeTakeFirstOrThrow();
    await database.db.insertInto("role_assignment").values({ user_id: lotteAgain.identity.id, region_id: region.id, role: "reader" }).execute();
    const member = client(lotteAgain);
    await waitForSync(member);
    expect(member.accessModes).toEqual([1]);
    await database.db.deleteFrom("role_assignment").where("user_id", "=", lotteAgain.identity.id).where("role", "=", "group_member").execute();
    await server.collab.recheckAccess({ userId: lotteAgain.identity.id });
    await waitFor(() => member.accessModes.at(-1) === 0, "Lotte to be downgraded to read-only");
    appendParagraph(member.doc, "NA-VERWIJDEREN");
    await waitFor(() => member.editsRefused > 0, "the edits-refused notice");
    expect(await storedText()).not.toContain("NA-VERWIJDEREN");
    expect(member.closeEvents).toEqual([]);
  });

  it("closes the socket as soon as the programme office revokes the role (through the service, no manual check)", async () => {
    const agenda2 = await groupAgendaId(database, "mentaal-gezond", mira);
    const member = connectClient(server.wsUrl, agenda2, mira);
    clients.push(member);
    await waitForSync(member);
    const office = await signIn(database, "projectbureau@demo.nl");
    const assignment = await database.db.selectFrom("role_assignment").where("user_id", "=", mira.identity.id).select("id").executeTakeFirstOrThrow();
    const ctx = await createTestContext(database, { actor: office.actor, events });
    await revokeRole(ctx, { userId: mira.identity.id, assignmentId: assignment.id });
    await waitFor(() => member.closeEvents.some((e) => e.code === closeCodes.forbidden), "4403 after the role was revoked");
  });

  it("closes the connection of a person whose session ended", async () => {
    const member = client(lotte);
    await waitForSync(member);
    await database.db.deleteFrom("session").where("id", "=", lotte.sessionId).execute();
    await server.collab.recheckAccess({ sessionId: lotte.sessionId });
    await waitFor(() => member.closeEvents.some((e) => e.code === closeCodes.notSignedIn), "4401 after the session ended");
  });
});
