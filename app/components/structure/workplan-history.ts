import { boardMessages } from "../../../shared/domain/messages";
import { isWorkplanStatus } from "../../../shared/domain/workplan-rules";
import { nl } from "../../../shared/i18n/nl";
import type { HistoryEvent } from "../board/history";
import { fieldLabel, shorten } from "../board/history";
import { showQuarter } from "../board/model";

// A werkagenda item's history (its audit events) in Dutch sentences, like a card's in the
// card panel: "Kim veranderde de status van Gepland naar Bezig."

const t = nl.structure.workplan;

/** One value of an item's field as the werkagenda shows it: "Bezig", "Q3 2025", "GGD". */
export function describeWorkplanValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return nl.board.emptyValue;
  if (field === "status" && isWorkplanStatus(value)) return boardMessages.workplanStatusLabel[value];
  if (field === "dueQuarter" && typeof value === "string") return showQuarter(value) ?? `"${value}"`;
  if (typeof value === "string") return `"${shorten(value)}"`;
  return shorten(JSON.stringify(value));
}

/** The sentences for one event: an edit can change several fields at once. */
export function describeWorkplanEvent(event: HistoryEvent): string[] {
  const who = event.actorName ?? nl.board.someone;
  switch (event.action) {
    case "workplan_item.created":
      return [t.historyCreated(who)];
    case "workplan_item.archived":
      return [t.historyArchived(who)];
    case "workplan_item.restored":
      return [t.historyRestored(who)];
    case "workplan_item.updated": {
      const changes = (event.data as { changes?: Array<{ field: string; from: unknown; to: unknown }> } | null)?.changes ?? [];
      if (changes.length === 0) return [t.historyChangedSomething(who)];
      return changes.map((change) =>
        nl.board.historyChanged(who, fieldLabel(change.field), describeWorkplanValue(change.field, change.from), describeWorkplanValue(change.field, change.to)),
      );
    }
    default:
      return [t.historyChangedSomething(who)];
  }
}
