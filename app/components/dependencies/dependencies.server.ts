import { data, redirect } from "@remix-run/node";
import type { ServiceContext } from "../../../server/request-context";
import { nl } from "../../../shared/i18n/nl";
import { fromFormService, fromService } from "../../lib/service.server";
import { getFoundationUrgency, getNeedsMatrix, getRegionGraph, setUrgencyOrder } from "./services.server";

const t = nl.dependencyUi;

/** The URL's filters (?werkgroep=&fundament=&soort=&status=), as the GET form sends them. */
export function filtersOf(url: URL) {
  const get = (name: string) => url.searchParams.get(name) ?? undefined;
  return { groupSlug: get("werkgroep"), foundationSlug: get("fundament"), kind: get("soort"), state: get("status") };
}

/** The filtered links and items of /afhankelijkheden, for its CSV file (the service's errors as they are). */
export function loadDependencyList(ctx: ServiceContext, request: Request) {
  return getRegionGraph(ctx, filtersOf(new URL(request.url)));
}

/** /afhankelijkheden: the filtered graph (list and graph), the needs matrix and the urgency of the fundamenten. */
export async function loadDependencyViews(ctx: ServiceContext, request: Request) {
  const url = new URL(request.url);
  const [graph, matrix, urgency] = await fromService(Promise.all([getRegionGraph(ctx, filtersOf(url)), getNeedsMatrix(ctx), getFoundationUrgency(ctx)]));
  return {
    graph,
    matrix: {
      groups: matrix.groups.map((g) => ({ id: g.id, slug: g.slug, name: g.name })),
      foundations: matrix.foundations.map((f) => ({ id: f.id, slug: f.slug, name: f.name })),
      cells: matrix.cells,
    },
    urgency: {
      ...urgency,
      decided: urgency.decided ? { ...urgency.decided, decidedAt: new Date(urgency.decided.decidedAt).toISOString() } : null,
      history: urgency.history.map((d) => ({ ...d, decidedAt: new Date(d.decidedAt).toISOString() })),
      foundations: matrix.foundations.map((f) => ({ id: f.id, name: f.name })),
    },
    saved: url.searchParams.get("vastgelegd") === "1",
  };
}

export interface UrgencyFormProblem {
  ok: false;
  message: string;
  values: Record<string, string>;
}

/**
 * The coalition's order: a position per fundament (positie-<id>) and a note. The positions
 * must be 1..n, each once; the service checks again and checks who may do this.
 */
export async function setUrgencyAction(ctx: ServiceContext, form: FormData) {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value;
  const refuse = (message: string) => data<UrgencyFormProblem>({ ok: false, message, values }, { status: 400 });

  const [urgency, { foundations }] = await fromService(Promise.all([getFoundationUrgency(ctx), getNeedsMatrix(ctx)]));
  // Someone without the right gets the service's own refusal (403, an error page), whatever they sent.
  if (!urgency.abilities.setOrder) await fromService(setUrgencyOrder(ctx, { foundationIds: foundations.map((f) => f.id), note: "" }));
  const n = foundations.length;
  const positions = foundations.map((f) => ({ id: f.id, position: Number((values[`positie-${f.id}`] ?? "").trim()) }));
  const valid =
    positions.every((p) => Number.isInteger(p.position) && p.position >= 1 && p.position <= n) && new Set(positions.map((p) => p.position)).size === n;
  if (!valid) return refuse(t.positionsInvalid(n));
  const foundationIds = [...positions].sort((a, b) => a.position - b.position).map((p) => p.id);
  const result = await fromFormService(setUrgencyOrder(ctx, { foundationIds, note: values.note ?? "" }));
  if (!("value" in result)) return refuse(messageOf(result) ?? nl.errors.internal);
  return redirect("/afhankelijkheden?vastgelegd=1#urgentie");
}

function messageOf(result: unknown): string | null {
  const payload = (result as { data?: { message?: string } }).data;
  return payload?.message ?? null;
}
