import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import { createAnchor, leafTestOf } from "../../shared/agenda/anchors";
import { stateToDocument, updateToDocument, type AgendaNode } from "../../shared/agenda/document";
import { AGENDA_FRAGMENT, agendaSchema } from "../../shared/agenda/editor-schema";
import { appendUpdates, loadDocumentState, toBytes } from "../../server/collab/collab.repository";
import * as repo from "../../server/threads/threads.repository";
import type { AuditAction } from "../../server/audit/audit";
import type { Database } from "../schema";
import { demoThreads, type DemoThread } from "./data/demo-threads";

type Db = Kysely<Database>;

/**
 * Comment threads on the demo agendas (data/demo-threads.ts): anchored like the editor anchors
 * them, comments and resolution in the past, each in the audit log. Idempotent: an agenda that
 * has any thread is left alone. Run after the demo agendas and reviews (threads on a version
 * need the version).
 */
export async function seedDemoThreads(db: Db, regionId: string, threads: DemoThread[] = demoThreads, now = new Date()): Promise<void> {
  const people = new Map((await db.selectFrom("app_user").where("region_id", "=", regionId).select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  // Agendas that had threads before this run (a visitor's, or an earlier seed) are left alone.
  const checked = new Map<string, boolean>();
  for (const thread of threads) {
    const agendaId = await findAgendaId(db, regionId, thread.owner);
    if (!agendaId) continue;
    if (!checked.has(agendaId)) {
      const existing = await db.selectFrom("agenda_thread").where("agenda_id", "=", agendaId).select("id").limit(1).executeTakeFirst();
      checked.set(agendaId, existing !== undefined);
    }
    if (checked.get(agendaId)) continue;
    await seedThread(db, { regionId, agendaId, thread, people, now });
  }
}

async function seedThread(db: Db, at: { regionId: string; agendaId: string; thread: DemoThread; people: Map<string, string>; now: Date }) {
  const { regionId, agendaId, thread, people, now } = at;
  const person = (email: string) => {
    const id = people.get(email);
    if (!id) throw new Error(`Demo thread: nobody with e-mail ${email}`);
    return id;
  };
  const version = thread.onLatestVersion
    ? await db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).orderBy("number", "desc").select(["id", "state"]).executeTakeFirst()
    : undefined;
  if (thread.onLatestVersion && !version) throw new Error(`Demo thread on "${thread.passage}": the agenda has no version`);
  const draft = thread.draftRemovedLater;
  if (draft) await editText(db, agendaId, person(draft.by), now, (content) => [...content, { type: "paragraph", content: [{ type: "text", text: draft.paragraph }] }]);
  const state = version ? toBytes(version.state) : await loadDocumentState(db, agendaId);
  const anchor = anchorOn(state, thread.passage);

  const first = thread.comments[0];
  if (!first) throw new Error(`Demo thread on "${thread.passage}" has no comment`);
  const threadId = await repo.insertThread(db, { agendaId, versionId: version?.id ?? null, anchorStart: anchor.start, anchorEnd: anchor.end, quote: thread.passage, authorId: person(first.by) });
  const started = daysBefore(now, first.daysAgo);
  await db.updateTable("agenda_thread").set({ created_at: started }).where("id", "=", threadId).execute();
  for (const comment of thread.comments) {
    const at = daysBefore(now, comment.daysAgo);
    const commentId = await repo.insertComment(db, { threadId, authorId: person(comment.by), body: comment.body });
    await db.updateTable("agenda_thread_comment").set({ created_at: at }).where("id", "=", commentId).execute();
    const action: AuditAction = comment === first ? "thread.created" : "thread.replied";
    await audit(db, { regionId, threadId, action, actorId: person(comment.by), at, data: { agendaId, commentId, quote: thread.passage } });
  }
  if (thread.resolved) {
    const at = daysBefore(now, thread.resolved.daysAgo);
    await repo.markResolved(db, threadId, person(thread.resolved.by), at);
    await audit(db, { regionId, threadId, action: "thread.resolved", actorId: person(thread.resolved.by), at, data: { agendaId, quote: thread.passage } });
  }
  if (draft) {
    const removed = (node: AgendaNode) => node.type === "paragraph" && node.content?.[0]?.text === draft.paragraph;
    await editText(db, agendaId, person(draft.by), now, (content) => content.filter((node) => !removed(node)));
  }
}

/** An edit of the agenda's blocks, written in the update log as the collab server would store it. */
async function editText(db: Db, agendaId: string, authorId: string, now: Date, change: (content: AgendaNode[]) => AgendaNode[]) {
  const live = await loadDocumentState(db, agendaId);
  const document = stateToDocument(live);
  await appendUpdates(db, [{ agendaId, update: updateToDocument(live, { ...document, content: change(document.content) }), authorId, receivedAt: now.getTime() }]);
}

/** The anchor of the first occurrence of `passage` inside one text of the document. */
function anchorOn(state: Uint8Array, passage: string) {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const fragment = doc.getXmlFragment(AGENDA_FRAGMENT);
    const pm = yXmlFragmentToProseMirrorRootNode(fragment, agendaSchema());
    let range: { from: number; to: number } | null = null;
    pm.descendants((node, pos) => {
      if (range) return false;
      if (!node.isTextblock) return true;
      const at = node.textContent.indexOf(passage);
      // Positions inside a text block: its text nodes follow each other (the demo texts hold no chips).
      if (at >= 0) range = { from: pos + 1 + at, to: pos + 1 + at + passage.length };
      return false;
    });
    if (!range) throw new Error(`Demo thread: "${passage}" is not in the agenda text`);
    return createAnchor(fragment, range, leafTestOf(agendaSchema()));
  } finally {
    doc.destroy();
  }
}

async function findAgendaId(db: Db, regionId: string, owner: DemoThread["owner"]) {
  const row = await db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .where("a.region_id", "=", regionId)
    .$if("group" in owner, (qb) => qb.where("g.slug", "=", (owner as { group: string }).group))
    .$if("foundation" in owner, (qb) => qb.where("f.slug", "=", (owner as { foundation: string }).foundation))
    .select("a.id")
    .executeTakeFirst();
  return row?.id;
}

/** An audit event at the moment the demo comment was made (recordAudit always writes "now"). */
async function audit(db: Db, entry: { regionId: string; threadId: string; action: AuditAction; actorId: string; at: Date; data: Record<string, unknown> }) {
  await db
    .insertInto("audit_event")
    .values({ region_id: entry.regionId, actor_id: entry.actorId, action: entry.action, subject_type: "agenda_thread", subject_id: entry.threadId, data: entry.data, created_at: entry.at })
    .execute();
}

function daysBefore(moment: Date, days: number) {
  return new Date(moment.getTime() - days * 86_400_000);
}
