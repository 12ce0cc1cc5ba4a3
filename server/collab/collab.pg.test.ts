import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase, type AppDatabase } from "../../db/connect";
import { adminQuery } from "../../db/test-database";
import { colourFor } from "../../shared/collab/identity";
import { connectClient, groupAgendaIdOverHttp, loginOverHttp, startTyping, wsUrlOf } from "../../e2e/collab-clients";
import { startServer, type RunningServer } from "../../e2e/server";
import { loadDocumentState } from "./collab.repository";
import { fragmentText, waitFor, waitForSync, type TestClient } from "./test-harness";

// What only a PostgreSQL server can show: co-editing survives kill -9 of the server (the
// clients keep every edit and send what the server lacks when it is back), everything older
// than the flush window is durable even when no client comes back, and two server processes
// on one database converge (text and presence).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const serverUrl = process.env.DATABASE_URL!;
/** Edits are committed within ~100 ms of receipt; the test allows for a busy 2-core machine. */
const FLUSH_WINDOW_MS = 100;
const SLACK_MS = 150;

let database: AppDatabase;
const databases: string[] = [];
const servers: RunningServer[] = [];
const clients: TestClient[] = [];

async function createDatabase(label: string) {
  const name = `rw_collab_${label}_${Date.now().toString(36)}_${process.pid}`;
  await adminQuery(serverUrl, `create database "${name}"`);
  databases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.href, DATA_DIR: path.join(os.tmpdir(), `${name}-unused`), LOG_LEVEL: "warn" };
}

async function start(env: Record<string, string>) {
  const server = await startServer(env);
  servers.push(server);
  return server;
}

function client(wsUrl: string, agendaId: string, as: { cookie: string }) {
  const c = connectClient(wsUrl, agendaId, as);
  clients.push(c);
  return c;
}

async function storedText(db: AppDatabase["db"], agendaId: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadDocumentState(db, agendaId));
  return fragmentText(doc);
}

beforeAll(() => {
  const build = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("Building the app failed");
}, 180_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop().catch(() => {});
  await database?.close();
  for (const name of databases) await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
});

describe("kill -9 of the server while people type", () => {
  it("loses nothing a connected client typed: the clients send it again after the restart", async () => {
    const env = await createDatabase("kill");
    const first = await start(env);
    const lotte = await loginOverHttp(first.baseUrl, "lid@demo.nl");
    const lars = await loginOverHttp(first.baseUrl, "lid2@demo.nl");
    const agendaId = await groupAgendaIdOverHttp(first.baseUrl, lotte.cookie, "gezond-ouder-worden");
    const wsUrl = wsUrlOf(first.baseUrl);
    const writers = [client(wsUrl, agendaId, lotte), client(wsUrl, agendaId, lars), client(wsUrl, agendaId, lotte)];
    await Promise.all(writers.map((c) => waitForSync(c)));
    const typing = writers.map((c, i) => startTyping(c, `K${i}`, 25));
    await new Promise((resolve) => setTimeout(resolve, 1200));

    await first.kill();
    // They type on while the server is gone, and it comes back on the same address.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await start({ ...env, PORT: String(first.port) });
    await waitFor(() => writers.every((c) => c.provider.wsconnected && c.provider.synced), "the clients to reconnect", 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const t of typing) t.stop();

    database = await openDatabase({ databaseUrl: env.DATABASE_URL });
    const typed = typing.flatMap((t) => t.typed.map((m) => m.marker));
    expect(typed.length).toBeGreaterThan(100);
    await waitFor(async () => {
      const text = await storedText(database.db, agendaId);
      return typed.every((m) => text.includes(m));
    }, "every typed marker in the database", 15_000);
  });

  it("keeps every edit older than the flush window when no client comes back", async () => {
    const env = await createDatabase("gone");
    const first = await start(env);
    const lotte = await loginOverHttp(first.baseUrl, "lid@demo.nl");
    const agendaId = await groupAgendaIdOverHttp(first.baseUrl, lotte.cookie, "gezond-ouder-worden");
    const wsUrl = wsUrlOf(first.baseUrl);
    const writers = [client(wsUrl, agendaId, lotte), client(wsUrl, agendaId, lotte)];
    await Promise.all(writers.map((c) => waitForSync(c)));
    const typing = writers.map((c, i) => startTyping(c, `G${i}`, 20));
    await new Promise((resolve) => setTimeout(resolve, 1200));

    const killedAt = Date.now();
    await first.kill();
    for (const t of typing) t.stop();
    for (const c of writers) c.destroy();

    const db = await openDatabase({ databaseUrl: env.DATABASE_URL });
    try {
      const text = await storedText(db.db, agendaId);
      const old = typing.flatMap((t) => t.typed).filter((m) => m.at < killedAt - FLUSH_WINDOW_MS - SLACK_MS);
      expect(old.length).toBeGreaterThan(50);
      expect(old.filter((m) => !text.includes(m.marker)).map((m) => `${m.marker} (${killedAt - m.at} ms before the kill)`)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe("two server processes on one database", () => {
  it("converge: text typed through either reaches clients of both, and presence crosses too", async () => {
    const env = await createDatabase("two");
    const a = await start(env);
    const b = await start(env);
    const lotte = await loginOverHttp(a.baseUrl, "lid@demo.nl");
    const lars = await loginOverHttp(b.baseUrl, "lid2@demo.nl");
    const agendaId = await groupAgendaIdOverHttp(a.baseUrl, lotte.cookie, "gezond-ouder-worden");
    const onA = client(wsUrlOf(a.baseUrl), agendaId, lotte);
    const onB = client(wsUrlOf(b.baseUrl), agendaId, lars);
    await Promise.all([waitForSync(onA), waitForSync(onB)]);
    const lotteIdentity = await lookupIdentity(env.DATABASE_URL, "lid@demo.nl");
    onA.provider.awareness.setLocalStateField("user", lotteIdentity);

    const typing = [startTyping(onA, "A", 30), startTyping(onB, "B", 30)];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const t of typing) t.stop();
    const typed = typing.flatMap((t) => t.typed.map((m) => m.marker));
    await waitFor(() => onA.text() === onB.text() && typed.every((m) => onA.text().includes(m)), "both clients to hold every marker", 15_000);
    await waitFor(
      () => [...onB.provider.awareness.getStates().values()].some((s) => (s.user as { id?: string } | undefined)?.id === lotteIdentity.id),
      "Lotte's presence (on A) at Lars (on B)",
    );
  });
});

async function lookupIdentity(databaseUrl: string, email: string) {
  const db = await openDatabase({ databaseUrl });
  try {
    const user = await db.db.selectFrom("app_user").where("email", "=", email).select(["id", "name"]).executeTakeFirstOrThrow();
    return { id: user.id, name: user.name, color: colourFor(user.id) };
  } finally {
    await db.close();
  }
}
