import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Connection } from "./connection";
import { SharedDocument } from "./document";
import { decodeClientMessage } from "./protocol";
import { appendParagraph, fragmentText } from "./test-harness";

// What a document in memory passes on to its connections: only what is new, framed once.

const open: SharedDocument[] = [];
afterEach(() => {
  for (const shared of open.splice(0)) shared.destroy();
});

/** A connection that keeps the updates it was sent (the frames' payloads, decoded). */
function recordingConnection() {
  const received: Uint8Array[] = [];
  const connection = {
    identity: { id: "u1", name: "Lotte", color: "#000" },
    sendFrame(frame: Buffer) {
      // Server frames below 126 bytes have a 2-byte header, below 64 KiB a 4-byte one.
      const payload = frame[1]! < 126 ? frame.subarray(2) : frame.subarray(4);
      const message = decodeClientMessage(new Uint8Array(payload));
      if (message.type === "update") received.push(message.update);
      return true;
    },
  } as unknown as Connection;
  return { connection, received };
}

function openDocument(state: Uint8Array) {
  const stored: Uint8Array[] = [];
  const shared = new SharedDocument("agenda", { snapshot: state, updates: [] }, { onClientUpdate: (_a, update) => stored.push(update), onLocalAwareness() {} });
  open.push(shared);
  return { shared, stored };
}

function textOf(...updates: Uint8Array[]) {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return fragmentText(doc);
}

describe("a document in memory", () => {
  it("after missed notices, passes on only what it lacked from the whole stored state", () => {
    const source = new Y.Doc();
    for (let i = 0; i < 200; i++) appendParagraph(source, `Bekende alinea ${i} met wat tekst erin.`);
    const known = Y.encodeStateAsUpdate(source);
    const { shared } = openDocument(known);
    const { connection, received } = recordingConnection();
    shared.connections.add(connection);

    appendParagraph(source, "NIEUW-MARKER");
    const whole = Y.encodeStateAsUpdate(source);
    shared.applyPeerState(whole);

    expect(received).toHaveLength(1);
    expect(received[0]!.byteLength).toBeLessThan(whole.byteLength / 10);
    expect(textOf(known, received[0]!)).toBe(fragmentText(source));
  });

  it("passes a state it already holds on to nobody", () => {
    const source = new Y.Doc();
    appendParagraph(source, "Al bekend");
    const { shared, stored } = openDocument(Y.encodeStateAsUpdate(source));
    const { connection, received } = recordingConnection();
    shared.connections.add(connection);
    shared.applyPeerState(Y.encodeStateAsUpdate(source));
    shared.applyClientUpdate(Y.encodeStateAsUpdate(source), { ...connection, identity: { id: "u2" } } as unknown as Connection);
    expect(received).toHaveLength(0);
    expect(stored).toHaveLength(0);
  });

  it("while a change waits for an earlier one, a repeat of what it knows goes nowhere; the missing change completes both", () => {
    const source = new Y.Doc();
    appendParagraph(source, "Eerste alinea");
    const known = Y.encodeStateAsUpdate(source);
    const { shared, stored } = openDocument(known);
    const { connection, received } = recordingConnection();
    shared.connections.add(connection);
    const sender = { ...connection, identity: { id: "u2" } } as unknown as Connection;

    const before = Y.encodeStateVector(source);
    appendParagraph(source, "Tweede");
    const second = Y.encodeStateAsUpdate(source, before);
    const middle = Y.encodeStateVector(source);
    appendParagraph(source, "Derde");
    const third = Y.encodeStateAsUpdate(source, middle);

    shared.applyClientUpdate(third, sender); // waits for "Tweede": relayed and stored all the same
    shared.applyClientUpdate(known, sender); // a repeat while "Derde" waits
    expect(received).toHaveLength(1);
    expect(stored).toHaveLength(1);

    shared.applyClientUpdate(second, sender);
    expect(received).toHaveLength(2);
    expect(stored).toHaveLength(2);
    expect(textOf(known, ...received)).toBe(fragmentText(source));
  });
});
