import type { Insertable, Kysely } from "kysely";
import type { Database, IndicatorTable } from "../../db/schema";

// All SQL of monitoring: indicators, their measurements, and the workspace's own process
// figures. Functions take db or a transaction first; the service opens the transaction.

type Db = Kysely<Database>;

/** A region's indicators in their order, with the werkgroep or fundament that reports each. */
export async function listIndicators(db: Db, regionId: string) {
  return db
    .selectFrom("indicator as i")
    .leftJoin("working_group as g", "g.id", "i.working_group_id")
    .leftJoin("foundation as f", "f.id", "i.foundation_id")
    .where("i.region_id", "=", regionId)
    .select([
      "i.id",
      "i.slug",
      "i.kind",
      "i.name",
      "i.description",
      "i.unit",
      "i.direction",
      "i.target",
      "i.target_quarter",
      "i.source",
      "i.working_group_id",
      "i.foundation_id",
      "i.version",
      "g.name as group_name",
      "g.slug as group_slug",
      "f.name as foundation_name",
      "f.slug as foundation_slug",
    ])
    .orderBy("i.position")
    .execute();
}

/** Every measurement of these indicators, newest first, with who recorded it. */
export async function listMeasurements(db: Db, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom("measurement as m")
    .leftJoin("app_user as u", "u.id", "m.recorded_by")
    .where("m.indicator_id", "in", indicatorIds)
    .select(["m.id", "m.indicator_id", "m.quarter", "m.value", "m.story", "m.source", "m.replaces_id", "m.recorded_at", "u.name as recorder_name"])
    .orderBy("m.recorded_at", "desc")
    .orderBy("m.id")
    .execute();
}

/**
 * An indicator of the region, locked so measurements of it are recorded one at a time: the
 * check "does this quarter have a value yet" and the insert cannot interleave. FOR NO KEY
 * UPDATE, because inserting a measurement takes FOR KEY SHARE on this row.
 */
export async function lockIndicator(db: Db, regionId: string, indicatorId: string) {
  return db
    .selectFrom("indicator")
    .where("id", "=", indicatorId)
    .where("region_id", "=", regionId)
    .select(["id", "name", "unit", "working_group_id", "foundation_id"])
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** What the rules need of an indicator's measurements. */
export async function listMeasurementFacts(db: Db, indicatorId: string) {
  return db.selectFrom("measurement").where("indicator_id", "=", indicatorId).select(["id", "quarter", "value", "replaces_id", "recorded_at"]).execute();
}

/** A measurement of the region, with its indicator's id. */
export async function findMeasurement(db: Db, regionId: string, measurementId: string) {
  return db
    .selectFrom("measurement as m")
    .innerJoin("indicator as i", "i.id", "m.indicator_id")
    .where("m.id", "=", measurementId)
    .where("i.region_id", "=", regionId)
    .select(["m.id", "m.indicator_id", "m.quarter", "m.value"])
    .executeTakeFirst();
}

export async function insertMeasurement(
  db: Db,
  row: { indicatorId: string; quarter: string; value: number | null; story: string; source: string; replacesId: string | null; recordedBy: string },
) {
  return db
    .insertInto("measurement")
    .values({
      indicator_id: row.indicatorId,
      quarter: row.quarter,
      value: row.value,
      story: row.story,
      source: row.source,
      replaces_id: row.replacesId,
      recorded_by: row.recordedBy,
    })
    .returning(["id", "quarter", "value"])
    .executeTakeFirstOrThrow();
}

/** Whether another indicator of the region (not `exceptId`) has this slug or this name (in any case). */
export async function indicatorNameTaken(db: Db, regionId: string, taken: { slug: string; name: string }, exceptId?: string) {
  let query = db
    .selectFrom("indicator")
    .where("region_id", "=", regionId)
    .where((eb) => eb.or([eb("slug", "=", taken.slug), eb(eb.fn("lower", ["name"]), "=", taken.name.toLowerCase())]));
  if (exceptId) query = query.where("id", "<>", exceptId);
  const row = await query.select("id").executeTakeFirst();
  return row !== undefined;
}

/** An indicator of the region with every field the projectbureau changes, locked for the change. */
export async function lockIndicatorForChange(db: Db, regionId: string, indicatorId: string) {
  return db.selectFrom("indicator").where("id", "=", indicatorId).where("region_id", "=", regionId).selectAll().forUpdate().executeTakeFirst();
}

/** Writes the fields and counts the version up. */
export async function updateIndicator(db: Db, indicatorId: string, fields: Omit<Insertable<IndicatorTable>, "region_id" | "slug" | "position">) {
  await db
    .updateTable("indicator")
    .set((eb) => ({ ...fields, version: eb("version", "+", 1) }))
    .where("id", "=", indicatorId)
    .execute();
}

export async function nextIndicatorPosition(db: Db, regionId: string) {
  const row = await db
    .selectFrom("indicator")
    .where("region_id", "=", regionId)
    .select((eb) => eb.fn.coalesce(eb.fn.max("position"), eb.lit(-1)).as("last"))
    .executeTakeFirstOrThrow();
  return Number(row.last) + 1;
}

export async function insertIndicator(db: Db, row: Insertable<IndicatorTable>) {
  return db.insertInto("indicator").values(row).returning(["id", "slug", "name"]).executeTakeFirstOrThrow();
}

/**
 * Process figures the workspace knows itself, in one round trip: werkgroepen and their
 * adopted agendas, werkagenda items and those done, focus cards, and items at risk.
 */
export async function countWorkspaceProgress(db: Db, regionId: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("working_group").where("region_id", "=", regionId).select((e) => e.fn.countAll<string>().as("n")).as("groups"),
      eb
        .selectFrom("agenda")
        .where("region_id", "=", regionId)
        .where("kind", "=", "transformatieagenda")
        .where("review_state", "=", "vastgesteld")
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("adopted"),
      eb.selectFrom("workplan_item").where("region_id", "=", regionId).where("archived_at", "is", null).select((e) => e.fn.countAll<string>().as("n")).as("items"),
      eb
        .selectFrom("workplan_item")
        .where("region_id", "=", regionId)
        .where("archived_at", "is", null)
        .where("status", "=", "gereed")
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("done"),
      eb
        .selectFrom("solution_direction")
        .where("region_id", "=", regionId)
        .where("archived_at", "is", null)
        .where("focus", "=", true)
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("focus"),
      eb.selectFrom("item_risk").where("region_id", "=", regionId).select((e) => e.fn.countAll<string>().as("n")).as("risks"),
    ])
    .executeTakeFirstOrThrow();
  return {
    groups: Number(row.groups),
    adoptedAgendas: Number(row.adopted),
    items: Number(row.items),
    doneItems: Number(row.done),
    focusCards: Number(row.focus),
    atRisk: Number(row.risks),
  };
}
