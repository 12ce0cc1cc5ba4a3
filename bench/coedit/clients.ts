import { monitorEventLoopDelay } from "node:perf_hooks";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { sleep } from "../stats";
import type { ClientPlan, ClientReply, ClientRequest, IdlePlan, TypingPlan } from "./ipc";
import { STAMPS, addOwnParagraph, clock, countBenchParagraphs, countTyped, typeCharacter } from "./typing-doc";

// A client process of the co-editing bench: several editors (y-websocket providers against
// our server, Hocuspocus providers against Hocuspocus), each a Y.Doc with its own socket, as
// browsers would be. It types on the parent's signal, records how long every change from
// another editor took to arrive, counts bytes on the wire and its own CPU share.

// y-websocket adds an exit listener per provider; hundreds of editors are expected here.
process.setMaxListeners(0);
const plan = JSON.parse(process.env.BENCH_CLIENTS ?? "{}") as ClientPlan;
const send = (message: ClientReply) => process.send?.(message);
const errors: string[] = [];
let bytesUp = 0;
let bytesDown = 0;

interface Editor {
  doc: Y.Doc;
  synced(): boolean;
  destroy(): void;
}

function countingSocket(cookie: string) {
  return class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
      this.on("message", (data: Buffer | ArrayBuffer) => (bytesDown += data.byteLength));
      this.on("error", (error) => errors.push(String(error)));
    }
    override send(data: Parameters<WebSocket["send"]>[0], ...rest: unknown[]) {
      bytesUp += (data as { byteLength?: number }).byteLength ?? String(data).length;
      // ws's overloads cannot be spread in a typed way; the arguments pass through as given.
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  };
}

function connect(target: "ours" | "hocuspocus", wsUrl: string, docName: string, cookie: string): Editor {
  const doc = new Y.Doc();
  const Socket = countingSocket(cookie);
  if (target === "ours") {
    const provider = new WebsocketProvider(wsUrl, docName, doc, {
      WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 500,
    });
    // Our server's own messages (access mode, edits refused): known, nothing to do here.
    provider.messageHandlers[100] = (_encoder, decoder) => void (decoder.pos += 1);
    provider.messageHandlers[101] = () => {};
    provider.on("connection-close", (event) => {
      if (event && event.code !== 1000) errors.push(`closed ${event.code} ${event.reason}`);
    });
    return { doc, synced: () => provider.synced, destroy: () => (provider.destroy(), doc.destroy()) };
  }
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: Socket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: docName, document: doc });
  provider.attach();
  return {
    doc,
    synced: () => provider.synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

async function waitUntil(check: () => boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function runTyping(p: TypingPlan) {
  const editors = Array.from({ length: p.clients }, (_, i) => connect(p.target, p.wsUrl, p.docName, p.cookies[(p.firstIndex + i) % p.cookies.length] ?? ""));
  await waitUntil(() => editors.every((e) => e.synced()), "every editor to sync");
  const texts = editors.map((e) => addOwnParagraph(e.doc, p.tag));
  await waitUntil(() => editors.every((e) => countBenchParagraphs(e.doc, p.tag) >= p.totalClients), "every paragraph to arrive");

  const interval = 1000 / p.charsPerSecond;
  const warmupKeystrokes = Math.round((p.warmupMs / 1000) * p.charsPerSecond);
  const keystrokes = warmupKeystrokes + Math.round((p.durationMs / 1000) * p.charsPerSecond);
  // A change counts when its keystroke was typed in the measured window (the stamp carries its number).
  const delays: number[] = [];
  let recording = false;
  for (const editor of editors) {
    editor.doc.getMap<string>(STAMPS).observe((event) => {
      if (!recording || event.transaction.local) return;
      const now = clock();
      for (const key of event.keysChanged) {
        const value = event.target.get(key) as string | undefined;
        if (!value) continue;
        const colon = value.indexOf(":");
        if (Number(value.slice(0, colon)) > warmupKeystrokes) delays.push(now - Number(value.slice(colon + 1)));
      }
    });
  }
  send({ type: "connected" });

  const request = await nextRequest();
  if (request.type !== "start") throw new Error(`expected start, got ${request.type}`);
  recording = true;
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  let cpuStart = process.cpuUsage();
  let wallStart = performance.now();
  // The measured window opens when the warm-up ends: counters start from there.
  const measuring = new Promise<void>((resolve) =>
    setTimeout(() => {
      bytesUp = 0;
      bytesDown = 0;
      loopDelay.enable();
      cpuStart = process.cpuUsage();
      wallStart = performance.now();
      resolve();
    }, Math.max(0, request.at + p.warmupMs - Date.now())),
  );
  let sent = 0;
  await Promise.all(
    editors.map(async (editor, i) => {
      const index = p.firstIndex + i;
      const offset = (index / p.totalClients) * interval;
      for (let seq = 1; seq <= keystrokes; seq++) {
        const due = request.at + offset + (seq - 1) * interval;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        typeCharacter(editor.doc, texts[i]!, index, seq);
        if (seq > warmupKeystrokes) sent++;
      }
    }),
  );
  await measuring;
  const cpu = process.cpuUsage(cpuStart);
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart);
  loopDelay.disable();
  const loopDelayP99Ms = loopDelay.percentile(99) / 1e6;

  const finish = await nextRequest();
  if (finish.type !== "finish") throw new Error(`expected finish, got ${finish.type}`);
  await waitUntil(() => editors.every((e) => countTyped(e.doc, p.tag) >= finish.expected), "every keystroke to arrive", 5000).catch((error: unknown) => errors.push(String(error)));
  recording = false;
  const observed = editors.map((e) => countTyped(e.doc, p.tag));
  send({ type: "result", sent, delays, observed, bytesUp, bytesDown, cpuShare, loopDelayP99Ms, errors });
  await nextRequest();
  for (const editor of editors) editor.destroy();
  send({ type: "closed" });
}

async function runIdle(p: IdlePlan) {
  const editors: Editor[] = [];
  for (const name of p.docNames) {
    for (let i = 0; i < p.perDoc; i++) editors.push(connect(p.target, p.wsUrl, name, p.cookies[i % p.cookies.length] ?? ""));
    // Opening in small steps keeps the server's accept path from timing out on a 2-core box.
    if (editors.length % 50 === 0) await waitUntil(() => editors.every((e) => e.synced()), "idle editors to sync", 60_000);
  }
  await waitUntil(() => editors.every((e) => e.synced()), "idle editors to sync", 60_000);
  send({ type: "connected" });
  await nextRequest();
  for (const editor of editors) editor.destroy();
  send({ type: "closed" });
}

const queue: ClientRequest[] = [];
const waiting: Array<(request: ClientRequest) => void> = [];
process.on("message", (request: ClientRequest) => {
  const next = waiting.shift();
  if (next) next(request);
  else queue.push(request);
});
function nextRequest(): Promise<ClientRequest> {
  const queued = queue.shift();
  return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
}
process.on("disconnect", () => process.exit(0));

(plan.mode === "typing" ? runTyping(plan) : runIdle(plan))
  .then(() => setTimeout(() => process.exit(0), 100))
  .catch((error: unknown) => {
    send({ type: "error", message: String((error as Error)?.stack ?? error) });
    setTimeout(() => process.exit(1), 100);
  });
