import { sql, type Insertable, type Kysely, type Selectable } from "kysely";
import type { Database, WorkplanItemTable, WorkplanStatusName } from "../../db/schema";

// All SQL for a fundament's werkagenda items. Functions take db or a transaction.

type Db = Kysely<Database>;
export type WorkplanItemRow = Selectable<WorkplanItemTable>;

/** The fundament with this slug in the plan (so never one of another region). */
export async function findFoundationBySlug(db: Db, planId: string, slug: string) {
  return db.selectFrom("foundation").where("plan_id", "=", planId).where("slug", "=", slug).select(["id", "slug", "name"]).executeTakeFirst();
}

/** The fundament with this id, if it belongs to the plan. */
export async function findFoundationInPlan(db: Db, planId: string, foundationId: string) {
  return db.selectFrom("foundation").where("plan_id", "=", planId).where("id", "=", foundationId).select(["id", "slug", "name"]).executeTakeFirst();
}

/** Serialises changes that depend on the whole werkagenda (lane order) per fundament. */
export async function lockFoundation(db: Db, foundationId: string) {
  await db.selectFrom("foundation").where("id", "=", foundationId).select("id").forUpdate().executeTakeFirst();
}

export async function listWorkplanItems(db: Db, foundationId: string) {
  return db
    .selectFrom("workplan_item")
    .where("foundation_id", "=", foundationId)
    .where("archived_at", "is", null)
    .selectAll()
    .orderBy("status")
    .orderBy("rank")
    .execute();
}

export async function findItem(db: Db, regionId: string, itemId: string) {
  return db.selectFrom("workplan_item").where("id", "=", itemId).where("region_id", "=", regionId).selectAll().executeTakeFirst();
}

/** Reads the item and holds it until the transaction ends, so edits apply one after another. */
export async function lockItem(db: Db, regionId: string, itemId: string) {
  return db.selectFrom("workplan_item").where("id", "=", itemId).where("region_id", "=", regionId).selectAll().forUpdate().executeTakeFirst();
}

/** The ranks of a lane in order, to place an item between two neighbours. */
export async function listLaneRanks(db: Db, foundationId: string, status: WorkplanStatusName) {
  return db
    .selectFrom("workplan_item")
    .where("foundation_id", "=", foundationId)
    .where("status", "=", status)
    .where("archived_at", "is", null)
    .select(["id", "rank"])
    .orderBy("rank")
    .execute();
}

export async function insertItem(db: Db, values: Insertable<WorkplanItemTable>) {
  return db.insertInto("workplan_item").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateItemRow(db: Db, itemId: string, version: number, values: Partial<Omit<WorkplanItemRow, "id" | "version">>) {
  return db
    .updateTable("workplan_item")
    .set({ ...values, version: sql`version + 1` })
    .where("id", "=", itemId)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}
