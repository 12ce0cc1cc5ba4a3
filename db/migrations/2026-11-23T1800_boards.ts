import { sql, type Kysely } from "kysely";

// Boards: a werkgroep's oplossingsrichtingen (cards) and a fundament's werkagenda items.
// rank orders a lane; it is compared byte by byte (collate "C"), as shared/domain/rank.ts does.
// Links to the plan are id arrays (uuid[]): a card's links are edited, versioned and merged
// as one field each, and the service checks every id against the region's plan. GIN indexes
// serve the matrix (which cards link bouwsteen X and fundament Y).
// Cards and items are archived, never deleted; their history lives in audit_event.

const statements = [
  `create table solution_direction (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    working_group_id uuid not null references working_group (id) on delete cascade,
    origin_id uuid references catalogue_direction (id) on delete set null,
    title text not null check (length(title) between 1 and 160),
    description text not null default '' check (length(description) <= 5000),
    status text not null default 'verkennen'
      check (status in ('verkennen', 'gekozen', 'uitwerken', 'in_agenda', 'gepauzeerd')),
    rank text collate "C" not null,
    focus boolean not null default false,
    scale_kind text check (scale_kind in ('lokaal', 'subregionaal', 'regionaal')),
    municipality_ids uuid[] not null default '{}',
    subregion_id uuid references subregion (id) on delete set null,
    start_quarter text check (start_quarter ~ '^[0-9]{4}-Q[1-4]$'),
    end_quarter text check (end_quarter ~ '^[0-9]{4}-Q[1-4]$'),
    building_block_ids uuid[] not null default '{}',
    foundation_ids uuid[] not null default '{}',
    target_group_ids uuid[] not null default '{}',
    theme_ids uuid[] not null default '{}',
    task_ids uuid[] not null default '{}',
    initiative_ids uuid[] not null default '{}',
    responsible_user_id uuid references app_user (id) on delete set null,
    assessment jsonb not null default '{}'::jsonb,
    version integer not null default 1,
    archived_at timestamptz,
    created_at timestamptz not null default now(),
    created_by uuid references app_user (id) on delete set null,
    updated_at timestamptz not null default now(),
    updated_by uuid references app_user (id) on delete set null
  )`,
  `create index solution_direction_board_idx on solution_direction (working_group_id, status, rank) where archived_at is null`,
  `create index solution_direction_region_idx on solution_direction (region_id) where archived_at is null`,
  `create index solution_direction_blocks_idx on solution_direction using gin (building_block_ids)`,
  `create index solution_direction_foundations_idx on solution_direction using gin (foundation_ids)`,
  // The focus rule (at most two per werkgroep) is enforced by the service under a lock on the
  // werkgroep row; this index makes counting them cheap.
  `create index solution_direction_focus_idx on solution_direction (working_group_id) where focus and archived_at is null`,
  `create table workplan_item (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    foundation_id uuid not null references foundation (id) on delete cascade,
    title text not null check (length(title) between 1 and 160),
    description text not null default '' check (length(description) <= 5000),
    due_quarter text not null check (due_quarter ~ '^[0-9]{4}-Q[1-4]$'),
    status text not null default 'gepland' check (status in ('gepland', 'bezig', 'gereed', 'vertraagd')),
    rank text collate "C" not null,
    responsible_organisation text not null default '' check (length(responsible_organisation) <= 160),
    version integer not null default 1,
    archived_at timestamptz,
    created_at timestamptz not null default now(),
    created_by uuid references app_user (id) on delete set null,
    updated_at timestamptz not null default now(),
    updated_by uuid references app_user (id) on delete set null
  )`,
  `create index workplan_item_board_idx on workplan_item (foundation_id, status, rank) where archived_at is null`,
  `create table comment (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    subject_type text not null check (subject_type in ('solution_direction', 'workplan_item')),
    subject_id uuid not null,
    author_id uuid references app_user (id) on delete set null,
    body text not null check (length(body) between 1 and 5000),
    created_at timestamptz not null default now()
  )`,
  `create index comment_subject_idx on comment (subject_type, subject_id, created_at)`,
  `create index audit_event_subject_idx on audit_event (subject_type, subject_id, created_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_event_subject_idx`.execute(db);
  for (const table of ["comment", "workplan_item", "solution_direction"]) await sql.raw(`drop table ${table}`).execute(db);
}
