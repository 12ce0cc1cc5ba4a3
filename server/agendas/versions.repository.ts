import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

// All SQL of an agenda's frozen versions (agenda_version). Functions take db or a transaction.

type Db = Kysely<Database>;
export type VersionReason = "manual" | "submit";

/**
 * Holds the agenda row until the transaction ends, so two freezes of one agenda take numbers
 * one after the other. FOR NO KEY UPDATE, not FOR UPDATE: it still serialises freezes, but it
 * does not block the collab server's inserts into collab_update meanwhile (their foreign key
 * check takes FOR KEY SHARE on this row, which FOR UPDATE would make wait).
 */
export async function lockAgenda(db: Db, agendaId: string) {
  return db.selectFrom("agenda").where("id", "=", agendaId).select(["id", "region_id"]).forNoKeyUpdate().executeTakeFirst();
}

/**
 * Keeps compaction out until the transaction ends. Loading a document reads the snapshot and
 * then the log in two statements; a compaction committing between them would move rows from
 * the log into a snapshot this transaction has already read, and the version would miss them.
 * Compaction locks this row FOR UPDATE first, so with this share lock it waits for us (or we
 * for it, and then read its result). It lives here, not in server/collab, because only a
 * version needs the guarantee inside a longer transaction.
 */
export async function holdSnapshotAgainstCompaction(db: Db, agendaId: string) {
  await db.selectFrom("collab_snapshot").where("agenda_id", "=", agendaId).select("agenda_id").forShare().executeTakeFirst();
}

/** The number the next version of the agenda gets (1 for the first). Call with the agenda locked. */
export async function nextVersionNumber(db: Db, agendaId: string): Promise<number> {
  const row = await db
    .selectFrom("agenda_version")
    .where("agenda_id", "=", agendaId)
    .select(sql<number>`coalesce(max(number), 0)::int + 1`.as("next"))
    .executeTakeFirstOrThrow();
  return row.next;
}

export async function insertVersion(
  db: Db,
  version: { agendaId: string; number: number; name: string; reason: VersionReason; state: Uint8Array; text: string; createdBy: string | null },
) {
  return db
    .insertInto("agenda_version")
    .values({
      agenda_id: version.agendaId,
      number: version.number,
      name: version.name,
      reason: version.reason,
      state: version.state,
      text: version.text,
      created_by: version.createdBy,
    })
    .returning(["id", "number", "name", "reason", "created_at as createdAt"])
    .executeTakeFirstOrThrow();
}

const summaryColumns = ["v.id", "v.number", "v.name", "v.reason", "v.created_at as createdAt", "u.name as authorName"] as const;

/** The agenda's versions, newest first, without their (large) state and text. */
export async function listVersions(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda_version as v")
    .leftJoin("app_user as u", "u.id", "v.created_by")
    .where("v.agenda_id", "=", agendaId)
    .select(summaryColumns)
    .orderBy("v.number", "desc")
    .execute();
}

/** One version with its rendered text; with its Yjs state too when asked. */
export async function findVersion(db: Db, agendaId: string, number: number, options: { withState?: boolean } = {}) {
  return db
    .selectFrom("agenda_version as v")
    .leftJoin("app_user as u", "u.id", "v.created_by")
    .where("v.agenda_id", "=", agendaId)
    .where("v.number", "=", number)
    .select([...summaryColumns, "v.text"])
    .$if(options.withState === true, (qb) => qb.select("v.state"))
    .executeTakeFirst();
}
