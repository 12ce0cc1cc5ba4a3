import { data } from "@remix-run/node";
import { ConflictError, ValidationError } from "../../../shared/errors";
import { nl } from "../../../shared/i18n/nl";
import { fromFormService, type ErrorPayload } from "../../lib/service.server";
import type { AdminOutcome } from "./outcome";

// Helpers for the /beheer actions: read the posted form, call one service through
// fromFormService and turn the answer into an outcome the page shows (status or errors).

/** A text field from the posted form; missing or a file becomes "". */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (checkboxes, hidden lists), without empty ones. */
export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}

/**
 * The one "werkgroep or fundament" select sends "group:<id>", "foundation:<id>" or "".
 * The service checks that the role and the scope fit together.
 */
export function scopeFrom(value: string): { groupId?: string; foundationId?: string } {
  if (value.startsWith("group:")) return { groupId: value.slice("group:".length) };
  if (value.startsWith("foundation:")) return { foundationId: value.slice("foundation:".length) };
  return {};
}

/** An intent this page does not know: a 400 page (only a hand-made request gets here). */
export function unknownIntent(): never {
  throw data<ErrorPayload>({ message: nl.admin.unknownIntent }, { status: 400 });
}

type Refusal = ReturnType<typeof data<AdminOutcome>>;

export interface RunOptions<T> {
  intent: string;
  /** Which row or block the form belongs to (a person, a fundament), so the page shows the answer there. */
  target?: string;
  /** What the person typed, to show again after a refusal (never a password). */
  values?: Record<string, string>;
  success: (value: T) => string;
  /** What to tell the page about the result, e.g. the slug of a new werkgroep. */
  made?: (value: T) => Record<string, string>;
  /** A ConflictError (e.g. e-mail already in use) is about this field: show it there, not as an error page. */
  conflictField?: string;
  /** A ValidationError without field issues (e.g. the role and scope do not fit) is about this field. */
  messageField?: string;
}

/** Runs one service call for a form; validation problems come back as data, other errors as pages. */
export async function runAdminAction<T>(work: Promise<T>, options: RunOptions<T>): Promise<AdminOutcome | Refusal> {
  let conflict = false;
  const guarded = work.catch((error: unknown) => {
    if (error instanceof ConflictError && options.conflictField) {
      conflict = true;
      throw new ValidationError(error.message, [{ path: options.conflictField, message: error.message }]);
    }
    throw error;
  });
  const result = await fromFormService(guarded);
  const base = { intent: options.intent, target: options.target ?? "", values: options.values ?? {} };
  if ("value" in result) {
    return { ...base, ok: true, message: options.success(result.value), issues: [], made: options.made?.(result.value) };
  }
  const { message, issues } = result.data;
  const placed = issues.length === 0 && options.messageField ? [{ path: options.messageField, message }] : issues;
  const init = result.init ?? {};
  return data<AdminOutcome>({ ...base, ok: false, message, issues: placed }, { ...init, status: conflict ? 409 : init.status });
}
