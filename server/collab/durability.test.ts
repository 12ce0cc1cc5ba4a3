import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { closeCodes } from "../../shared/collab/close-codes";
import { listContributions, loadDocumentState } from "./collab.repository";
import { encodeUpdate } from "./protocol";
import { appendParagraph, connectClient, fragmentText, groupAgendaId, signIn, startCollabTestServer, waitFor, waitForSync, type SignedIn } from "./test-harness";

// What happens to stored text over time: idle documents leave memory (after their edits are
// written), a long log is compacted into one snapshot without losing a character or who wrote
// it, and a client that does not keep up is disconnected instead of filling server memory.

let database: TestDatabase;
let lotte: SignedIn;
let lars: SignedIn;
let agendaId: string;

beforeAll(async () => {
  database = await createTestDatabase({ template: "demo" });
  lotte = await signIn(database, "lid@demo.nl");
  lars = await signIn(database, "lid2@demo.nl");
  agendaId = await groupAgendaId(database, "gezond-ouder-worden", lotte);
});

afterAll(async () => {
  await database?.close();
});

async function logRows() {
  return (await database.db.selectFrom("collab_update").where("agenda_id", "=", agendaId).select("id").execute()).length;
}

describe("compaction and eviction", () => {
  it("compacts a long log into the snapshot, keeps every character and who wrote it, and evicts the idle document", async () => {
    const server = await startCollabTestServer(database, { compactThreshold: 40, idleEvictMs: 100, flushDelayMs: 5 });
    try {
      const a = connectClient(server.wsUrl, agendaId, lotte);
      const b = connectClient(server.wsUrl, agendaId, lars);
      await Promise.all([waitForSync(a), waitForSync(b)]);
      for (let i = 0; i < 30; i++) {
        appendParagraph(a.doc, `⟦L${i}⟧`);
        appendParagraph(b.doc, `⟦R${i}⟧`);
        // Separate batches, so the log really grows row by row.
        await new Promise((resolve) => setTimeout(resolve, 12));
      }
      await waitFor(() => b.text().includes("⟦L29⟧") && a.text().includes("⟦R29⟧"), "both to see everything");
      const expected = fragmentText(a.doc);
      a.destroy();
      b.destroy();
      await waitFor(() => server.collab.stats().documents === 0, "the idle document to leave memory");
      await waitFor(async () => (await logRows()) === 0, "compaction to empty the log");
      const snapshot = await database.db.selectFrom("collab_snapshot").where("agenda_id", "=", agendaId).select("merged_updates").executeTakeFirstOrThrow();
      expect(Number(snapshot.merged_updates)).toBeGreaterThanOrEqual(40);

      const stored = new Y.Doc();
      Y.applyUpdate(stored, await loadDocumentState(database.db, agendaId));
      expect(fragmentText(stored)).toBe(expected);
      const writers = (await listContributions(database.db, agendaId)).map((c) => c.name).sort();
      expect(writers).toEqual([lars.identity.name, lotte.identity.name].sort());

      // Opened again, it comes from the snapshot.
      const c = connectClient(server.wsUrl, agendaId, lotte);
      await waitForSync(c);
      expect(fragmentText(c.doc)).toBe(expected);
      c.destroy();
    } finally {
      await server.close();
    }
  });
});

describe("opening a document from its snapshot", () => {
  it("gives the first person the stored text at once, and keeps edits made right after and offline", async () => {
    // A new server: the agenda is in no memory, and its text is stored as a snapshot only.
    const server = await startCollabTestServer(database, { flushDelayMs: 5 });
    try {
      await database.db.deleteFrom("collab_update").where("agenda_id", "=", agendaId).execute();
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await loadDocumentState(database.db, agendaId));
      const before = fragmentText(stored);
      expect(before.length).toBeGreaterThan(0);
      // Lars worked offline: he has the text plus a paragraph the server has never seen.
      const offline = connectClient(server.wsUrl, agendaId, lars, { connect: false });
      Y.applyUpdate(offline.doc, Y.encodeStateAsUpdate(stored));
      appendParagraph(offline.doc, "⟦offline⟧");

      const first = connectClient(server.wsUrl, agendaId, lotte);
      await waitForSync(first);
      expect(first.text()).toBe(before);
      appendParagraph(first.doc, "⟦first⟧");
      offline.provider.connect();
      await waitFor(() => first.text().includes("⟦offline⟧") && offline.text().includes("⟦first⟧"), "both edits to reach both people");
      expect(first.text()).toBe(offline.text());

      await server.collab.flush();
      const after = new Y.Doc();
      Y.applyUpdate(after, await loadDocumentState(database.db, agendaId));
      expect(fragmentText(after)).toBe(first.text());
      expect(fragmentText(after).startsWith(before.slice(0, -"</paragraph>".length))).toBe(true);
      first.destroy();
      offline.destroy();
    } finally {
      await server.close();
    }
  });
});

describe("slow clients", () => {
  it("disconnects a client whose unsent data passes the limit, so server memory stays bounded", async () => {
    const server = await startCollabTestServer(database, { limits: { maxBufferedBytes: 128 * 1024 } });
    try {
      const writer = connectClient(server.wsUrl, agendaId, lotte);
      await waitForSync(writer);
      const slow = new WebSocket(`${server.wsUrl}/${agendaId}`, { headers: { cookie: lars.cookie } });
      const closed = new Promise<number>((resolve) => slow.on("close", (code) => resolve(code)));
      await new Promise((resolve) => slow.on("open", resolve));
      // Stop reading: once the kernel's buffers are full, the server's sends pile up in its
      // own buffer for this socket.
      const socket = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
      socket.pause();
      const big = "x".repeat(100 * 1024);
      let code: number | null = null;
      void closed.then((c) => (code = c));
      for (let i = 0; i < 200 && code === null; i++) {
        appendParagraph(writer.doc, `${i}${big}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      socket.resume();
      expect(await closed).toBe(closeCodes.tooSlow);
      expect(writer.closeEvents).toEqual([]);
      writer.destroy();
    } finally {
      await server.close();
    }
  });

  it("keeps refusing a message from a read-only person even when it is a full state", async () => {
    const server = await startCollabTestServer(database);
    try {
      const reader = await signIn(database, "meelezer@demo.nl");
      const ws = new WebSocket(`${server.wsUrl}/${agendaId}`, { headers: { cookie: reader.cookie } });
      await new Promise((resolve) => ws.on("open", resolve));
      const doc = new Y.Doc();
      appendParagraph(doc, "⟦VAN-DE-LEZER⟧");
      ws.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await server.collab.flush();
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await loadDocumentState(database.db, agendaId));
      expect(fragmentText(stored)).not.toContain("VAN-DE-LEZER");
      ws.close();
    } finally {
      await server.close();
    }
  });
});
