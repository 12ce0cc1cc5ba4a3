import { isReviewState, stateLabel } from "../../shared/domain/review-flow";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { listNotificationsInput, markReadInput } from "../../shared/schemas/notifications";
import { requirePermission } from "../auth/authorize";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./notifications.repository";

// The signed-in person's own notifications (issue 7, point 6): the bell's count, the list on
// /meldingen and marking them read. Nobody sees or changes another person's notifications.

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** One notification in Dutch, from its kind and the facts stored with it; missing facts are tolerated. */
export function describeNotification(kind: string, data: Record<string, unknown> | null | undefined): string {
  const d = data ?? {};
  const m = nl.notifications;
  const by = text(d.byName) ?? m.someone;
  const from = m.itemOf(text(d.fromTitle) ?? m.anItem, text(d.fromOwner));
  const to = m.itemOf(text(d.toTitle) ?? m.anItem, text(d.toOwner));
  switch (kind) {
    case "dependency.proposed":
      return m.kind.proposed(by, from, to);
    case "dependency.confirmed":
      return m.kind.confirmed(by, from, to);
    case "dependency.declined":
      return m.kind.declined(by, from, to, text(d.reason));
    case "dependency.withdrawn":
      return m.kind.withdrawn(by, from, to);
    case "dependency.lapsed":
      return m.kind.lapsed(from, to);
    case "dependency.at_risk":
      return m.kind.atRisk(m.itemOf(text(d.itemTitle) ?? m.anItem, null), text(d.riskText));
    case "thread.created":
      return m.kind.threadCreated(by, text(d.ownerName) ?? m.anItem, text(d.quote) ?? "", text(d.body) ?? "");
    case "thread.replied":
      return m.kind.threadReplied(by, text(d.ownerName) ?? m.anItem, text(d.quote) ?? "", text(d.body) ?? "");
    case "review.assigned":
      return m.kind.reviewAssigned(by, text(d.ownerName) ?? m.anItem);
    case "agenda.review_step":
      return describeReviewStep(d, by);
    default:
      return m.kind.other;
  }
}

/** A step in an agenda's review (review-notifications.ts), by its event. */
function describeReviewStep(d: Record<string, unknown>, by: string): string {
  const m = nl.notifications;
  const owner = text(d.ownerName) ?? m.anItem;
  const to = text(d.to);
  switch (text(d.event)) {
    case "indienen":
      return m.kind.agendaSubmitted(by, owner);
    case "opnieuw_indienen":
      return m.kind.agendaResubmitted(by, owner);
    case "laatste_review_binnen":
      return m.kind.reviewsDone(owner, to && isReviewState(to) ? stateLabel(to) : m.kind.other);
    case "vaststellen":
      return m.kind.agendaAdopted(owner);
    case "terugsturen":
      return m.kind.agendaSentBack(owner, text(d.reason));
    case "terugtrekken":
      return m.kind.agendaWithdrawn(by, owner);
    default:
      return m.kind.other;
  }
}

/** Only paths inside the app; anything else leads to the list itself. */
function safeLink(link: string): string {
  return link.startsWith("/") && !link.startsWith("//") ? link : "/meldingen";
}

/** The person's newest notifications first, each with its Dutch text, and the unread count. */
export async function listMyNotifications(ctx: ServiceContext, input?: unknown) {
  const actor = requirePermission(ctx, "self.manage");
  const { limit } = parseInput(listNotificationsInput, input);
  const [rows, unread] = await Promise.all([
    repo.listOwn(ctx.db, ctx.regionId, actor.userId, limit),
    repo.countUnread(ctx.db, ctx.regionId, actor.userId),
  ]);
  return {
    unread,
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      text: describeNotification(row.kind, row.data),
      link: safeLink(row.link),
      createdAt: row.createdAt,
      read: row.readAt !== null,
    })),
  };
}

/** The number on the bell. */
export async function countMyUnread(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  return { unread: await repo.countUnread(ctx.db, ctx.regionId, actor.userId) };
}

/**
 * Marks some of the person's own notifications read. One id that is not theirs (someone
 * else's, or unknown) makes it a 404 and nothing changes: the answer is the same for both,
 * so it tells nothing about other people's notifications.
 */
export async function markRead(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "self.manage");
  const { ids } = parseInput(markReadInput, input);
  const unique = [...new Set(ids)];
  if ((await repo.countOwnOf(ctx.db, ctx.regionId, actor.userId, unique)) !== unique.length) throw new NotFoundError(nl.notifications.notFound);
  const marked = await repo.markOwnRead(ctx.db, ctx.regionId, actor.userId, unique, ctx.now());
  return { marked };
}

/** Marks every notification of the person read. */
export async function markAllRead(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "self.manage");
  return { marked: await repo.markAllOwnRead(ctx.db, ctx.regionId, actor.userId, ctx.now()) };
}
