import { sql, type Insertable, type Kysely, type Selectable } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database, SolutionDirectionTable } from "../../db/schema";

// All SQL for a werkgroep's cards (oplossingsrichtingen). Functions take db or a transaction.

type Db = Kysely<Database>;
export type CardRow = Selectable<SolutionDirectionTable>;

export async function listBoardCards(db: Db, groupId: string) {
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "=", groupId)
    .where("archived_at", "is", null)
    .selectAll()
    .orderBy("status")
    .orderBy("rank")
    .execute();
}

export async function listArchivedCards(db: Db, groupId: string) {
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "=", groupId)
    .where("archived_at", "is not", null)
    .selectAll()
    .orderBy("archived_at", "desc")
    .execute();
}

export async function findCard(db: Db, regionId: string, cardId: string) {
  return db.selectFrom("solution_direction").where("id", "=", cardId).where("region_id", "=", regionId).selectAll().executeTakeFirst();
}

/** Reads the card and holds it until the transaction ends, so edits apply one after another. */
export async function lockCard(db: Db, regionId: string, cardId: string) {
  return db
    .selectFrom("solution_direction")
    .where("id", "=", cardId)
    .where("region_id", "=", regionId)
    .selectAll()
    .forUpdate()
    .executeTakeFirst();
}

/** Serialises changes that depend on the whole board (focus rule, lane order) per werkgroep. */
export async function lockGroup(db: Db, groupId: string) {
  await db.selectFrom("working_group").where("id", "=", groupId).select("id").forUpdate().executeTakeFirst();
}

export async function listFocusCards(db: Db, groupId: string) {
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "=", groupId)
    .where("focus", "=", true)
    .where("archived_at", "is", null)
    .select(["id", "title"])
    .orderBy("updated_at")
    .execute();
}

/** The ranks of a lane in order, to place a card between two neighbours. */
export async function listLaneRanks(db: Db, groupId: string, status: CardRow["status"]) {
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "=", groupId)
    .where("status", "=", status)
    .where("archived_at", "is", null)
    .select(["id", "rank"])
    .orderBy("rank")
    .execute();
}

export async function insertCard(db: Db, values: Insertable<SolutionDirectionTable>) {
  return db.insertInto("solution_direction").values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateCardRow(db: Db, cardId: string, version: number, values: Partial<Omit<CardRow, "id" | "version">>) {
  return db
    .updateTable("solution_direction")
    .set({ ...values, version: sql`version + 1` })
    .where("id", "=", cardId)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}

/** How many of the ids exist in the table within the plan (to refuse links outside the region). */
export async function countPlanRows(
  db: Db,
  table: "building_block" | "foundation" | "target_group" | "theme" | "transformation_task" | "initiative",
  planId: string,
  ids: string[],
) {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom(table)
    .where("plan_id", "=", planId)
    .where("id", "in", ids)
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function countRegionRows(db: Db, table: "municipality" | "subregion", regionId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom(table)
    .where("region_id", "=", regionId)
    .where("id", "in", ids)
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function isUserInRegion(db: Db, regionId: string, userId: string) {
  return Boolean(await db.selectFrom("app_user").where("id", "=", userId).where("region_id", "=", regionId).select("id").executeTakeFirst());
}

export async function findCatalogueDirection(db: Db, planId: string, id: string) {
  return db
    .selectFrom("catalogue_direction")
    .where("id", "=", id)
    .where("plan_id", "=", planId)
    .select(["id", "name", "description", "building_block_id as buildingBlockId"])
    .executeTakeFirst();
}

/** Every card of the region that links a bouwsteen and a fundament, for the matrix. */
export async function listMatrixLinks(db: Db, regionId: string) {
  return db
    .selectFrom("solution_direction as c")
    .innerJoin("working_group as g", "g.id", "c.working_group_id")
    .where("c.region_id", "=", regionId)
    .where("c.archived_at", "is", null)
    .select([
      "c.id",
      "c.title",
      "c.status",
      "c.focus",
      "c.building_block_ids as buildingBlockIds",
      "c.foundation_ids as foundationIds",
      "g.slug as groupSlug",
      "g.name as groupName",
    ])
    .orderBy("g.position")
    .orderBy("c.title")
    .execute();
}

export async function listSubjectHistory(db: Db, regionId: string, subjectType: string, subjectId: string) {
  return db
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .where("e.region_id", "=", regionId)
    .where("e.subject_type", "=", subjectType)
    .where("e.subject_id", "=", subjectId)
    .select(["e.id", "e.action", "e.data", "e.created_at as createdAt", "u.name as actorName"])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .execute();
}

/**
 * Everything a card can link to, each list in the plan's order, in ONE query (a json array per
 * list): every board page asks for these, and the embedded database runs queries one after
 * the other, so eleven small reads cost more in round trips than in work.
 */
export async function listCardOptionLists(db: Db, planId: string, regionId: string) {
  return db
    .selectNoFrom((eb) => [
      jsonArrayFrom(eb.selectFrom("building_block").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position")).as("buildingBlocks"),
      jsonArrayFrom(eb.selectFrom("theme").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position")).as("themes"),
      jsonArrayFrom(eb.selectFrom("foundation").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position")).as("foundations"),
      jsonArrayFrom(eb.selectFrom("target_group").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position")).as("targetGroups"),
      jsonArrayFrom(eb.selectFrom("subregion").where("region_id", "=", regionId).select(["id", "slug", "name"]).orderBy("position")).as("subregions"),
      jsonArrayFrom(
        eb.selectFrom("municipality").where("region_id", "=", regionId).select(["id", "slug", "name", "subregion_id as subregionId"]).orderBy("position"),
      ).as("municipalities"),
      jsonArrayFrom(
        eb
          .selectFrom("catalogue_direction as c")
          .innerJoin("building_block as b", "b.id", "c.building_block_id")
          .where("c.plan_id", "=", planId)
          .select(["c.id", "c.name", "b.id as buildingBlockId"])
          .orderBy("b.position")
          .orderBy("c.position"),
      ).as("catalogue"),
      jsonArrayFrom(
        eb
          .selectFrom("transformation_task")
          .where("plan_id", "=", planId)
          .select(["id", "slug", sql<string>`code || ' ' || name`.as("name")])
          .orderBy("position"),
      ).as("tasks"),
      jsonArrayFrom(
        eb
          .selectFrom("initiative as i")
          .innerJoin("building_block as b", "b.id", "i.building_block_id")
          .where("i.plan_id", "=", planId)
          .select(["i.id", "i.slug", "i.name"])
          .orderBy("b.position")
          .orderBy("i.position"),
      ).as("initiatives"),
      // Names only: who can be responsible for a card (everyone signed in may read names).
      jsonArrayFrom(
        eb.selectFrom("app_user").where("region_id", "=", regionId).where("active", "=", true).where("name", "!=", "").select(["id", "name"]).orderBy("name"),
      ).as("people"),
    ])
    .executeTakeFirstOrThrow();
}

export async function insertCardComment(db: Db, comment: { regionId: string; cardId: string; authorId: string; body: string }) {
  return db
    .insertInto("comment")
    .values({ region_id: comment.regionId, subject_type: "solution_direction", subject_id: comment.cardId, author_id: comment.authorId, body: comment.body })
    .returning(["id", "body", "created_at as createdAt"])
    .executeTakeFirstOrThrow();
}

/** A card's comments, oldest first, with their authors' names. */
export async function listCardComments(db: Db, cardId: string) {
  return db
    .selectFrom("comment as c")
    .leftJoin("app_user as u", "u.id", "c.author_id")
    .where("c.subject_type", "=", "solution_direction")
    .where("c.subject_id", "=", cardId)
    .select(["c.id", "c.body", "c.created_at as createdAt", "u.name as authorName"])
    .orderBy("c.created_at")
    .execute();
}
