/**
 * The submission checks: what the plan's rules ask of an agenda before the expert team reviews
 * it. Blocking problems stop the submission and are listed; warnings are shown and stored with
 * the submitted version (agenda_version.checks). Pure: the server runs it on the board or
 * werkagenda as it is when someone submits; the browser can show the same list beforehand.
 */
import { nl } from "../i18n/nl";
import { maxFocusPerGroup } from "./card-rules";
import { isQuarter } from "./quarter";

export type ProblemCode =
  | "too_many_focus"
  | "no_focus"
  | "focus_incomplete"
  | "focus_link_without_dependency"
  | "no_items"
  | "item_incomplete"
  | "item_without_dependents";

/** One thing to fix (or, for a warning, to look at), about the agenda or one card or item. */
export interface Problem {
  code: ProblemCode;
  message: string;
  /** The card or werkagenda item it is about, so the UI can link to it. */
  subject?: { kind: "card" | "item"; id: string; title: string };
  /** What the card or item misses (field names of the board). */
  fields?: string[];
  /** The fundament a focus card links without a *vereist* link to its werkagenda. */
  foundation?: { id: string; name: string };
}

export interface SubmissionChecks {
  blocking: Problem[];
  warnings: Problem[];
}

/** A card (oplossingsrichting) of the werkgroep, not archived. */
export interface CheckedCard {
  id: string;
  title: string;
  focus: boolean;
  scaleKind: string | null;
  startQuarter: string | null;
  endQuarter: string | null;
  buildingBlockIds: readonly string[];
  /**
   * The fundamenten the card links, each with whether the card has a confirmed or proposed
   * *vereist* link to one of its werkagenda items and whether a reason was recorded why it
   * needs none. Undefined until the dependency feature provides it (then nothing is checked).
   */
  foundationLinks?: ReadonlyArray<{ foundationId: string; name: string; required: boolean; justified: boolean }>;
}

/** An item of the fundament's werkagenda, not archived. */
export interface CheckedItem {
  id: string;
  title: string;
  dueQuarter: string | null;
  responsibleOrganisation: string | null;
  /**
   * How many cards require this item (confirmed or proposed *vereist* links). Undefined until
   * the dependency feature provides it; then 0 gives the "nobody needs this" warning.
   */
  dependentCount?: number;
}

const cardFieldOrder = ["scale", "startQuarter", "endQuarter", "buildingBlocks"] as const;
const itemFieldOrder = ["dueQuarter", "responsibleOrganisation"] as const;

/**
 * A concept transformatieagenda: at most two focus oplossingsrichtingen, and each has a scale,
 * a start and end quarter and at least one bouwsteen. No focus at all is a warning, and so is
 * a focus card that links a fundament without a *vereist* link to one of its werkagenda items
 * or a recorded reason why it needs none.
 */
export function checkTransformatieagenda(cards: readonly CheckedCard[]): SubmissionChecks {
  const blocking: Problem[] = [];
  const warnings: Problem[] = [];
  const focus = cards.filter((card) => card.focus);
  if (focus.length > maxFocusPerGroup) blocking.push({ code: "too_many_focus", message: nl.review.checks.tooManyFocus(focus.length) });
  if (focus.length === 0) warnings.push({ code: "no_focus", message: nl.review.checks.noFocus });
  for (const card of focus) {
    const missing = missingCardFields(card);
    if (missing.length === 0) continue;
    blocking.push({
      code: "focus_incomplete",
      message: nl.review.checks.focusIncomplete(card.title, nl.review.andList(missing.map((field) => nl.review.checks.cardMissing[field]))),
      subject: { kind: "card", id: card.id, title: card.title },
      fields: missing,
    });
  }
  for (const card of focus) {
    for (const link of card.foundationLinks ?? []) {
      if (link.required || link.justified) continue;
      warnings.push({
        code: "focus_link_without_dependency",
        message: nl.dependencyViews.focusLinkWithoutDependency(card.title, link.name),
        subject: { kind: "card", id: card.id, title: card.title },
        foundation: { id: link.foundationId, name: link.name },
      });
    }
  }
  return { blocking, warnings };
}

function missingCardFields(card: CheckedCard): Array<(typeof cardFieldOrder)[number]> {
  const present = {
    scale: card.scaleKind !== null && card.scaleKind !== "",
    startQuarter: card.startQuarter !== null && isQuarter(card.startQuarter),
    endQuarter: card.endQuarter !== null && isQuarter(card.endQuarter),
    buildingBlocks: card.buildingBlockIds.some((id) => id.trim() !== ""),
  };
  return cardFieldOrder.filter((field) => !present[field]);
}

/**
 * A werkagenda: every item has a due quarter and a responsible organisation. An empty
 * werkagenda, and an item nobody depends on (once that is known), are warnings.
 */
export function checkWerkagenda(items: readonly CheckedItem[]): SubmissionChecks {
  const blocking: Problem[] = [];
  const warnings: Problem[] = [];
  if (items.length === 0) warnings.push({ code: "no_items", message: nl.review.checks.noItems });
  for (const item of items) {
    const subject = { kind: "item" as const, id: item.id, title: item.title };
    const missing = missingItemFields(item);
    if (missing.length > 0) {
      blocking.push({
        code: "item_incomplete",
        message: nl.review.checks.itemIncomplete(item.title, nl.review.andList(missing.map((field) => nl.review.checks.itemMissing[field]))),
        subject,
        fields: missing,
      });
    }
    if (item.dependentCount === 0) warnings.push({ code: "item_without_dependents", message: nl.review.checks.noDependents(item.title), subject });
  }
  return { blocking, warnings };
}

function missingItemFields(item: CheckedItem): Array<(typeof itemFieldOrder)[number]> {
  const present = {
    dueQuarter: item.dueQuarter !== null && isQuarter(item.dueQuarter),
    responsibleOrganisation: (item.responsibleOrganisation ?? "").trim() !== "",
  };
  return itemFieldOrder.filter((field) => !present[field]);
}

/** Whether the agenda may be submitted: no blocking problems. */
export function canSubmit(checks: SubmissionChecks): boolean {
  return checks.blocking.length === 0;
}
