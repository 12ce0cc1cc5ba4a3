import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../db/seed/data/demo";
import { adminQuery } from "../../db/test-database";
import { startServer, type RunningServer } from "../../e2e/server";
import { nl } from "../../shared/i18n/nl";
import type { DomainEvent } from "../events/event-bus";

// Live boards across two real server processes on one PostgreSQL database: a card changed
// through instance A reaches a board viewer subscribed on instance B (tRPC subscription over
// SSE, GET /api/trpc/boards.events) within a second, through the PostgreSQL event bus.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const serverUrl = process.env.DATABASE_URL!;
const name = `rw_live_${Date.now().toString(36)}_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.href;
})();

interface SseMessage {
  event: string;
  data: string;
  receivedAt: number;
}

/** A raw SSE connection: what a browser's EventSource does, with every message kept and timed. */
class SseStream {
  readonly messages: SseMessage[] = [];
  private waiters: Array<() => void> = [];
  private ended = false;

  private constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string>) {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { ...headers, accept: "text/event-stream" }, signal: abort.signal });
    const stream = new SseStream(response, abort);
    if (response.body) void stream.pump(response.body);
    else stream.ended = true;
    return stream;
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
          this.messages.push({ event, data, receivedAt: performance.now() });
          this.wake();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      this.ended = true;
      this.wake();
    }
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** The first message (in arrival order) that matches, waiting up to `ms` for it. */
  async find(match: (m: SseMessage) => boolean, ms = 5000): Promise<SseMessage> {
    const until = performance.now() + ms;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (this.ended) throw new Error(`the stream ended without the message; got ${JSON.stringify(this.messages)}`);
      const left = until - performance.now();
      if (left <= 0) throw new Error(`no matching message within ${ms} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Resolves when the server has ended the stream. */
  async closedByServer(ms = 5000) {
    const until = performance.now() + ms;
    while (!this.ended) {
      if (performance.now() > until) throw new Error(`the stream stayed open for ${ms} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Domain events only (tRPC sends data as unnamed messages; ours are DomainEvents). */
  events(): Array<DomainEvent & { receivedAt: number }> {
    return this.messages.filter((m) => m.event === "message").map((m) => ({ ...(JSON.parse(m.data) as DomainEvent), receivedAt: m.receivedAt }));
  }

  close() {
    this.abort.abort();
  }
}

/** Signs in through the login form like a browser; returns the session cookie. */
async function signIn(server: RunningServer, email: string) {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.baseUrl },
    body: new URLSearchParams({ email, password: demoPassword }).toString(),
    redirect: "manual",
  });
  expect(response.status, `login of ${email}`).toBe(302);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("rw_session="));
  expect(cookie, `session cookie for ${email}`).toBeDefined();
  return cookie!.split(";")[0]!;
}

async function trpcQuery<T>(server: RunningServer, cookie: string, procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } });
  expect(response.status, procedure).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function trpcMutation<T>(server: RunningServer, cookie: string, procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}/api/trpc/${procedure}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: server.baseUrl },
    body: JSON.stringify(input),
  });
  const body = await response.text();
  expect(response.status, `${procedure}: ${body}`).toBe(200);
  return (JSON.parse(body) as { result: { data: T } }).result.data;
}

function eventsUrl(server: RunningServer, input: unknown) {
  return `${server.baseUrl}/api/trpc/boards.events?input=${encodeURIComponent(JSON.stringify(input))}`;
}

let a: RunningServer | undefined;
let b: RunningServer | undefined;
const streams: SseStream[] = [];

beforeAll(async () => {
  // The servers serve the Remix build; build it when missing or stale (as the e2e suite does).
  const build = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/ensure-build.ts"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("Building the app failed");

  await adminQuery(serverUrl, `create database "${name}"`);
  // startServer makes a database of its own unless it is handed a DATA_DIR (then the caller
  // owns the data). With DATABASE_URL set the server opens PostgreSQL and ignores DATA_DIR,
  // so this hands both instances the one database created above. A starts first: it
  // migrates and seeds the empty database (with the demo accounts); B finds it ready.
  const env = { DATABASE_URL: databaseUrl, DATA_DIR: path.join(os.tmpdir(), `${name}-unused`), LOG_LEVEL: "warn" };
  a = await startServer(env);
  b = await startServer(env);
}, 180_000);

afterAll(async () => {
  for (const stream of streams) stream.close();
  const codes = await Promise.all([a?.stop(), b?.stop()]);
  await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  expect(codes, `servers exit cleanly\nA:\n${a?.output()}\nB:\n${b?.output()}`).toEqual([a ? 0 : undefined, b ? 0 : undefined]);
}, 60_000);

describe("live boards across two server instances", () => {
  it("brings a card change made on A to a board viewer on B within one second", async ({ annotate }) => {
    const lotte = await signIn(a!, "lid@demo.nl");
    const lars = await signIn(b!, "lid2@demo.nl");
    const board = await trpcQuery<{ group: { id: string }; abilities: Record<string, boolean> }>(a!, lotte, "boards.board", { slug: "gezond-ouder-worden" });
    const groupId = board.group.id;
    const [block] = (await adminQuery(databaseUrl, "select id from building_block order by position limit 1")) as unknown as Array<{ id: string }>;

    // Lars opens the board on B. A browser's EventSource sends Origin on this GET: the
    // origin check must let it through (it guards state-changing methods only).
    const stream = await SseStream.open(eventsUrl(b!, { topic: "board", id: groupId }), { cookie: lars, origin: b!.baseUrl });
    streams.push(stream);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get("content-encoding")).toBeNull();
    expect(stream.response.headers.get("x-request-id")).toBeTruthy(); // through pino-http
    expect(stream.response.headers.get("content-security-policy")).toBeTruthy(); // through the security headers
    await stream.find((m) => m.event === "connected");
    const ready = await stream.find((m) => m.event === "message");
    expect(JSON.parse(ready.data)).toMatchObject({ type: "subscription.ready", topic: `board:${groupId}`, id: groupId });

    // Lotte creates a card on A, then moves it a few times.
    const latencies: number[] = [];
    const sentAt = performance.now();
    const card = await trpcMutation<{ id: string; version: number }>(a!, lotte, "boards.createCard", { groupId, title: "Samen sterker thuis", buildingBlockIds: [block!.id] });
    const created = await stream.find((m) => m.event === "message" && (JSON.parse(m.data) as DomainEvent).id === card.id, 1000);
    expect(JSON.parse(created.data)).toMatchObject({ topic: `board:${groupId}`, type: "card.created", id: card.id, version: card.version });
    latencies.push(created.receivedAt - sentAt);

    let version = card.version;
    for (let i = 0; i < 10; i++) {
      const moveSentAt = performance.now();
      const moved = await trpcMutation<{ version: number }>(a!, lotte, "boards.moveCard", { cardId: card.id, status: "verkennen", afterCardId: null });
      const arrived = await stream.find((m) => {
        if (m.event !== "message") return false;
        const e = JSON.parse(m.data) as DomainEvent;
        return e.type === "card.moved" && e.version === moved.version;
      }, 1000);
      expect(moved.version).toBe(version + 1);
      version = moved.version;
      latencies.push(arrived.receivedAt - moveSentAt);
    }

    // Every event B received is of this board, in the order A made the changes.
    const events = stream.events();
    expect(events.map((e) => e.type)).toEqual(["subscription.ready", "card.created", ...Array.from({ length: 10 }, () => "card.moved")]);
    expect(events.slice(1).map((e) => e.version)).toEqual(Array.from({ length: 11 }, (_, i) => card.version + i));
    expect(new Set(events.slice(1).map((e) => e.actorId)).size).toBe(1); // Lotte, not Lars

    const sorted = [...latencies].sort((x, y) => x - y);
    const summary = `mutation on A sent -> event at B's SSE subscriber, ${latencies.length} changes: median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
    await annotate(summary);
    expect(Math.max(...latencies)).toBeLessThan(1000);

    // The viewer leaves; B keeps serving.
    stream.close();
    expect((await fetch(`${b!.baseUrl}/healthz`)).status).toBe(200);
  });

  it("refuses an anonymous subscription (401) and one for an unknown werkgroep (404) before streaming any event", async () => {
    const lars = await signIn(b!, "lid2@demo.nl");
    const groupId = (await trpcQuery<{ group: { id: string } }>(b!, lars, "boards.board", { slug: "gezond-ouder-worden" })).group.id;

    // tRPC answers a subscription with an SSE stream; a refusal is its one error event (with
    // the HTTP status in data.httpStatus), after which the server ends the stream.
    const refused = async (cookie: string | undefined, input: unknown) => {
      const stream = await SseStream.open(eventsUrl(b!, input), cookie ? { cookie } : {});
      streams.push(stream);
      const error = await stream.find((m) => m.event === "serialized-error");
      await stream.closedByServer();
      expect(stream.events()).toEqual([]);
      return JSON.parse(error.data) as { message: string; data: { code: string; httpStatus: number } };
    };

    const anonymous = await refused(undefined, { topic: "board", id: groupId });
    expect(anonymous.data).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
    expect(anonymous.message).toBe(nl.auth.signInRequired);

    const unknown = await refused(lars, { topic: "board", id: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    const unknownFoundation = await refused(lars, { topic: "workplan", id: groupId });
    expect(unknownFoundation.data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
  });
});
