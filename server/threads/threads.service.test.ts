import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { demoPassword } from "../../db/seed/data/demo";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { anchorToBase64, createAnchor, leafTestOf } from "../../shared/agenda/anchors";
import { stateToDocument, updateToDocument, type AgendaDocument } from "../../shared/agenda/document";
import { AGENDA_FRAGMENT, agendaSchema } from "../../shared/agenda/editor-schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { freezeVersion } from "../agendas/versions.service";
import { login } from "../auth/auth.service";
import { validateSessionToken } from "../auth/session.service";
import { appendUpdates, loadDocumentState } from "../collab/collab.repository";
import type { DomainEvent } from "../events/event-bus";
import { listMyNotifications } from "../notifications/notifications.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { createThread, listThreads, listThreadsAwaitingMe, reopenThread, replyToThread, resolveThread } from "./threads.service";

// Comment threads on agenda passages, on a real database: anchors made the way the browser
// makes them (from a ProseMirror range on the Y fragment), text edited the way the collab
// server stores edits (Yjs updates in the update log), and the policy for resolving.

describe("comment threads on agenda passages", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let agendas: { group: string; otherGroup: string; foundation: string };
  const contexts = new Map<string, ServiceContext>();

  async function as(email: string): Promise<ServiceContext> {
    const known = contexts.get(email);
    if (known) return known;
    const { token, sessionId } = await login(anonymous, { email, password: demoPassword });
    const session = await validateSessionToken(anonymous.db, token, new Date());
    const ctx = { ...anonymous, actor: session!.actor, sessionId };
    contexts.set(email, ctx);
    return ctx;
  }

  /** The document a Yjs state holds, as a ProseMirror node, and its fragment. */
  function open(state: Uint8Array) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const fragment = doc.getXmlFragment(AGENDA_FRAGMENT);
    return { doc, fragment, pm: yXmlFragmentToProseMirrorRootNode(fragment, agendaSchema()) };
  }

  /** What the browser sends for a selection of `needle` in the given state (default: the live text). */
  async function selection(agendaId: string, needle: string, state?: Uint8Array) {
    const { doc, fragment, pm } = open(state ?? (await loadDocumentState(database.db, agendaId)));
    let range: { from: number; to: number } | null = null;
    pm.descendants((node, pos) => {
      if (range || !node.isText) return !range;
      const at = node.text!.indexOf(needle);
      if (at >= 0) range = { from: pos + at, to: pos + at + needle.length };
      return false;
    });
    if (!range) throw new Error(`"${needle}" is not in the text`);
    const anchor = createAnchor(fragment, range, leafTestOf(agendaSchema()));
    doc.destroy();
    return { anchorStart: anchorToBase64(anchor.start), anchorEnd: anchorToBase64(anchor.end), quote: needle };
  }

  /** An edit as the collab server stores it: the y-prosemirror diff, one update in the log. */
  async function edit(agendaId: string, change: (document: AgendaDocument) => AgendaDocument) {
    const state = await loadDocumentState(database.db, agendaId);
    const next = change(stateToDocument(state));
    await appendUpdates(database.db, [{ agendaId, update: updateToDocument(state, next), authorId: null, receivedAt: Date.now() }]);
  }

  const replace = (from: string, to: string) => (document: AgendaDocument) => {
    const json = JSON.stringify(document);
    if (!json.includes(from)) throw new Error(`"${from}" is not in the text`);
    return JSON.parse(json.replace(from, to)) as AgendaDocument;
  };
  const append = (text: string) => (document: AgendaDocument) => ({ ...document, content: [...document.content, { type: "paragraph", content: [{ type: "text", text }] }] });
  const prepend = (text: string) => (document: AgendaDocument) => ({ ...document, content: [{ type: "paragraph", content: [{ type: "text", text }] }, ...document.content] });

  async function threadOf(ctx: ServiceContext, agendaId: string, id: string) {
    const list = await listThreads(ctx, { agendaId });
    const thread = list.threads.find((t) => t.id === id);
    if (!thread) throw new Error("thread not listed");
    return thread;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const rows = await database.db
      .selectFrom("agenda as a")
      .leftJoin("working_group as g", "g.id", "a.working_group_id")
      .leftJoin("foundation as f", "f.id", "a.foundation_id")
      .select(["a.id", "g.slug as group", "f.slug as foundation"])
      .execute();
    agendas = {
      group: rows.find((r) => r.group === "gezond-ouder-worden")!.id,
      otherGroup: rows.find((r) => r.group === "mentaal-gezond")!.id,
      foundation: rows.find((r) => r.foundation === "arbeidsmarkt")!.id,
    };
  });
  afterAll(() => database.destroy());

  it("starts a thread on a passage: listed with its comment, author and the passage as it is now; audited and announced", async () => {
    const member = await as("lid@demo.nl");
    await edit(agendas.group, append("Valpreventie begint bij de huisarts in de wijk."));
    const seen: DomainEvent[] = [];
    const stop = member.events.subscribe(`agenda:${agendas.group}`, (event) => seen.push(event));
    const created = await createThread(member, { agendaId: agendas.group, ...(await selection(agendas.group, "bij de huisarts")), body: "  Welke huisartsen doen mee?  " });
    stop();

    const thread = await threadOf(member, agendas.group, created.id);
    expect(thread).toMatchObject({
      quote: "bij de huisarts",
      attached: true,
      currentText: "bij de huisarts",
      versionNumber: null,
      authorName: "Lotte Lid",
      resolvedAt: null,
      canResolve: true,
      comments: [{ authorName: "Lotte Lid", body: "Welke huisartsen doen mee?" }],
    });
    expect(thread.anchorStart).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(seen.map((e) => [e.type, e.id])).toEqual([["thread.created", created.id]]);
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", created.id).selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "thread.created", subject_type: "agenda_thread", actor_id: member.actor!.userId });
    expect(audit[0]!.data).toMatchObject({ agendaId: agendas.group, quote: "bij de huisarts", versionNumber: null });
  });

  it("keeps the thread on its passage after edits before it and inside it; a deleted passage leaves it detached with its quote", async () => {
    const member = await as("lid2@demo.nl");
    await edit(agendas.group, append("Het ziekenhuis in Lelystad zorgt voor de nazorg."));
    const { id } = await createThread(member, { agendaId: agendas.group, ...(await selection(agendas.group, "zorgt voor de nazorg")), body: "Is dit al afgesproken?" });

    await edit(agendas.group, prepend("Een nieuwe eerste alinea, later toegevoegd."));
    await edit(agendas.group, replace("Het ziekenhuis in Lelystad zorgt", "Het grote ziekenhuis in Lelystad zorgt"));
    await edit(agendas.group, replace("voor de nazorg", "voor de goede nazorg"));
    expect(await threadOf(member, agendas.group, id)).toMatchObject({ attached: true, currentText: "zorgt voor de goede nazorg", quote: "zorgt voor de nazorg" });

    await edit(agendas.group, replace(" zorgt voor de goede nazorg", ""));
    expect(await threadOf(member, agendas.group, id)).toMatchObject({ attached: false, currentText: null, quote: "zorgt voor de nazorg" });
    // Other threads are not affected.
    const others = (await listThreads(member, { agendaId: agendas.group })).threads.filter((t) => t.id !== id);
    expect(others.every((t) => t.attached)).toBe(true);
  });

  it("lets everyone signed in answer, a reader and an expert too; answers are audited and announced", async () => {
    const member = await as("lid@demo.nl");
    await edit(agendas.group, append("Mantelzorgers krijgen een vast aanspreekpunt."));
    const { id } = await createThread(member, { agendaId: agendas.group, ...(await selection(agendas.group, "een vast aanspreekpunt")), body: "Wie is dat?" });
    const seen: DomainEvent[] = [];
    const stop = member.events.subscribe(`agenda:${agendas.group}`, (event) => seen.push(event));
    await replyToThread(await as("expert@demo.nl"), { threadId: id, body: "Graag ook de financiering noemen." });
    await replyToThread(await as("meelezer@demo.nl"), { threadId: id, body: "Wij denken graag mee." });
    stop();
    const thread = await threadOf(member, agendas.group, id);
    expect(thread.comments.map((c) => [c.authorName, c.body])).toEqual([
      ["Lotte Lid", "Wie is dat?"],
      [expect.any(String), "Graag ook de financiering noemen."],
      [expect.any(String), "Wij denken graag mee."],
    ]);
    expect(seen.map((e) => e.type)).toEqual(["thread.replied", "thread.replied"]);
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", id).where("action", "=", "thread.replied").select("actor_id").execute();
    expect(audit).toHaveLength(2);
    // A reader starts a thread as well.
    const reader = await as("meelezer@demo.nl");
    const started = await createThread(reader, { agendaId: agendas.otherGroup, ...(await selection(agendas.otherGroup, (await firstWords(agendas.otherGroup)))), body: "Een vraag." });
    expect((await threadOf(reader, agendas.otherGroup, started.id)).canResolve).toBe(true);
  });

  /** Two words of the agenda's first text, to anchor on in a text this test did not write. */
  async function firstWords(agendaId: string) {
    const { pm } = open(await loadDocumentState(database.db, agendaId));
    let words = "";
    pm.descendants((node) => {
      if (words || !node.isText) return !words;
      words = node.text!.split(" ").slice(0, 2).join(" ");
      return false;
    });
    return words;
  }

  it("resolves by the policy: an expert only threads they started, a werkgroep member any thread on its own agenda", async () => {
    const expert = await as("expert@demo.nl");
    const member = await as("lid@demo.nl");
    const lead = await as("begeleider@demo.nl");
    const outsider = await as("kwartiermaker@demo.nl");
    const office = await as("projectbureau@demo.nl");
    await edit(agendas.group, append("De wijkverpleging werkt samen met de apotheek."));
    const byMember = await createThread(member, { agendaId: agendas.group, ...(await selection(agendas.group, "met de apotheek")), body: "Welke apotheek?" });
    const byExpert = await createThread(expert, { agendaId: agendas.group, ...(await selection(agendas.group, "De wijkverpleging")), body: "Noem de aantallen." });

    // The expert may not resolve the member's thread, and sees so in the list.
    await expect(resolveThread(expert, { threadId: byMember.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await threadOf(expert, agendas.group, byMember.id)).canResolve).toBe(false);
    expect((await threadOf(expert, agendas.group, byExpert.id)).canResolve).toBe(true);
    // Someone of another werkgroep or fundament may not either; the projectbureau may.
    await expect(resolveThread(outsider, { threadId: byExpert.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveThread(anonymous, { threadId: byExpert.id })).rejects.toBeInstanceOf(UnauthenticatedError);

    // The expert resolves their own; a member of the werkgroep resolves anyone's on its agenda.
    await resolveThread(expert, { threadId: byExpert.id });
    await resolveThread(lead, { threadId: byMember.id });
    const resolved = await threadOf(member, agendas.group, byExpert.id);
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(resolved.resolvedByName).toBe((await database.db.selectFrom("app_user").where("email", "=", "expert@demo.nl").select("name").executeTakeFirstOrThrow()).name);
    // Resolving twice changes nothing and is not recorded twice.
    await resolveThread(member, { threadId: byExpert.id });
    await reopenThread(member, { threadId: byExpert.id });
    expect((await threadOf(member, agendas.group, byExpert.id)).resolvedAt).toBeNull();
    await expect(reopenThread(expert, { threadId: byMember.id })).rejects.toBeInstanceOf(ForbiddenError);
    await reopenThread(office, { threadId: byMember.id });
    await reopenThread(office, { threadId: byMember.id });

    const actions = await database.db
      .selectFrom("audit_event")
      .where("subject_id", "in", [byMember.id, byExpert.id])
      .select(["action", "subject_id"])
      .orderBy("seq")
      .execute();
    expect(actions.map((a) => [a.action, a.subject_id === byMember.id ? "member" : "expert"])).toEqual([
      ["thread.created", "member"],
      ["thread.created", "expert"],
      ["thread.resolved", "expert"],
      ["thread.resolved", "member"],
      ["thread.reopened", "expert"],
      ["thread.reopened", "member"],
    ]);
  });

  it("takes comments on a frozen version; they show in the live text where the passage still exists", async () => {
    const member = await as("lid@demo.nl");
    await edit(agendas.foundation, append("Het team werft twintig nieuwe leerlingen. Daarna volgt de evaluatie."));
    const lead = await as("kwartiermaker@demo.nl");
    const version = await freezeVersion(lead, { agendaId: agendas.foundation, name: "Voor de review" });
    const frozen = Buffer.from(
      (await database.db.selectFrom("agenda_version").where("agenda_id", "=", agendas.foundation).where("number", "=", version.number).select("state").executeTakeFirstOrThrow()).state,
    );
    await edit(agendas.foundation, replace("Het team werft twintig", "Het team werft dit jaar twintig"));

    const kept = await createThread(member, {
      agendaId: agendas.foundation,
      versionNumber: version.number,
      ...(await selection(agendas.foundation, "nieuwe leerlingen", frozen)),
      body: "Hoeveel blijven er?",
    });
    const gone = await createThread(member, {
      agendaId: agendas.foundation,
      versionNumber: version.number,
      ...(await selection(agendas.foundation, "Daarna volgt de evaluatie.", frozen)),
      body: "Wanneer?",
    });
    await edit(agendas.foundation, replace(" Daarna volgt de evaluatie.", ""));

    expect(await threadOf(member, agendas.foundation, kept.id)).toMatchObject({ versionNumber: version.number, attached: true, currentText: "nieuwe leerlingen" });
    expect(await threadOf(member, agendas.foundation, gone.id)).toMatchObject({ versionNumber: version.number, attached: false, quote: "Daarna volgt de evaluatie." });
    // A version that does not exist is a 404; a passage the version does not have is refused.
    await expect(createThread(member, { agendaId: agendas.foundation, versionNumber: 999, ...(await selection(agendas.foundation, "nieuwe leerlingen")), body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const later = await selection(agendas.foundation, "dit jaar");
    await expect(createThread(member, { agendaId: agendas.foundation, versionNumber: version.number, ...later, body: "x" })).rejects.toMatchObject({
      message: nl.threads.anchorEmpty,
    });
  });

  it("refuses malformed anchors with a Dutch message, and accepts text the database has not received yet", async () => {
    const member = await as("lid@demo.nl");
    const valid = await selection(agendas.group, "met de apotheek");
    const attempt = (patch: Record<string, unknown>) => createThread(member, { agendaId: agendas.group, ...valid, body: "Vraag", ...patch });
    for (const bad of ["niet base64!", "AAAA", "/////w==", anchorToBase64(new Uint8Array(40).fill(3)), ""]) {
      const error = await attempt({ anchorStart: bad }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(nl.threads.anchorInvalid);
    }
    // A position in another root type of the document.
    const other = new Y.Doc();
    const foreign = anchorToBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(other.getText("ander"), 0)));
    await expect(attempt({ anchorEnd: foreign })).rejects.toMatchObject({ message: nl.threads.anchorInvalid });
    // Start and end the wrong way round: no passage.
    await expect(attempt({ anchorStart: valid.anchorEnd, anchorEnd: valid.anchorStart })).rejects.toMatchObject({ message: nl.threads.anchorEmpty });
    await expect(attempt({ quote: "  " })).rejects.toMatchObject({ message: nl.threads.quoteRequired });
    await expect(attempt({ body: "" })).rejects.toBeInstanceOf(ValidationError);

    // A browser that typed a moment ago: its text is not in the database yet. The thread is
    // made; it shows detached until the edit is stored, then on its passage.
    const state = await loadDocumentState(database.db, agendas.group);
    const browser = new Y.Doc();
    Y.applyUpdate(browser, state);
    const before = Y.encodeStateVector(browser);
    Y.applyUpdate(browser, updateToDocument(state, append("Net getypt in de browser.")(stateToDocument(state))));
    const pending = await selection(agendas.group, "Net getypt", Y.encodeStateAsUpdate(browser));
    const { id } = await createThread(member, { agendaId: agendas.group, ...pending, body: "Snel!" });
    expect((await threadOf(member, agendas.group, id)).attached).toBe(false);
    await appendUpdates(database.db, [{ agendaId: agendas.group, update: Y.encodeStateAsUpdate(browser, before), authorId: null, receivedAt: Date.now() }]);
    expect(await threadOf(member, agendas.group, id)).toMatchObject({ attached: true, currentText: "Net getypt" });
  });

  it("lists on the Overzicht the open threads that wait for the person: a question from outside, an answer in their thread", async () => {
    const [expert, member, colleague, otherGroup] = await Promise.all([as("expert@demo.nl"), as("lid@demo.nl"), as("lid2@demo.nl"), as("lid.wg2@demo.nl")]);
    const waitsFor = async (ctx: ServiceContext, id: string) => (await listThreadsAwaitingMe(ctx)).some((thread) => thread.id === id);
    await edit(agendas.group, append("De wijkverpleging belt elke oudere na ontslag."));
    const question = await createThread(expert, { agendaId: agendas.group, ...(await selection(agendas.group, "belt elke oudere")), body: "Hoe vaak belt de wijkverpleging?" });

    // The expert's question waits for the werkgroep, not for the expert or another werkgroep.
    expect(await waitsFor(member, question.id)).toBe(true);
    expect(await waitsFor(colleague, question.id)).toBe(true);
    expect(await waitsFor(expert, question.id)).toBe(false);
    expect(await waitsFor(otherGroup, question.id)).toBe(false);
    const listed = (await listThreadsAwaitingMe(member)).find((thread) => thread.id === question.id);
    expect(listed).toMatchObject({ quote: "belt elke oudere", owner: { kind: "werkgroep", slug: "gezond-ouder-worden", name: "Gezond ouder worden" }, last: { authorName: "Eva Expert", body: "Hoe vaak belt de wijkverpleging?" } });

    // Once the werkgroep answers, the expert has the last word to read; the werkgroep waits no more.
    await replyToThread(member, { threadId: question.id, body: "Elke week, de eerste maand." });
    expect(await waitsFor(expert, question.id)).toBe(true);
    expect(await waitsFor(member, question.id)).toBe(false);
    expect(await waitsFor(colleague, question.id)).toBe(false);

    // A colleague's own note on the werkgroep's agenda waits for nobody in the werkgroep.
    const note = await createThread(colleague, { agendaId: agendas.group, ...(await selection(agendas.group, "na ontslag")), body: "Nog navragen bij de thuiszorg." });
    expect(await waitsFor(member, note.id)).toBe(false);

    // Resolved threads wait for nobody.
    await resolveThread(member, { threadId: question.id });
    expect(await waitsFor(expert, question.id)).toBe(false);
  });

  it("notifies the werkgroep of a question from outside, and the people in a thread of each answer, never the writer", async () => {
    const [expert, member, colleague, lead] = await Promise.all([as("expert2@demo.nl"), as("lid@demo.nl"), as("lid2@demo.nl"), as("begeleider@demo.nl")]);
    const about = async (ctx: ServiceContext, threadId: string) =>
      (await listMyNotifications(ctx, { limit: 200 })).notifications.filter((n) => n.link.endsWith(`#reactie-${threadId}`)).map((n) => n.kind);
    await edit(agendas.group, append("Elke wijk krijgt een vast aanspreekpunt voor mantelzorgers."));
    const question = await createThread(expert, { agendaId: agendas.group, ...(await selection(agendas.group, "vast aanspreekpunt")), body: "Wie betaalt dat aanspreekpunt?" });

    for (const person of [member, colleague, lead]) expect(await about(person, question.id)).toEqual(["thread.created"]);
    expect(await about(expert, question.id)).toEqual([]);
    const told = (await listMyNotifications(member, { limit: 200 })).notifications.find((n) => n.link.endsWith(`#reactie-${question.id}`))!;
    expect(told.link).toBe(`/werkgroepen/gezond-ouder-worden/agenda#reactie-${question.id}`);
    expect(told.text).toBe(nl.notifications.kind.threadCreated("Erik Expert", "Gezond ouder worden", "vast aanspreekpunt", "Wie betaalt dat aanspreekpunt?"));

    // The member answers: the expert hears of it; the colleague, who did not write in it, does not again.
    await replyToThread(member, { threadId: question.id, body: "De gemeente, uit het IZA-geld." });
    expect(await about(expert, question.id)).toEqual(["thread.replied"]);
    expect(await about(colleague, question.id)).toEqual(["thread.created"]);
    expect(await about(member, question.id)).toEqual(["thread.created"]);

    // A colleague's own note on the werkgroep's agenda tells nobody in the werkgroep.
    const note = await createThread(colleague, { agendaId: agendas.group, ...(await selection(agendas.group, "voor mantelzorgers")), body: "Even nagaan bij Almere." });
    for (const person of [member, lead, colleague]) expect(await about(person, note.id)).toEqual([]);
  });

  it("answers 404 for unknown agendas and threads, and 401 for visitors", async () => {
    const member = await as("lid@demo.nl");
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(listThreads(member, { agendaId: unknown })).rejects.toBeInstanceOf(NotFoundError);
    await expect(replyToThread(member, { threadId: unknown, body: "Hallo" })).rejects.toMatchObject({ message: nl.threads.threadNotFound });
    await expect(resolveThread(member, { threadId: unknown })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createThread(member, { agendaId: unknown, ...(await selection(agendas.group, "met de apotheek")), body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listThreads(anonymous, { agendaId: agendas.group })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listThreads(member, { agendaId: "geen-id" })).rejects.toBeInstanceOf(ValidationError);
  });
});
