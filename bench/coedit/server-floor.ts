import { createServer } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { messageYjsUpdate } from "y-protocols/sync";
import * as Y from "yjs";
import { frameBinaryMessage } from "../../server/collab/frame";
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2, messageAwareness, messageSync } from "../../server/collab/protocol";
import type { ServerConfig } from "./ipc";
import { reply, serve } from "./server-process";

// The harness's floor: the cheapest relay that still keeps the document, so new editors can
// sync. It checks nobody, stores nothing and forwards each change's bytes, framed once,
// BEFORE it applies them itself. No server can propagate faster with these clients on this
// machine; the bench puts it beside ours and Hocuspocus so the table shows how much of the
// delay is the server at all. Not a design to copy: it relays whatever it gets, unchecked.

const config = JSON.parse(process.env.BENCH_SERVER ?? "{}") as ServerConfig;
// Written to, so it is resident: the same relay in a process as big as ours.
export const ballast = config.ballastMb ? Buffer.alloc(config.ballastMb * 1024 * 1024, 1) : null;

async function main() {
  const doc = new Y.Doc();
  const sockets = new Map<WebSocket, Duplex>();
  const http = createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  http.on("upgrade", (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, socket);
      ws.on("close", () => sockets.delete(ws));
      ws.on("message", (data: Buffer) => relay(ws, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    });
  });

  function relay(from: WebSocket, bytes: Uint8Array) {
    if ((bytes[0] === messageSync && bytes[1] === messageYjsUpdate) || bytes[0] === messageAwareness) {
      const frame = frameBinaryMessage(bytes);
      for (const [ws, socket] of sockets) if (ws !== from) socket.write(frame);
    }
    const message = decodeClientMessage(bytes);
    if (message.type === "update") Y.applyUpdate(doc, message.update);
    else if (message.type === "sync-step-1") {
      from.send(encodeSyncStep2(doc, message.stateVector));
      from.send(encodeSyncStep1(doc));
    }
  }

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as { port: number };
  let stopped = false;
  serve(
    async () => null,
    async () => {
      if (stopped) return;
      stopped = true;
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
      await new Promise((resolve) => http.close(resolve));
    },
  );
  reply({ type: "ready", wsUrl: `ws://127.0.0.1:${port}/collab`, docName: "floor", cookies: Array.from({ length: config.writers }, () => "") });
}

main().catch((error: unknown) => {
  reply({ type: "error", message: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
