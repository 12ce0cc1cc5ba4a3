import { useFetchers, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";

// Keeps an open board (or werkagenda, or an agenda's review page) up to date: the server
// announces changes on /api/trpc/boards.events (an agenda's on threads.events), as Server-Sent
// Events; each announcement reloads the page's data through Remix, so everything goes through
// the loaders and their permission checks again.
// While the events endpoint cannot be reached the page polls every 5 seconds instead.

const debounceMs = 100;
const pollMs = 5_000;
const busyRetryMs = 300;

export interface LiveBoardOptions {
  /** True while the person is in the middle of something a reload would disturb (dragging, typing). */
  isBusy?: () => boolean;
  /**
   * Reloads only what the page needs, instead of all its data through Remix. For pages that
   * must survive a lost connection (the agenda editor): a failed Remix reload shows the error
   * page, a failed `reload` can simply try again at the next event.
   */
  reload?: () => void;
}

/** Where the events of a topic stream from (an agenda's review steps and comments share one topic). */
function eventsUrl(topic: LiveTopic, id: string): string {
  if (topic === "agenda") return `/api/trpc/threads.events?input=${encodeURIComponent(JSON.stringify({ agendaId: id }))}`;
  return `/api/trpc/boards.events?input=${encodeURIComponent(JSON.stringify({ topic, id }))}`;
}

export type LiveTopic = "board" | "workplan" | "agenda";

export function useLiveBoard(topic: LiveTopic, id: string, options: LiveBoardOptions = {}) {
  const revalidator = useRevalidator();
  const fetchers = useFetchers();
  const navigation = useNavigation();
  // The latest values, read from timers without restarting the connection. A form being sent
  // (fetcher or navigation) reloads the data itself when it is done, so wait for it.
  const latest = useRef({ revalidator, options, fetchersBusy: false });
  latest.current = {
    revalidator,
    options,
    fetchersBusy: navigation.state !== "idle" || fetchers.some((fetcher) => fetcher.state !== "idle"),
  };

  useEffect(() => {
    if (typeof window === "undefined" || !id) return;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let poller: ReturnType<typeof setInterval> | undefined;
    let source: EventSource | undefined;

    const busy = () => {
      const { revalidator: r, options: o, fetchersBusy } = latest.current;
      return fetchersBusy || r.state !== "idle" || Boolean(o.isBusy?.());
    };
    /** Reloads soon; while the person is busy it waits and tries again, so nothing is lost. */
    const schedule = (delay = debounceMs) => {
      if (closed) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (closed) return;
        if (busy()) schedule(busyRetryMs);
        else if (latest.current.options.reload) latest.current.options.reload();
        else latest.current.revalidator.revalidate();
      }, delay);
    };
    const startPolling = () => {
      if (poller || closed) return;
      poller = setInterval(() => {
        if (document.visibilityState === "visible" && !timer) schedule(0);
      }, pollMs);
    };
    const stopPolling = () => {
      if (poller) clearInterval(poller);
      poller = undefined;
    };

    if (typeof EventSource === "undefined") {
      startPolling();
    } else {
      source = new EventSource(eventsUrl(topic, id));
      let opened = false;
      source.onopen = () => {
        // After a dropped connection, catch up on what was missed while it was down.
        if (opened || poller) schedule();
        opened = true;
        stopPolling();
      };
      source.onmessage = () => schedule();
      source.onerror = () => {
        // The browser retries a dropped stream by itself (CONNECTING); a refused one is CLOSED.
        startPolling();
        if (source?.readyState === EventSource.CLOSED) source.close();
      };
    }

    return () => {
      closed = true;
      if (timer) clearTimeout(timer);
      stopPolling();
      source?.close();
    };
  }, [topic, id]);
}
