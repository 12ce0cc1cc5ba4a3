import { sql, type Kysely } from "kysely";

// Werkgroepen are formed by theme, target group or bouwsteen (DOMAIN "The process", step 1):
// beside its bouwstenen and thema's, a werkgroep now names the prioritaire doelgroepen it
// works for.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table working_group_target_group (
    working_group_id uuid not null references working_group (id) on delete cascade,
    target_group_id uuid not null references target_group (id) on delete cascade,
    primary key (working_group_id, target_group_id)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table working_group_target_group`.execute(db);
}
