import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type AuditAction =
  | "login.succeeded"
  | "login.failed"
  | "logout"
  | "session.ended"
  | "sessions.ended_by_admin"
  | "invitation.sent"
  | "invitation.accepted"
  | "password_reset.requested"
  | "password_reset.completed"
  | "role.granted"
  | "role.revoked"
  | "user.deactivated"
  | "user.reactivated"
  | "working_group.created"
  | "working_group.updated"
  | "card.created"
  | "card.updated"
  | "card.archived"
  | "card.restored"
  | "workplan_item.created"
  | "workplan_item.updated"
  | "workplan_item.archived"
  | "workplan_item.restored"
  | "agenda.version_frozen"
  | "agenda.submitted"
  | "agenda.resubmitted"
  | "agenda.review_started"
  | "agenda.reviews_completed"
  | "agenda.adopted"
  | "agenda.sent_back"
  | "agenda.withdrawn"
  | "agenda.reopened"
  | "agenda.deadline_set"
  | "review.assigned"
  | "review.unassigned"
  | "review.submitted"
  | "criteria_set.updated"
  | "criterion.updated"
  | "criterion.created"
  | "indicator.created"
  | "indicator.updated"
  | "thread.created"
  | "thread.replied"
  | "thread.resolved"
  | "thread.reopened"
  | "urgency.decided"
  | "focus_link.justified"
  | "dependency.proposed"
  | "dependency.confirmed"
  | "dependency.declined"
  | "dependency.withdrawn"
  | "dependency.lapsed";

export interface AuditEntry {
  regionId: string | null;
  actorId: string | null;
  action: AuditAction;
  subjectType: "user" | "session" | "working_group" | "foundation" | "role" | "solution_direction" | "workplan_item" | "agenda" | "criteria_set" | "criterion" | "indicator" | "agenda_thread" | "foundation_urgency_decision" | "dependency";
  subjectId: string | null;
  data?: Record<string, unknown>;
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry) {
  await db
    .insertInto("audit_event")
    .values({
      region_id: entry.regionId,
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      data: entry.data ?? {},
    })
    .execute();
}

/**
 * The newest audit events of a region, with the actor's name and the name of what each event is
 * about: an agenda's werkgroep or fundament and its kind (also for a comment thread on it), a
 * card's or werkagenda item's title, both ends of a dependency (the other in `dependencyTo`), a
 * criteria set or criterion. People, werkgroepen and fundamenten are named by the page from its
 * own lists. Every cast sits in a CASE branch for its subject type, so `subject_id` (text) is
 * cast to uuid only for the types whose ids are uuids; an agenda and a dependency are each read
 * once per event.
 */
export async function listAuditEvents(db: Kysely<Database>, regionId: string, limit = 200) {
  const itemTitle = (cardId: string, itemId: string) =>
    sql<string | null>`coalesce((select title from solution_direction where id = ${sql.ref(cardId)}), (select title from workplan_item where id = ${sql.ref(itemId)}))`;
  const asUuid = (type: string) => sql`case when e.subject_type = ${sql.lit(type)} then e.subject_id::uuid end`;
  // The newest events first, then the lookups: only for the rows shown, not the whole log.
  const newest = db.selectFrom("audit_event").where("region_id", "=", regionId).orderBy("created_at", "desc").orderBy("seq", "desc").limit(limit).selectAll().as("e");
  return db
    .selectFrom(newest)
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("agenda as a")
          .leftJoin("working_group as g", "g.id", "a.working_group_id")
          .leftJoin("foundation as f", "f.id", "a.foundation_id")
          .whereRef(
            "a.id",
            "=",
            sql<string>`coalesce(${asUuid("agenda")}, (select agenda_id from agenda_thread where id = ${asUuid("agenda_thread")}))`,
          )
          .select(["a.kind", sql<string>`coalesce(g.name, f.name)`.as("owner")])
          .as("agenda"),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("dependency as d")
          .whereRef("d.id", "=", asUuid("dependency"))
          .select([itemTitle("d.from_card_id", "d.from_item_id").as("fromTitle"), itemTitle("d.to_card_id", "d.to_item_id").as("toTitle")])
          .as("dependency"),
      (join) => join.onTrue(),
    )
    .select(["e.id", "e.action", "e.subject_type as subjectType", "e.subject_id as subjectId", "e.data", "e.created_at as createdAt", "u.name as actorName", "u.email as actorEmail"])
    .select([
      sql<string | null>`case e.subject_type
        when 'agenda' then agenda.owner
        when 'agenda_thread' then agenda.owner
        when 'dependency' then dependency."fromTitle"
        when 'solution_direction' then (select title from solution_direction where id = ${asUuid("solution_direction")})
        when 'workplan_item' then (select title from workplan_item where id = ${asUuid("workplan_item")})
        when 'criteria_set' then (select name from criteria_set where id = ${asUuid("criteria_set")})
        when 'criterion' then (select title from criterion where id = ${asUuid("criterion")})
      end`.as("subjectName"),
      "agenda.kind as agendaKind",
      "dependency.toTitle as dependencyTo",
    ])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .execute();
}
