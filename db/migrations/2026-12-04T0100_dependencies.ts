import { sql, type Kysely } from "kysely";

// Cross-group dependency tracking (issue 7): who needs what from whom, by when.
// - dependency: a link from a depending item (an oplossingsrichting card or a werkagenda item)
//   to the item it needs or touches. Exactly one of from_card_id/from_item_id and one of
//   to_card_id/to_item_id is set; from_key/to_key are whichever is set, so a pair has one
//   live agreement (voorgesteld or bevestigd) whichever way round it was proposed. Confirmed
//   and proposed 'vereist' links are the single source of "who needs what".
// - foundation_urgency_decision: the coalition's decided order of the fundamenten; the newest
//   row is the current order, older rows are its history.
// - focus_link_justification: why a focus card that links a fundament has no 'vereist' link to
//   one of that fundament's werkagenda items (the submission check then does not warn).
// - item_risk: the at-risk state last computed per item, so "became at risk" can be noticed
//   and announced once.
// - notification: in-app notifications per person; emailed_at marks what a digest has sent.
// - digest_run: one row per digest day, claimed under an advisory lock so several server
//   instances send the daily digest once.

const statements = [
  `create table dependency (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    from_card_id uuid references solution_direction (id) on delete cascade,
    from_item_id uuid references workplan_item (id) on delete cascade,
    to_card_id uuid references solution_direction (id) on delete cascade,
    to_item_id uuid references workplan_item (id) on delete cascade,
    from_key uuid generated always as (coalesce(from_card_id, from_item_id)) stored,
    to_key uuid generated always as (coalesce(to_card_id, to_item_id)) stored,
    kind text not null check (kind in ('vereist', 'versterkt', 'overlapt')),
    state text not null default 'voorgesteld' check (state in ('voorgesteld', 'bevestigd', 'afgewezen', 'vervallen')),
    agreed_date date,
    note text not null default '' check (length(note) <= 2000),
    answer_reason text not null default '' check (length(answer_reason) <= 2000),
    proposed_by uuid references app_user (id) on delete set null,
    answered_by uuid references app_user (id) on delete set null,
    answered_at timestamptz,
    lapsed_at timestamptz,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (num_nonnulls(from_card_id, from_item_id) = 1),
    check (num_nonnulls(to_card_id, to_item_id) = 1),
    check (coalesce(from_card_id, from_item_id) <> coalesce(to_card_id, to_item_id))
  )`,
  `create unique index dependency_live_pair_idx on dependency (least(from_key, to_key), greatest(from_key, to_key))
    where state in ('voorgesteld', 'bevestigd')`,
  `create index dependency_region_idx on dependency (region_id, state)`,
  `create index dependency_from_idx on dependency (from_key)`,
  `create index dependency_to_idx on dependency (to_key)`,
  `create table foundation_urgency_decision (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    foundation_ids uuid[] not null,
    note text not null default '' check (length(note) <= 2000),
    decided_by uuid references app_user (id) on delete set null,
    decided_at timestamptz not null default now()
  )`,
  `create index foundation_urgency_decision_region_idx on foundation_urgency_decision (region_id, decided_at desc)`,
  `create table focus_link_justification (
    card_id uuid not null references solution_direction (id) on delete cascade,
    foundation_id uuid not null references foundation (id) on delete cascade,
    reason text not null check (length(reason) between 1 and 2000),
    recorded_by uuid references app_user (id) on delete set null,
    recorded_at timestamptz not null default now(),
    primary key (card_id, foundation_id)
  )`,
  `create table item_risk (
    item_id uuid primary key,
    region_id uuid not null references region (id) on delete cascade,
    reasons jsonb not null default '[]'::jsonb,
    since timestamptz not null default now()
  )`,
  `create table notification (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    user_id uuid not null references app_user (id) on delete cascade,
    kind text not null,
    subject_id uuid,
    data jsonb not null default '{}'::jsonb,
    link text not null default '',
    created_at timestamptz not null default now(),
    read_at timestamptz,
    emailed_at timestamptz
  )`,
  `create index notification_user_idx on notification (user_id, created_at desc)`,
  `create index notification_unread_idx on notification (user_id) where read_at is null`,
  `create table digest_run (
    region_id uuid not null references region (id) on delete cascade,
    day date not null,
    ran_at timestamptz not null default now(),
    sent integer not null default 0,
    primary key (region_id, day)
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["digest_run", "notification", "item_risk", "focus_link_justification", "foundation_urgency_decision", "dependency"]) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
