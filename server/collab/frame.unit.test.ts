import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { frameBinaryMessage } from "./frame";

// The frames a broadcast writes straight to the sockets must be exactly what a WebSocket
// client accepts: here a real `ws` client reads them, after a real upgrade, in between
// messages `ws` itself sends on the same socket.

let server: Server;
let url: string;
const payloads = [0, 1, 125, 126, 127, 65_535, 65_536, 300_000].map((size) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + size) % 256));

beforeAll(async () => {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  server = createServer();
  server.on("upgrade", (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.send(Buffer.from("first"));
      for (const payload of payloads) socket.write(frameBinaryMessage(payload));
      ws.send(Buffer.from("last"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("frameBinaryMessage", () => {
  it("frames messages of every length class so a client reads them unchanged and in order", async () => {
    const client = new WebSocket(url);
    const received: Array<{ data: Buffer; isBinary: boolean }> = [];
    await new Promise<void>((resolve, reject) => {
      client.on("message", (data: Buffer, isBinary) => {
        received.push({ data, isBinary });
        if (received.length === payloads.length + 2) resolve();
      });
      client.on("error", reject);
    });
    client.close();
    expect(received.at(0)?.data.toString()).toBe("first");
    expect(received.at(-1)?.data.toString()).toBe("last");
    const framed = received.slice(1, -1);
    expect(framed.map((m) => m.data.length)).toEqual(payloads.map((p) => p.length));
    framed.forEach((message, i) => {
      expect(message.isBinary).toBe(true);
      expect(message.data.equals(Buffer.from(payloads[i]!))).toBe(true);
    });
  });
});
