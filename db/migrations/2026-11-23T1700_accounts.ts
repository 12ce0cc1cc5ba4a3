import { sql, type Kysely } from "kysely";

// People, sessions (Lucia's design: only a hash of the secret is stored), roles per region
// (global, or scoped to a werkgroep or fundament), werkgroepen, one-time links, the e-mail
// outbox, login rate limits and the audit log.

const statements = [
  `create table working_group (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    slug text not null,
    name text not null,
    description text not null default '',
    position integer not null default 0,
    created_at timestamptz not null default now(),
    unique (region_id, slug)
  )`,
  `create table working_group_building_block (
    working_group_id uuid not null references working_group (id) on delete cascade,
    building_block_id uuid not null references building_block (id) on delete cascade,
    primary key (working_group_id, building_block_id)
  )`,
  `create table working_group_theme (
    working_group_id uuid not null references working_group (id) on delete cascade,
    theme_id uuid not null references theme (id) on delete cascade,
    primary key (working_group_id, theme_id)
  )`,
  `create table app_user (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    email text not null,
    name text not null default '',
    organisation text not null default '',
    password_hash text,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    deactivated_at timestamptz
  )`,
  `create unique index app_user_email_idx on app_user (lower(email))`,
  `create table role_assignment (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references app_user (id) on delete cascade,
    region_id uuid not null references region (id) on delete cascade,
    role text not null check (role in ('programme_office', 'expert', 'coalition', 'reader',
      'group_lead', 'group_member', 'foundation_lead', 'foundation_member')),
    working_group_id uuid references working_group (id) on delete cascade,
    foundation_id uuid references foundation (id) on delete cascade,
    created_at timestamptz not null default now(),
    check (
      (role in ('group_lead', 'group_member') and working_group_id is not null and foundation_id is null) or
      (role in ('foundation_lead', 'foundation_member') and foundation_id is not null and working_group_id is null) or
      (role in ('programme_office', 'expert', 'coalition', 'reader') and working_group_id is null and foundation_id is null)
    )
  )`,
  // One row per (person, role, scope); nulls are made comparable so global roles are unique too.
  `create unique index role_assignment_unique_idx on role_assignment (user_id, role,
    coalesce(working_group_id, '00000000-0000-0000-0000-000000000000'::uuid),
    coalesce(foundation_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
  `create index role_assignment_group_idx on role_assignment (working_group_id)`,
  `create index role_assignment_foundation_idx on role_assignment (foundation_id)`,
  `create table session (
    id text primary key,
    secret_hash bytea not null,
    user_id uuid not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    last_used_at timestamptz not null default now(),
    expires_at timestamptz not null,
    absolute_expires_at timestamptz not null,
    user_agent text not null default '',
    ip text not null default ''
  )`,
  `create index session_user_idx on session (user_id)`,
  `create table one_time_token (
    id text primary key,
    secret_hash bytea not null,
    purpose text not null check (purpose in ('invitation', 'password_reset')),
    user_id uuid not null references app_user (id) on delete cascade,
    created_by uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`,
  `create index one_time_token_user_idx on one_time_token (user_id, purpose)`,
  `create table outbox_email (
    id uuid primary key default gen_random_uuid(),
    to_address text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  )`,
  `create table rate_limit (
    key text primary key,
    failures integer not null,
    window_started_at timestamptz not null
  )`,
  // seq orders events written in the same transaction (they share created_at).
  `create table audit_event (
    id uuid primary key default gen_random_uuid(),
    seq bigint generated always as identity,
    region_id uuid references region (id) on delete cascade,
    actor_id uuid references app_user (id) on delete set null,
    action text not null,
    subject_type text not null,
    subject_id text,
    data jsonb not null default '{}'::jsonb,
    created_at timestamptz not null default now()
  )`,
  `create index audit_event_region_time_idx on audit_event (region_id, created_at desc, seq desc)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_event",
    "rate_limit",
    "outbox_email",
    "one_time_token",
    "session",
    "role_assignment",
    "app_user",
    "working_group_theme",
    "working_group_building_block",
    "working_group",
  ]) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
