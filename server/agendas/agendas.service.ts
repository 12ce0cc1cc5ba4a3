import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { agendaAccess, type AgendaAccess } from "../../shared/agenda/access";
import { colourFor, type CollabIdentity } from "../../shared/collab/identity";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import type { Actor } from "../../shared/permissions";
import { requirePermission } from "../auth/authorize";
import { findFoundationBySlug } from "../boards/workplan.repository";
import { insertInitialSnapshot } from "../collab/collab.repository";
import { findWorkingGroupBySlug } from "../groups/groups.repository";
import { findUserInRegion } from "../people/people.repository";
import { requirePlan } from "../plan/plan.service";
import type { ServiceContext } from "../request-context";
import * as repo from "./agendas.repository";
import { buildInitialAgendaState } from "./templates";

// Agendas: a werkgroep's concept transformatieagenda and a fundament's werkagenda. The text
// itself lives in Yjs (server/collab); this module owns the record, who may do what with it,
// and its first content (a template built from the board or the werkagenda).

export function toAgenda(row: repo.AgendaRow) {
  return {
    id: row.id,
    kind: row.kind,
    regionId: row.region_id,
    groupId: row.working_group_id,
    foundationId: row.foundation_id,
    reviewState: row.review_state,
    owner: row.working_group_id
      ? { kind: "werkgroep" as const, slug: row.group_slug ?? "", name: row.group_name ?? "" }
      : { kind: "fundament" as const, slug: row.foundation_slug ?? "", name: row.foundation_name ?? "" },
  };
}
export type Agenda = ReturnType<typeof toAgenda>;

/** The agenda and what the person may do with it, or null when the id is unknown. */
export async function resolveAgendaAccess(db: Kysely<Database>, actor: Actor | null, agendaId: string) {
  const row = await repo.findAgendaById(db, agendaId);
  if (!row) return null;
  const agenda = toAgenda(row);
  return { agenda, access: agendaAccess(actor, agenda) };
}

/** What the editor page needs: the agenda, the person's access and their caret identity. */
export interface OpenedAgenda {
  agenda: Agenda;
  access: AgendaAccess;
  me: CollabIdentity;
}

/** The werkgroep's concept transformatieagenda, created from its board on first open. */
export async function openGroupAgenda(ctx: ServiceContext, slug: string): Promise<OpenedAgenda> {
  const actor = requirePermission(ctx, "workspace.read");
  const group = await findWorkingGroupBySlug(ctx.db, ctx.regionId, slug);
  if (!group) throw new NotFoundError(nl.errors.notFoundBody);
  const id = await ensureAgenda(ctx, { kind: "transformatieagenda", groupId: group.id });
  return openAgenda(ctx, actor, id);
}

/** The fundament's werkagenda text, created from its werkagenda items on first open. */
export async function openFoundationAgenda(ctx: ServiceContext, slug: string): Promise<OpenedAgenda> {
  const actor = requirePermission(ctx, "workspace.read");
  const plan = await requirePlan(ctx);
  const foundation = await findFoundationBySlug(ctx.db, plan.id, slug);
  if (!foundation) throw new NotFoundError(nl.errors.notFoundBody);
  const id = await ensureAgenda(ctx, { kind: "werkagenda", foundationId: foundation.id });
  return openAgenda(ctx, actor, id);
}

async function openAgenda(ctx: ServiceContext, actor: Actor, agendaId: string): Promise<OpenedAgenda> {
  const resolved = await resolveAgendaAccess(ctx.db, actor, agendaId);
  if (!resolved || resolved.access === "none") throw new NotFoundError(nl.errors.notFoundBody);
  const name = (await findUserInRegion(ctx.db, ctx.regionId, actor.userId))?.name ?? "";
  return { ...resolved, me: { id: actor.userId, name, color: colourFor(actor.userId) } };
}

/**
 * The agenda's id, creating it with its template when it does not exist yet. Creation and
 * template are one transaction, so an agenda never exists without its first text.
 */
async function ensureAgenda(ctx: ServiceContext, owner: { kind: "transformatieagenda"; groupId: string } | { kind: "werkagenda"; foundationId: string }) {
  const ownerRef = "groupId" in owner ? { groupId: owner.groupId } : { foundationId: owner.foundationId };
  const existing = await repo.findAgendaIdFor(ctx.db, ownerRef);
  if (existing) return existing;
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertAgendaIfMissing(trx, { regionId: ctx.regionId, ...owner, createdBy: ctx.actor?.userId ?? null });
    if (!id) return;
    await insertInitialSnapshot(trx, id, await buildInitialAgendaState(trx, { id, ...ownerRef }));
  });
  const created = await repo.findAgendaIdFor(ctx.db, ownerRef);
  if (!created) throw new NotFoundError(nl.errors.notFoundBody);
  return created;
}
