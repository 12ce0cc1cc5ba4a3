import { sql, type Kysely } from "kysely";

// Agendas and their co-edited text (issue 5).
// - agenda: one concept transformatieagenda per werkgroep, one werkagenda per fundament.
//   review_state is set to 'concept' now; the review issue builds the transitions.
// - collab_update: the Yjs update log, appended in small batches by server/collab. Each row
//   records its author. Rows are deleted only by compaction, in the same transaction that
//   stores the snapshot they were merged into, so snapshot + remaining rows is always the
//   whole document.
// - collab_snapshot: at most one per agenda (the compacted state).
// - agenda_contribution: who wrote how much, kept across compaction (for history).
// - agenda_version: named, frozen states (full Yjs state + rendered text) for review and diff.

const statements = [
  `create table agenda (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references region (id) on delete cascade,
    kind text not null check (kind in ('transformatieagenda', 'werkagenda')),
    working_group_id uuid unique references working_group (id) on delete cascade,
    foundation_id uuid unique references foundation (id) on delete cascade,
    review_state text not null default 'concept'
      check (review_state in ('concept', 'ingediend', 'in_review', 'aanpassen_gevraagd', 'positief_advies', 'vastgesteld', 'teruggetrokken')),
    created_at timestamptz not null default now(),
    created_by uuid references app_user (id) on delete set null,
    check ((kind = 'transformatieagenda') = (working_group_id is not null)),
    check ((kind = 'werkagenda') = (foundation_id is not null))
  )`,
  `create index agenda_region_idx on agenda (region_id)`,
  `create table collab_update (
    id bigint generated always as identity primary key,
    agenda_id uuid not null references agenda (id) on delete cascade,
    update bytea not null,
    author_id uuid references app_user (id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  `create index collab_update_agenda_idx on collab_update (agenda_id, id)`,
  `create table collab_snapshot (
    agenda_id uuid primary key references agenda (id) on delete cascade,
    state bytea not null,
    merged_updates bigint not null default 0,
    compacted_at timestamptz not null default now()
  )`,
  `create table agenda_contribution (
    agenda_id uuid not null references agenda (id) on delete cascade,
    user_id uuid not null references app_user (id) on delete cascade,
    updates bigint not null default 0,
    first_at timestamptz not null,
    last_at timestamptz not null,
    primary key (agenda_id, user_id)
  )`,
  `create table agenda_version (
    id uuid primary key default gen_random_uuid(),
    agenda_id uuid not null references agenda (id) on delete cascade,
    number integer not null,
    name text not null check (length(name) between 1 and 120),
    reason text not null default 'manual' check (reason in ('manual', 'submit')),
    state bytea not null,
    text text not null,
    created_at timestamptz not null default now(),
    created_by uuid references app_user (id) on delete set null,
    unique (agenda_id, number)
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["agenda_version", "agenda_contribution", "collab_snapshot", "collab_update", "agenda"]) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
