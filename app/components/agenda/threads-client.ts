import { useCallback, useEffect, useRef, useState } from "react";
import { nl } from "../../../shared/i18n/nl";

// The editor's comment threads from the browser: the threads.* tRPC procedures called with
// fetch (the page itself is never reloaded, see AgendaPage), and the agenda's live events
// (threads.events, Server-Sent Events) to reload the list when someone else comments. While
// the events cannot be reached the list is polled instead.

/** A thread as threads.list sends it (dates as ISO strings). */
export interface ThreadData {
  id: string;
  versionNumber: number | null;
  anchorStart: string | null;
  anchorEnd: string | null;
  quote: string;
  attached: boolean;
  currentText: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  canResolve: boolean;
  comments: Array<{ id: string; authorId: string | null; authorName: string | null; body: string; createdAt: string }>;
}

export interface ThreadList {
  agendaId: string;
  canComment: boolean;
  threads: ThreadData[];
}

/** A refused or failed request, with the Dutch message to show. */
export class ThreadRequestError extends Error {
  override name = "ThreadRequestError";
}

async function readResult<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { result?: { data: T }; error?: { message?: string } } | null;
  if (response.ok && body?.result) return body.result.data;
  throw new ThreadRequestError(body?.error?.message ?? nl.threads.sendFailed);
}

async function query<T>(procedure: string, input: unknown): Promise<T> {
  const response = await fetch(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { Accept: "application/json" } });
  return readResult<T>(response);
}

/** A mutation; a lost connection becomes a ThreadRequestError with the Dutch message. */
export async function mutate<T>(procedure: "threads.create" | "threads.reply" | "threads.resolve" | "threads.reopen", input: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  } catch {
    throw new ThreadRequestError(nl.threads.sendFailed);
  }
  return readResult<T>(response);
}

const debounceMs = 100;
const pollMs = 10_000;

/**
 * The agenda's threads, kept current: loaded once, reloaded on every event of the agenda
 * (and after the person's own changes through `reload`), polled while events are unavailable.
 */
export function useAgendaThreads(agendaId: string) {
  const [list, setList] = useState<ThreadList | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const next = await query<ThreadList>("threads.list", { agendaId });
      // An older answer that arrives late does not overwrite a newer one.
      if (request !== latest.current) return;
      setList(next);
      setFailed(false);
    } catch {
      if (request === latest.current) setFailed(true);
    }
  }, [agendaId]);

  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let poller: ReturnType<typeof setInterval> | undefined;
    const schedule = () => {
      if (closed) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    };
    const startPolling = () => {
      poller ??= setInterval(() => {
        if (document.visibilityState === "visible") schedule();
      }, pollMs);
    };
    void reload();
    let source: EventSource | undefined;
    if (typeof EventSource === "undefined") startPolling();
    else {
      source = new EventSource(`/api/trpc/threads.events?input=${encodeURIComponent(JSON.stringify({ agendaId }))}`);
      // The first message ("subscription.ready") also catches up after a dropped connection.
      source.onmessage = () => {
        if (poller) clearInterval(poller);
        poller = undefined;
        schedule();
      };
      source.onerror = () => {
        startPolling();
        if (source?.readyState === EventSource.CLOSED) source.close();
      };
    }
    return () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      source?.close();
    };
  }, [agendaId, reload]);

  return { list, failed, reload };
}
