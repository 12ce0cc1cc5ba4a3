import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ReviewEvent, ReviewState } from "../../shared/domain/review-flow";
import { findUserName } from "../dependencies/dependencies.repository";
import { listOwnerPeople } from "../dependencies/graph.repository";
import { notifyPeople } from "../notifications/notify";
import * as repo from "./reviews.repository";
import { ownerPath } from "../../shared/owner-paths";

// Who hears of a step in an agenda's review, in the step's own transaction (so a notification
// exists exactly when the step was committed). Never the person who took the step.
//   indienen                -> the projectbureau and the expertteam: it waits for reviewers
//   opnieuw_indienen        -> the assigned reviewers: a new version needs their review
//   laatste_review_binnen   -> the werkgroep or fundament; with a positive advice the coalitie too
//   vaststellen, terugsturen -> the werkgroep or fundament
//   terugtrekken            -> the assigned reviewers: their review is no longer needed
// Being made a reviewer is told by notifyReviewerAssigned.

type Db = Kysely<Database>;

export interface ReviewStep {
  agendaId: string;
  regionId: string;
  event: ReviewEvent;
  to: ReviewState;
  /** Who took the step; for "laatste review binnen" the person whose review completed it. */
  actorId: string | null;
  reason?: string;
}

async function findOwner(db: Db, agendaId: string) {
  const row = await repo.findReviewAgenda(db, agendaId);
  if (!row) return null;
  return row.working_group_id
    ? { kind: "werkgroep" as const, id: row.working_group_id, slug: row.group_slug ?? "", name: row.group_name ?? "" }
    : { kind: "fundament" as const, id: row.foundation_id!, slug: row.foundation_slug ?? "", name: row.foundation_name ?? "" };
}

type Owner = NonNullable<Awaited<ReturnType<typeof findOwner>>>;

/** The agenda's review page: where each of these notifications leads. */
function reviewLink(owner: Owner): string {
  return ownerPath(owner, "/agenda/review");
}

async function sidePeople(db: Db, regionId: string, owner: Owner) {
  const people = await listOwnerPeople(db, regionId, { groupIds: owner.kind === "werkgroep" ? [owner.id] : [], foundationIds: owner.kind === "fundament" ? [owner.id] : [] });
  return people.map((person) => person.userId);
}

async function reviewers(db: Db, agendaId: string) {
  return (await repo.listAssignments(db, agendaId)).map((row) => row.expert_id);
}

async function recipientsOf(db: Db, step: ReviewStep, owner: Owner): Promise<string[]> {
  switch (step.event) {
    case "indienen":
      return repo.listRoleHolders(db, step.regionId, ["programme_office", "expert"]);
    case "opnieuw_indienen":
    case "terugtrekken":
      return reviewers(db, step.agendaId);
    case "laatste_review_binnen":
      return [...(await sidePeople(db, step.regionId, owner)), ...(step.to === "positief_advies" ? await repo.listRoleHolders(db, step.regionId, ["coalition"]) : [])];
    case "vaststellen":
    case "terugsturen":
      return sidePeople(db, step.regionId, owner);
    default:
      return [];
  }
}

export async function notifyReviewStep(trx: Db, step: ReviewStep): Promise<void> {
  const owner = await findOwner(trx, step.agendaId);
  if (!owner) return;
  const recipients = (await recipientsOf(trx, step, owner)).filter((id) => id !== step.actorId);
  if (recipients.length === 0) return;
  await notifyPeople(trx, recipients, {
    regionId: step.regionId,
    kind: "agenda.review_step",
    subjectId: step.agendaId,
    data: {
      event: step.event,
      to: step.to,
      ownerName: owner.name,
      byName: step.actorId ? await findUserName(trx, step.actorId) : null,
      ...(step.reason ? { reason: step.reason } : {}),
    },
    link: reviewLink(owner),
  });
}

/** Tells the experts who were just made reviewers (not the one who assigned themselves). */
export async function notifyReviewerAssigned(trx: Db, facts: { agendaId: string; regionId: string; expertIds: readonly string[]; actorId: string }) {
  const recipients = facts.expertIds.filter((id) => id !== facts.actorId);
  if (recipients.length === 0) return;
  const owner = await findOwner(trx, facts.agendaId);
  if (!owner) return;
  await notifyPeople(trx, recipients, {
    regionId: facts.regionId,
    kind: "review.assigned",
    subjectId: facts.agendaId,
    data: { ownerName: owner.name, byName: await findUserName(trx, facts.actorId) },
    link: reviewLink(owner),
  });
}
