import { assessmentCriteria, isAssessmentLevel, isCardStatus, type Assessment, type Scale } from "../../../shared/domain/card-rules";
import { boardMessages } from "../../../shared/domain/messages";
import { nl } from "../../../shared/i18n/nl";
import { describeScale, namesOf, showQuarter, type CardOptions } from "./model";

// A card's history (audit events) and conflicting values, in Dutch sentences.

export interface HistoryEvent {
  id: string;
  action: string;
  data: unknown;
  createdAt: Date | string;
  actorName: string | null;
}

const listFields: Record<string, keyof CardOptions> = {
  buildingBlockIds: "buildingBlocks",
  foundationIds: "foundations",
  targetGroupIds: "targetGroups",
  themeIds: "themes",
  taskIds: "tasks",
  initiativeIds: "initiatives",
};

/** A long text cut to `max` characters with an ellipsis, for a history line. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One field's value as people read it, e.g. "Gekozen", "Q2 2024", "Almere, Lelystad". */
export function describeValue(field: string, value: unknown, options: CardOptions): string {
  const t = nl.board;
  if (value === null || value === undefined || value === "") return t.emptyValue;
  if (field === "status" && isCardStatus(value)) return boardMessages.statusLabel[value];
  if (field === "focus" && typeof value === "boolean") return value ? t.focusOnValue : t.focusOffValue;
  if (field === "scale" && typeof value === "object") return describeScale(value as Scale, options) ?? t.emptyValue;
  if ((field === "startQuarter" || field === "endQuarter") && typeof value === "string") return showQuarter(value) ?? t.emptyValue;
  const list = listFields[field];
  if (list && Array.isArray(value)) {
    return value.length === 0 ? t.noneValue : namesOf(value.map(String), options[list] as CardOptions["buildingBlocks"]).join(", ");
  }
  if (field === "responsibleUserId" && typeof value === "string") return namesOf([value], options.people).join(", ") || t.emptyValue;
  if (field === "assessment" && typeof value === "object") return describeAssessment(value as Partial<Assessment>);
  if (typeof value === "string") return `"${shorten(value)}"`;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  return shorten(JSON.stringify(value));
}

function describeAssessment(assessment: Partial<Assessment>): string {
  const parts = assessmentCriteria
    .filter((criterion) => isAssessmentLevel(assessment[criterion]))
    .map((criterion) => `${boardMessages.criterionLabel[criterion]}: ${boardMessages.assessmentLevelLabel[assessment[criterion]!].toLowerCase()}`);
  if (typeof assessment.strengthensBasis === "boolean") {
    parts.push(`${boardMessages.strengthensBasisLabel} ${assessment.strengthensBasis ? nl.board.yes : nl.board.no}`);
  }
  return parts.length > 0 ? parts.join("; ") : boardMessages.assessmentNotFilled;
}

export function fieldLabel(field: string): string {
  return nl.boards.fieldLabels[field] ?? field;
}

/** The sentences for one history event: a change can touch several fields. */
export function describeEvent(event: HistoryEvent, options: CardOptions): string[] {
  const t = nl.board;
  const who = event.actorName ?? t.someone;
  switch (event.action) {
    case "card.created":
      return [t.historyCreated(who)];
    case "card.archived":
      return [t.historyArchived(who)];
    case "card.restored":
      return [t.historyRestored(who)];
    case "card.updated": {
      const changes = (event.data as { changes?: Array<{ field: string; from: unknown; to: unknown }> } | null)?.changes ?? [];
      if (changes.length === 0) return [t.historyChangedSomething(who)];
      return changes.map((change) =>
        t.historyChanged(who, fieldLabel(change.field), describeValue(change.field, change.from, options), describeValue(change.field, change.to, options)),
      );
    }
    default:
      return [t.historyChangedSomething(who)];
  }
}

/** Who made the newest change to this field, from the card's history (newest first). */
export function lastEditorOf(field: string, history: readonly HistoryEvent[]): string | null {
  for (const event of history) {
    if (event.action !== "card.updated") continue;
    const changes = (event.data as { changes?: Array<{ field: string }> } | null)?.changes ?? [];
    if (changes.some((change) => change.field === field)) return event.actorName;
  }
  return null;
}
