import { data } from "@remix-run/node";
import { isCardStatus } from "../../../shared/domain/card-rules";
import { boardMessages } from "../../../shared/domain/messages";
import { ConflictError, isAppError, httpStatusOf, RateLimitedError, UnauthenticatedError, ValidationError } from "../../../shared/errors";
import { nl } from "../../../shared/i18n/nl";
import type { ErrorPayload } from "../../lib/service.server";
import type { BoardOutcome, Conflict } from "./outcome";

// Reading the board's posted forms and turning a service's answer into what the page shows:
// a short status, a Dutch refusal, or a conflict with both values.

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}

/** A form that was not made by this page (hand-made request): a 400 page. */
export function badRequest(): never {
  throw data<ErrorPayload>({ message: nl.validation.invalid }, { status: 400 });
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return badRequest();
  }
}

function level(value: string) {
  return value === "geen" || value === "enig" || value === "groot" ? value : null;
}

/**
 * The edit one field form sends: `field` names it, its inputs hold the new value and `base`
 * (JSON) the value the page showed. The conflict form sends `editsJson` and `baseJson`.
 */
export function readEdit(form: FormData): { field: string; edits: Record<string, unknown>; base: Record<string, unknown> } {
  const field = text(form, "field");
  if (form.has("editsJson")) {
    return { field, edits: parseJson(text(form, "editsJson")) as Record<string, unknown>, base: parseJson(text(form, "baseJson")) as Record<string, unknown> };
  }
  const base = parseJson(text(form, "base") || "null");
  switch (field) {
    case "title":
    case "description":
      return { field, edits: { [field]: text(form, "value") }, base: { [field]: base } };
    case "status":
      if (!isCardStatus(text(form, "value"))) badRequest();
      return { field, edits: { status: text(form, "value") }, base: { status: base } };
    case "focus":
      return { field, edits: { focus: text(form, "value") === "true" }, base: { focus: base } };
    case "scale": {
      const kind = text(form, "scaleKind");
      const scale =
        kind === "lokaal"
          ? { kind, municipalityIds: texts(form, "municipalityIds") }
          : kind === "subregionaal"
            ? { kind, subregionId: text(form, "subregionId") }
            : kind === "regionaal"
              ? { kind }
              : null;
      return { field, edits: { scale }, base: { scale: base } };
    }
    case "quarters": {
      const shown = (base ?? {}) as { startQuarter?: unknown; endQuarter?: unknown };
      return {
        field,
        edits: { startQuarter: text(form, "startQuarter").trim() || null, endQuarter: text(form, "endQuarter").trim() || null },
        base: { startQuarter: shown.startQuarter ?? null, endQuarter: shown.endQuarter ?? null },
      };
    }
    case "buildingBlockIds":
    case "foundationIds":
    case "targetGroupIds":
    case "themeIds":
    case "taskIds":
    case "initiativeIds":
      return { field, edits: { [field]: texts(form, "value") }, base: { [field]: base } };
    case "responsibleUserId":
      return { field, edits: { responsibleUserId: text(form, "value") || null }, base: { responsibleUserId: base ?? null } };
    case "assessment": {
      const basis = text(form, "strengthensBasis");
      const assessment = {
        health: level(text(form, "health")),
        careQuality: level(text(form, "careQuality")),
        careCosts: level(text(form, "careCosts")),
        jobSatisfaction: level(text(form, "jobSatisfaction")),
        strengthensBasis: basis === "yes" ? true : basis === "no" ? false : null,
      };
      return { field, edits: { assessment }, base: { assessment: base } };
    }
    default:
      return badRequest();
  }
}

/** A lokaal scale without gemeenten or a subregionaal one without subregio, in the card rules' words. */
export function findScaleProblem(scale: unknown): string | null {
  const value = scale as { kind?: string; municipalityIds?: string[]; subregionId?: string } | null;
  if (value?.kind === "lokaal" && (value.municipalityIds ?? []).length === 0) return boardMessages.municipalityRequired;
  if (value?.kind === "subregionaal" && !value.subregionId) return boardMessages.subregionRequired;
  return null;
}

type Refusal = ReturnType<typeof data<BoardOutcome>>;

/**
 * Runs one service call for a board form. Refusals the person can act on (validation,
 * conflict, a card that is gone, no right) come back as data the form shows next to itself;
 * a signed-out session and unexpected errors stay error pages.
 */
export async function runBoardAction<T>(
  work: Promise<T>,
  meta: { intent: string; cardId?: string; field?: string; edits?: Record<string, unknown>; base?: Record<string, unknown> },
  success: (value: T) => string,
  onConflict?: (conflicts: Conflict[]) => Promise<string | null>,
): Promise<BoardOutcome | Refusal> {
  const base = { intent: meta.intent, cardId: meta.cardId ?? "", field: meta.field ?? "" };
  try {
    const value = await work;
    return { ...base, ok: true, message: success(value), issues: [] };
  } catch (error) {
    if (!isAppError(error) || error instanceof UnauthenticatedError || error instanceof RateLimitedError) throw error;
    const status = httpStatusOf[error.code];
    if (error instanceof ConflictError) {
      const conflicts = Array.isArray(error.details) ? (error.details as Conflict[]) : [];
      const theirName = conflicts.length > 0 && onConflict ? await onConflict(conflicts).catch(() => null) : null;
      return data<BoardOutcome>(
        { ...base, ok: false, message: error.message, issues: [], conflicts, theirName, edits: meta.edits, base: meta.base },
        { status },
      );
    }
    const issues = error instanceof ValidationError ? error.issues : [];
    return data<BoardOutcome>({ ...base, ok: false, message: error.message, issues }, { status });
  }
}
