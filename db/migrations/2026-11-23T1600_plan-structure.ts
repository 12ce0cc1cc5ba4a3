import { sql, type Kysely } from "kysely";

// The Regioplan's structure: a region at the root (one deployment can host several IZA
// regions), its plan and everything the plan names. Every seeded row has a slug that is
// unique within its kind, so seeding can upsert and URLs stay stable.

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `create table region (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique,
        name text not null,
        created_at timestamptz not null default now()
      )`,
    `create table plan (
        id uuid primary key default gen_random_uuid(),
        region_id uuid not null references region (id) on delete cascade,
        slug text not null,
        title text not null,
        subtitle text not null,
        ambition text not null,
        ambition_description text not null,
        guiding_rule text not null,
        year integer not null check (year between 2000 and 2100),
        unique (region_id, slug)
      )`,
    `create table subregion (
        id uuid primary key default gen_random_uuid(),
        region_id uuid not null references region (id) on delete cascade,
        slug text not null,
        name text not null,
        position integer not null,
        unique (region_id, slug)
      )`,
    `create table municipality (
        id uuid primary key default gen_random_uuid(),
        region_id uuid not null references region (id) on delete cascade,
        subregion_id uuid references subregion (id) on delete set null,
        slug text not null,
        name text not null,
        position integer not null,
        unique (region_id, slug)
      )`,
    `create index municipality_subregion_idx on municipality (subregion_id)`,
  ]) {
    await sql.raw(statement).execute(db);
  }

  for (const table of ["transformation_task", "principle", "target_group", "theme", "financing_stream"]) {
    await sql`
      create table ${sql.table(table)} (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        slug text not null,
        name text not null,
        description text not null,
        position integer not null,
        unique (plan_id, slug)
      )
    `.execute(db);
  }
  // Opgaven carry the plan's own code (T1, T2, T3) next to their slug.
  await sql`alter table transformation_task add column code text not null, add unique (plan_id, code)`.execute(db);

  for (const statement of [
    `create table building_block (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        slug text not null,
        name text not null,
        chapter_title text,
        description text not null,
        position integer not null,
        unique (plan_id, slug)
      )`,
    `-- The plan's own oplossingsrichtingen: a read-only catalogue werkgroepen adopt from.
      create table catalogue_direction (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        building_block_id uuid not null references building_block (id) on delete cascade,
        slug text not null,
        name text not null,
        description text not null,
        position integer not null,
        unique (plan_id, slug)
      )`,
    `create index catalogue_direction_block_idx on catalogue_direction (building_block_id)`,
    `-- Voorlopers: existing initiatives the plan builds on.
      create table initiative (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        building_block_id uuid not null references building_block (id) on delete cascade,
        slug text not null,
        name text not null,
        description text not null,
        scope text not null check (scope in ('gemeente', 'regio', 'landelijk', 'diverse')),
        kind text not null check (kind in ('voorloper', 'voorbeeld')),
        position integer not null,
        unique (plan_id, slug)
      )`,
    `create index initiative_block_idx on initiative (building_block_id)`,
    `create table initiative_municipality (
        initiative_id uuid not null references initiative (id) on delete cascade,
        municipality_id uuid not null references municipality (id) on delete cascade,
        primary key (initiative_id, municipality_id)
      )`,
    `create index initiative_municipality_municipality_idx on initiative_municipality (municipality_id)`,
    `create table foundation (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        slug text not null,
        name text not null,
        description text not null,
        position integer not null,
        unique (plan_id, slug)
      )`,
    `create table foundation_line (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references plan (id) on delete cascade,
        foundation_id uuid not null references foundation (id) on delete cascade,
        slug text not null,
        name text not null,
        description text not null,
        position integer not null,
        unique (plan_id, slug)
      )`,
    `create index foundation_line_foundation_idx on foundation_line (foundation_id)`,
    `-- The Zorgtafel's agenda belongs to the region, next to (not inside) the Regioplan.
      create table care_table_theme (
        id uuid primary key default gen_random_uuid(),
        region_id uuid not null references region (id) on delete cascade,
        slug text not null,
        name text not null,
        intended_result text not null,
        source text not null,
        position integer not null,
        unique (region_id, slug)
      )`,
    `create table care_table_task (
        id uuid primary key default gen_random_uuid(),
        region_id uuid not null references region (id) on delete cascade,
        theme_id uuid not null references care_table_theme (id) on delete cascade,
        slug text not null,
        text text not null,
        position integer not null,
        unique (region_id, slug)
      )`,
    `create index care_table_task_theme_idx on care_table_task (theme_id)`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `drop table care_table_task`,
    `drop table care_table_theme`,
    `drop table foundation_line`,
    `drop table foundation`,
    `drop table initiative_municipality`,
    `drop table initiative`,
    `drop table catalogue_direction`,
    `drop table building_block`,
    `drop table financing_stream`,
    `drop table theme`,
    `drop table target_group`,
    `drop table principle`,
    `drop table transformation_task`,
    `drop table municipality`,
    `drop table subregion`,
    `drop table plan`,
    `drop table region`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
