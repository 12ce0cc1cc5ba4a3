import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import {
  adviceLabel,
  agendaOwnerResource,
  availableEvents,
  daysBetween,
  effectiveDeadline,
  eventLabel,
  isOverdue,
  requireTransition,
  stateLabel,
  type ReviewAdvice,
  type ReviewEvent,
  type ReviewState,
} from "../../shared/domain/review-flow";
import { dateInNetherlands } from "../../shared/dutch-time";
import { allReviewsIn, compareReviews, findMissingRatings, reviewProgress, type ReviewProgress } from "../../shared/domain/review-ratings";
import { canSubmit, checkTransformatieagenda, checkWerkagenda, type SubmissionChecks } from "../../shared/domain/submission-checks";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { can } from "../../shared/permissions";
import {
  adoptAgendaInput,
  agendaIdInput,
  assignReviewersInput,
  saveReviewInput,
  sendBackInput,
  setDeadlineInput,
  submitReviewInput,
  unassignReviewerInput,
  withdrawAgendaInput,
  type RatingInput,
} from "../../shared/schemas/reviews";
import { announceVersionFrozen, diffVersions, freezeVersionInTransaction } from "../agendas/versions.service";
import { recordAudit, type AuditAction } from "../audit/audit";
import { countItemDependents } from "../dependencies/graph.repository";
import { listFocusLinkFacts } from "../dependencies/views.service";
import { requirePermission } from "../auth/authorize";
import { announceAccessChange } from "../events/access-changed";
import { publishAfterCommit } from "../events/publish";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { notifyReviewerAssigned, notifyReviewStep } from "./review-notifications";
import * as repo from "./reviews.repository";

// The review workflow of an agenda (issue 6): submit, assign reviewers, review, adopt or send
// back, withdraw and reopen. The rules live in shared/domain (review-flow: the states;
// submission-checks; review-ratings); this module loads the facts, asks the policy, and
// changes the state in one transaction that first locks the agenda row, so of two people
// acting at once the second sees the first's result (and gets the "Dit kan nu niet" message
// when the state no longer allows their step). After commit it announces the change: a
// domain event on `agenda:<id>` for open pages, and an access change so open editor sockets
// re-check (adoption makes the text read-only at once).

type Db = Kysely<Database>;

/** An agenda as the review pages show it. */
export interface ReviewAgenda {
  id: string;
  kind: "transformatieagenda" | "werkagenda";
  regionId: string;
  groupId: string | null;
  foundationId: string | null;
  reviewState: ReviewState;
  stateChangedAt: Date;
  /** The deadline the projectbureau set, or null for the default. */
  deadline: string | null;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  adoption: { versionId: string; decisionDate: string | null; reference: string | null } | null;
}

function toReviewAgenda(row: repo.ReviewAgendaRow): ReviewAgenda {
  return {
    id: row.id,
    kind: row.kind,
    regionId: row.region_id,
    groupId: row.working_group_id,
    foundationId: row.foundation_id,
    reviewState: row.review_state,
    stateChangedAt: row.state_changed_at,
    deadline: row.deadline,
    owner: row.working_group_id
      ? { kind: "werkgroep", slug: row.group_slug ?? "", name: row.group_name ?? "" }
      : { kind: "fundament", slug: row.foundation_slug ?? "", name: row.foundation_name ?? "" },
    adoption: row.adopted_version_id ? { versionId: row.adopted_version_id, decisionDate: row.adoption_date, reference: row.adoption_reference } : null,
  };
}

/** 401 for a visitor; 404 for an unknown agenda or one of another region. */
async function requireAgenda(ctx: ServiceContext, agendaId: string): Promise<ReviewAgenda> {
  requirePermission(ctx, "workspace.read");
  const row = await repo.findReviewAgenda(ctx.db, agendaId);
  if (!row || row.region_id !== ctx.regionId) throw new NotFoundError(nl.review.agendaNotFound);
  return toReviewAgenda(row);
}

/** Locks the agenda row and returns its state as it is after every earlier transition. */
async function lockState(trx: Db, agendaId: string) {
  const row = await repo.lockAgendaState(trx, agendaId);
  if (!row) throw new NotFoundError(nl.review.agendaNotFound);
  return row;
}

async function requireCurrentVersion(db: Db, agendaId: string) {
  const version = await repo.findCurrentSubmitVersion(db, agendaId);
  if (!version) throw new InvalidTransitionError(nl.review.noSubmittedVersion);
  return version;
}

interface Transition {
  agenda: ReviewAgenda;
  event: ReviewEvent;
  from: ReviewState;
  to: ReviewState;
  /** null: the step happened by itself (the last review came in). */
  actorId: string | null;
  versionId: string | null;
  reason?: string;
  audit: { action: AuditAction; actorId: string | null; data?: Record<string, unknown> };
}

/** Changes the state, writes it into the agenda's history and the audit log, and notifies who needs to know. Inside the transaction. */
async function recordTransition(trx: Db, ctx: ServiceContext, t: Transition) {
  const at = ctx.now();
  await repo.updateReviewState(trx, t.agenda.id, t.to, at);
  await repo.insertTransition(trx, { agendaId: t.agenda.id, event: t.event, from: t.from, to: t.to, actorId: t.actorId, versionId: t.versionId, reason: t.reason, at });
  const versionNumber = t.versionId ? await repo.findVersionNumber(trx, t.versionId) : null;
  await recordAudit(trx, {
    regionId: t.agenda.regionId,
    actorId: t.audit.actorId,
    action: t.audit.action,
    subjectType: "agenda",
    subjectId: t.agenda.id,
    data: { event: t.event, from: t.from, to: t.to, versionNumber, ...(t.reason ? { reason: t.reason } : {}), ...t.audit.data },
  });
  await notifyReviewStep(trx, { agenda: t.agenda, event: t.event, to: t.to, actorId: t.audit.actorId, reason: t.reason });
}

/** After commit: open pages re-read, open editor sockets re-check their access. */
function announceStateChange(ctx: ServiceContext, agendaId: string) {
  publishAfterCommit(ctx, { topic: `agenda:${agendaId}`, type: "review.state_changed", id: agendaId });
  announceAccessChange(ctx, { agendaId });
}

function announce(ctx: ServiceContext, agendaId: string, type: string) {
  publishAfterCommit(ctx, { topic: `agenda:${agendaId}`, type, id: agendaId });
}

/** The outcome of a state change, as the pages need it. */
export interface StateChange {
  agendaId: string;
  event: ReviewEvent;
  from: ReviewState;
  state: ReviewState;
  stateLabel: string;
}

function stateChange(agendaId: string, event: ReviewEvent, from: ReviewState, to: ReviewState): StateChange {
  return { agendaId, event, from, state: to, stateLabel: stateLabel(to) };
}

// ---------------------------------------------------------------------------------------------
// Submission

/** Runs the plan's submission checks on the board or werkagenda as it is now. */
async function runChecks(db: Db, agenda: ReviewAgenda): Promise<SubmissionChecks> {
  if (agenda.groupId) {
    const cards = await repo.listCardsForChecks(db, agenda.groupId);
    const links = await listFocusLinkFacts(db, agenda.groupId);
    return checkTransformatieagenda(cards.map((card) => ({ ...card, foundationLinks: links.get(card.id) ?? [] })));
  }
  const items = await repo.listItemsForChecks(db, agenda.foundationId!);
  const dependents = await countItemDependents(db, agenda.foundationId!);
  return checkWerkagenda(items.map((item) => ({ ...item, dependentCount: dependents.get(item.id) ?? 0 })));
}

/** The submission checks without submitting, so the lead sees blockers and warnings before confirming. */
export async function checkSubmission(ctx: ServiceContext, input: unknown): Promise<SubmissionChecks & { canSubmit: boolean }> {
  const { agendaId } = parseInput(agendaIdInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const checks = await runChecks(ctx.db, agenda);
  return { ...checks, canSubmit: canSubmit(checks) };
}

/**
 * Submits the agenda for review (indienen from Concept, opnieuw indienen from Aanpassen
 * gevraagd): runs the submission checks (blocking problems: a ValidationError listing them,
 * nothing changes), freezes the text as a version with the checks' outcome, and moves the
 * state. A resubmission goes straight to In review: the assigned experts each owe a review of
 * the new version, and their earlier reviews stay as history.
 */
export async function submitAgenda(ctx: ServiceContext, input: unknown) {
  const { agendaId } = parseInput(agendaIdInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, "agenda.submit", agendaOwnerResource(agenda));
  const result = await ctx.db.transaction().execute(async (trx) => {
    const { review_state: from } = await lockState(trx, agendaId);
    const event: ReviewEvent = from === "aanpassen_gevraagd" ? "opnieuw_indienen" : "indienen";
    const to = requireTransition(from, event);
    const checks = await runChecks(trx, agenda);
    if (!canSubmit(checks)) {
      const issues = checks.blocking.map((problem) => ({ path: problem.subject ? `${problem.subject.kind}.${problem.subject.id}` : "agenda", message: problem.message }));
      throw new ValidationError(nl.review.checks.blocked(issues.length), issues);
    }
    const version = await freezeVersionInTransaction(trx, { agendaId, name: nl.review.versionName[event], reason: "submit", authorId: actor.userId });
    const frozen = await requireCurrentVersion(trx, agendaId);
    await repo.storeVersionChecks(trx, frozen.id, { ...checks });
    await recordTransition(trx, ctx, {
      agenda,
      event,
      from,
      to,
      actorId: actor.userId,
      versionId: frozen.id,
      audit: { action: event === "indienen" ? "agenda.submitted" : "agenda.resubmitted", actorId: actor.userId, data: { warnings: checks.warnings.length } },
    });
    return { change: stateChange(agendaId, event, from, to), version, checks };
  });
  announceVersionFrozen(ctx, result.version);
  announceStateChange(ctx, agendaId);
  return { ...result.change, version: { number: result.version.number, name: result.version.name }, warnings: result.checks.warnings };
}

// ---------------------------------------------------------------------------------------------
// Reviewers and deadlines

/**
 * Assigns experts as reviewers: the projectbureau anyone of the expert team, an expert only
 * themselves. The first assignment moves Ingediend to In review; later ones keep the state.
 * Experts who are assigned already are left as they are.
 */
export async function assignReviewers(ctx: ServiceContext, input: unknown) {
  const { agendaId, expertIds } = parseInput(assignReviewersInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  for (const expertId of expertIds) requirePermission(ctx, "review.assign", { ...agendaOwnerResource(agenda), assigneeId: expertId });
  const actor = ctx.actor!;
  const experts = await requireExperts(ctx, expertIds);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const { review_state: from } = await lockState(trx, agendaId);
    const to = requireTransition(from, "reviewers_toewijzen");
    const added = await repo.insertAssignments(trx, agendaId, expertIds, actor.userId, ctx.now());
    const version = await requireCurrentVersion(trx, agendaId);
    for (const expertId of added) {
      await recordAudit(trx, {
        regionId: agenda.regionId,
        actorId: actor.userId,
        action: "review.assigned",
        subjectType: "agenda",
        subjectId: agendaId,
        data: { expertId, expertName: experts.get(expertId), versionNumber: version.number },
      });
    }
    await notifyReviewerAssigned(trx, { agenda, expertIds: added, actorId: actor.userId });
    if (from !== to) {
      await recordTransition(trx, ctx, {
        agenda,
        event: "reviewers_toewijzen",
        from,
        to,
        actorId: actor.userId,
        versionId: version.id,
        audit: { action: "agenda.review_started", actorId: actor.userId, data: { expertIds } },
      });
    }
    return { change: stateChange(agendaId, "reviewers_toewijzen", from, to), added, reviewers: await listReviewers(trx, agendaId) };
  });
  if (result.added.length > 0) announce(ctx, agendaId, "review.assigned");
  if (result.change.from !== result.change.state) announceStateChange(ctx, agendaId);
  return { ...result.change, added: result.added, reviewers: result.reviewers };
}

/** Every id must be an active member of the region's expert team; their names by id. */
async function requireExperts(ctx: ServiceContext, expertIds: readonly string[]) {
  const found = await repo.findExpertCandidates(ctx.db, ctx.regionId, expertIds);
  const names = new Map<string, string>();
  for (const [index, expertId] of expertIds.entries()) {
    const person = found.find((row) => row.id === expertId);
    if (!person) throw new ValidationError(nl.review.expertNotFound, [{ path: `expertIds.${index}`, message: nl.review.expertNotFound }]);
    if (!person.active || !person.holds_expert_role) {
      const message = nl.review.notAnExpert(person.name);
      throw new ValidationError(message, [{ path: `expertIds.${index}`, message }]);
    }
    names.set(expertId, person.name);
  }
  return names;
}

async function listReviewers(db: Db, agendaId: string) {
  return (await repo.listAssignments(db, agendaId)).map((row) => ({
    expertId: row.expert_id,
    name: row.name,
    assignedAt: row.created_at,
    assignedByName: row.assigned_by_name,
    /** False once switched off or out of the expert team: the review cannot wait for them. */
    inExpertTeam: Boolean(row.in_expert_team),
  }));
}

/**
 * Takes an expert off the agenda while the review runs, if they have not submitted their
 * review of the current version (a submitted review keeps its reviewer). The last reviewer
 * cannot go: In review would then wait for nobody. When everyone who is left has submitted,
 * the review is complete and the state follows the advices.
 */
export async function unassignReviewer(ctx: ServiceContext, input: unknown) {
  const { agendaId, expertId } = parseInput(unassignReviewerInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, "review.assign", { ...agendaOwnerResource(agenda), assigneeId: expertId });
  const result = await ctx.db.transaction().execute(async (trx) => {
    const { review_state: from } = await lockState(trx, agendaId);
    if (from !== "in_review") throw new InvalidTransitionError(nl.review.unassignOnlyInReview);
    const reviewers = await listReviewers(trx, agendaId);
    const reviewer = reviewers.find((r) => r.expertId === expertId);
    if (!reviewer) {
      const name = (await repo.findExpertCandidates(trx, ctx.regionId, [expertId]))[0]?.name;
      throw new ValidationError(name ? nl.review.notAReviewer(name) : nl.review.expertNotFound);
    }
    const version = await requireCurrentVersion(trx, agendaId);
    if ((await repo.findReview(trx, version.id, expertId))?.submitted_at) throw new ConflictError(nl.review.unassignSubmitted(reviewer.name));
    if (reviewers.length === 1) throw new ConflictError(nl.review.unassignLast);
    await repo.deleteAssignment(trx, agendaId, expertId);
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: "review.unassigned",
      subjectType: "agenda",
      subjectId: agendaId,
      data: { expertId, expertName: reviewer.name, versionNumber: version.number },
    });
    const to = await completeReviewIfAllIn(trx, ctx, { agenda, versionId: version.id, actorId: actor.userId });
    return { change: stateChange(agendaId, to ? "laatste_review_binnen" : "reviewers_toewijzen", from, to ?? from), reviewers: await listReviewers(trx, agendaId) };
  });
  announce(ctx, agendaId, "review.unassigned");
  if (result.change.from !== result.change.state) announceStateChange(ctx, agendaId);
  return { ...result.change, reviewers: result.reviewers };
}

/**
 * When every assigned expert has submitted a review of the version, applies "laatste review
 * binnen": Positief advies or Aanpassen gevraagd by the advices. Returns the new state, or
 * null while reviews are still owed. Inside the transaction that holds the agenda lock.
 */
async function completeReviewIfAllIn(trx: Db, ctx: ServiceContext, facts: { agenda: ReviewAgenda; versionId: string; actorId: string }) {
  const assigned = (await repo.listAssignments(trx, facts.agenda.id)).map((row) => row.expert_id);
  const submitted = (await repo.listSubmittedAdvices(trx, facts.versionId)).filter((review) => assigned.includes(review.expertId));
  if (!allReviewsIn(assigned, submitted.map((review) => review.expertId))) return null;
  const advices = submitted.map((review) => review.advice);
  const to = requireTransition("in_review", "laatste_review_binnen", { advices });
  await recordTransition(trx, ctx, {
    agenda: facts.agenda,
    event: "laatste_review_binnen",
    from: "in_review",
    to,
    actorId: null,
    versionId: facts.versionId,
    // The person whose action completed the review, so the audit log says who and when.
    audit: { action: "agenda.reviews_completed", actorId: facts.actorId, data: { advices } },
  });
  return to;
}

/** Sets the agenda's deadline (null: back to the default, end of Q2 of the plan year). */
export async function setDeadline(ctx: ServiceContext, input: unknown) {
  const { agendaId, deadline } = parseInput(setDeadlineInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, "review.configure", agendaOwnerResource(agenda));
  await ctx.db.transaction().execute(async (trx) => {
    const { review_state: state } = await lockState(trx, agendaId);
    if (state === "vastgesteld") throw new InvalidTransitionError(nl.review.deadlineAfterAdoption);
    const previous = (await repo.findReviewAgenda(trx, agendaId))!.deadline;
    await repo.updateDeadline(trx, agendaId, deadline);
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: "agenda.deadline_set",
      subjectType: "agenda",
      subjectId: agendaId,
      data: { from: previous, to: deadline },
    });
  });
  announce(ctx, agendaId, "review.deadline_changed");
  const planYear = await repo.findPlanYear(ctx.db, ctx.regionId);
  return { agendaId, deadline: describeDeadline(deadline, planYear, agenda.reviewState, ctx.now()) };
}

export interface DeadlineView {
  /** "YYYY-MM-DD" */
  date: string;
  /** No deadline was set: this is the end of Q2 of the plan year. */
  isDefault: boolean;
  overdue: boolean;
}

function describeDeadline(deadline: string | null, planYear: number | null, state: ReviewState, now: Date): DeadlineView | null {
  if (deadline === null && planYear === null) return null;
  const date = effectiveDeadline(deadline, planYear ?? 0);
  return { date, isDefault: deadline === null, overdue: isOverdue(date, dateInNetherlands(now), state) };
}

// ---------------------------------------------------------------------------------------------
// Reviews

/** Saves the expert's review of the current version as a draft (scores and motivations so far). */
export async function saveReview(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(saveReviewInput, input);
  const result = await writeReview(ctx, parsed, null);
  announce(ctx, parsed.agendaId, "review.draft_saved");
  return result;
}

/**
 * Submits the expert's review of the current version with an advice. Every criterion of the
 * active sets needs a score and a motivation (from this call or the draft). When it is the
 * last review owed, the state follows the advices in the same transaction.
 */
export async function submitReview(ctx: ServiceContext, input: unknown) {
  const parsed = parseInput(submitReviewInput, input);
  const result = await writeReview(ctx, parsed, parsed.advice);
  announce(ctx, parsed.agendaId, "review.submitted");
  if (result.from !== result.state) announceStateChange(ctx, parsed.agendaId);
  return result;
}

async function writeReview(ctx: ServiceContext, input: { agendaId: string; ratings: RatingInput[]; summary?: string }, advice: ReviewAdvice | null) {
  const agenda = await requireAgenda(ctx, input.agendaId);
  const actor = requirePermission(ctx, "review.write", agendaOwnerResource(agenda));
  return ctx.db.transaction().execute(async (trx) => {
    const { review_state: from } = await lockState(trx, agenda.id);
    if (from !== "in_review") throw new InvalidTransitionError(nl.review.reviewNotOpen);
    const version = await requireCurrentVersion(trx, agenda.id);
    const assigned = (await repo.listAssignments(trx, agenda.id)).some((row) => row.expert_id === actor.userId);
    if (!assigned) throw new ForbiddenError(nl.review.notAssigned);
    if ((await repo.findReview(trx, version.id, actor.userId))?.submitted_at) throw new ConflictError(nl.review.reviewAlreadySubmitted);

    const criteria = await repo.listActiveCriteria(trx, agenda.regionId);
    const known = new Set(criteria.map((criterion) => criterion.id));
    const unknown = input.ratings.findIndex((rating) => !known.has(rating.criterionId));
    if (unknown >= 0) throw new ValidationError(nl.review.unknownCriterion, [{ path: `ratings.${unknown}.criterionId`, message: nl.review.unknownCriterion }]);

    const reviewId = await repo.upsertReviewDraft(trx, { agendaId: agenda.id, versionId: version.id, expertId: actor.userId, summary: input.summary, at: ctx.now() });
    await repo.upsertRatings(trx, reviewId, input.ratings);
    if (advice === null) return { agendaId: agenda.id, versionNumber: version.number, submitted: false, from, state: from, stateLabel: stateLabel(from) };

    const ratings = await repo.listRatings(trx, reviewId);
    const missing = findMissingRatings(criteria, ratings);
    if (missing.length > 0) throw new ValidationError(nl.review.reviewIncomplete(missing.length), missing.map(({ path, message }) => ({ path, message })));
    await repo.markReviewSubmitted(trx, reviewId, advice, ctx.now());
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: "review.submitted",
      subjectType: "agenda",
      subjectId: agenda.id,
      data: { versionNumber: version.number, advice, scores: Object.fromEntries(ratings.map((r) => [r.criterionId, r.score])) },
    });
    const to = await completeReviewIfAllIn(trx, ctx, { agenda, versionId: version.id, actorId: actor.userId });
    const state = to ?? from;
    return { agendaId: agenda.id, versionNumber: version.number, submitted: true, from, state, stateLabel: stateLabel(state) };
  });
}

// ---------------------------------------------------------------------------------------------
// Adoption, sending back, withdrawing, reopening

/**
 * The coalition adopts the agenda after a positive advice: Vastgesteld, with the decision date
 * and reference. The adopted version is the reviewed one and never changes; the live text
 * becomes read-only for everyone at once (open editor sockets are told).
 */
export async function adoptAgenda(ctx: ServiceContext, input: unknown) {
  const { agendaId, decisionDate, reference } = parseInput(adoptAgendaInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, "agenda.adopt", agendaOwnerResource(agenda));
  if (decisionDate > dateInNetherlands(ctx.now())) {
    throw new ValidationError(nl.review.decisionDateInFuture, [{ path: "decisionDate", message: nl.review.decisionDateInFuture }]);
  }
  const result = await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockState(trx, agendaId);
    const from = locked.review_state;
    const to = requireTransition(from, "vaststellen");
    const version = await requireCurrentVersion(trx, agendaId);
    if (!(await repo.recordAdoption(trx, agendaId, { versionId: version.id, decisionDate, reference, at: ctx.now() }))) throw new ConflictError(nl.review.alreadyAdopted);
    await recordTransition(trx, ctx, {
      agenda,
      event: "vaststellen",
      from,
      to,
      actorId: actor.userId,
      versionId: version.id,
      reason: reference,
      audit: { action: "agenda.adopted", actorId: actor.userId, data: { decisionDate, reference } },
    });
    return { change: stateChange(agendaId, "vaststellen", from, to), versionNumber: version.number };
  });
  announceStateChange(ctx, agendaId);
  return { ...result.change, adoption: { versionNumber: result.versionNumber, decisionDate, reference } };
}

/** The coalition sends the agenda back after a positive advice, with a reason: Aanpassen gevraagd. */
export async function sendBack(ctx: ServiceContext, input: unknown) {
  const { agendaId, reason } = parseInput(sendBackInput, input);
  return simpleTransition(ctx, agendaId, { event: "terugsturen", action: "agenda.adopt", audit: "agenda.sent_back", reason });
}

/** Withdraws the agenda from the workflow (any state but Vastgesteld): Teruggetrokken. */
export async function withdrawAgenda(ctx: ServiceContext, input: unknown) {
  const { agendaId, reason } = parseInput(withdrawAgendaInput, input);
  return simpleTransition(ctx, agendaId, { event: "terugtrekken", action: "agenda.withdraw", audit: "agenda.withdrawn", reason });
}

/** Reopens a withdrawn agenda: back to Concept, to be submitted again later. */
export async function reopenAgenda(ctx: ServiceContext, input: unknown) {
  const { agendaId } = parseInput(agendaIdInput, input);
  return simpleTransition(ctx, agendaId, { event: "heropenen", action: "agenda.submit", audit: "agenda.reopened" });
}

async function simpleTransition(
  ctx: ServiceContext,
  agendaId: string,
  step: { event: ReviewEvent; action: "agenda.adopt" | "agenda.withdraw" | "agenda.submit"; audit: AuditAction; reason?: string },
): Promise<StateChange> {
  const agenda = await requireAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, step.action, agendaOwnerResource(agenda));
  const change = await ctx.db.transaction().execute(async (trx) => {
    const { review_state: from } = await lockState(trx, agendaId);
    const to = requireTransition(from, step.event);
    const version = await repo.findCurrentSubmitVersion(trx, agendaId);
    await recordTransition(trx, ctx, {
      agenda,
      event: step.event,
      from,
      to,
      actorId: actor.userId,
      versionId: version?.id ?? null,
      reason: step.reason,
      audit: { action: step.audit, actorId: actor.userId },
    });
    return stateChange(agendaId, step.event, from, to);
  });
  announceStateChange(ctx, agendaId);
  return change;
}

// ---------------------------------------------------------------------------------------------
// Reads

/**
 * Everything the agenda page shows about the review: state and the steps this person can take,
 * deadline, reviewers and progress ("2 van 3 reviews klaar"), the current version's reviews
 * side by side with disagreement marked, earlier reviews as history, the last step with its
 * reason, the submission checks, and after a resubmission what changed since the reviewed
 * version.
 */
export async function getReviewState(ctx: ServiceContext, input: unknown) {
  const { agendaId } = parseInput(agendaIdInput, input);
  const agenda = await requireAgenda(ctx, agendaId);
  const [planYear, versions, reviewers, reviews, criteria, transitions] = await Promise.all([
    repo.findPlanYear(ctx.db, ctx.regionId),
    repo.listSubmitVersions(ctx.db, agendaId),
    listReviewers(ctx.db, agendaId),
    repo.listSubmittedReviews(ctx.db, agendaId),
    repo.listActiveCriteria(ctx.db, ctx.regionId),
    repo.listTransitions(ctx.db, agendaId),
  ]);
  const current = versions[0] ?? null;
  const toReview = (review: (typeof reviews)[number]) => ({
    expertId: review.expert_id,
    expertName: review.expert_name ?? "",
    versionNumber: review.version_number,
    advice: review.advice!,
    adviceLabel: adviceLabel(review.advice!),
    summary: review.summary,
    submittedAt: review.submitted_at!,
    ratings: review.ratings,
  });
  const currentReviews = reviews.filter((review) => review.version_id === current?.id).map(toReview);
  const submittedIds = currentReviews.map((review) => review.expertId);
  const me = ctx.actor?.userId ?? null;
  const owner = agendaOwnerResource(agenda);
  const iAmReviewer = me !== null && reviewers.some((r) => r.expertId === me);
  const mayWriteReview = iAmReviewer && agenda.reviewState === "in_review" && !submittedIds.includes(me!) && can(ctx.actor, "review.write", owner);

  return {
    agenda: { id: agenda.id, kind: agenda.kind, owner: agenda.owner },
    state: agenda.reviewState,
    stateLabel: stateLabel(agenda.reviewState),
    stateChangedAt: agenda.stateChangedAt,
    allowedEvents: availableEvents(ctx.actor, agenda),
    abilities: {
      /** May assign any expert (the projectbureau); an expert sees reviewers_toewijzen in allowedEvents for themselves. */
      assignOthers: can(ctx.actor, "review.assign", owner),
      configure: can(ctx.actor, "review.configure", owner),
      writeReview: mayWriteReview,
    },
    deadline: describeDeadline(agenda.deadline, planYear, agenda.reviewState, ctx.now()),
    currentVersion: current ? toVersionView(current) : null,
    reviewedVersions: versions.map(toVersionView),
    reviewers: reviewers.map((r) => ({ ...r, submitted: submittedIds.includes(r.expertId) })),
    progress: current && reviewers.length > 0 && agenda.reviewState !== "concept" ? reviewProgress(reviewers.map((r) => r.expertId), submittedIds) : null,
    criteria: criteria.map((c) => ({ id: c.id, title: c.title, description: c.description, setId: c.set_id, setName: c.set_name })),
    reviews: currentReviews,
    comparison: compareReviews(criteria, currentReviews),
    myDraft: mayWriteReview && current ? await loadDraft(ctx.db, current.id, me!) : null,
    history: reviews.filter((review) => review.version_id !== current?.id).map(toReview),
    /** Every step the agenda took, newest first: the review's own record next to the audit log. */
    transitions: transitions.map(toTransitionView),
    checks: current ? (current.checks as unknown as SubmissionChecks) : null,
    adoption: agenda.adoption
      ? { versionNumber: versions.find((v) => v.id === agenda.adoption!.versionId)?.number ?? null, decisionDate: agenda.adoption.decisionDate, reference: agenda.adoption.reference }
      : null,
    changesSinceReview: await diffSinceLastReview(ctx, agendaId, versions, reviews),
  };
}

function toTransitionView(row: Awaited<ReturnType<typeof repo.listTransitions>>[number]) {
  return {
    id: String(row.id),
    event: row.event,
    eventLabel: eventLabel(row.event as ReviewEvent),
    from: row.from_state,
    to: row.to_state,
    toLabel: stateLabel(row.to_state),
    reason: row.reason,
    actorName: row.actor_name,
    versionNumber: row.version_number,
    at: row.created_at,
  };
}

function toVersionView(version: { number: number; name: string; created_at: Date; author_name: string | null }) {
  return { number: version.number, name: version.name, createdAt: version.created_at, authorName: version.author_name };
}

async function loadDraft(db: Db, versionId: string, expertId: string) {
  const draft = await repo.findReview(db, versionId, expertId);
  if (!draft) return null;
  return { summary: draft.summary, updatedAt: draft.updated_at, ratings: await repo.listRatings(db, draft.id) };
}

/**
 * After a resubmission: what changed from the last version the experts reviewed to the one
 * under review now (the same diff as the versions page). Null when there is nothing earlier.
 */
async function diffSinceLastReview(
  ctx: ServiceContext,
  agendaId: string,
  versions: Awaited<ReturnType<typeof repo.listSubmitVersions>>,
  reviews: Awaited<ReturnType<typeof repo.listSubmittedReviews>>,
) {
  const [current, ...earlier] = versions;
  const reviewed = earlier.find((version) => reviews.some((review) => review.version_id === version.id));
  if (!current || !reviewed) return null;
  const diff = await diffVersions(ctx, { agendaId, from: reviewed.number, to: current.number });
  return { fromVersion: reviewed.number, toVersion: current.number, chunks: diff.chunks, rows: diff.rows, insertedWords: diff.insertedWords, deletedWords: diff.deletedWords };
}

/** What the queue and the overview know about each agenda of the region. */
async function loadRegionFacts(ctx: ServiceContext) {
  const [planYear, agendas] = await Promise.all([repo.findPlanYear(ctx.db, ctx.regionId), repo.listRegionAgendas(ctx.db, ctx.regionId)]);
  const now = ctx.now();
  return agendas.map((row) => {
    const assigned = row.assigned;
    const done = row.reviewed;
    const progress: ReviewProgress | null = row.version_id && assigned.length > 0 && row.review_state !== "concept" ? reviewProgress(assigned, done) : null;
    const ref = { regionId: row.region_id, groupId: row.working_group_id, foundationId: row.foundation_id, reviewState: row.review_state };
    return {
      id: row.id,
      kind: row.kind,
      owner: row.working_group_id
        ? { kind: "werkgroep" as const, slug: row.group_slug ?? "", name: row.group_name ?? "" }
        : { kind: "fundament" as const, slug: row.foundation_slug ?? "", name: row.foundation_name ?? "" },
      state: row.review_state,
      stateLabel: stateLabel(row.review_state),
      stateChangedAt: row.state_changed_at,
      currentVersion: row.version_number,
      progress,
      reviewsOwed: progress && row.review_state === "in_review" ? progress.total - progress.done : 0,
      deadline: describeDeadline(row.deadline, planYear, row.review_state, now),
      allowedEvents: availableEvents(ctx.actor, ref),
      assignedToMe: ctx.actor !== null && assigned.includes(ctx.actor.userId),
      owedByMe: ctx.actor !== null && row.review_state === "in_review" && assigned.includes(ctx.actor.userId) && !done.includes(ctx.actor.userId),
    };
  });
}

/**
 * The expert team's queue (/review): agendas waiting for reviewers (Ingediend) or with a
 * review still owed (In review), oldest first, with how long they wait and their deadline.
 */
export async function listReviewQueue(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  const now = ctx.now();
  return (await loadRegionFacts(ctx))
    .filter((agenda) => agenda.state === "ingediend" || (agenda.state === "in_review" && agenda.reviewsOwed > 0))
    .sort((a, b) => a.stateChangedAt.getTime() - b.stateChangedAt.getTime() || a.owner.name.localeCompare(b.owner.name, "nl"))
    .map((agenda) => ({ ...agenda, waitingSince: agenda.stateChangedAt, ageDays: daysBetween(agenda.stateChangedAt, now) }));
}

/**
 * Every agenda of the region with its state, the version under review, reviews done and
 * owed, deadline and the steps this person can take (the coalition adopts from here).
 */
export async function listAgendaStates(ctx: ServiceContext) {
  requirePermission(ctx, "workspace.read");
  return loadRegionFacts(ctx);
}
