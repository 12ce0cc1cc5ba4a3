import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { AGENDA_FRAGMENT } from "../../shared/agenda/editor-schema";
import { loadDocumentState } from "./collab.repository";
import { connectClient, fragmentText, groupAgendaId, signIn, startCollabTestServer, waitFor, waitForSync, type CollabTestServer, type TestClient } from "./test-harness";

// Convergence fuzz: six y-websocket clients (two people, several tabs) edit one agenda through
// the real server with random inserts, deletes and formatting, and drop off and come back at
// random (editing offline meanwhile). Every insert carries a unique marker that nobody
// deletes. In the end all clients hold the same document with every marker, and so does the
// document loaded fresh from the database after a clean restart of the server.

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
let random = mulberry32(seed);

let database: TestDatabase;
let server: CollabTestServer;
let agendaId: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ template: "demo" });
  server = await startCollabTestServer(database);
  const lotte = await signIn(database, "lid@demo.nl");
  agendaId = await groupAgendaId(database, "gezond-ouder-worden", lotte);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  await database?.close();
});

it(`converges with random edits, disconnects and reconnects (seed ${seed})`, async () => {
  random = mulberry32(seed);
  const lotte = await signIn(database, "lid@demo.nl");
  const lars = await signIn(database, "lid2@demo.nl");
  for (let i = 0; i < 6; i++) clients.push(connectClient(server.wsUrl, agendaId, i % 2 === 0 ? lotte : lars));
  await Promise.all(clients.map((c) => waitForSync(c)));

  const markers: string[] = [];
  const rounds = 60;
  for (let round = 0; round < rounds; round++) {
    for (const [index, client] of clients.entries()) {
      const roll = random();
      if (roll < 0.05 && client.provider.shouldConnect) client.provider.disconnect();
      else if (roll < 0.15 && !client.provider.shouldConnect) client.provider.connect();
      else if (roll < 0.6) markers.push(insertMarker(client.doc, `M${index}-${round}`));
      else if (roll < 0.8) deleteFiller(client.doc);
      else formatRange(client.doc);
    }
    await new Promise((resolve) => setTimeout(resolve, 15 + Math.floor(random() * 25)));
  }
  for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();

  const converged = () => {
    const first = fragmentText(clients[0]!.doc);
    return clients.every((c) => c.provider.synced && fragmentText(c.doc) === first);
  };
  await waitFor(converged, "all clients to hold the same document", 20_000);
  const text = plainText(clients[0]!.doc);
  const missing = markers.filter((m) => !text.includes(`⟦${m}⟧`));
  expect(missing, `markers lost (seed ${seed})`).toEqual([]);
  expect(markers.length).toBeGreaterThan(100);

  // A clean restart: every edit is written before the server stops; a fresh load equals it.
  const expected = fragmentText(clients[0]!.doc);
  for (const c of clients.splice(0)) c.destroy();
  const port = server.port;
  await server.close();
  server = await startCollabTestServer(database, { port });
  const fromDatabase = new Y.Doc();
  Y.applyUpdate(fromDatabase, await loadDocumentState(database.db, agendaId));
  expect(fragmentText(fromDatabase)).toBe(expected);

  const fresh = connectClient(server.wsUrl, agendaId, lotte);
  clients.push(fresh);
  await waitForSync(fresh);
  expect(fragmentText(fresh.doc)).toBe(expected);
});

/** Inserts "⟦marker⟧ filler" into a random paragraph (or a new one), as typing would. */
function insertMarker(doc: Y.Doc, marker: string) {
  const fragment = doc.getXmlFragment(AGENDA_FRAGMENT);
  const texts = paragraphTexts(doc);
  if (texts.length === 0 || random() < 0.15) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText()]);
    fragment.insert(Math.floor(random() * (fragment.length + 1)), [paragraph]);
    return insertMarker(doc, marker);
  }
  const target = texts[Math.floor(random() * texts.length)]!;
  const at = safeOffsets(target);
  target.insert(at[Math.floor(random() * at.length)] ?? 0, `⟦${marker}⟧ filler `);
  return marker;
}

/** Deletes a few characters that belong to no marker. */
function deleteFiller(doc: Y.Doc) {
  const texts = paragraphTexts(doc);
  const target = texts[Math.floor(random() * texts.length)];
  if (!target) return;
  const plain = textOf(target);
  const ranges = [...plain.matchAll(/ filler /g)].map((m) => m.index ?? 0);
  const start = ranges[Math.floor(random() * ranges.length)];
  if (start === undefined) return;
  target.delete(start + 1, 1 + Math.floor(random() * 5));
}

function formatRange(doc: Y.Doc) {
  const texts = paragraphTexts(doc);
  const target = texts[Math.floor(random() * texts.length)];
  if (!target || target.length === 0) return;
  const start = Math.floor(random() * target.length);
  const mark = random() < 0.5 ? "bold" : "italic";
  target.format(start, Math.min(target.length - start, 1 + Math.floor(random() * 12)), { [mark]: random() < 0.8 ? {} : null });
}

function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const result: Y.XmlText[] = [];
  for (const node of doc.getXmlFragment(AGENDA_FRAGMENT).toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === "paragraph") {
      const first = node.get(0);
      if (first instanceof Y.XmlText) result.push(first);
    }
  }
  return result;
}

function textOf(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown }>).map((d) => (typeof d.insert === "string" ? d.insert : "")).join("");
}

/** Offsets outside markers, so an insert never splits one. */
function safeOffsets(text: Y.XmlText): number[] {
  const plain = textOf(text);
  const offsets = [0, plain.length];
  for (const m of plain.matchAll(/⟧/g)) offsets.push((m.index ?? 0) + 1);
  return offsets;
}

function plainText(doc: Y.Doc): string {
  return paragraphTexts(doc).map(textOf).join("\n");
}

function mulberry32(a: number) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
