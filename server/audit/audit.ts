import type { Kysely } from "kysely";
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

/** The newest audit events of a region, with the actor's name. */
export async function listAuditEvents(db: Kysely<Database>, regionId: string, limit = 200) {
  return db
    .selectFrom("audit_event as e")
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .where("e.region_id", "=", regionId)
    .select(["e.id", "e.action", "e.subject_type as subjectType", "e.subject_id as subjectId", "e.data", "e.created_at as createdAt", "u.name as actorName", "u.email as actorEmail"])
    .orderBy("e.created_at", "desc")
    .orderBy("e.seq", "desc")
    .limit(limit)
    .execute();
}
