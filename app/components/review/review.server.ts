import { data, redirect } from "@remix-run/node";
import type { ServiceContext } from "../../../server/request-context";
import { dateInNetherlands } from "../../../shared/dutch-time";
import { isAppError, type FieldIssue } from "../../../shared/errors";
import { nl } from "../../../shared/i18n/nl";
import { fromService } from "../../lib/service.server";
import { byCriterion, readRatings, sentValues, text } from "./review-form";
import { loadChipStatuses, type AgendaOwnerKind } from "../agenda/agenda.server";
import { getVersion, openFoundationAgenda, openGroupAgenda, stateToDocument } from "../agenda/services.server";
import {
  adoptAgenda,
  assignReviewers,
  checkSubmission,
  getReviewState,
  listAgendaStates,
  listPeople,
  listReviewQueue,
  listThreads,
  reopenAgenda,
  saveReview,
  sendBack,
  setDeadline,
  submitAgenda,
  submitReview,
  unassignReviewer,
  withdrawAgenda,
} from "./services.server";
import { ownerPath } from "../../../shared/owner-paths";

/** "/werkgroepen/<slug>/agenda/review" or "/fundamenten/<slug>/agenda/review". */
export function reviewPathOf(owner: { kind: AgendaOwnerKind; slug: string }): string {
  return ownerPath(owner, "/agenda/review");
}

type AgendaStates = Awaited<ReturnType<typeof listAgendaStates>>;

/** What a chip next to an agenda shows: its state, deadline, progress and the steps this person can take. */
export function toAgendaStateSummary(agenda: AgendaStates[number]) {
  return {
    id: agenda.id,
    kind: agenda.kind,
    owner: agenda.owner,
    state: agenda.state,
    stateLabel: agenda.stateLabel,
    deadline: agenda.deadline,
    progress: agenda.progress?.label ?? null,
    currentVersion: agenda.currentVersion,
    events: agenda.allowedEvents.map((e) => e.event),
  };
}
export type AgendaStateSummary = ReturnType<typeof toAgendaStateSummary>;

/** The state of the werkgroep's or fundament's agenda for its header; null while it has no agenda yet. */
export async function loadAgendaStateOf(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string): Promise<AgendaStateSummary | null> {
  const agendas = await fromService(listAgendaStates(ctx));
  const found = agendas.find((agenda) => agenda.owner.kind === owner && agenda.owner.slug === slug);
  return found ? toAgendaStateSummary(found) : null;
}

/** The state of one agenda by id (the editor page). */
export async function loadAgendaStateById(ctx: ServiceContext, agendaId: string): Promise<AgendaStateSummary | null> {
  const agendas = await fromService(listAgendaStates(ctx));
  const found = agendas.find((agenda) => agenda.id === agendaId);
  return found ? toAgendaStateSummary(found) : null;
}

/** /review: the expert team's queue and every agenda's state. */
export async function loadReviewOverview(ctx: ServiceContext) {
  const [queue, agendas] = await fromService(Promise.all([listReviewQueue(ctx), listAgendaStates(ctx)]));
  return {
    queue: queue.map((agenda) => ({
      ...toAgendaStateSummary(agenda),
      ageDays: agenda.ageDays,
      waitingSince: agenda.waitingSince,
      owedByMe: agenda.owedByMe,
    })),
    agendas: agendas.map((agenda) => ({
      ...toAgendaStateSummary(agenda),
      reviewsOwed: agenda.reviewsOwed,
      owedByMe: agenda.owedByMe,
      assignedToMe: agenda.assignedToMe,
    })),
    today: dateInNetherlands(new Date()),
  };
}

function openAgendaOf(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string) {
  return fromService(owner === "werkgroep" ? openGroupAgenda(ctx, slug) : openFoundationAgenda(ctx, slug));
}

/**
 * The review page of one agenda: the review state with the steps this person can take, the
 * submission checks (for the lead, before submitting), the expert team (for the
 * projectbureau, to assign), and for a reviewer writing a review the frozen version.
 */
export async function loadReviewPage(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string, request: Request) {
  const url = new URL(request.url);
  const { agenda } = await openAgendaOf(ctx, owner, slug);
  const review = await fromService(getReviewState(ctx, { agendaId: agenda.id }));
  const events = new Set(review.allowedEvents.map((e) => e.event));
  const checks = events.has("indienen") || events.has("opnieuw_indienen") ? await fromService(checkSubmission(ctx, { agendaId: agenda.id })) : null;
  const experts =
    review.abilities.assignOthers && events.has("reviewers_toewijzen")
      ? (await fromService(listPeople(ctx)))
          .filter((person) => person.active && person.roles.some((role) => role.role === "expert"))
          .map((person) => ({
            id: person.id,
            name: person.name || person.email,
            organisation: person.organisation,
          }))
      : [];
  let frozen = null;
  let statuses = {};
  if (review.abilities.writeReview && review.currentVersion) {
    const [{ version }, chips] = await Promise.all([
      fromService(
        getVersion(ctx, {
          agendaId: agenda.id,
          number: review.currentVersion.number,
        })
      ),
      loadChipStatuses(ctx, owner, slug),
    ]);
    frozen = {
      number: version.number,
      name: version.name,
      text: version.text,
      document: stateToDocument(Buffer.from(version.state, "base64")),
    };
    statuses = chips.statuses;
  }
  const done = url.searchParams.get("gedaan");
  return {
    resolvedThreads: await loadResolvedThreads(ctx, agenda.id, review),
    agenda: {
      id: agenda.id,
      kind: agenda.kind,
      reviewState: agenda.reviewState,
      owner: agenda.owner,
    },
    me: ctx.actor?.userId ?? null,
    review,
    checks,
    experts,
    frozen,
    statuses,
    done: done && Object.hasOwn(nl.reviewUi.done, done) ? nl.reviewUi.done[done] : null,
    today: dateInNetherlands(new Date()),
  };
}

/**
 * After a resubmission: the comment threads resolved since the reviewed version was frozen,
 * so the group and the reviewers see which remarks were dealt with.
 */
async function loadResolvedThreads(ctx: ServiceContext, agendaId: string, review: Awaited<ReturnType<typeof getReviewState>>) {
  const changes = review.changesSinceReview;
  if (!changes) return [];
  const reviewed = review.reviewedVersions.find((version) => version.number === changes.fromVersion);
  if (!reviewed) return [];
  const since = new Date(reviewed.createdAt).getTime();
  const { threads } = await fromService(listThreads(ctx, { agendaId }));
  return threads
    .filter((thread) => thread.resolvedAt !== null && new Date(thread.resolvedAt).getTime() >= since)
    .map((thread) => ({
      id: thread.id,
      quote: thread.quote,
      authorName: thread.authorName,
      firstComment: thread.comments[0]?.body ?? "",
      resolvedByName: thread.resolvedByName,
      resolvedAt: thread.resolvedAt!,
    }));
}

/** What a refused form gets back: the intent (so the right form shows it), the message and the field problems. */
export interface ReviewFormProblem {
  ok: false;
  intent: string;
  message: string;
  issues: FieldIssue[];
  /** What the review form sent, so a refused review comes back filled in (also without JavaScript). */
  values?: Record<string, string>;
}

/**
 * Runs one step of the review form by its intent, then shows the page again with a message
 * (?gedaan=...). Refusals a person can fix (a validation problem, a step the state no longer
 * allows, a conflict) come back to the form; 403 and 404 are error pages.
 */
export async function reviewAction(ctx: ServiceContext, owner: AgendaOwnerKind, slug: string, form: FormData) {
  const { agenda } = await openAgendaOf(ctx, owner, slug);
  const agendaId = agenda.id;
  const intent = text(form, "intent");
  const base = reviewPathOf({ kind: owner, slug });
  const values = intent === "save-review" || intent === "submit-review" ? sentValues(form) : undefined;
  const refuse = (message: string, issues: FieldIssue[] = [], status = 400) =>
    data<ReviewFormProblem>({ ok: false, intent, message, issues, values }, { status });

  let ratingsForPaths: Array<{ criterionId: string }> = [];
  const step = async (): Promise<string> => {
    switch (intent) {
      case "submit":
        return (await submitAgenda(ctx, { agendaId })).event;
      case "assign":
        await assignReviewers(ctx, {
          agendaId,
          expertIds: form.getAll("expertId").filter((v) => typeof v === "string"),
        });
        return "reviewers_toewijzen";
      case "assign-self":
        await assignReviewers(ctx, {
          agendaId,
          expertIds: ctx.actor ? [ctx.actor.userId] : [],
        });
        return "reviewers_toewijzen";
      case "unassign":
        await unassignReviewer(ctx, {
          agendaId,
          expertId: text(form, "expertId"),
        });
        return "unassign";
      case "deadline":
        await setDeadline(ctx, {
          agendaId,
          deadline: text(form, "deadline").trim() || null,
        });
        return "deadline";
      case "save-review":
      case "submit-review": {
        const { criteria } = await getReviewState(ctx, { agendaId });
        const { ratings, issues } = readRatings(form, criteria);
        ratingsForPaths = ratings;
        if (issues.length > 0) throw new FormIssues(nl.review.reviewIncomplete(issues.length), issues);
        const summary = text(form, "summary");
        if (intent === "save-review") {
          await saveReview(ctx, { agendaId, ratings, summary });
          return "concept";
        }
        const advice = text(form, "advice");
        await submitReview(ctx, {
          agendaId,
          ratings,
          summary,
          advice: advice === "" ? undefined : advice,
        });
        return "review";
      }
      case "adopt":
        await adoptAgenda(ctx, {
          agendaId,
          decisionDate: text(form, "decisionDate"),
          reference: text(form, "reference"),
        });
        return "vaststellen";
      case "send-back":
        await sendBack(ctx, { agendaId, reason: text(form, "reason") });
        return "terugsturen";
      case "withdraw":
        await withdrawAgenda(ctx, { agendaId, reason: text(form, "reason") });
        return "terugtrekken";
      case "reopen":
        await reopenAgenda(ctx, { agendaId });
        return "heropenen";
      default:
        throw new FormIssues(nl.errors.internal, []);
    }
  };

  try {
    const done = await step();
    return redirect(`${base}?gedaan=${done}`);
  } catch (error) {
    if (error instanceof FormIssues) return refuse(error.message, error.issues);
    if (isAppError(error)) {
      if (error.code === "VALIDATION") return refuse(error.message, byCriterion((error as { issues?: FieldIssue[] }).issues ?? [], ratingsForPaths));
      if (error.code === "INVALID_TRANSITION" || error.code === "CONFLICT") return refuse(error.message, [], 409);
    }
    // 401/403/404 and anything unexpected: the error pages.
    return fromService(Promise.reject(error));
  }
}

/** Problems the form itself finds before asking the service. */
class FormIssues extends Error {
  constructor(message: string, readonly issues: FieldIssue[]) {
    super(message);
  }
}
