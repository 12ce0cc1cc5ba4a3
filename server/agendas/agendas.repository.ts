import type { Kysely } from "kysely";
import type { AgendaKind, Database } from "../../db/schema";

type Db = Kysely<Database>;

const agendaColumns = ["a.id", "a.region_id", "a.kind", "a.working_group_id", "a.foundation_id", "a.review_state", "a.created_at"] as const;

export type AgendaRow = Awaited<ReturnType<typeof findAgendaById>> & {};

/** An agenda by id, with the name and slug of its werkgroep or fundament. */
export async function findAgendaById(db: Db, id: string) {
  return db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .where("a.id", "=", id)
    .select([...agendaColumns, "g.slug as group_slug", "g.name as group_name", "f.slug as foundation_slug", "f.name as foundation_name"])
    .executeTakeFirst();
}

export async function findAgendaIdFor(db: Db, owner: { groupId: string } | { foundationId: string }) {
  const row = await db
    .selectFrom("agenda")
    .$if("groupId" in owner, (qb) => qb.where("working_group_id", "=", (owner as { groupId: string }).groupId))
    .$if("foundationId" in owner, (qb) => qb.where("foundation_id", "=", (owner as { foundationId: string }).foundationId))
    .select("id")
    .executeTakeFirst();
  return row?.id;
}

/**
 * Creates the agenda unless it exists (two first visitors at once create one). Returns the
 * new id, or undefined when another request won.
 */
export async function insertAgendaIfMissing(
  db: Db,
  agenda: { regionId: string; kind: AgendaKind; groupId?: string; foundationId?: string; createdBy: string | null },
) {
  const row = await db
    .insertInto("agenda")
    .values({
      region_id: agenda.regionId,
      kind: agenda.kind,
      working_group_id: agenda.groupId ?? null,
      foundation_id: agenda.foundationId ?? null,
      created_by: agenda.createdBy,
    })
    .onConflict((oc) => oc.column(agenda.groupId ? "working_group_id" : "foundation_id").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Test factories and the review issue: set the review state directly. */
export async function setReviewState(db: Db, agendaId: string, state: Database["agenda"]["review_state"]["__select__"]) {
  await db.updateTable("agenda").set({ review_state: state }).where("id", "=", agendaId).execute();
}
