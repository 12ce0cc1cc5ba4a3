import { sql, type Kysely } from "kysely";

// The Overzicht shows what others changed since a person last marked it as seen.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user add column changes_seen_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user drop column changes_seen_at`.execute(db);
}
