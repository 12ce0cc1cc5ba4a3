import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** Per werkgroep: cards per lane and the number with focus (archived cards left out). */
export async function listGroupSummaries(db: Db, regionId: string, groupIds?: string[]) {
  let query = db
    .selectFrom("working_group as g")
    .leftJoin("solution_direction as c", (join) => join.onRef("c.working_group_id", "=", "g.id").on("c.archived_at", "is", null))
    .where("g.region_id", "=", regionId)
    .groupBy(["g.id", "g.slug", "g.name", "g.position"])
    .select([
      "g.id",
      "g.slug",
      "g.name",
      sql<number>`count(c.id) filter (where c.focus)::int`.as("focusCount"),
      sql<number>`count(c.id) filter (where c.status = 'verkennen')::int`.as("verkennen"),
      sql<number>`count(c.id) filter (where c.status = 'gekozen')::int`.as("gekozen"),
      sql<number>`count(c.id) filter (where c.status = 'uitwerken')::int`.as("uitwerken"),
      sql<number>`count(c.id) filter (where c.status = 'in_agenda')::int`.as("in_agenda"),
      sql<number>`count(c.id) filter (where c.status = 'gepauzeerd')::int`.as("gepauzeerd"),
    ])
    .orderBy("g.position")
    .orderBy("g.name");
  if (groupIds) {
    if (groupIds.length === 0) return [];
    query = query.where("g.id", "in", groupIds);
  }
  return query.execute();
}

/** The focus cards of these werkgroepen (not archived), by title. */
export async function listFocusCards(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "in", groupIds)
    .where("focus", "=", true)
    .where("archived_at", "is", null)
    .select(["id", "title", "working_group_id as groupId"])
    .orderBy("title")
    .execute();
}

/** Per fundament: werkagenda items per status. */
export async function listFoundationSummaries(db: Db, planId: string, foundationIds?: string[]) {
  let query = db
    .selectFrom("foundation as f")
    .leftJoin("workplan_item as i", (join) => join.onRef("i.foundation_id", "=", "f.id").on("i.archived_at", "is", null))
    .where("f.plan_id", "=", planId)
    .groupBy(["f.id", "f.slug", "f.name", "f.position"])
    .select([
      "f.id",
      "f.slug",
      "f.name",
      sql<number>`count(i.id) filter (where i.status = 'gepland')::int`.as("gepland"),
      sql<number>`count(i.id) filter (where i.status = 'bezig')::int`.as("bezig"),
      sql<number>`count(i.id) filter (where i.status = 'gereed')::int`.as("gereed"),
      sql<number>`count(i.id) filter (where i.status = 'vertraagd')::int`.as("vertraagd"),
    ])
    .orderBy("f.position");
  if (foundationIds) {
    if (foundationIds.length === 0) return [];
    query = query.where("f.id", "in", foundationIds);
  }
  return query.execute();
}

/**
 * The monitoring indicators these werkgroepen and fundamenten report, with the newest quarter
 * that has a measurement (quarters are stored as "2025-Q3", so the text maximum is the newest).
 */
export async function listIndicatorsToMeasure(db: Db, groupIds: string[], foundationIds: string[]) {
  if (groupIds.length === 0 && foundationIds.length === 0) return [];
  return db
    .selectFrom("indicator as i")
    .where((eb) =>
      eb.or([...(groupIds.length > 0 ? [eb("i.working_group_id", "in", groupIds)] : []), ...(foundationIds.length > 0 ? [eb("i.foundation_id", "in", foundationIds)] : [])]),
    )
    .select((eb) => [
      "i.id",
      "i.slug",
      "i.name",
      eb
        .selectFrom("measurement as m")
        .whereRef("m.indicator_id", "=", "i.id")
        .select((m) => m.fn.max("m.quarter").as("q"))
        .as("lastQuarter"),
    ])
    .orderBy("i.position")
    .execute();
}

/** A fundament's open werkagenda items, soonest due first. */
export async function listDueItems(db: Db, foundationIds: string[]) {
  if (foundationIds.length === 0) return [];
  return db
    .selectFrom("workplan_item as i")
    .innerJoin("foundation as f", "f.id", "i.foundation_id")
    .where("i.foundation_id", "in", foundationIds)
    .where("i.archived_at", "is", null)
    .where("i.status", "!=", "gereed")
    .select(["i.id", "i.title", "i.due_quarter as dueQuarter", "i.status", "f.slug as foundationSlug", "f.name as foundationName"])
    .orderBy("i.due_quarter")
    .orderBy("i.title")
    .execute();
}

/**
 * The region's werkagenda items still open after their due quarter ended (due before
 * `current`), longest overdue first. Quarters are stored as "2025-Q3", so text order is time order.
 */
export async function listOverdueItems(db: Db, regionId: string, current: string) {
  return db
    .selectFrom("workplan_item as i")
    .innerJoin("foundation as f", "f.id", "i.foundation_id")
    .where("i.region_id", "=", regionId)
    .where("i.archived_at", "is", null)
    .where("i.status", "!=", "gereed")
    .where("i.due_quarter", "<", current)
    .select(["i.id", "i.title", "i.due_quarter as dueQuarter", "i.status", "f.slug as foundationSlug", "f.name as foundationName"])
    .orderBy("i.due_quarter")
    .orderBy("f.position")
    .orderBy("i.title")
    .execute();
}

/** Changes to cards and werkagenda items by other people after a moment, newest first. */
export async function listChangesByOthers(db: Db, regionId: string, userId: string, since: Date, limit = 20) {
  return db
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .leftJoin("solution_direction as c", (join) => join.on("e.subject_type", "=", "solution_direction").on(sql`c.id::text`, "=", sql.ref("e.subject_id")))
    .leftJoin("working_group as g", "g.id", "c.working_group_id")
    .leftJoin("workplan_item as i", (join) => join.on("e.subject_type", "=", "workplan_item").on(sql`i.id::text`, "=", sql.ref("e.subject_id")))
    .leftJoin("foundation as f", "f.id", "i.foundation_id")
    .where("e.region_id", "=", regionId)
    .where("e.subject_type", "in", ["solution_direction", "workplan_item"])
    .where("e.created_at", ">", since)
    .where((eb) => eb.or([eb("e.actor_id", "is", null), eb("e.actor_id", "!=", userId)]))
    .select([
      "e.id",
      "e.action",
      "e.data",
      "e.created_at as createdAt",
      "u.name as actorName",
      sql<string | null>`coalesce(c.title, i.title)`.as("subjectTitle"),
      "g.slug as groupSlug",
      "g.name as groupName",
      "f.slug as foundationSlug",
      "f.name as foundationName",
    ])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .limit(limit)
    .execute();
}

export async function findChangesSeenAt(db: Db, userId: string) {
  const row = await db.selectFrom("app_user").where("id", "=", userId).select(["changes_seen_at", "created_at"]).executeTakeFirst();
  return row?.changes_seen_at ?? row?.created_at ?? new Date(0);
}

export async function setChangesSeenAt(db: Db, userId: string, at: Date) {
  await db.updateTable("app_user").set({ changes_seen_at: at }).where("id", "=", userId).execute();
}
