import * as Y from "yjs";
import type { AppendedRange, PendingUpdate } from "./collab.repository";

/**
 * Durability of co-edited text: updates are queued as they arrive and written in one
 * multi-row statement per flush. A flush starts at most `flushDelayMs` after the first queued
 * update, so an edit is committed within ~100 ms (flush delay + one round trip), and never
 * one transaction per keystroke. Within a batch, one author's updates to one document are
 * merged into one row (Yjs merges losslessly), so a burst of typing is one row.
 *
 * A failed write keeps the batch at the head of the queue and retries: nothing is dropped
 * while the process lives. On a crash the connected clients still hold every edit and send
 * what the server lacks when they reconnect (Yjs sync), so the unflushed window is recovered
 * from them.
 */
export interface UpdateWriterOptions {
  /** Writes one batch in one round trip; returns the id ranges written per document. */
  write(batch: PendingUpdate[]): Promise<AppendedRange[]>;
  /** Called after each committed batch (fan-out to peers, compaction bookkeeping). */
  onWritten?(ranges: AppendedRange[], batch: PendingUpdate[]): void;
  onError?(error: unknown, attempt: number): void;
  flushDelayMs?: number;
  now?: () => number;
}

export interface UpdateWriter {
  enqueue(update: PendingUpdate): void;
  /** Writes everything queued so far (and waits for a flush in flight). */
  flush(): Promise<void>;
  /** Number of updates not yet committed. */
  pendingCount(): number;
  /** Commit lag (receipt -> commit, ms) of recent updates, for the benchmark. */
  takeLagSamples(): number[];
  /** Flushes, then refuses new updates. */
  close(): Promise<void>;
}

export function createUpdateWriter(options: UpdateWriterOptions): UpdateWriter {
  const flushDelayMs = options.flushDelayMs ?? 40;
  const now = options.now ?? Date.now;
  let queue: PendingUpdate[] = [];
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;
  let closed = false;
  let lagSamples: number[] = [];

  const schedule = () => {
    if (timer || inFlight) return;
    timer = setTimeout(() => {
      timer = null;
      void runFlush();
    }, flushDelayMs);
  };

  const runFlush = async (): Promise<void> => {
    if (inFlight) return inFlight;
    if (queue.length === 0) return;
    const batch = mergeBatch(queue);
    const taken = queue;
    queue = [];
    inFlight = (async () => {
      let attempt = 0;
      for (;;) {
        try {
          const ranges = await options.write(batch);
          const committedAt = now();
          for (const u of taken) lagSamples.push(committedAt - u.receivedAt);
          if (lagSamples.length > 100_000) lagSamples = lagSamples.slice(-50_000);
          options.onWritten?.(ranges, batch);
          return;
        } catch (error) {
          attempt++;
          options.onError?.(error, attempt);
          // Back off up to 2 s; the batch stays ours, so a recovered database gets it all.
          await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** attempt)));
        }
      }
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
      if (queue.length > 0) schedule();
    }
  };

  return {
    enqueue(update) {
      if (closed) throw new Error("The update writer is closed");
      queue.push(update);
      schedule();
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (inFlight) await inFlight;
      while (queue.length > 0) await runFlush();
    },
    pendingCount: () => queue.length,
    takeLagSamples() {
      const samples = lagSamples;
      lagSamples = [];
      return samples;
    },
    async close() {
      await this.flush();
      closed = true;
    },
  };
}

/** One row per (document, author) in a batch: Yjs updates merge without loss. */
export function mergeBatch(queue: readonly PendingUpdate[]): PendingUpdate[] {
  const groups = new Map<string, PendingUpdate[]>();
  for (const update of queue) {
    const key = `${update.agendaId}\u0000${update.authorId ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(update);
    else groups.set(key, [update]);
  }
  return [...groups.values()].map((group) =>
    group.length === 1
      ? group[0]!
      : { ...group[0]!, update: Y.mergeUpdates(group.map((u) => u.update)), receivedAt: Math.min(...group.map((u) => u.receivedAt)) },
  );
}
