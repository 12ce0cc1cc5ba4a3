import { sql, type Kysely } from "kysely";

// The plan's own numbers and the Zorgtafel's dated goals, as data (seeded per region):
// - plan_key_figure: the regiobeeld's key figures ("+34% zorgvraag in 2032; landelijk +21%"),
//   shown on /regioplan so every werkgroep starts from the same picture.
// - care_table_goal: the Zorgtafel's doelstellingen per theme with the period they were set
//   for ("maart 2021 - maart 2022"), beside its opgaven.
// A database made before this migration gets the rows the next time the seed runs
// (`npm run db:seed`); a fresh one at its first start.

const statements = [
  `create table plan_key_figure (
    id uuid primary key default gen_random_uuid(),
    plan_id uuid not null references plan (id) on delete cascade,
    slug text not null,
    value text not null check (length(value) between 1 and 40),
    label text not null check (length(label) between 1 and 300),
    context text not null default '' check (length(context) <= 300),
    position integer not null,
    unique (plan_id, slug)
  )`,
  `create table care_table_goal (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    theme_id uuid not null references care_table_theme (id) on delete cascade,
    slug text not null,
    text text not null check (length(text) between 1 and 1000),
    period text not null check (length(period) between 1 and 100),
    position integer not null,
    unique (region_id, slug)
  )`,
  `create index care_table_goal_theme_idx on care_table_goal (theme_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of ["drop table care_table_goal", "drop table plan_key_figure"]) await sql.raw(statement).execute(db);
}
