import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ReviewEvent, ReviewState } from "../../shared/domain/review-flow";
import { findUserName } from "../dependencies/dependencies.repository";
import { listOwnerPeople } from "../dependencies/graph.repository";
import { notifyPeople } from "../notifications/notify";
import { ownerPath } from "../../shared/owner-paths";
import * as repo from "./reviews.repository";
import type { ReviewAgenda } from "./reviews.service";

// Who hears of a step in an agenda's review, in the step's own transaction (so a notification
// exists exactly when the step was committed). Never the person who took the step.
//   indienen                -> the projectbureau and the expertteam: it waits for reviewers
//   opnieuw_indienen        -> the assigned reviewers: a new version needs their review
//   laatste_review_binnen   -> the werkgroep or fundament; with a positive advice the coalitie too
//   vaststellen, terugsturen -> the werkgroep or fundament
//   terugtrekken            -> the assigned reviewers: their review is no longer needed
// Being made a reviewer is told by notifyReviewerAssigned.

type Db = Kysely<Database>;

/** The agenda as the review already loaded it: where it lives, and whose it is. */
export type StepAgenda = Pick<ReviewAgenda, "id" | "regionId" | "groupId" | "foundationId" | "owner">;

export interface ReviewStep {
  agenda: StepAgenda;
  event: ReviewEvent;
  to: ReviewState;
  /** Who took the step; for "laatste review binnen" the person whose review completed it. */
  actorId: string | null;
  reason?: string;
}

/** The agenda's review page: where each of these notifications leads. */
function reviewLink(agenda: StepAgenda): string {
  return ownerPath(agenda.owner, "/agenda/review");
}

async function sidePeople(db: Db, agenda: StepAgenda) {
  const people = await listOwnerPeople(db, agenda.regionId, { groupIds: agenda.groupId ? [agenda.groupId] : [], foundationIds: agenda.foundationId ? [agenda.foundationId] : [] });
  return people.map((person) => person.userId);
}

async function reviewers(db: Db, agendaId: string) {
  return (await repo.listAssignments(db, agendaId)).map((row) => row.expert_id);
}

async function recipientsOf(db: Db, step: ReviewStep): Promise<string[]> {
  switch (step.event) {
    case "indienen":
      return repo.listRoleHolders(db, step.agenda.regionId, ["programme_office", "expert"]);
    case "opnieuw_indienen":
    case "terugtrekken":
      return reviewers(db, step.agenda.id);
    case "laatste_review_binnen":
      return [...(await sidePeople(db, step.agenda)), ...(step.to === "positief_advies" ? await repo.listRoleHolders(db, step.agenda.regionId, ["coalition"]) : [])];
    case "vaststellen":
    case "terugsturen":
      return sidePeople(db, step.agenda);
    default:
      return [];
  }
}

export async function notifyReviewStep(trx: Db, step: ReviewStep): Promise<void> {
  const recipients = (await recipientsOf(trx, step)).filter((id) => id !== step.actorId);
  if (recipients.length === 0) return;
  await notifyPeople(trx, recipients, {
    regionId: step.agenda.regionId,
    kind: "agenda.review_step",
    subjectId: step.agenda.id,
    data: {
      event: step.event,
      to: step.to,
      ownerName: step.agenda.owner.name,
      byName: step.actorId ? await findUserName(trx, step.actorId) : null,
      ...(step.reason ? { reason: step.reason } : {}),
    },
    link: reviewLink(step.agenda),
  });
}

/** Tells the experts who were just made reviewers (not the one who assigned themselves). */
export async function notifyReviewerAssigned(trx: Db, facts: { agenda: StepAgenda; expertIds: readonly string[]; actorId: string }) {
  const recipients = facts.expertIds.filter((id) => id !== facts.actorId);
  if (recipients.length === 0) return;
  await notifyPeople(trx, recipients, {
    regionId: facts.agenda.regionId,
    kind: "review.assigned",
    subjectId: facts.agenda.id,
    data: { ownerName: facts.agenda.owner.name, byName: await findUserName(trx, facts.actorId) },
    link: reviewLink(facts.agenda),
  });
}
