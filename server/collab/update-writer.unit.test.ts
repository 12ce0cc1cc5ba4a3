import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { PendingUpdate } from "./collab.repository";
import { createUpdateWriter, mergeBatch } from "./update-writer";

// The write path's promises: one statement per batch (never one per keystroke), committed
// within the flush window, nothing dropped when the database fails for a while.

function keystrokes(agendaId: string, authorId: string, count: number): PendingUpdate[] {
  const doc = new Y.Doc();
  const updates: PendingUpdate[] = [];
  doc.on("update", (update: Uint8Array) => updates.push({ agendaId, authorId, update, receivedAt: Date.now() }));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, String(i % 10));
  return updates;
}

describe("the update writer", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("writes a burst of keystrokes as one batch, one row per document and author, within the flush delay", async () => {
    const batches: PendingUpdate[][] = [];
    const writer = createUpdateWriter({ write: async (batch) => (batches.push(batch), []), flushDelayMs: 40 });
    for (const u of [...keystrokes("a", "lotte", 30), ...keystrokes("a", "lars", 20), ...keystrokes("b", "lotte", 5)]) writer.enqueue(u);
    await vi.advanceTimersByTimeAsync(39);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((u) => `${u.agendaId}/${u.authorId}`).sort()).toEqual(["a/lars", "a/lotte", "b/lotte"]);
    expect(writer.pendingCount()).toBe(0);
  });

  it("keeps a failed batch and writes it when the database is back", async () => {
    let failures = 2;
    const written: PendingUpdate[][] = [];
    const writer = createUpdateWriter({
      write: async (batch) => {
        if (failures-- > 0) throw new Error("connection lost");
        written.push(batch);
        return [];
      },
      flushDelayMs: 10,
    });
    const [first] = keystrokes("a", "lotte", 1);
    writer.enqueue(first!);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toHaveLength(1);
    expect(written[0]![0]!.update).toEqual(first!.update);
  });

  it("flush() writes at once (clean shutdown)", async () => {
    const written: PendingUpdate[][] = [];
    const writer = createUpdateWriter({ write: async (batch) => (written.push(batch), []), flushDelayMs: 1000 });
    for (const u of keystrokes("a", "lotte", 3)) writer.enqueue(u);
    await writer.close();
    expect(written).toHaveLength(1);
    expect(() => writer.enqueue(keystrokes("a", "lotte", 1)[0]!)).toThrow();
  });
});

describe("merging a batch", () => {
  it("loses nothing: the merged row applies to the same text", () => {
    const updates = keystrokes("a", "lotte", 50);
    const [merged] = mergeBatch(updates);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged!.update);
    expect(doc.getText("t").toString()).toBe(Array.from({ length: 50 }, (_, i) => String(i % 10)).join(""));
  });
});
