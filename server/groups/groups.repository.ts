import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

export async function listWorkingGroups(db: Db, regionId: string) {
  return db
    .selectFrom("working_group as g")
    .where("g.region_id", "=", regionId)
    .select((eb) => [
      "g.id",
      "g.slug",
      "g.name",
      "g.description",
      eb
        .selectFrom("role_assignment as r")
        .whereRef("r.working_group_id", "=", "g.id")
        .select(sql<number>`count(distinct r.user_id)::int`.as("n"))
        .as("memberCount"),
      eb
        .selectFrom("role_assignment as r")
        .innerJoin("app_user as u", "u.id", "r.user_id")
        .whereRef("r.working_group_id", "=", "g.id")
        .where("r.role", "=", "group_lead")
        .select(sql<string[]>`coalesce(json_agg(u.name order by u.name), '[]')`.as("names"))
        .as("leadNames"),
      eb
        .selectFrom("working_group_target_group as l")
        .innerJoin("target_group as t", "t.id", "l.target_group_id")
        .whereRef("l.working_group_id", "=", "g.id")
        .select(sql<string[]>`coalesce(json_agg(t.name order by t.position), '[]')`.as("names"))
        .as("targetGroupNames"),
    ])
    .orderBy("g.position")
    .orderBy("g.name")
    .execute();
}

export async function findWorkingGroupBySlug(db: Db, regionId: string, slug: string) {
  return db
    .selectFrom("working_group")
    .where("region_id", "=", regionId)
    .where("slug", "=", slug)
    .select(["id", "slug", "name", "description"])
    .executeTakeFirst();
}

export async function findWorkingGroupById(db: Db, regionId: string, id: string) {
  return db.selectFrom("working_group").where("region_id", "=", regionId).where("id", "=", id).select(["id", "slug", "name"]).executeTakeFirst();
}

export async function listGroupLinks(db: Db, groupId: string) {
  const [buildingBlocks, themes, targetGroups] = await Promise.all([
    db
      .selectFrom("working_group_building_block as l")
      .innerJoin("building_block as b", "b.id", "l.building_block_id")
      .where("l.working_group_id", "=", groupId)
      .select(["b.id", "b.slug", "b.name"])
      .orderBy("b.position")
      .execute(),
    db
      .selectFrom("working_group_theme as l")
      .innerJoin("theme as t", "t.id", "l.theme_id")
      .where("l.working_group_id", "=", groupId)
      .select(["t.id", "t.slug", "t.name"])
      .orderBy("t.position")
      .execute(),
    db
      .selectFrom("working_group_target_group as l")
      .innerJoin("target_group as t", "t.id", "l.target_group_id")
      .where("l.working_group_id", "=", groupId)
      .select(["t.id", "t.slug", "t.name"])
      .orderBy("t.position")
      .execute(),
  ]);
  return { buildingBlocks, themes, targetGroups };
}

export async function listGroupMembers(db: Db, groupId: string) {
  return db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.working_group_id", "=", groupId)
    .select(["r.id as assignmentId", "r.role", "u.id as userId", "u.name", "u.email", "u.organisation", "u.active"])
    .orderBy("r.role")
    .orderBy("u.name")
    .execute();
}

export async function slugTaken(db: Db, regionId: string, slug: string, exceptId?: string) {
  let query = db.selectFrom("working_group").where("region_id", "=", regionId).where("slug", "=", slug);
  if (exceptId) query = query.where("id", "!=", exceptId);
  return Boolean(await query.select("id").executeTakeFirst());
}

export async function insertWorkingGroup(db: Db, group: { regionId: string; slug: string; name: string; description: string }) {
  const row = await db
    .insertInto("working_group")
    .values({
      region_id: group.regionId,
      slug: group.slug,
      name: group.name,
      description: group.description,
      position: sql<number>`(select coalesce(max(position), -1) + 1 from working_group where region_id = ${group.regionId})`,
    })
    .returning(["id", "slug"])
    .executeTakeFirstOrThrow();
  return row;
}

export async function updateWorkingGroup(db: Db, groupId: string, fields: { name: string; description: string }) {
  await db.updateTable("working_group").set(fields).where("id", "=", groupId).execute();
}

/** The link tables of a werkgroep: which input list fills which table from which plan list. */
const groupLinkTables = [
  { key: "buildingBlockIds", table: "working_group_building_block", source: "building_block" },
  { key: "themeIds", table: "working_group_theme", source: "theme" },
  { key: "targetGroupIds", table: "working_group_target_group", source: "target_group" },
] as const;

/**
 * Replaces the group's links of each kind that is given (undefined leaves that kind alone);
 * ids not in the region's plan are ignored by the join.
 */
export async function replaceGroupLinks(
  db: Db,
  groupId: string,
  planId: string,
  links: { buildingBlockIds?: string[]; themeIds?: string[]; targetGroupIds?: string[] },
) {
  for (const { key, table, source } of groupLinkTables) {
    const ids = links[key];
    if (!ids) continue;
    await db.deleteFrom(table).where("working_group_id", "=", groupId).execute();
    if (ids.length === 0) continue;
    await sql`
      insert into ${sql.table(table)} (working_group_id, ${sql.ref(`${source}_id`)})
      select ${groupId}::uuid, s.id from ${sql.table(source)} s where s.plan_id = ${planId} and s.id in (${sql.join(ids)})`.execute(db);
  }
}

/** The plan's bouwstenen, thema's and prioritaire doelgroepen with their ids, for the werkgroep forms. */
export async function listLinkOptions(db: Db, planId: string) {
  const [buildingBlocks, themes, targetGroups] = await Promise.all([
    db.selectFrom("building_block").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position").execute(),
    db.selectFrom("theme").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position").execute(),
    db.selectFrom("target_group").where("plan_id", "=", planId).select(["id", "slug", "name"]).orderBy("position").execute(),
  ]);
  return { buildingBlocks, themes, targetGroups };
}
