import { sql, type Kysely } from "kysely";

// Monitoring (DOMAIN step 9, Regioplan chapter 7): process, output and outcome indicators side
// by side, each with hard data (a value per quarter) and soft data (a story that explains it).
// - indicator: what the region follows, per region; `direction` says whether a higher value is
//   better, so a change can be called better or worse. An indicator may name the werkgroep or
//   fundament that reports it; its members may then record measurements. `version` lets the
//   projectbureau's change refuse to overwrite a change made meanwhile.
// - measurement: appended, never changed. A correction is a new row that names the value it
//   replaces, so the history keeps every value and two corrections cannot overwrite each other.

const quarter = (column: string) => `${column} ~ '^[0-9]{4}-Q[1-4]$'`;

const statements = [
  `create table indicator (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    slug text not null,
    kind text not null check (kind in ('process', 'output', 'outcome')),
    name text not null check (length(name) between 1 and 160),
    description text not null default '' check (length(description) <= 2000),
    unit text not null default '' check (length(unit) <= 40),
    direction text not null default 'up' check (direction in ('up', 'down')),
    target double precision,
    target_quarter text check (${quarter("target_quarter")}),
    source text not null default '' check (length(source) <= 300),
    working_group_id uuid references working_group (id) on delete set null,
    foundation_id uuid references foundation (id) on delete set null,
    position integer not null,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    unique (region_id, slug),
    check (working_group_id is null or foundation_id is null)
  )`,
  `create table measurement (
    id uuid primary key default gen_random_uuid(),
    indicator_id uuid not null references indicator (id) on delete cascade,
    quarter text not null check (${quarter("quarter")}),
    value double precision,
    story text not null default '' check (length(story) <= 2000),
    source text not null default '' check (length(source) <= 300),
    replaces_id uuid references measurement (id) on delete set null,
    recorded_by uuid references app_user (id) on delete set null,
    recorded_at timestamptz not null default now(),
    check (value is not null or length(story) > 0)
  )`,
  `create index measurement_indicator_idx on measurement (indicator_id, quarter, recorded_at)`,
  // One correction per value: the second of two corrections made at the same time fails here.
  `create unique index measurement_replaces_idx on measurement (replaces_id) where replaces_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of ["drop table measurement", "drop table indicator"]) await sql.raw(statement).execute(db);
}
