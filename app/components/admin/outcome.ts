import type { FieldIssue } from "../../../shared/errors";

/** What every /beheer action sends back: a short status on success, or the problems per field. */
export interface AdminOutcome {
  ok: boolean;
  intent: string;
  target: string;
  message: string;
  issues: FieldIssue[];
  values: Record<string, string>;
  /** What a successful action made, for a link in the status (e.g. the new werkgroep's slug). */
  made?: Record<string, string>;
}

/** True when this outcome answers the form with this intent (and target, for per-row forms). */
export function isFor(outcome: AdminOutcome | undefined, intent: string, target = ""): outcome is AdminOutcome {
  return Boolean(outcome && outcome.intent === intent && outcome.target === target);
}

/** The refusal's first message for one field of one form. */
export function errorFor(outcome: AdminOutcome | undefined, intent: string, target: string, ...paths: string[]): string | undefined {
  if (!outcome || outcome.ok || !isFor(outcome, intent, target)) return undefined;
  return outcome.issues.find((issue) => paths.includes(issue.path))?.message;
}

/** A refusal that no field of the form shows: the form shows the message itself. */
export function formLevelError(outcome: AdminOutcome | undefined, intent: string, target: string, knownPaths: string[]): string | undefined {
  if (!outcome || outcome.ok || !isFor(outcome, intent, target)) return undefined;
  return outcome.issues.some((issue) => knownPaths.includes(issue.path)) ? undefined : outcome.message;
}
