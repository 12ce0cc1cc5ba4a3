import { sql, type Kysely } from "kysely";
import * as Y from "yjs";
import type { Database } from "../../db/schema";

// SQL for the co-edited text: the update log, the snapshot, contributions. The only module
// that reads or writes collab_* tables.

type Db = Kysely<Database>;

export interface PendingUpdate {
  agendaId: string;
  update: Uint8Array;
  authorId: string | null;
  /** When the server received it (ms since epoch), for the persistence-lag measurement. */
  receivedAt: number;
}

export interface AppendedRange {
  agendaId: string;
  fromId: string;
  toId: string;
}

/**
 * Appends a batch of updates (of any number of documents) in ONE statement and one round
 * trip: a multi-row insert. Returns, per document, the id range it wrote, which peers use to
 * read exactly these rows (ids of concurrent writers may interleave, so "everything after my
 * last id" would miss rows that commit late).
 */
export async function appendUpdates(db: Db, batch: readonly PendingUpdate[]): Promise<AppendedRange[]> {
  if (batch.length === 0) return [];
  const rows = await db
    .insertInto("collab_update")
    .values(batch.map((u) => ({ agenda_id: u.agendaId, update: u.update, author_id: u.authorId })))
    .returning(["id", "agenda_id"])
    .execute();
  const ranges = new Map<string, AppendedRange>();
  for (const row of rows) {
    const id = String(row.id);
    const range = ranges.get(row.agenda_id);
    if (!range) ranges.set(row.agenda_id, { agendaId: row.agenda_id, fromId: id, toId: id });
    else {
      if (BigInt(id) < BigInt(range.fromId)) range.fromId = id;
      if (BigInt(id) > BigInt(range.toId)) range.toId = id;
    }
  }
  return [...ranges.values()];
}

/** The rows one peer wrote for a document, by the id range it announced. */
export async function readUpdateRange(db: Db, range: AppendedRange): Promise<Uint8Array[]> {
  const rows = await db
    .selectFrom("collab_update")
    .where("agenda_id", "=", range.agendaId)
    .where("id", ">=", range.fromId)
    .where("id", "<=", range.toId)
    .orderBy("id")
    .select("update")
    .execute();
  return rows.map((r) => toBytes(r.update));
}

/** What is stored of a document: its snapshot (null when it has none) and the logged updates, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

/**
 * The snapshot and every logged update of a document, read in ONE statement (one MVCC
 * snapshot): a compaction that commits between two reads would otherwise move rows from the
 * log into a snapshot we have already read.
 */
export async function readStoredDocument(db: Db, agendaId: string): Promise<StoredDocument> {
  const result = await sql<{ kind: number; data: string }>`
    select 0 as kind, ${hexOf(sql`state`)} as data, 0::bigint as id from collab_snapshot where agenda_id = ${agendaId}
    union all
    select 1 as kind, ${hexOf(sql`update`)} as data, id from collab_update where agenda_id = ${agendaId}
    order by kind, id`.execute(db);
  const snapshot = result.rows.find((row) => Number(row.kind) === 0);
  return {
    snapshot: snapshot ? fromHex(snapshot.data) : null,
    updates: result.rows.filter((row) => Number(row.kind) === 1).map((row) => fromHex(row.data)),
  };
}

/** A Y.Doc holding everything stored: the snapshot plus every logged update. */
export function buildDocument(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  // Applying to a Y.Doc (not Y.mergeUpdates) stays fast with thousands of small updates.
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** The document's full state in a Y.Doc, with the number of logged updates (for compaction). */
export async function loadDocument(db: Db, agendaId: string): Promise<{ doc: Y.Doc; loggedUpdates: number }> {
  const stored = await readStoredDocument(db, agendaId);
  return { doc: buildDocument(stored), loggedUpdates: stored.updates.length };
}

/** The document's full state as one update (for versions and for tests). */
export async function loadDocumentState(db: Db, agendaId: string): Promise<Uint8Array> {
  const { doc } = await loadDocument(db, agendaId);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** Stores the first state of a new agenda (its template) as its snapshot. */
export async function insertInitialSnapshot(db: Db, agendaId: string, state: Uint8Array) {
  await db.insertInto("collab_snapshot").values({ agenda_id: agendaId, state, merged_updates: "0" }).onConflict((oc) => oc.column("agenda_id").doNothing()).execute();
}

/** How many updates are logged for a document (compaction threshold). */
export async function countLoggedUpdates(db: Db, agendaId: string): Promise<number> {
  const row = await db
    .selectFrom("collab_update")
    .where("agenda_id", "=", agendaId)
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Compaction: in one transaction, lock the document's snapshot, apply the log to a Y.Doc,
 * store the result as the new snapshot and delete exactly the rows that went into it (rows
 * committed meanwhile stay in the log). Authors are counted into agenda_contribution first,
 * so history survives. Returns the number of rows merged.
 */
export async function compactDocument(db: Db, agendaId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Serialises compactions of one document (across instances); a missing snapshot row is
    // created empty so there is always a row to lock.
    await trx.insertInto("collab_snapshot").values({ agenda_id: agendaId, state: Y.encodeStateAsUpdate(new Y.Doc()) }).onConflict((oc) => oc.column("agenda_id").doNothing()).execute();
    const snapshot = await trx
      .selectFrom("collab_snapshot")
      .where("agenda_id", "=", agendaId)
      .select([hexOf(sql`state`).as("state"), "merged_updates"])
      .forUpdate()
      .executeTakeFirstOrThrow();
    const rows = await trx
      .selectFrom("collab_update")
      .where("agenda_id", "=", agendaId)
      .orderBy("id")
      .select(["id", hexOf(sql`update`).as("update"), "author_id", "created_at"])
      .execute();
    if (rows.length === 0) return 0;
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => {
      Y.applyUpdate(doc, fromHex(snapshot.state as string));
      for (const row of rows) Y.applyUpdate(doc, fromHex(row.update as string));
    });
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await recordContributions(trx, agendaId, rows);
    await trx
      .updateTable("collab_snapshot")
      .set({ state, merged_updates: sql`merged_updates + ${rows.length}`, compacted_at: new Date() })
      .where("agenda_id", "=", agendaId)
      .execute();
    const maxId = rows[rows.length - 1]!.id;
    const ids = rows.map((r) => String(r.id));
    await trx.deleteFrom("collab_update").where("agenda_id", "=", agendaId).where("id", "<=", maxId).where("id", "in", ids).execute();
    return rows.length;
  });
}

async function recordContributions(db: Db, agendaId: string, rows: ReadonlyArray<{ author_id: string | null; created_at: Date }>) {
  const byAuthor = new Map<string, { updates: number; first: Date; last: Date }>();
  for (const row of rows) {
    if (!row.author_id) continue;
    const seen = byAuthor.get(row.author_id);
    if (!seen) byAuthor.set(row.author_id, { updates: 1, first: row.created_at, last: row.created_at });
    else {
      seen.updates++;
      if (row.created_at < seen.first) seen.first = row.created_at;
      if (row.created_at > seen.last) seen.last = row.created_at;
    }
  }
  if (byAuthor.size === 0) return;
  await db
    .insertInto("agenda_contribution")
    .values([...byAuthor].map(([userId, c]) => ({ agenda_id: agendaId, user_id: userId, updates: String(c.updates), first_at: c.first, last_at: c.last })))
    .onConflict((oc) =>
      oc.columns(["agenda_id", "user_id"]).doUpdateSet({
        updates: sql`agenda_contribution.updates + excluded.updates`,
        first_at: sql`least(agenda_contribution.first_at, excluded.first_at)`,
        last_at: sql`greatest(agenda_contribution.last_at, excluded.last_at)`,
      }),
    )
    .execute();
}

/**
 * Who wrote in a document and how much: compacted counts plus the rows still in the log.
 */
export async function listContributions(db: Db, agendaId: string) {
  const result = await sql<{ userId: string; name: string; updates: number; lastAt: Date }>`
    select u.id as "userId", u.name, sum(c.updates)::int as updates, max(c.last_at) as "lastAt"
    from (
      select user_id, updates, last_at from agenda_contribution where agenda_id = ${agendaId}
      union all
      select author_id, count(*), max(created_at) from collab_update
      where agenda_id = ${agendaId} and author_id is not null group by author_id
    ) c
    join app_user u on u.id = c.user_id
    group by u.id, u.name
    order by max(c.last_at) desc`.execute(db);
  return result.rows;
}

/** Both drivers return bytea as Buffer/Uint8Array; Yjs wants a plain Uint8Array view. */
/**
 * A bytea column read as hex text. PGlite turns a bytea into bytes in JavaScript, ~55 ms for a
 * 900 KB snapshot; as text plus Buffer's native hex decoding it is ~5 ms, and the same on a
 * PostgreSQL server. Used where whole documents are read.
 */
function hexOf(column: ReturnType<typeof sql>) {
  return sql`encode(${column}, 'hex')`;
}

function fromHex(hex: string): Uint8Array {
  const bytes = Buffer.from(hex, "hex");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function toBytes(value: Uint8Array): Uint8Array {
  return value instanceof Uint8Array && value.constructor === Uint8Array ? value : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/**
 * Appends a batch AND tells the other instances about it, in one statement (one round trip):
 * the NOTIFY is sent by PostgreSQL when the insert commits, so a peer that hears it can
 * always read the rows. The payload names the document and the id range, never the data.
 */
export async function appendUpdatesAndNotify(db: Db, batch: readonly PendingUpdate[], notice: { channel: string; instanceId: string }) {
  if (batch.length === 0) return [];
  const rows = await db
    .with("ins", (qb) =>
      qb
        .insertInto("collab_update")
        .values(batch.map((u) => ({ agenda_id: u.agendaId, update: u.update, author_id: u.authorId })))
        .returning(["id", "agenda_id"]),
    )
    .selectFrom("ins")
    .select([
      "ins.agenda_id as agendaId",
      sql<string>`min(ins.id)::text`.as("fromId"),
      sql<string>`max(ins.id)::text`.as("toId"),
      sql<string>`pg_notify(${notice.channel}, json_build_object('k', 'u', 'i', ${notice.instanceId}::text, 'd', ins.agenda_id, 'a', min(ins.id)::text, 'b', max(ins.id)::text)::text)`.as(
        "notified",
      ),
    ])
    .groupBy("ins.agenda_id")
    .execute();
  return rows.map((r) => ({ agendaId: r.agendaId, fromId: r.fromId, toId: r.toId }));
}
