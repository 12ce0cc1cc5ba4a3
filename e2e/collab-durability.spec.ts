import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminQuery } from "../db/test-database";
import { waitFor, waitForSync, type TestClient } from "../server/collab/test-harness";
import { connectClient, groupAgendaIdOverHttp, loginOverHttp, startTyping, wsUrlOf } from "./collab-clients";
import { startServer, type RunningServer } from "./server";

// A clean stop (SIGTERM) while people type: the server closes the sockets, writes every edit
// it received and checkpoints the database before it exits. After a restart on the same data
// every marker the server relayed before it went down is there. Runs on the embedded
// database by default and on PostgreSQL when DATABASE_URL is set.

let dataDir = "";
let env: Record<string, string> = {};
let dropDatabase = async () => {};
let server: RunningServer | undefined;
const clients: TestClient[] = [];

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL;
  dataDir = await mkdtemp(path.join(os.tmpdir(), "rw-collab-"));
  env = { DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  if (serverUrl) {
    const name = `rw_collab_${Date.now().toString(36)}_${process.pid}`;
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.href;
    dropDatabase = async () => void (await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`));
  }
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await dropDatabase();
});

it("keeps every edit the server received before SIGTERM, after a restart", async () => {
  server = await startServer(env);
  const lotte = await loginOverHttp(server.baseUrl, "lid@demo.nl");
  const lars = await loginOverHttp(server.baseUrl, "lid2@demo.nl");
  const agendaId = await groupAgendaIdOverHttp(server.baseUrl, lotte.cookie, "gezond-ouder-worden");
  const wsUrl = wsUrlOf(server.baseUrl);

  const writers = [connectClient(wsUrl, agendaId, lotte), connectClient(wsUrl, agendaId, lars), connectClient(wsUrl, agendaId, lotte)];
  // The observer only reads along: what it has seen, the server had received and relayed.
  const observer = connectClient(wsUrl, agendaId, await loginOverHttp(server.baseUrl, "meelezer@demo.nl"));
  clients.push(...writers, observer);
  await Promise.all(clients.map((c) => waitForSync(c)));
  const typing = writers.map((c, i) => startTyping(c, `W${i}`, 20));
  await new Promise((resolve) => setTimeout(resolve, 1500));

  // The writers keep typing through the shutdown. Whatever the observer received before
  // its socket closed, the server had received: all of it must be durable.
  const exitCode = await server.stop();
  const seenBeforeSignal = observer.text();
  // Nothing may resend what the server lost: the clients go away before the restart.
  for (const t of typing) t.stop();
  for (const c of clients.splice(0)) c.destroy();
  expect(exitCode).toBe(0);

  const markers = [...seenBeforeSignal.matchAll(/⟦W\d-\d+⟧/g)].map((m) => m[0]);
  expect(markers.length).toBeGreaterThan(50);

  server = await startServer(env);
  const reader = connectClient(wsUrlOf(server.baseUrl), agendaId, await loginOverHttp(server.baseUrl, "meelezer@demo.nl"));
  clients.push(reader);
  await waitForSync(reader);
  await waitFor(() => reader.text().length > 0, "the agenda text");
  const after = reader.text();
  expect(markers.filter((m) => !after.includes(m))).toEqual([]);
});
