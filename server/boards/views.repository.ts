import { sql, type Kysely } from "kysely";
import type { CardStatusName, Database } from "../../db/schema";

// SQL for the region-wide views over the werkgroepen's boards: the bouwstenen x fundamenten
// matrix, the lane counts per werkgroep and a werkgroep's history of card changes.

type Db = Kysely<Database>;

/** The plan's bouwstenen or fundamenten in the plan's order: the matrix's rows or columns. */
export async function listPlanAxis(db: Db, table: "building_block" | "foundation", planId: string) {
  return db.selectFrom(table).where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position").execute();
}

/** Per werkgroep and lane: how many cards (not archived), and how many of them have focus. */
export async function countCardsPerLane(db: Db, regionId: string) {
  return db
    .selectFrom("solution_direction")
    .where("region_id", "=", regionId)
    .where("archived_at", "is", null)
    .groupBy(["working_group_id", "status"])
    .select([
      "working_group_id as groupId",
      "status",
      sql<number>`count(*)::int`.as("cards"),
      sql<number>`count(*) filter (where focus)::int`.as("focus"),
    ])
    .execute() as Promise<Array<{ groupId: string; status: CardStatusName; cards: number; focus: number }>>;
}

/** The audit events of a werkgroep's cards (archived ones too), newest first. */
export async function listGroupCardEvents(db: Db, regionId: string, groupId: string, limit: number) {
  return db
    .selectFrom("audit_event as e")
    // audit_event.subject_id is text (it names subjects of every kind).
    .innerJoin("solution_direction as c", (join) => join.on("e.subject_type", "=", "solution_direction").on(sql<boolean>`e.subject_id = c.id::text`))
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .where("e.region_id", "=", regionId)
    .where("c.working_group_id", "=", groupId)
    .select([
      "e.id",
      "e.action",
      "e.data",
      "e.created_at as createdAt",
      "u.name as actorName",
      "c.id as cardId",
      "c.title as cardTitle",
      "c.archived_at as cardArchivedAt",
    ])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .limit(limit)
    .execute();
}

/** Names of plan items, places and people by id, for showing linked ids in a card's history. */
export async function findNames(db: Db, regionId: string, planId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const planTables = ["building_block", "foundation", "target_group", "theme", "transformation_task", "initiative"] as const;
  const queries = [
    ...planTables.map((table) => db.selectFrom(table).where("plan_id", "=", planId).where("id", "in", ids).select(["id", "name"])),
    db.selectFrom("municipality").where("region_id", "=", regionId).where("id", "in", ids).select(["id", "name"]),
    db.selectFrom("subregion").where("region_id", "=", regionId).where("id", "in", ids).select(["id", "name"]),
    db.selectFrom("app_user").where("region_id", "=", regionId).where("id", "in", ids).select(["id", "name"]),
  ];
  const results = await Promise.all(queries.map((query) => query.execute()));
  return results.flat();
}

/** A fundament's archived werkagenda items, last archived first, to restore them. */
export async function listArchivedWorkplanItems(db: Db, foundationId: string) {
  return db
    .selectFrom("workplan_item")
    .where("foundation_id", "=", foundationId)
    .where("archived_at", "is not", null)
    .select(["id", "title", "status", "due_quarter as dueQuarter", "responsible_organisation as responsibleOrganisation", "archived_at as archivedAt"])
    .orderBy("archived_at", "desc")
    .execute();
}

/** Per fundament: how many werkagenda items (not archived) in each lane. */
export async function countWorkplanItemsPerLane(db: Db, regionId: string) {
  return db
    .selectFrom("workplan_item")
    .where("region_id", "=", regionId)
    .where("archived_at", "is", null)
    .groupBy(["foundation_id", "status"])
    .select(["foundation_id as foundationId", "status", sql<number>`count(*)::int`.as("items")])
    .execute();
}
