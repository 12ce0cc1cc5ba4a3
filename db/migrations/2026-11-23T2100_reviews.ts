import { sql, type Kysely } from "kysely";

// Review and adoption of agendas (issue 6): the state machine's history, reviewers, deadlines,
// criteria sets (data, per region), reviews with ratings, the adopted version, and comments
// anchored to passages of the text.
// - agenda: deadline (null = the default, end of Q2 of the plan year), the adopted version with
//   decision date and reference, when the state last changed.
// - agenda_transition: every state change with who, when, why and the version it concerns.
// - review_assignment: which experts review an agenda (they owe a review of each submitted version).
// - criteria_set / criterion: what reviewers rate (per region; the programme office configures).
// - review / review_rating: one expert's review of one frozen version; advice once submitted.
// - agenda_version.checks: the submission checks' outcome (warnings are recorded with the version).
// - agenda_thread / agenda_thread_comment: comments on a passage. The anchor is a pair of Yjs
//   relative positions (survives edits before it); quote keeps the passage's text for when it
//   is deleted (then the thread shows as detached).

const statements = [
  `alter table agenda
    add column deadline date,
    add column state_changed_at timestamptz not null default now(),
    add column adopted_version_id uuid references agenda_version (id) on delete restrict,
    add column adoption_date date,
    add column adoption_reference text check (length(adoption_reference) <= 200)`,
  `alter table agenda_version add column checks jsonb not null default '{}'::jsonb`,
  `create table agenda_transition (
    id uuid primary key default gen_random_uuid(),
    agenda_id uuid not null references agenda (id) on delete cascade,
    event text not null,
    from_state text not null,
    to_state text not null,
    actor_id uuid references app_user (id) on delete set null,
    version_id uuid references agenda_version (id) on delete set null,
    reason text not null default '' check (length(reason) <= 2000),
    created_at timestamptz not null default now()
  )`,
  `create index agenda_transition_agenda_idx on agenda_transition (agenda_id, created_at)`,
  `create table review_assignment (
    id uuid primary key default gen_random_uuid(),
    agenda_id uuid not null references agenda (id) on delete cascade,
    expert_id uuid not null references app_user (id) on delete cascade,
    assigned_by uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    unique (agenda_id, expert_id)
  )`,
  `create table criteria_set (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    slug text not null,
    name text not null check (length(name) between 1 and 160),
    description text not null default '' check (length(description) <= 2000),
    active boolean not null default true,
    position integer not null default 0,
    unique (region_id, slug)
  )`,
  `create table criterion (
    id uuid primary key default gen_random_uuid(),
    criteria_set_id uuid not null references criteria_set (id) on delete cascade,
    slug text not null,
    title text not null check (length(title) between 1 and 200),
    description text not null default '' check (length(description) <= 2000),
    position integer not null default 0,
    unique (criteria_set_id, slug)
  )`,
  `create table review (
    id uuid primary key default gen_random_uuid(),
    agenda_id uuid not null references agenda (id) on delete cascade,
    version_id uuid not null references agenda_version (id) on delete restrict,
    expert_id uuid not null references app_user (id) on delete cascade,
    advice text check (advice in ('positief', 'positief_met_aanpassingen', 'aanpassen', 'negatief')),
    summary text not null default '' check (length(summary) <= 5000),
    submitted_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (version_id, expert_id),
    check ((advice is null) = (submitted_at is null))
  )`,
  `create index review_agenda_idx on review (agenda_id, created_at)`,
  `create table review_rating (
    review_id uuid not null references review (id) on delete cascade,
    criterion_id uuid not null references criterion (id) on delete restrict,
    score integer not null check (score between 1 and 4),
    motivation text not null default '' check (length(motivation) <= 3000),
    primary key (review_id, criterion_id)
  )`,
  `create table agenda_thread (
    id uuid primary key default gen_random_uuid(),
    agenda_id uuid not null references agenda (id) on delete cascade,
    version_id uuid references agenda_version (id) on delete set null,
    anchor_start bytea,
    anchor_end bytea,
    quote text not null default '' check (length(quote) <= 2000),
    author_id uuid references app_user (id) on delete set null,
    resolved_at timestamptz,
    resolved_by uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  `create index agenda_thread_agenda_idx on agenda_thread (agenda_id, created_at)`,
  `create table agenda_thread_comment (
    id uuid primary key default gen_random_uuid(),
    thread_id uuid not null references agenda_thread (id) on delete cascade,
    author_id uuid references app_user (id) on delete set null,
    body text not null check (length(body) between 1 and 5000),
    created_at timestamptz not null default now()
  )`,
  `create index agenda_thread_comment_thread_idx on agenda_thread_comment (thread_id, created_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["agenda_thread_comment", "agenda_thread", "review_rating", "review", "criterion", "criteria_set", "review_assignment", "agenda_transition"]) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
  await sql`alter table agenda_version drop column checks`.execute(db);
  await sql`alter table agenda drop column deadline, drop column state_changed_at, drop column adopted_version_id, drop column adoption_date, drop column adoption_reference`.execute(db);
}
