// The browser's offline copies of agenda texts (y-indexeddb): one IndexedDB database per person
// and agenda, so edits survive a reload or a lost connection. At logout every copy is deleted,
// so the next person on this computer finds nothing.

export const offlineStorePrefix = "rw-agenda:";

/** Open editors close their offline store when they hear this (a store that is open blocks deletion). */
export const closeOfflineStoresEvent = "rw:close-offline-agendas";

export function offlineStoreName(userId: string, agendaId: string): string {
  return `${offlineStorePrefix}${userId}:${agendaId}`;
}

/** Deletes every offline agenda copy in this browser; gives up on one after `timeoutMs`. */
export async function clearOfflineAgendas(timeoutMs = 2_000): Promise<void> {
  if (typeof window === "undefined") return;
  window.dispatchEvent(new Event(closeOfflineStoresEvent));
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  let names: string[];
  try {
    names = (await indexedDB.databases()).map((db) => db.name ?? "").filter((name) => name.startsWith(offlineStorePrefix));
  } catch {
    return;
  }
  await Promise.all(names.map((name) => deleteDatabase(name, timeoutMs)));
}

function deleteDatabase(name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = done;
    request.onerror = done;
    // "blocked": a tab still has it open. The deletion goes ahead once that tab closes it.
  });
}
