import { sql, type Kysely, type RawBuilder } from "kysely";
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
  subjectType: "user" | "session" | "working_group" | "foundation" | "role" | "solution_direction" | "workplan_item" | "agenda" | "criteria_set" | "criterion" | "agenda_thread" | "foundation_urgency_decision" | "dependency";
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
 * own lists. Each lookup sits in its CASE branch, so `subject_id` (text) is cast to uuid only for
 * the types whose ids are uuids.
 */
export async function listAuditEvents(db: Kysely<Database>, regionId: string, limit = 200) {
  const agendaOwner = (agendaId: RawBuilder<unknown>) =>
    sql`(select coalesce(g.name, f.name) from agenda a left join working_group g on g.id = a.working_group_id left join foundation f on f.id = a.foundation_id where a.id = ${agendaId})`;
  const itemTitle = (cardId: RawBuilder<unknown>, itemId: RawBuilder<unknown>) =>
    sql`coalesce((select title from solution_direction where id = ${cardId}), (select title from workplan_item where id = ${itemId}))`;
  const subject = sql.ref("e.subject_id");
  const asUuid = sql`${subject}::uuid`;
  return db
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .where("e.region_id", "=", regionId)
    .select(["e.id", "e.action", "e.subject_type as subjectType", "e.subject_id as subjectId", "e.data", "e.created_at as createdAt", "u.name as actorName", "u.email as actorEmail"])
    .select([
      sql<string | null>`case e.subject_type
        when 'agenda' then ${agendaOwner(asUuid)}
        when 'agenda_thread' then ${agendaOwner(sql`(select agenda_id from agenda_thread where id = ${asUuid})`)}
        when 'solution_direction' then (select title from solution_direction where id = ${asUuid})
        when 'workplan_item' then (select title from workplan_item where id = ${asUuid})
        when 'dependency' then (select ${itemTitle(sql.ref("d.from_card_id"), sql.ref("d.from_item_id"))} from dependency d where d.id = ${asUuid})
        when 'criteria_set' then (select name from criteria_set where id = ${asUuid})
        when 'criterion' then (select title from criterion where id = ${asUuid})
      end`.as("subjectName"),
      sql<string | null>`case e.subject_type
        when 'agenda' then (select kind from agenda where id = ${asUuid})
        when 'agenda_thread' then (select a.kind from agenda_thread t join agenda a on a.id = t.agenda_id where t.id = ${asUuid})
      end`.as("agendaKind"),
      sql<string | null>`case when e.subject_type = 'dependency' then (select ${itemTitle(sql.ref("d.to_card_id"), sql.ref("d.to_item_id"))} from dependency d where d.id = ${asUuid}) end`.as(
        "dependencyTo",
      ),
    ])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .limit(limit)
    .execute();
}
