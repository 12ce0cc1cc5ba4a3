/**
 * The review states of an agenda (a concept transformatieagenda or a werkagenda) as a pure
 * state machine: exactly the table "Review states" of the product brief (DOMAIN.md). Which
 * person may trigger an event comes from the one policy (shared/permissions.ts) through
 * `eventAction`; this module only knows which events a state allows and where they lead.
 * Pure and isomorphic: the server refuses with `requireTransition`, the browser shows the
 * buttons of `availableEvents`.
 */
import { InvalidTransitionError } from "../errors";
import { nl } from "../i18n/nl";
import { can, type Action, type Actor, type Resource } from "../permissions";

export const reviewStates = ["concept", "ingediend", "in_review", "aanpassen_gevraagd", "positief_advies", "vastgesteld", "teruggetrokken"] as const;
export type ReviewState = (typeof reviewStates)[number];

export const reviewEvents = [
  "indienen",
  "reviewers_toewijzen",
  "laatste_review_binnen",
  "opnieuw_indienen",
  "vaststellen",
  "terugsturen",
  "terugtrekken",
  "heropenen",
] as const;
export type ReviewEvent = (typeof reviewEvents)[number];

/** The events a person triggers; `laatste_review_binnen` happens by itself. */
export type ManualReviewEvent = Exclude<ReviewEvent, "laatste_review_binnen">;

export const reviewAdvices = ["positief", "positief_met_aanpassingen", "aanpassen", "negatief"] as const;
export type ReviewAdvice = (typeof reviewAdvices)[number];

/** The lowest and highest score of a rating. */
export const minScore = 1;
export const maxScore = 4;

export function isReviewState(value: unknown): value is ReviewState {
  return (reviewStates as readonly unknown[]).includes(value);
}

export function isReviewAdvice(value: unknown): value is ReviewAdvice {
  return (reviewAdvices as readonly unknown[]).includes(value);
}

/**
 * Where each event leads from each state that allows it. `laatste_review_binnen` has two
 * outcomes; the advices decide (stateAfterReviews). Terugtrekken: "any state but
 * Vastgesteld", and withdrawing what is already withdrawn means nothing, so not from there.
 */
const transitions: Record<ReviewState, Partial<Record<ReviewEvent, ReviewState | "by_advices">>> = {
  concept: { indienen: "ingediend", terugtrekken: "teruggetrokken" },
  ingediend: { reviewers_toewijzen: "in_review", terugtrekken: "teruggetrokken" },
  // More reviewers can join while the review runs, without a state change.
  in_review: { reviewers_toewijzen: "in_review", laatste_review_binnen: "by_advices", terugtrekken: "teruggetrokken" },
  aanpassen_gevraagd: { opnieuw_indienen: "in_review", terugtrekken: "teruggetrokken" },
  positief_advies: { vaststellen: "vastgesteld", terugsturen: "aanpassen_gevraagd", terugtrekken: "teruggetrokken" },
  vastgesteld: {},
  teruggetrokken: { heropenen: "concept" },
};

/** The policy action a person needs for each event they can trigger. */
export const eventAction: Record<ManualReviewEvent, Action> = {
  indienen: "agenda.submit",
  opnieuw_indienen: "agenda.submit",
  heropenen: "agenda.submit",
  reviewers_toewijzen: "review.assign",
  vaststellen: "agenda.adopt",
  terugsturen: "agenda.adopt",
  terugtrekken: "agenda.withdraw",
};

/** The events the state allows, in the order of the table (the automatic one included). */
export function eventsAllowedIn(state: ReviewState): ReviewEvent[] {
  return reviewEvents.filter((event) => transitions[state][event] !== undefined);
}

/** The events a person could trigger in this state (without asking who the person is). */
export function manualEventsAllowedIn(state: ReviewState): ManualReviewEvent[] {
  return eventsAllowedIn(state).filter((event): event is ManualReviewEvent => event !== "laatste_review_binnen");
}

export function isEventAllowed(state: ReviewState, event: ReviewEvent): boolean {
  return transitions[state][event] !== undefined;
}

/**
 * The state after every assigned expert has given an advice: Positief advies when every
 * advice is positief or positief met aanpassingen, otherwise Aanpassen gevraagd.
 */
export function stateAfterReviews(advices: readonly ReviewAdvice[]): ReviewState {
  // An empty list would make "every advice is positive" trivially true: a programming error.
  if (advices.length === 0) throw new RangeError("stateAfterReviews needs at least one advice");
  return advices.every((advice) => advice === "positief" || advice === "positief_met_aanpassingen") ? "positief_advies" : "aanpassen_gevraagd";
}

/**
 * The state the event leads to, or throws an InvalidTransitionError whose Dutch message names
 * the events that can happen now. `laatste_review_binnen` needs the advices of the reviews.
 */
export function requireTransition(state: ReviewState, event: ReviewEvent, facts: { advices?: readonly ReviewAdvice[] } = {}): ReviewState {
  const target = transitions[state][event];
  if (target === undefined) throw new InvalidTransitionError(describeRefusal(state));
  if (target === "by_advices") return stateAfterReviews(facts.advices ?? []);
  return target;
}

/** "Dit kan nu niet: de agenda is Ingediend. Wat nu kan: reviewers toewijzen of terugtrekken." */
export function describeRefusal(state: ReviewState): string {
  const label = stateLabel(state);
  const manual = manualEventsAllowedIn(state);
  // Only Vastgesteld allows nothing at all.
  if (manual.length === 0) return nl.review.notNowFinal(label);
  return nl.review.notNow(label, nl.review.orList(manual.map((event) => eventLabel(event).toLowerCase())));
}

export function stateLabel(state: ReviewState): string {
  return nl.review.states[state];
}

export function eventLabel(event: ReviewEvent): string {
  return nl.review.events[event];
}

export function adviceLabel(advice: ReviewAdvice): string {
  return nl.review.advices[advice];
}

/** The agenda as the policy sees it: the region and the werkgroep or fundament that owns it. */
export interface ReviewedAgendaRef {
  regionId: string;
  groupId: string | null;
  foundationId: string | null;
  reviewState: ReviewState;
}

/** The werkgroep or fundament that owns the agenda, as a policy resource. */
export function agendaOwnerResource(agenda: Pick<ReviewedAgendaRef, "regionId" | "groupId" | "foundationId">): Resource {
  return {
    regionId: agenda.regionId,
    ...(agenda.groupId ? { groupId: agenda.groupId } : {}),
    ...(agenda.foundationId ? { foundationId: agenda.foundationId } : {}),
  };
}

/**
 * Whether the person may trigger the event on this agenda, ignoring its state. Assigning
 * reviewers is asked for the person themselves: an expert may assign only themselves, the
 * projectbureau anyone (so "may assign" means "may at least assign myself").
 */
export function mayTrigger(actor: Actor | null, event: ManualReviewEvent, agenda: Pick<ReviewedAgendaRef, "regionId" | "groupId" | "foundationId">): boolean {
  const resource = agendaOwnerResource(agenda);
  if (event === "reviewers_toewijzen") return actor !== null && can(actor, eventAction[event], { ...resource, assigneeId: actor.userId });
  return can(actor, eventAction[event], resource);
}

/** The events this person can trigger now, with their Dutch labels (for the agenda page's buttons). */
export function availableEvents(actor: Actor | null, agenda: ReviewedAgendaRef): Array<{ event: ManualReviewEvent; label: string }> {
  return manualEventsAllowedIn(agenda.reviewState)
    .filter((event) => mayTrigger(actor, event, agenda))
    .map((event) => ({ event, label: eventLabel(event) }));
}

/** States in which the agenda no longer works towards its deadline. */
const finishedStates: readonly ReviewState[] = ["vastgesteld", "teruggetrokken"];

/** The default deadline: the end of Q2 of the plan year (the plan: adopted by the end of Q2). */
export function defaultDeadline(planYear: number): string {
  if (!Number.isInteger(planYear) || planYear < 1000 || planYear > 9999) throw new RangeError(`Not a plan year: ${planYear}`);
  return `${planYear}-06-30`;
}

/** The deadline that applies: the one the projectbureau set, else the default. */
export function effectiveDeadline(deadline: string | null, planYear: number): string {
  return deadline ?? defaultDeadline(planYear);
}

/**
 * Whether the agenda is late: today is after its deadline (the deadline day itself is still in
 * time) and it is not yet adopted or withdrawn. Dates are "YYYY-MM-DD".
 */
export function isOverdue(deadline: string, today: string, state: ReviewState): boolean {
  if (finishedStates.includes(state)) return false;
  return today > deadline;
}

/** Whether the text is a real calendar date written as "YYYY-MM-DD". */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `from` to `to` (0 on the same day; never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

/** Whether the scores of one criterion differ so much (2 or more apart) that the agenda page marks it. */
export function scoresDiffer(scores: readonly number[]): boolean {
  if (scores.length < 2) return false;
  return Math.max(...scores) - Math.min(...scores) >= 2;
}
