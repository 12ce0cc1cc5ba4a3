import type { FieldIssue } from "../../../shared/errors";

/** Both values of a field that someone else changed meanwhile (ConflictError details). */
export interface Conflict {
  field: string;
  theirs: unknown;
  yours: unknown;
}

/** What every board action answers; `intent`, `cardId` and `field` say which form it belongs to. */
export interface BoardOutcome {
  ok: boolean;
  intent: string;
  cardId: string;
  field: string;
  message: string;
  issues: FieldIssue[];
  /** Someone else changed the same field: both values, and what to re-send to keep mine. */
  conflicts?: Conflict[];
  /** Who made the other version, when the history says so. */
  theirName?: string | null;
  edits?: Record<string, unknown>;
  base?: Record<string, unknown>;
}

/** True when this outcome answers the form with this intent, card and field. */
export function isOutcomeFor(outcome: unknown, intent: string, cardId = "", field = ""): outcome is BoardOutcome {
  if (!outcome || typeof outcome !== "object") return false;
  const o = outcome as Partial<BoardOutcome>;
  return o.intent === intent && (o.cardId ?? "") === cardId && (o.field ?? "") === field;
}
