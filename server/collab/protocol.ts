import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";
import { accessModes, messageAccess, messageEditsRefused, type AccessMode } from "../../shared/collab/close-codes";

// The wire format, as y-websocket speaks it: a varUint message type, then the payload.
// Every builder returns the finished bytes, so a broadcast is encoded once and sent to many.

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/**
 * Sync step 2 carrying a whole stored state as it is: the answer to a client that has nothing
 * yet (an empty state vector), without building a Y.Doc to compute the difference.
 */
export function encodeFullStateSync(state: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, state);
  return encoding.toUint8Array(encoder);
}

/** Whether a state vector names no client at all (a client that has received nothing). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return decoding.readVarUint(decoding.createDecoder(stateVector)) === 0;
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAccess(mode: AccessMode): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAccess);
  encoding.writeVarUint(encoder, accessModes[mode]);
  return encoding.toUint8Array(encoder);
}

export function encodeEditsRefused(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageEditsRefused);
  return encoding.toUint8Array(encoder);
}

/** A message from a client, decoded just far enough to decide what to do with it. */
export type ClientMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  /** `relayable`: the message itself when it is exactly one update message, to pass on as is. */
  | { type: "update"; update: Uint8Array; relayable: Uint8Array | null }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "ignored" };

/** Throws on malformed input; the caller closes the connection. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case messageSync: {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) return { type: "sync-step-1", stateVector: decoding.readVarUint8Array(decoder) };
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        const update = decoding.readVarUint8Array(decoder);
        const exact = syncType === syncProtocol.messageYjsUpdate && decoder.pos === data.length;
        return { type: "update", update, relayable: exact ? data : null };
      }
      throw new Error(`unknown sync message ${syncType}`);
    }
    case messageAwareness:
      return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
    case messageQueryAwareness:
      return { type: "query-awareness" };
    case messageAuth:
      return { type: "ignored" };
    default:
      throw new Error(`unknown message type ${type}`);
  }
}

/** The entries of an awareness update: which client ids it sets, and to what. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
  json: string;
}

export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    entries.push({ clientId, clock, state: JSON.parse(json) as unknown, json });
  }
  return entries;
}

/** An awareness update with only these entries. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

/** An update that changes nothing (no structs, empty delete set) is two zero bytes. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((b) => b === 0);
}

export { awarenessProtocol };
