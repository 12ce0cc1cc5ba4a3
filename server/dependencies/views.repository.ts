import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

// The SQL of the dependency views besides the graph itself (graph.repository.ts): the region's
// werkgroepen and fundamenten, the coalition's urgency decisions and focus-link justifications.

type Db = Kysely<Database>;

/** The region's werkgroepen in their order. */
export async function listRegionGroups(db: Db, regionId: string) {
  return db.selectFrom("working_group").where("region_id", "=", regionId).select(["id", "slug", "name"]).orderBy("position").orderBy("name").execute();
}

/** The fundamenten of the region's plan in the plan's order. */
export async function listRegionFoundations(db: Db, regionId: string) {
  return db
    .selectFrom("foundation as f")
    .innerJoin("plan as p", "p.id", "f.plan_id")
    .where("p.region_id", "=", regionId)
    .select(["f.id", "f.slug", "f.name"])
    .orderBy("f.position")
    .execute();
}

/** Every decided order of the region, newest first (the first is the current one). */
export async function listUrgencyDecisions(db: Db, regionId: string) {
  return db
    .selectFrom("foundation_urgency_decision as d")
    .leftJoin("app_user as u", "u.id", "d.decided_by")
    .where("d.region_id", "=", regionId)
    .select(["d.id", "d.foundation_ids as foundationIds", "d.note", "d.decided_at as decidedAt", "u.name as decidedByName"])
    .orderBy("d.decided_at", "desc")
    .orderBy("d.id")
    .execute();
}

export async function insertUrgencyDecision(db: Db, values: { regionId: string; foundationIds: string[]; note: string; decidedBy: string; decidedAt: Date }) {
  return db
    .insertInto("foundation_urgency_decision")
    .values({ region_id: values.regionId, foundation_ids: values.foundationIds, note: values.note, decided_by: values.decidedBy, decided_at: values.decidedAt })
    .returning(["id", "decided_at as decidedAt"])
    .executeTakeFirstOrThrow();
}

/** A card of the region with what the justification needs to know. */
export async function findCard(db: Db, regionId: string, cardId: string) {
  return db
    .selectFrom("solution_direction")
    .where("region_id", "=", regionId)
    .where("id", "=", cardId)
    .select(["id", "title", "working_group_id as groupId", "foundation_ids as foundationIds", "focus", "archived_at as archivedAt"])
    .executeTakeFirst();
}

/** Records (or replaces) why the card needs no *vereist* link to the fundament. */
export async function upsertJustification(db: Db, values: { cardId: string; foundationId: string; reason: string; recordedBy: string; recordedAt: Date }) {
  return db
    .insertInto("focus_link_justification")
    .values({
      card_id: values.cardId,
      foundation_id: values.foundationId,
      reason: values.reason,
      recorded_by: values.recordedBy,
      recorded_at: values.recordedAt,
    })
    .onConflict((oc) =>
      oc.columns(["card_id", "foundation_id"]).doUpdateSet({ reason: values.reason, recorded_by: values.recordedBy, recorded_at: values.recordedAt })
    )
    .returning(["card_id as cardId", "foundation_id as foundationId", "reason", "recorded_at as recordedAt"])
    .executeTakeFirstOrThrow();
}

/** A card that is not archived, with what the submission check reads of it. */
export async function findLiveCardFacts(db: Db, regionId: string, cardId: string) {
  return db
    .selectFrom("solution_direction")
    .where("region_id", "=", regionId)
    .where("id", "=", cardId)
    .where("archived_at", "is", null)
    .select([
      "id",
      "title",
      "focus",
      "working_group_id as groupId",
      "scale_kind as scaleKind",
      "start_quarter as startQuarter",
      "end_quarter as endQuarter",
      "building_block_ids as buildingBlockIds",
    ])
    .executeTakeFirst();
}
