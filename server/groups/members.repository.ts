import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

// SQL for choosing new members of a werkgroep or a fundament's team.

type Db = Kysely<Database>;

/**
 * Active people of the region who hold no role in the werkgroep (or fundament) yet: id, name
 * and organisation only, never an e-mail address.
 */
export async function listPeopleOutside(db: Db, regionId: string, scope: { groupId: string } | { foundationId: string }) {
  return db
    .selectFrom("app_user as u")
    .where("u.region_id", "=", regionId)
    .where("u.active", "=", true)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          "groupId" in scope
            ? selectFrom("role_assignment as r").whereRef("r.user_id", "=", "u.id").where("r.working_group_id", "=", scope.groupId).select("r.id")
            : selectFrom("role_assignment as r").whereRef("r.user_id", "=", "u.id").where("r.foundation_id", "=", scope.foundationId).select("r.id"),
        ),
      ),
    )
    .select(["u.id", "u.name", "u.organisation"])
    .orderBy("u.name")
    .orderBy("u.id")
    .execute();
}

export async function findFoundationBySlug(db: Db, regionId: string, slug: string) {
  return db
    .selectFrom("foundation as f")
    .innerJoin("plan as p", "p.id", "f.plan_id")
    .where("p.region_id", "=", regionId)
    .where("f.slug", "=", slug)
    .select(["f.id", "f.slug", "f.name", "f.description"])
    .executeTakeFirst();
}

export async function findFoundationById(db: Db, regionId: string, id: string) {
  return db
    .selectFrom("foundation as f")
    .innerJoin("plan as p", "p.id", "f.plan_id")
    .where("p.region_id", "=", regionId)
    .where("f.id", "=", id)
    .select(["f.id", "f.slug", "f.name"])
    .executeTakeFirst();
}

/** The kwartiermaker(s) first, then the team, by name; with organisation, without e-mail. */
export async function listFoundationTeam(db: Db, foundationId: string) {
  return db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.foundation_id", "=", foundationId)
    .select(["r.id as assignmentId", "r.role", "u.id as userId", "u.name", "u.organisation", "u.active"])
    .orderBy("r.role")
    .orderBy("u.name")
    .execute();
}
