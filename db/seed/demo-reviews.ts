import { sql, type Kysely } from "kysely";
import { stateToDocument, updateToDocument } from "../../shared/agenda/document";
import { requireTransition, type ReviewEvent, type ReviewState } from "../../shared/domain/review-flow";
import { dateInNetherlands } from "../../shared/dutch-time";
import { canSubmit, checkTransformatieagenda, checkWerkagenda } from "../../shared/domain/submission-checks";
import { nl } from "../../shared/i18n/nl";
import { freezeVersionInTransaction } from "../../server/agendas/versions.service";
import { appendUpdates, loadDocumentState } from "../../server/collab/collab.repository";
import * as repo from "../../server/reviews/reviews.repository";
import type { AuditAction } from "../../server/audit/audit";
import type { Database } from "../schema";
import { defaultMotivation, demoReviewScripts, type DemoReviewScript, type DemoReviewStep } from "./data/demo-reviews";

type Db = Kysely<Database>;

interface Played {
  agendaId: string;
  regionId: string;
  state: ReviewState;
  versionId: string | null;
}

/**
 * Plays the demo review scripts (data/demo-reviews.ts) on the demo agendas: submissions with
 * frozen versions and checks, reviewers, reviews with ratings, the automatic step after the
 * last review, and adoption, each in the past (`daysAgo`) so the queue shows real ages. Every
 * step goes through the state machine, so only legal transitions are written. Idempotent: an
 * agenda that left Concept or has any history is left alone. Run after the demo agendas.
 */
export async function seedDemoReviews(db: Db, regionId: string, scripts: DemoReviewScript[] = demoReviewScripts, now = new Date()): Promise<void> {
  const people = await findPeople(db, regionId);
  const criteria = await repo.listActiveCriteria(db, regionId);
  for (const script of scripts) {
    const agenda = await findAgenda(db, regionId, script.owner);
    if (!agenda || agenda.review_state !== "concept") continue;
    const history = await db.selectFrom("agenda_transition").where("agenda_id", "=", agenda.id).select("id").limit(1).executeTakeFirst();
    if (history) continue;
    const lead = await findLead(db, script.owner);
    const played: Played = { agendaId: agenda.id, regionId, state: "concept", versionId: null };
    for (const step of script.steps) await playStep(db, played, step, { people, criteria, lead, at: daysBefore(now, step.daysAgo) });
    if (script.deadline) await repo.updateDeadline(db, agenda.id, script.deadline);
  }
}

interface Cast {
  people: Map<string, string>;
  criteria: Awaited<ReturnType<typeof repo.listActiveCriteria>>;
  lead: string;
  at: Date;
}

async function playStep(db: Db, played: Played, step: DemoReviewStep, cast: Cast) {
  const office = cast.people.get("projectbureau@demo.nl")!;
  switch (step.step) {
    case "submit": {
      const event: ReviewEvent = played.state === "aanpassen_gevraagd" ? "opnieuw_indienen" : "indienen";
      const to = requireTransition(played.state, event);
      const checks = await runChecks(db, played.agendaId);
      // The demo boards are complete (db/seed/demo-boards.test.ts); a blocked demo is a data error.
      if (!canSubmit(checks)) throw new Error(`Demo agenda ${played.agendaId} does not pass the submission checks: ${checks.blocking.map((p) => p.message).join(" ")}`);
      const version = await freezeVersionInTransaction(db, { agendaId: played.agendaId, name: nl.review.versionName[event], reason: "submit", authorId: cast.lead });
      const row = await db.selectFrom("agenda_version").where("agenda_id", "=", played.agendaId).where("number", "=", version.number).select("id").executeTakeFirstOrThrow();
      await db.updateTable("agenda_version").set({ created_at: cast.at, checks: { ...checks } }).where("id", "=", row.id).execute();
      played.versionId = row.id;
      await transition(db, played, { event, to, actorId: cast.lead, at: cast.at, audit: event === "indienen" ? "agenda.submitted" : "agenda.resubmitted" });
      return;
    }
    case "assign": {
      const to = requireTransition(played.state, "reviewers_toewijzen");
      const experts = step.experts.map((email) => cast.people.get(email)!);
      const by = step.by === "self" ? experts[0]! : office;
      for (const expertId of await repo.insertAssignments(db, played.agendaId, experts, by, cast.at)) {
        await audit(db, played, { action: "review.assigned", actorId: by, at: cast.at, data: { expertId } });
      }
      if (to !== played.state) await transition(db, played, { event: "reviewers_toewijzen", to, actorId: by, at: cast.at, audit: "agenda.review_started" });
      return;
    }
    case "review": {
      const expertId = cast.people.get(step.expert)!;
      const reviewId = await repo.upsertReviewDraft(db, { agendaId: played.agendaId, versionId: played.versionId!, expertId, summary: step.summary, at: cast.at });
      await repo.upsertRatings(
        db,
        reviewId,
        cast.criteria.map((criterion) => {
          const [score, motivation] = step.scores?.[criterion.slug] ?? [3, defaultMotivation(criterion.title)];
          return { criterionId: criterion.id, score, motivation };
        }),
      );
      await db.updateTable("review").set({ created_at: cast.at }).where("id", "=", reviewId).execute();
      await repo.markReviewSubmitted(db, reviewId, step.advice, cast.at);
      await audit(db, played, { action: "review.submitted", actorId: expertId, at: cast.at, data: { advice: step.advice } });
      const assigned = (await repo.listAssignments(db, played.agendaId)).map((a) => a.expert_id);
      const advices = (await repo.listSubmittedAdvices(db, played.versionId!)).filter((r) => assigned.includes(r.expertId));
      if (advices.length === assigned.length) {
        const to = requireTransition(played.state, "laatste_review_binnen", { advices: advices.map((r) => r.advice) });
        await transition(db, played, { event: "laatste_review_binnen", to, actorId: null, at: cast.at, audit: "agenda.reviews_completed", auditActor: expertId });
      }
      return;
    }
    case "edit": {
      const state = await loadDocumentState(db, played.agendaId);
      const document = stateToDocument(state);
      document.content = [...document.content, { type: "paragraph", content: [{ type: "text", text: step.paragraph }] }];
      await appendUpdates(db, [{ agendaId: played.agendaId, update: updateToDocument(state, document), authorId: cast.lead, receivedAt: cast.at.getTime() }]);
      return;
    }
    case "adopt": {
      const to = requireTransition(played.state, "vaststellen");
      const coalition = cast.people.get("coalitie@demo.nl")!;
      const decisionDate = dateInNetherlands(daysBefore(cast.at, 1));
      await repo.recordAdoption(db, played.agendaId, { versionId: played.versionId!, decisionDate, reference: step.reference, at: cast.at });
      await transition(db, played, { event: "vaststellen", to, actorId: coalition, at: cast.at, audit: "agenda.adopted", reason: step.reference });
      return;
    }
  }
}

async function transition(
  db: Db,
  played: Played,
  t: { event: ReviewEvent; to: ReviewState; actorId: string | null; at: Date; audit: AuditAction; auditActor?: string; reason?: string },
) {
  await repo.updateReviewState(db, played.agendaId, t.to, t.at);
  await repo.insertTransition(db, { agendaId: played.agendaId, event: t.event, from: played.state, to: t.to, actorId: t.actorId, versionId: played.versionId, reason: t.reason, at: t.at });
  await audit(db, played, { action: t.audit, actorId: t.auditActor ?? t.actorId, at: t.at, data: { event: t.event, from: played.state, to: t.to } });
  played.state = t.to;
}

/** An audit event at the moment the demo step happened (recordAudit always writes "now"). */
async function audit(db: Db, played: Played, entry: { action: AuditAction; actorId: string | null; at: Date; data: Record<string, unknown> }) {
  await db
    .insertInto("audit_event")
    .values({ region_id: played.regionId, actor_id: entry.actorId, action: entry.action, subject_type: "agenda", subject_id: played.agendaId, data: entry.data, created_at: entry.at })
    .execute();
}

async function runChecks(db: Db, agendaId: string) {
  const agenda = await db.selectFrom("agenda").where("id", "=", agendaId).select(["working_group_id", "foundation_id"]).executeTakeFirstOrThrow();
  if (agenda.working_group_id) return checkTransformatieagenda(await repo.listCardsForChecks(db, agenda.working_group_id));
  return checkWerkagenda(await repo.listItemsForChecks(db, agenda.foundation_id!));
}

function daysBefore(moment: Date, days: number) {
  return new Date(moment.getTime() - days * 86_400_000);
}

async function findPeople(db: Db, regionId: string) {
  const rows = await db.selectFrom("app_user").where("region_id", "=", regionId).select(["id", "email"]).execute();
  return new Map(rows.map((row) => [row.email, row.id]));
}

async function findAgenda(db: Db, regionId: string, owner: DemoReviewScript["owner"]) {
  const query = db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .where("a.region_id", "=", regionId)
    .select(["a.id", "a.review_state"]);
  return ("group" in owner ? query.where("g.slug", "=", owner.group) : query.where("f.slug", "=", owner.foundation)).executeTakeFirst();
}

/** The begeleider or kwartiermaker who submits (the first by e-mail). */
async function findLead(db: Db, owner: DemoReviewScript["owner"]) {
  const row = await db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .leftJoin("working_group as g", "g.id", "r.working_group_id")
    .leftJoin("foundation as f", "f.id", "r.foundation_id")
    .$if("group" in owner, (qb) => qb.where("r.role", "=", "group_lead").where("g.slug", "=", (owner as { group: string }).group))
    .$if("foundation" in owner, (qb) => qb.where("r.role", "=", "foundation_lead").where("f.slug", "=", (owner as { foundation: string }).foundation))
    .select("u.id")
    .orderBy(sql`u.email`)
    .executeTakeFirstOrThrow();
  return row.id;
}
