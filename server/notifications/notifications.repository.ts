import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

// The SQL of the in-app notifications: always one person's own rows in one region.

type Db = Kysely<Database>;

/** The person's newest notifications first. */
export async function listOwn(db: Db, regionId: string, userId: string, limit: number) {
  return db
    .selectFrom("notification")
    .where("region_id", "=", regionId)
    .where("user_id", "=", userId)
    .select(["id", "kind", "subject_id as subjectId", "data", "link", "created_at as createdAt", "read_at as readAt"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export async function countUnread(db: Db, regionId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .where("region_id", "=", regionId)
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of these ids are the person's own (read or not). */
export async function countOwnOf(db: Db, regionId: string, userId: string, ids: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .where("region_id", "=", regionId)
    .where("user_id", "=", userId)
    .where("id", "in", ids)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the person's own unread ones among these ids as read; returns how many changed. */
export async function markOwnRead(db: Db, regionId: string, userId: string, ids: readonly string[], at: Date): Promise<number> {
  const result = await db
    .updateTable("notification")
    .set({ read_at: at })
    .where("region_id", "=", regionId)
    .where("user_id", "=", userId)
    .where("id", "in", ids)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks all the person's unread notifications as read; returns how many changed. */
export async function markAllOwnRead(db: Db, regionId: string, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable("notification")
    .set({ read_at: at })
    .where("region_id", "=", regionId)
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// The daily digest.

/** Claims (region, day) for the digest; false when another run already claimed it. */
export async function claimDigestDay(db: Db, regionId: string, day: string): Promise<boolean> {
  const rows = await db
    .insertInto("digest_run")
    .values({ region_id: regionId, day })
    .onConflict((oc) => oc.columns(["region_id", "day"]).doNothing())
    .returning("region_id")
    .execute();
  return rows.length === 1;
}

export async function recordDigestSent(db: Db, regionId: string, day: string, sent: number): Promise<void> {
  await db.updateTable("digest_run").set({ sent }).where("region_id", "=", regionId).where("day", "=", day).execute();
}

/** Unread, not yet e-mailed notifications of the region's active people, per person oldest first. */
export async function listDigestPending(db: Db, regionId: string) {
  return db
    .selectFrom("notification as n")
    .innerJoin("app_user as u", "u.id", "n.user_id")
    .where("n.region_id", "=", regionId)
    .where("n.read_at", "is", null)
    .where("n.emailed_at", "is", null)
    .where("u.active", "=", true)
    .where("u.deactivated_at", "is", null)
    .select(["n.id", "n.user_id as userId", "u.email", "u.name", "n.kind", "n.data", "n.link", "n.created_at as createdAt"])
    .orderBy("u.email")
    .orderBy("n.created_at")
    .orderBy("n.id")
    .execute();
}

/** One statement for every notification the digest told about. */
export async function markEmailed(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable("notification").set({ emailed_at: at }).where("id", "in", ids).execute();
}

/** Only one digest run at a time across instances, until the transaction ends. */
export async function lockDigest(db: Db, key: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${key})`.execute(db);
}
