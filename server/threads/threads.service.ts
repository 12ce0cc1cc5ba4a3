import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { Database } from "../../db/schema";
import {
  anchorFromBase64,
  anchorToBase64,
  decodeAnchor,
  decodeAnchorPosition,
  isKnownIn,
  leafTestOf,
  namesOtherRoot,
  passageText,
  resolveAnchor,
  resolveAnchors,
  type Anchor,
} from "../../shared/agenda/anchors";
import { AGENDA_FRAGMENT, agendaSchema } from "../../shared/agenda/editor-schema";
import { NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { can, ownScopes, type Resource } from "../../shared/permissions";
import { agendaThreadsInput, createThreadInput, replyToThreadInput, threadIdInput } from "../../shared/schemas/threads";
import { resolveAgendaAccess, type Agenda } from "../agendas/agendas.service";
import { recordAudit } from "../audit/audit";
import { requirePermission } from "../auth/authorize";
import { liveEvents, READY_EVENT_TYPE } from "../boards/subscription";
import { loadDocument } from "../collab/collab.repository";
import { findUserName } from "../dependencies/dependencies.repository";
import { listOwnerPeople } from "../dependencies/graph.repository";
import { notifyPeople } from "../notifications/notify";
import type { DomainEvent } from "../events/event-bus";
import { publishAfterCommit } from "../events/publish";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import * as repo from "./threads.repository";
import { ownerPath } from "../../shared/owner-paths";

// Comment threads on passages of an agenda text (issue 6, item 5). Everyone signed in who may
// read the agenda may start a thread and answer; resolving follows `thread.resolve` (the
// werkgroep or fundament on its own agenda, the projectbureau anywhere, anyone on a thread they
// started). The passage is an anchor of two Yjs relative positions (shared/agenda/anchors.ts),
// made in the browser on the live text or on a frozen version: a version's state is the same
// document, so its anchors resolve in the live text as long as the passage exists there.
// Every change is in the audit log and announced on `agenda:<agendaId>` after commit, so open
// editors reload their list.

const t = nl.threads;

export interface ThreadComment {
  id: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

/** A thread as the editor's panel shows it. */
export interface ThreadView {
  id: string;
  /** The frozen version it was made on, or null for the live text. */
  versionNumber: number | null;
  /** The anchor (base64 relative positions), for the browser to highlight the passage. */
  anchorStart: string | null;
  anchorEnd: string | null;
  /** The passage as it was when the thread started. */
  quote: string;
  /** Whether the passage still exists in the current text (as stored, up to ~100 ms behind typing). */
  attached: boolean;
  /** The passage's current text when attached. */
  currentText: string | null;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  /** Whether this person may resolve or reopen it. */
  canResolve: boolean;
  comments: ThreadComment[];
}

/** The werkgroep or fundament an agenda belongs to, as a policy resource. */
function ownerOf(agenda: Agenda): Resource {
  return agenda.groupId ? { regionId: agenda.regionId, groupId: agenda.groupId } : { regionId: agenda.regionId, foundationId: agenda.foundationId! };
}

/** The agenda when the person may read it; 401 for a visitor, 404 for an unknown agenda or one of another region. */
async function requireReadableAgenda(ctx: ServiceContext, agendaId: string): Promise<Agenda> {
  requirePermission(ctx, "workspace.read");
  const resolved = await resolveAgendaAccess(ctx.db, ctx.actor, agendaId);
  if (!resolved || resolved.access === "none") throw new NotFoundError(nl.versions.agendaNotFound);
  return resolved.agenda;
}

/** The thread and its agenda; 404 for an unknown thread or one on an agenda the person cannot read. */
async function requireThread(ctx: ServiceContext, threadId: string) {
  requirePermission(ctx, "workspace.read");
  const thread = await repo.findThread(ctx.db, threadId);
  if (!thread) throw new NotFoundError(t.threadNotFound);
  const resolved = await resolveAgendaAccess(ctx.db, ctx.actor, thread.agendaId);
  if (!resolved || resolved.access === "none") throw new NotFoundError(t.threadNotFound);
  return { thread, agenda: resolved.agenda };
}

function threadResource(agenda: Agenda, thread: repo.ThreadRow): Resource {
  return { ...ownerOf(agenda), ...(thread.authorId ? { authorId: thread.authorId } : {}) };
}

/** A Y.Doc with the given state; destroy it when done. */
function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The two positions of an anchor sent as base64, or a Dutch ValidationError naming the field. */
function parseAnchor(startText: string, endText: string): { anchor: Anchor; start: Uint8Array; end: Uint8Array } {
  const start = anchorFromBase64(startText);
  const end = anchorFromBase64(endText);
  const startPosition = start && decodeAnchorPosition(start);
  const endPosition = end && decodeAnchorPosition(end);
  for (const [path, position] of [
    ["anchorStart", startPosition],
    ["anchorEnd", endPosition],
  ] as const) {
    if (!position || namesOtherRoot(position, AGENDA_FRAGMENT)) throw new ValidationError(t.anchorInvalid, [{ path, message: t.anchorInvalid }]);
  }
  return { anchor: { start: startPosition!, end: endPosition! }, start: start!, end: end! };
}

/**
 * Checks that the anchor marks a non-empty passage of `doc`. In the live text, an anchor that
 * points at text this copy does not have yet passes: it was typed in the browser a moment ago
 * and is on its way to the database (the thread shows as detached until it arrives).
 */
function requirePassageIn(doc: Y.Doc, anchor: Anchor, options: { allowPending: boolean }) {
  if (options.allowPending && !(isKnownIn(doc, anchor.start) && isKnownIn(doc, anchor.end))) return;
  const range = resolveAnchor(doc.getXmlFragment(AGENDA_FRAGMENT), anchor, leafTestOf(agendaSchema()));
  if (!range) throw new ValidationError(t.anchorEmpty, [{ path: "anchorStart", message: t.anchorEmpty }]);
}

/** Starts a thread on a passage of the live text or of a frozen version, with its first comment. */
export async function createThread(ctx: ServiceContext, input: unknown): Promise<{ id: string; agendaId: string }> {
  const { agendaId, versionNumber, anchorStart, anchorEnd, quote, body } = parseInput(createThreadInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  const actor = requirePermission(ctx, "comment.write", ownerOf(agenda));
  const { anchor, start, end } = parseAnchor(anchorStart, anchorEnd);

  let versionId: string | null = null;
  if (versionNumber !== undefined) {
    versionId = (await repo.findVersionId(ctx.db, agendaId, versionNumber)) ?? null;
    const state = versionId && (await repo.findVersionState(ctx.db, versionId));
    if (!versionId || !state) throw new NotFoundError(nl.versions.versionNotFound(versionNumber));
    const doc = docFrom(state);
    try {
      requirePassageIn(doc, anchor, { allowPending: false });
    } finally {
      doc.destroy();
    }
  } else {
    const { doc } = await loadDocument(ctx.db, agendaId);
    try {
      requirePassageIn(doc, anchor, { allowPending: true });
    } finally {
      doc.destroy();
    }
  }

  const id = await ctx.db.transaction().execute(async (trx) => {
    const threadId = await repo.insertThread(trx, { agendaId, versionId, anchorStart: start, anchorEnd: end, quote, authorId: actor.userId });
    const commentId = await repo.insertComment(trx, { threadId, authorId: actor.userId, body });
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: "thread.created",
      subjectType: "agenda_thread",
      subjectId: threadId,
      data: { agendaId, commentId, versionNumber: versionNumber ?? null, quote: excerpt(quote) },
    });
    await notifyAboutComment(trx, { agenda, threadId, quote, body, writerId: actor.userId, kind: "thread.created" });
    return threadId;
  });
  publishAfterCommit(ctx, { topic: `agenda:${agendaId}`, type: "thread.created", id });
  return { id, agendaId };
}

/**
 * Who hears of a comment, in its transaction: the agenda's own werkgroep or fundament when the
 * writer is not part of it (an expert's question), and everyone who wrote in the thread before.
 * Never the writer. The same rule as the Overzicht's "Reacties die op uw antwoord wachten".
 */
async function notifyAboutComment(
  trx: Kysely<Database>,
  comment: { agenda: Agenda; threadId: string; quote: string; body: string; writerId: string; kind: "thread.created" | "thread.replied" },
) {
  const { agenda, threadId, writerId } = comment;
  const [side, participants, byName] = await Promise.all([
    listOwnerPeople(trx, agenda.regionId, { groupIds: agenda.groupId ? [agenda.groupId] : [], foundationIds: agenda.foundationId ? [agenda.foundationId] : [] }),
    repo.listParticipants(trx, threadId),
    findUserName(trx, writerId),
  ]);
  const sidePeople = side.map((person) => person.userId);
  const fromOutside = !sidePeople.includes(writerId);
  const recipients = [...(fromOutside ? sidePeople : []), ...participants].filter((id) => id !== writerId);
  await notifyPeople(trx, recipients, {
    regionId: agenda.regionId,
    kind: comment.kind,
    subjectId: threadId,
    data: { byName, ownerName: agenda.owner.name, quote: excerpt(comment.quote, 80), body: excerpt(comment.body, 160) },
    link: ownerPath(agenda.owner, `/agenda#reactie-${threadId}`),
  });
}

/** Answers a thread (open or resolved). */
export async function replyToThread(ctx: ServiceContext, input: unknown): Promise<{ id: string; threadId: string }> {
  const { threadId, body } = parseInput(replyToThreadInput, input);
  const { thread, agenda } = await requireThread(ctx, threadId);
  const actor = requirePermission(ctx, "comment.write", ownerOf(agenda));
  const id = await ctx.db.transaction().execute(async (trx) => {
    const commentId = await repo.insertComment(trx, { threadId, authorId: actor.userId, body });
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: "thread.replied",
      subjectType: "agenda_thread",
      subjectId: threadId,
      data: { agendaId: thread.agendaId, commentId, quote: excerpt(thread.quote) },
    });
    await notifyAboutComment(trx, { agenda, threadId, quote: thread.quote, body, writerId: actor.userId, kind: "thread.replied" });
    return commentId;
  });
  publishAfterCommit(ctx, { topic: `agenda:${thread.agendaId}`, type: "thread.replied", id: threadId });
  return { id, threadId };
}

/** Marks a thread resolved. Resolving a resolved thread changes nothing (two people clicked at once). */
export async function resolveThread(ctx: ServiceContext, input: unknown): Promise<{ id: string; resolved: true }> {
  await setResolved(ctx, input, true);
  return { id: parseInput(threadIdInput, input).threadId, resolved: true };
}

/** Opens a resolved thread again. */
export async function reopenThread(ctx: ServiceContext, input: unknown): Promise<{ id: string; resolved: false }> {
  await setResolved(ctx, input, false);
  return { id: parseInput(threadIdInput, input).threadId, resolved: false };
}

async function setResolved(ctx: ServiceContext, input: unknown, resolved: boolean) {
  const { threadId } = parseInput(threadIdInput, input);
  const { thread, agenda } = await requireThread(ctx, threadId);
  const actor = requirePermission(ctx, "thread.resolve", threadResource(agenda, thread));
  const changed = await ctx.db.transaction().execute(async (trx) => {
    const done = resolved ? await repo.markResolved(trx, threadId, actor.userId, ctx.now()) : await repo.markOpen(trx, threadId);
    if (!done) return false;
    await recordAudit(trx, {
      regionId: agenda.regionId,
      actorId: actor.userId,
      action: resolved ? "thread.resolved" : "thread.reopened",
      subjectType: "agenda_thread",
      subjectId: threadId,
      data: { agendaId: thread.agendaId, quote: excerpt(thread.quote) },
    });
    return true;
  });
  if (changed) publishAfterCommit(ctx, { topic: `agenda:${thread.agendaId}`, type: resolved ? "thread.resolved" : "thread.reopened", id: threadId });
}

/**
 * The agenda's threads with their comments, oldest first, each with whether its passage still
 * exists in the current text (and that text), and whether this person may resolve it.
 */
export async function listThreads(ctx: ServiceContext, input: unknown): Promise<{ agendaId: string; canComment: boolean; threads: ThreadView[] }> {
  const { agendaId } = parseInput(agendaThreadsInput, input);
  const agenda = await requireReadableAgenda(ctx, agendaId);
  const rows = await repo.listThreads(ctx.db, agendaId);
  const [comments, passages] = await Promise.all([repo.listComments(ctx.db, rows.map((r) => r.id)), locatePassages(ctx, agendaId, rows)]);
  const byThread = new Map<string, ThreadComment[]>();
  for (const c of comments) {
    const list = byThread.get(c.threadId) ?? [];
    list.push({ id: c.id, authorId: c.authorId, authorName: c.authorName, body: c.body, createdAt: c.createdAt });
    byThread.set(c.threadId, list);
  }
  const threads = rows.map((row, i): ThreadView => {
    const passage = passages[i] ?? null;
    return {
      id: row.id,
      versionNumber: row.versionNumber,
      anchorStart: row.anchorStart ? anchorToBase64(row.anchorStart) : null,
      anchorEnd: row.anchorEnd ? anchorToBase64(row.anchorEnd) : null,
      quote: row.quote,
      attached: passage !== null,
      currentText: passage,
      authorId: row.authorId,
      authorName: row.authorName,
      createdAt: row.createdAt,
      resolvedAt: row.resolvedAt,
      resolvedByName: row.resolvedByName,
      canResolve: can(ctx.actor, "thread.resolve", threadResource(agenda, row)),
      comments: byThread.get(row.id) ?? [],
    };
  });
  return { agendaId, canComment: can(ctx.actor, "comment.write", ownerOf(agenda)), threads };
}

/** Each thread's passage in the current text as stored, or null when detached. */
async function locatePassages(ctx: ServiceContext, agendaId: string, rows: repo.ThreadRow[]): Promise<Array<string | null>> {
  if (rows.length === 0) return [];
  const { doc } = await loadDocument(ctx.db, agendaId);
  try {
    const fragment = doc.getXmlFragment(AGENDA_FRAGMENT);
    const schema = agendaSchema();
    const ranges = resolveAnchors(
      fragment,
      rows.map((row) => decodeAnchor(row.anchorStart, row.anchorEnd)),
      leafTestOf(schema),
    );
    if (ranges.every((range) => range === null)) return ranges.map(() => null);
    const pmDoc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    return ranges.map((range) => {
      if (!range) return null;
      const text = passageText(pmDoc, range);
      return text === "" ? null : text;
    });
  } finally {
    doc.destroy();
  }
}

/**
 * For the Overzicht: open threads that wait for this person's answer (see
 * repo.listThreadsAwaiting), with short excerpts of the passage and of the last comment.
 */
export async function listThreadsAwaitingMe(ctx: ServiceContext) {
  const actor = requirePermission(ctx, "workspace.read");
  const rows = await repo.listThreadsAwaiting(ctx.db, ctx.regionId, actor.userId, ownScopes(actor));
  return rows.map((row) => ({
    id: row.id,
    quote: excerpt(row.quote),
    owner: { kind: row.ownerKind, slug: row.ownerSlug, name: row.ownerName },
    last: { authorName: row.lastAuthorName, body: excerpt(row.lastBody, 200), at: row.lastAt },
  }));
}

/** The start of a quote for the audit log (which keeps who and when, not whole texts). */
function excerpt(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The live events of one agenda (`agenda:<agendaId>`: threads changed, a version was frozen),
 * for the editor's comment panel. Checked before the first byte: signed in, a valid input, an
 * agenda the person may read. Starts with `subscription.ready` (reload then), like boards.events.
 */
export async function openAgendaEvents(ctx: ServiceContext, input: unknown, signal?: AbortSignal): Promise<AsyncIterable<DomainEvent>> {
  const { agendaId } = parseInput(agendaThreadsInput, input);
  await requireReadableAgenda(ctx, agendaId);
  const topic = `agenda:${agendaId}`;
  return liveEvents(ctx.events, topic, signal, { topic, type: READY_EVENT_TYPE, id: agendaId, at: ctx.now().toISOString() });
}
