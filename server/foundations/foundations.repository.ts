import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

// The SQL of the fundamenten overview: each fundament with its kwartiermaker and team.

type Db = Kysely<Database>;

/** The plan's fundamenten in their order, each with its people (kwartiermaker first, then by name). */
export async function listFoundationsWithTeams(db: Db, planId: string) {
  return db
    .selectFrom("foundation as f")
    .where("f.plan_id", "=", planId)
    .select((eb) => [
      "f.id",
      "f.slug",
      "f.name",
      eb
        .selectFrom("role_assignment as r")
        .innerJoin("app_user as u", "u.id", "r.user_id")
        .whereRef("r.foundation_id", "=", "f.id")
        .select(
          sql<Array<{ assignmentId: string; userId: string; role: "foundation_lead" | "foundation_member"; name: string; email: string }>>`
            coalesce(json_agg(json_build_object('assignmentId', r.id, 'userId', u.id, 'role', r.role, 'name', u.name, 'email', u.email)
              order by r.role, u.name), '[]')`.as("list"),
        )
        .as("team"),
    ])
    .orderBy("f.position")
    .execute();
}
