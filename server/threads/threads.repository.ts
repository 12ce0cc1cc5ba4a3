import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { toBytes } from "../collab/collab.repository";

// All SQL of comment threads on agenda passages (agenda_thread, agenda_thread_comment).
// Functions take db or a transaction.

type Db = Kysely<Database>;

export interface ThreadRow {
  id: string;
  agendaId: string;
  versionNumber: number | null;
  anchorStart: Uint8Array | null;
  anchorEnd: Uint8Array | null;
  quote: string;
  authorId: string | null;
  authorName: string | null;
  resolvedAt: Date | null;
  resolvedById: string | null;
  resolvedByName: string | null;
  createdAt: Date;
}

export interface CommentRow {
  id: string;
  threadId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

function threadQuery(db: Db) {
  return db
    .selectFrom("agenda_thread as t")
    .leftJoin("agenda_version as v", "v.id", "t.version_id")
    .leftJoin("app_user as a", "a.id", "t.author_id")
    .leftJoin("app_user as r", "r.id", "t.resolved_by")
    .select([
      "t.id",
      "t.agenda_id as agendaId",
      "v.number as versionNumber",
      "t.anchor_start as anchorStart",
      "t.anchor_end as anchorEnd",
      "t.quote",
      "t.author_id as authorId",
      "a.name as authorName",
      "t.resolved_at as resolvedAt",
      "t.resolved_by as resolvedById",
      "r.name as resolvedByName",
      "t.created_at as createdAt",
    ]);
}

function toThreadRow(row: Awaited<ReturnType<ReturnType<typeof threadQuery>["executeTakeFirstOrThrow"]>>): ThreadRow {
  return {
    ...row,
    anchorStart: row.anchorStart ? toBytes(row.anchorStart) : null,
    anchorEnd: row.anchorEnd ? toBytes(row.anchorEnd) : null,
  };
}

/** The agenda's threads, oldest first. */
export async function listThreads(db: Db, agendaId: string): Promise<ThreadRow[]> {
  const rows = await threadQuery(db).where("t.agenda_id", "=", agendaId).orderBy("t.created_at").orderBy("t.id").execute();
  return rows.map(toThreadRow);
}

/** One thread, or undefined for an unknown id. */
export async function findThread(db: Db, threadId: string): Promise<ThreadRow | undefined> {
  const row = await threadQuery(db).where("t.id", "=", threadId).executeTakeFirst();
  return row && toThreadRow(row);
}

/** The comments of the given threads, oldest first within each thread. */
export async function listComments(db: Db, threadIds: readonly string[]): Promise<CommentRow[]> {
  if (threadIds.length === 0) return [];
  return db
    .selectFrom("agenda_thread_comment as c")
    .leftJoin("app_user as u", "u.id", "c.author_id")
    .where("c.thread_id", "in", threadIds)
    .select(["c.id", "c.thread_id as threadId", "c.author_id as authorId", "u.name as authorName", "c.body", "c.created_at as createdAt"])
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
}

/** The id of version `number` of the agenda, or undefined. */
export async function findVersionId(db: Db, agendaId: string, number: number): Promise<string | undefined> {
  const row = await db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).where("number", "=", number).select("id").executeTakeFirst();
  return row?.id;
}

/** The Yjs state of one version of the agenda, or undefined. */
export async function findVersionState(db: Db, versionId: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom("agenda_version").where("id", "=", versionId).select("state").executeTakeFirst();
  return row ? toBytes(row.state) : undefined;
}

export async function insertThread(
  db: Db,
  thread: { agendaId: string; versionId: string | null; anchorStart: Uint8Array; anchorEnd: Uint8Array; quote: string; authorId: string },
): Promise<string> {
  const row = await db
    .insertInto("agenda_thread")
    .values({
      agenda_id: thread.agendaId,
      version_id: thread.versionId,
      anchor_start: thread.anchorStart,
      anchor_end: thread.anchorEnd,
      quote: thread.quote,
      author_id: thread.authorId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertComment(db: Db, comment: { threadId: string; authorId: string; body: string }): Promise<string> {
  const row = await db
    .insertInto("agenda_thread_comment")
    .values({ thread_id: comment.threadId, author_id: comment.authorId, body: comment.body })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks an open thread resolved; false when it was resolved already (by someone else, just now). */
export async function markResolved(db: Db, threadId: string, by: string, at: Date): Promise<boolean> {
  const rows = await db
    .updateTable("agenda_thread")
    .set({ resolved_at: at, resolved_by: by })
    .where("id", "=", threadId)
    .where("resolved_at", "is", null)
    .returning("id")
    .execute();
  return rows.length > 0;
}

/** Opens a resolved thread again; false when it was open already. */
export async function markOpen(db: Db, threadId: string): Promise<boolean> {
  const rows = await db
    .updateTable("agenda_thread")
    .set({ resolved_at: null, resolved_by: null })
    .where("id", "=", threadId)
    .where("resolved_at", "is not", null)
    .returning("id")
    .execute();
  return rows.length > 0;
}

export interface AwaitingThreadRow {
  id: string;
  quote: string;
  ownerKind: "werkgroep" | "fundament";
  ownerSlug: string;
  ownerName: string;
  lastAuthorName: string | null;
  lastBody: string;
  lastAt: Date;
}

/**
 * Open threads in the region whose last word is someone else's and that wait for this person:
 * on an agenda of their own werkgroep or fundament when the last comment came from outside it
 * (an expert's question, say), or any thread they started or answered in. Newest last word first.
 */
export async function listThreadsAwaiting(db: Db, regionId: string, userId: string, own: { groupIds: readonly string[]; foundationIds: readonly string[] }, limit = 20): Promise<AwaitingThreadRow[]> {
  const sides = [
    ...(own.groupIds.length > 0 ? [sql`a.working_group_id in (${sql.join([...own.groupIds])})`] : []),
    ...(own.foundationIds.length > 0 ? [sql`a.foundation_id in (${sql.join([...own.foundationIds])})`] : []),
  ];
  const ownAgenda = sides.length > 0 ? sql`(${sql.join(sides, sql` or `)})` : sql`false`;
  return db
    .selectFrom("agenda_thread as t")
    .innerJoin("agenda as a", "a.id", "t.agenda_id")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("agenda_thread_comment as c")
          .leftJoin("app_user as u", "u.id", "c.author_id")
          .whereRef("c.thread_id", "=", "t.id")
          .select(["c.author_id as authorId", "u.name as authorName", "c.body", "c.created_at as createdAt"])
          .orderBy("c.created_at", "desc")
          .orderBy("c.id", "desc")
          .limit(1)
          .as("last"),
      (join) => join.onTrue(),
    )
    .where("a.region_id", "=", regionId)
    .where("t.resolved_at", "is", null)
    .where(sql<boolean>`last."authorId" is distinct from ${userId}`)
    // The last word came from outside the agenda's own side; or the person is in the thread.
    .where(
      sql<boolean>`(
        (${ownAgenda} and not exists (
          select 1 from role_assignment r
          where r.user_id = last."authorId" and (r.working_group_id = a.working_group_id or r.foundation_id = a.foundation_id)))
        or t.author_id = ${userId}
        or exists (select 1 from agenda_thread_comment mine where mine.thread_id = t.id and mine.author_id = ${userId})
      )`,
    )
    .select([
      "t.id",
      "t.quote",
      sql<"werkgroep" | "fundament">`case when a.working_group_id is not null then 'werkgroep' else 'fundament' end`.as("ownerKind"),
      sql<string>`coalesce(g.slug, f.slug)`.as("ownerSlug"),
      sql<string>`coalesce(g.name, f.name)`.as("ownerName"),
      "last.authorName as lastAuthorName",
      "last.body as lastBody",
      "last.createdAt as lastAt",
    ])
    .orderBy("last.createdAt", "desc")
    .orderBy("t.id")
    .limit(limit)
    .execute();
}

/** Everyone who wrote in the thread (its author and every commenter), each once. */
export async function listParticipants(db: Db, threadId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("agenda_thread_comment")
    .where("thread_id", "=", threadId)
    .where("author_id", "is not", null)
    .select("author_id")
    .union(db.selectFrom("agenda_thread").where("id", "=", threadId).where("author_id", "is not", null).select("author_id"))
    .execute();
  return rows.map((row) => row.author_id!);
}
