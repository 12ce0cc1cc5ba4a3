import { sql, type Kysely } from "kysely";
import type { Database, RoleName } from "../../db/schema";

type Db = Kysely<Database>;

/** Everyone in a region with their roles (and the names of the groups and fundamenten). */
export async function listPeopleWithRoles(db: Db, regionId: string, now: Date) {
  const people = await db
    .selectFrom("app_user as u")
    .where("u.region_id", "=", regionId)
    .select((eb) => [
      "u.id",
      "u.email",
      "u.name",
      "u.organisation",
      "u.active",
      sql<boolean>`u.password_hash is not null`.as("hasPassword"),
      eb
        .selectFrom("session")
        .whereRef("session.user_id", "=", "u.id")
        .where("session.expires_at", ">", now)
        .select(sql<number>`count(*)::int`.as("n"))
        .as("sessionCount"),
    ])
    .orderBy("u.name")
    .orderBy("u.email")
    .execute();
  const roles = await listRoleAssignments(db, regionId);
  return people.map((person) => ({ ...person, roles: roles.filter((r) => r.userId === person.id) }));
}

export async function listRoleAssignments(db: Db, regionId: string, filter: { userId?: string } = {}) {
  let query = db
    .selectFrom("role_assignment as r")
    .leftJoin("working_group as g", "g.id", "r.working_group_id")
    .leftJoin("foundation as f", "f.id", "r.foundation_id")
    .where("r.region_id", "=", regionId)
    .select([
      "r.id",
      "r.user_id as userId",
      "r.role",
      "r.working_group_id as groupId",
      "g.name as groupName",
      "g.slug as groupSlug",
      "r.foundation_id as foundationId",
      "f.name as foundationName",
      "f.slug as foundationSlug",
    ])
    .orderBy("r.created_at");
  if (filter.userId) query = query.where("r.user_id", "=", filter.userId);
  return query.execute();
}

export async function findUserInRegion(db: Db, regionId: string, userId: string) {
  return db.selectFrom("app_user").where("id", "=", userId).where("region_id", "=", regionId).selectAll().executeTakeFirst();
}

export async function emailExists(db: Db, email: string) {
  return Boolean(await db.selectFrom("app_user").where(sql`lower(email)`, "=", email.toLowerCase()).select("id").executeTakeFirst());
}

export async function insertUser(db: Db, user: { regionId: string; email: string; name: string }) {
  const row = await db
    .insertInto("app_user")
    .values({ region_id: user.regionId, email: user.email, name: user.name, password_hash: null, deactivated_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a role; returns null when the person already has exactly this role. */
export async function insertRoleAssignment(
  db: Db,
  grant: { userId: string; regionId: string; role: RoleName; groupId: string | null; foundationId: string | null },
) {
  const row = await db
    .insertInto("role_assignment")
    .values({ user_id: grant.userId, region_id: grant.regionId, role: grant.role, working_group_id: grant.groupId, foundation_id: grant.foundationId })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findRoleAssignment(db: Db, regionId: string, userId: string, assignmentId: string) {
  return db
    .selectFrom("role_assignment")
    .where("id", "=", assignmentId)
    .where("user_id", "=", userId)
    .where("region_id", "=", regionId)
    .selectAll()
    .executeTakeFirst();
}

export async function deleteRoleAssignment(db: Db, assignmentId: string) {
  await db.deleteFrom("role_assignment").where("id", "=", assignmentId).execute();
}

export async function setUserActive(db: Db, userId: string, active: boolean, now: Date) {
  await db.updateTable("app_user").set({ active, deactivated_at: active ? null : now }).where("id", "=", userId).execute();
}

export async function findGroupInRegion(db: Db, regionId: string, groupId: string) {
  return db.selectFrom("working_group").where("id", "=", groupId).where("region_id", "=", regionId).select(["id", "name"]).executeTakeFirst();
}

export async function findFoundationInRegion(db: Db, regionId: string, foundationId: string) {
  return db
    .selectFrom("foundation")
    .innerJoin("plan", "plan.id", "foundation.plan_id")
    .where("foundation.id", "=", foundationId)
    .where("plan.region_id", "=", regionId)
    .select(["foundation.id", "foundation.name"])
    .executeTakeFirst();
}
