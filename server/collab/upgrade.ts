import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { isSameOrigin } from "../http/origin-check";

/**
 * The WebSocket door (/collab/:docId). Until the co-editing server lands no document
 * exists, so every upgrade is refused: a foreign Origin with 403 before anything else,
 * otherwise 404 (unknown document ids never create documents).
 */
export function handleUpgrade(req: IncomingMessage, socket: Duplex) {
  if (!isSameOrigin(req)) return refuse(socket, 403, "Forbidden");
  return refuse(socket, 404, "Not Found");
}

function refuse(socket: Duplex, status: number, reason: string) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
