import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import type { AccessMode } from "../../shared/collab/close-codes";
import type { CollabIdentity } from "../../shared/collab/identity";
import type { Actor } from "../../shared/permissions";

export interface ConnectionLimits {
  /** Largest accepted message in bytes (a bigger one closes the connection). */
  maxMessageBytes: number;
  /** Sustained messages per second and the burst allowed on top (a token bucket). */
  messagesPerSecond: number;
  messageBurst: number;
  /** When a client's unsent bytes pass this, it is too far behind: disconnect, it resyncs. */
  maxBufferedBytes: number;
}

export const defaultLimits: ConnectionLimits = {
  maxMessageBytes: 1024 * 1024,
  messagesPerSecond: 100,
  messageBurst: 400,
  maxBufferedBytes: 4 * 1024 * 1024,
};

/**
 * One browser tab in one document. Knows who it is (from the session, never from the
 * client), whether it may write, which awareness client id it owns, and its message budget.
 */
export class Connection {
  mode: AccessMode;
  /** The Yjs client id this connection speaks for in awareness (bound on first use). */
  awarenessClientId: number | null = null;
  /** Whether we already told this client that its edits were not accepted. */
  toldEditsRefused = false;
  private tokens: number;
  private lastRefill: number;

  constructor(
    readonly ws: WebSocket,
    /** The upgraded TCP socket under `ws`: broadcasts write their finished frames to it. */
    private readonly socket: Duplex,
    readonly agendaId: string,
    readonly identity: CollabIdentity,
    readonly sessionId: string,
    public actor: Actor,
    mode: AccessMode,
    private readonly limits: ConnectionLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.mode = mode;
    this.tokens = limits.messageBurst;
    this.lastRefill = now();
  }

  /** Takes one message from the budget; false when the client sends too fast. */
  takeMessageToken(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.limits.messageBurst, this.tokens + ((t - this.lastRefill) / 1000) * this.limits.messagesPerSecond);
    this.lastRefill = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  get open() {
    return this.ws.readyState === this.ws.OPEN;
  }

  /**
   * Sends unless the client is too far behind: then it is disconnected (4008) and resyncs on
   * reconnect, instead of the server buffering without bound. Returns whether it was sent.
   */
  send(message: Uint8Array, tooSlowCode: number): boolean {
    if (!this.keepsUp(tooSlowCode)) return false;
    this.ws.send(message);
    return true;
  }

  /**
   * Sends a frame a broadcast already built (frame.ts), as is. Written to the socket `ws`
   * writes to, so it keeps its place among ws's own messages; `ws` never holds messages back
   * itself without permessage-deflate, which the collab server turns off.
   */
  sendFrame(frame: Buffer, tooSlowCode: number): boolean {
    if (!this.keepsUp(tooSlowCode)) return false;
    this.socket.write(frame);
    return true;
  }

  /** Open and not too far behind; a client too far behind is closed (it resyncs on reconnect). */
  private keepsUp(tooSlowCode: number): boolean {
    if (!this.open) return false;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(tooSlowCode, "Uw verbinding loopt te ver achter; we verbinden opnieuw.");
      return false;
    }
    return true;
  }

  close(code: number, reason: string) {
    if (this.ws.readyState === this.ws.CLOSED || this.ws.readyState === this.ws.CLOSING) return;
    // Close reasons are limited to 123 bytes.
    this.ws.close(code, Buffer.from(reason).subarray(0, 123).toString());
  }
}
