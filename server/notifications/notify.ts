import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** What a notification is about. The bell, the list and the daily digest word each kind in Dutch. */
export type NotificationKind =
  | "dependency.proposed"
  | "dependency.confirmed"
  | "dependency.declined"
  | "dependency.withdrawn"
  | "dependency.lapsed"
  | "dependency.at_risk"
  | "thread.created"
  | "thread.replied"
  | "agenda.review_step"
  | "review.assigned";

export interface NewNotification {
  regionId: string;
  kind: NotificationKind;
  /** The thing it is about (a dependency id, the item that became at risk, a comment thread). */
  subjectId: string;
  /** Facts for the Dutch text: titles, owner names, the reason. Plain JSON. */
  data: Record<string, unknown>;
  /** Where the notification leads, a path inside the app. */
  link: string;
}

/**
 * Notifies people inside the caller's transaction, so a notification exists exactly when
 * the change it tells about was committed. One row per person; the actor is left out by the
 * caller (nobody is told about their own step). One statement for all recipients.
 */
export async function notifyPeople(trx: Kysely<Database>, userIds: readonly string[], notification: NewNotification): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  await trx
    .insertInto("notification")
    .values(
      recipients.map((userId) => ({
        region_id: notification.regionId,
        user_id: userId,
        kind: notification.kind,
        subject_id: notification.subjectId,
        data: notification.data,
        link: notification.link,
      })),
    )
    .execute();
}
