import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { stateToDocument } from "../../shared/agenda/document";
import { renderAgendaText } from "../../shared/agenda/render-text";
import { diffTextLines, diffTexts } from "../../shared/domain/text-diff";
import { NotFoundError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { abilitiesFor, type Resource } from "../../shared/permissions";
import { agendaVersionsInput, diffVersionsInput, freezeVersionInput, versionInput } from "../../shared/schemas/versions";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { loadDocumentState } from "../collab/collab.repository";
import { publishAfterCommit } from "../events/publish";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { findAgendaById } from "./agendas.repository";
import { resolveAgendaAccess, toAgenda, type Agenda } from "./agendas.service";
import * as repo from "./versions.repository";

// Named versions of an agenda: the full Yjs state plus the rendered text, frozen on demand
// (reason 'manual') or on submission for review (reason 'submit', by the review issue through
// freezeVersionInTransaction). A version never changes; the live text stays editable. Anyone who
// may read the agenda may read its versions and diffs; freezing needs `version.freeze`.
//
// A version is frozen from the database. The collab server flushes edits to the database
// within 100 ms, so a version may miss at most the last 100 ms of typing of people who are in
// the document at that moment; their edits land in the live text and so in the next version.

export type VersionReason = repo.VersionReason;

/** A version as lists and headers show it (without state and text). */
export interface VersionSummary {
  number: number;
  name: string;
  reason: VersionReason;
  createdAt: Date;
  authorName: string | null;
}

function toSummary(row: { number: number; name: string; reason: string; createdAt: Date; authorName: string | null }): VersionSummary {
  return { number: row.number, name: row.name, reason: row.reason as VersionReason, createdAt: row.createdAt, authorName: row.authorName };
}

/** The werkgroep or fundament an agenda belongs to, as a policy resource. */
function ownerOf(agenda: Agenda): Resource {
  return agenda.groupId ? { regionId: agenda.regionId, groupId: agenda.groupId } : { regionId: agenda.regionId, foundationId: agenda.foundationId! };
}

/**
 * Freezes the agenda's current text as a new version, inside the caller's transaction: the
 * review issue calls this with reason 'submit' in the transaction that changes the review
 * state, and announces it after commit with announceVersionFrozen. Locks the agenda row, so
 * versions of one agenda get consecutive numbers however many people freeze at once.
 */
export async function freezeVersionInTransaction(
  trx: Kysely<Database>,
  input: { agendaId: string; name: string; reason: VersionReason; authorId: string | null },
): Promise<VersionSummary & { agendaId: string }> {
  const { agendaId, name } = parseInput(freezeVersionInput, { agendaId: input.agendaId, name: input.name });
  const agenda = await repo.lockAgenda(trx, agendaId);
  if (!agenda) throw new NotFoundError(nl.versions.agendaNotFound);
  await repo.holdSnapshotAgainstCompaction(trx, agendaId);
  const state = await loadDocumentState(trx, agendaId);
  const number = await repo.nextVersionNumber(trx, agendaId);
  await repo.insertVersion(trx, { agendaId, number, name, reason: input.reason, state, text: renderAgendaText(state), createdBy: input.authorId });
  await recordAudit(trx, {
    regionId: agenda.region_id,
    actorId: input.authorId,
    action: "agenda.version_frozen",
    subjectType: "agenda",
    subjectId: agendaId,
    data: { number, name, reason: input.reason },
  });
  const row = await repo.findVersion(trx, agendaId, number);
  return { agendaId, ...toSummary(row!) };
}

/** Tells open agenda pages that a version was frozen. Call after the transaction committed. */
export function announceVersionFrozen(ctx: ServiceContext, version: { agendaId: string; number: number }) {
  publishAfterCommit(ctx, { topic: `agenda:${version.agendaId}`, type: "version.frozen", id: version.agendaId, version: version.number });
}

/** Freezes the current text under a name, on request of a member of the werkgroep or fundament. */
export async function freezeVersion(ctx: ServiceContext, input: unknown): Promise<VersionSummary & { agendaId: string }> {
  const { agendaId, name } = parseInput(freezeVersionInput, input);
  requirePermission(ctx, "workspace.read");
  const agenda = await requireAgendaInRegion(ctx, agendaId);
  const actor = requirePermission(ctx, "version.freeze", ownerOf(agenda));
  const version = await ctx.db
    .transaction()
    .execute((trx) => freezeVersionInTransaction(trx, { agendaId, name, reason: "manual", authorId: actor.userId }));
  announceVersionFrozen(ctx, version);
  return version;
}

/** The agenda's versions, newest first, and whether the person may freeze a new one. */
export async function listVersions(ctx: ServiceContext, input: unknown) {
  const { agendaId } = parseInput(agendaVersionsInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  const versions = (await repo.listVersions(ctx.db, agendaId)).map(toSummary);
  return { agenda, versions, abilities: abilitiesFor(ctx.actor, ["version.freeze"], ownerOf(agenda)) };
}

/** One version to show read-only: its metadata, rendered text and Yjs state (base64). */
export async function getVersion(ctx: ServiceContext, input: unknown) {
  const { agendaId, number } = parseInput(versionInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  const row = await repo.findVersion(ctx.db, agendaId, number, { withState: true });
  if (!row) throw new NotFoundError(nl.versions.versionNotFound(number));
  return { agenda, version: { ...toSummary(row), text: row.text, state: Buffer.from(row.state!).toString("base64") } };
}

export type DiffSide = { kind: "version"; version: VersionSummary } | { kind: "live" };

/**
 * What changed from one version to another, or to the text as it is now ("live"): word by
 * word (chunks, with counts) and line by line (rows, for side by side).
 */
export async function diffVersions(ctx: ServiceContext, input: unknown) {
  const { agendaId, from, to } = parseInput(diffVersionsInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  const before = await requireVersionText(ctx, agendaId, from);
  const after = to === "live" ? { side: { kind: "live" } as DiffSide, text: await loadLiveText(ctx, agendaId) } : await requireVersionText(ctx, agendaId, to);
  const { chunks, insertedWords, deletedWords } = diffTexts(before.text, after.text);
  return { agenda, from: before.side, to: after.side, chunks, insertedWords, deletedWords, rows: diffTextLines(before.text, after.text) };
}

async function requireVersionText(ctx: ServiceContext, agendaId: string, number: number) {
  const row = await repo.findVersion(ctx.db, agendaId, number);
  if (!row) throw new NotFoundError(nl.versions.versionNotFound(number));
  return { side: { kind: "version", version: toSummary(row) } as DiffSide, text: row.text };
}

/** The agenda as it is now, as the editor's JSON (to print or save as PDF). */
export async function getLiveDocument(ctx: ServiceContext, input: unknown) {
  const { agendaId } = parseInput(agendaVersionsInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  return { agenda, document: stateToDocument(await loadLiveState(ctx, agendaId)), readAt: new Date() };
}

/** The state as stored now (up to the last 100 ms of typing, see above), read consistently. */
function loadLiveState(ctx: ServiceContext, agendaId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    await repo.holdSnapshotAgainstCompaction(trx, agendaId);
    return loadDocumentState(trx, agendaId);
  });
}

async function loadLiveText(ctx: ServiceContext, agendaId: string) {
  return renderAgendaText(await loadLiveState(ctx, agendaId));
}

/** The agenda when the person may read it; 401 for a visitor, 404 for an unknown agenda or one of another region. */
async function requireReadableAgenda(ctx: ServiceContext, agendaId: string): Promise<Agenda> {
  requirePermission(ctx, "workspace.read");
  const resolved = await resolveAgendaAccess(ctx.db, ctx.actor, agendaId);
  if (!resolved || resolved.access === "none") throw new NotFoundError(nl.versions.agendaNotFound);
  return resolved.agenda;
}

async function requireAgendaInRegion(ctx: ServiceContext, agendaId: string): Promise<Agenda> {
  const row = await findAgendaById(ctx.db, agendaId);
  if (!row || row.region_id !== ctx.regionId) throw new NotFoundError(nl.versions.agendaNotFound);
  return toAgenda(row);
}
