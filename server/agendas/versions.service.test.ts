import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { stateToDocument, updateToDocument } from "../../shared/agenda/document";
import { renderAgendaText, renderDocumentText } from "../../shared/agenda/render-text";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { appendUpdates, loadDocumentState } from "../collab/collab.repository";
import type { DomainEvent } from "../events/event-bus";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { diffVersions, freezeVersion, freezeVersionInTransaction, getLiveDocument, getVersion, listVersions } from "./versions.service";

describe("agenda versions", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  /** The demo agendas (db/seed/demo-agendas.ts): the group roles are in "gezond-ouder-worden", the foundation roles in "arbeidsmarkt". */
  let agendas: { group: string; otherGroup: string; foundation: string };

  const as = (email: string) => signInAs(anonymous, email);

  /** Types into the stored document the way the collab server stores it: one update in the log. */
  async function type(agendaId: string, edit: (text: string) => string, authorId: string | null = null) {
    const state = await loadDocumentState(database.db, agendaId);
    const document = stateToDocument(state);
    const last = document.content.at(-1)!;
    const paragraph = { type: "paragraph", content: [{ type: "text", text: edit("") }] };
    document.content = last.type === "paragraph" && !last.content ? [...document.content.slice(0, -1), paragraph] : [...document.content, paragraph];
    await appendUpdates(database.db, [{ agendaId, update: updateToDocument(state, document), authorId, receivedAt: Date.now() }]);
  }

  const groupName = () => database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("name").executeTakeFirstOrThrow();

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

  it("freezes the current text, snapshot and update log together, under the next number", async () => {
    const member = await as("lid@demo.nl");
    await type(agendas.group, () => "Zojuist getypt door een lid.");
    const live = await loadDocumentState(database.db, agendas.group);
    const before = (await listVersions(member, { agendaId: agendas.group })).versions;

    const version = await freezeVersion(member, { agendaId: agendas.group, name: "  Na werksessie 2  " });
    expect(version).toMatchObject({ agendaId: agendas.group, number: before[0]!.number + 1, name: "Na werksessie 2", reason: "manual", authorName: "Lotte Lid" });
    expect(version.createdAt).toBeInstanceOf(Date);

    const stored = await getVersion(member, { agendaId: agendas.group, number: version.number });
    expect(stored.version.text).toBe(renderAgendaText(live));
    expect(stored.version.text).toContain("Zojuist getypt door een lid.");
    expect(stored.version.text).toContain(`# ${nl.versions.template.groupTitle((await groupName()).name)}`);
    // The state is the whole Yjs document: a read-only viewer renders the same text from it.
    const state = new Uint8Array(Buffer.from(stored.version.state, "base64"));
    expect(renderAgendaText(state)).toBe(stored.version.text);
    expect(Y.encodeStateVector(toDoc(state))).toEqual(Y.encodeStateVector(toDoc(live)));
    expect(stored.agenda).toMatchObject({ id: agendas.group, kind: "transformatieagenda", owner: { kind: "werkgroep", slug: "gezond-ouder-worden" } });
  });

  it("keeps a version as it was while the live text goes on", async () => {
    const member = await as("lid2@demo.nl");
    const version = await freezeVersion(member, { agendaId: agendas.group, name: "Vast" });
    await type(agendas.group, () => "Later toegevoegd.");
    const stored = await getVersion(member, { agendaId: agendas.group, number: version.number });
    expect(stored.version.text).not.toContain("Later toegevoegd.");
    expect(renderAgendaText(await loadDocumentState(database.db, agendas.group))).toContain("Later toegevoegd.");
  });

  it("records who froze which version in the audit log, and tells open pages after commit", async () => {
    const lead = await as("kwartiermaker@demo.nl");
    const seen: DomainEvent[] = [];
    const stop = lead.events.subscribe(`agenda:${agendas.foundation}`, (event) => seen.push(event));
    const version = await freezeVersion(lead, { agendaId: agendas.foundation, name: "Voor het overleg met de coalitie" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(seen).toEqual([expect.objectContaining({ topic: `agenda:${agendas.foundation}`, type: "version.frozen", id: agendas.foundation, version: version.number, actorId: lead.actor!.userId })]);
    const audit = await database.db
      .selectFrom("audit_event")
      .where("action", "=", "agenda.version_frozen")
      .where("subject_id", "=", agendas.foundation)
      .where("actor_id", "=", lead.actor!.userId)
      .select(["subject_type", "data", "region_id"])
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ subject_type: "agenda", region_id: lead.regionId, data: { number: version.number, name: "Voor het overleg met de coalitie", reason: "manual" } });
  });

  it("numbers versions one after the other when several people freeze at once", async () => {
    const people = await Promise.all(["lid@demo.nl", "lid2@demo.nl", "begeleider@demo.nl", "projectbureau@demo.nl"].map(as));
    const start = (await listVersions(people[0]!, { agendaId: agendas.group })).versions[0]!.number;
    const frozen = await Promise.all(people.flatMap((ctx, i) => [0, 1].map((j) => freezeVersion(ctx, { agendaId: agendas.group, name: `Tegelijk ${i}.${j}` }))));
    expect(frozen.map((v) => v.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => start + n));
  });

  it("lets the review issue freeze inside its own transaction, with reason 'submit', rolled back with it", async () => {
    const office = await as("projectbureau@demo.nl");
    const count = async () => (await listVersions(office, { agendaId: agendas.otherGroup })).versions.length;
    const before = await count();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await freezeVersionInTransaction(trx, { agendaId: agendas.otherGroup, name: "Ingediend", reason: "submit", authorId: office.actor!.userId });
        throw new Error("the submission failed after the freeze");
      }),
    ).rejects.toThrow("the submission failed");
    expect(await count()).toBe(before);
    const version = await database.db
      .transaction()
      .execute((trx) => freezeVersionInTransaction(trx, { agendaId: agendas.otherGroup, name: "Ingediend voor review", reason: "submit", authorId: office.actor!.userId }));
    expect(version).toMatchObject({ number: before + 1, reason: "submit", authorName: "Petra Projectbureau" });
    await expect(
      database.db.transaction().execute((trx) => freezeVersionInTransaction(trx, { agendaId: randomUUID(), name: "x", reason: "submit", authorId: null })),
    ).rejects.toThrow(NotFoundError);
  });

  it("needs a name of 1 to 120 characters, with Dutch messages", async () => {
    const member = await as("lid@demo.nl");
    await expect(freezeVersion(member, { agendaId: agendas.group, name: "   " })).rejects.toThrow(nl.validation.required);
    await expect(freezeVersion(member, { agendaId: agendas.group })).rejects.toThrow(nl.validation.required);
    await expect(freezeVersion(member, { agendaId: agendas.group, name: "x".repeat(121) })).rejects.toThrow(nl.validation.tooLong(120));
    await expect(freezeVersion(member, { agendaId: "geen-id", name: "Naam" })).rejects.toThrow(ValidationError);
    const longest = await freezeVersion(member, { agendaId: agendas.group, name: "é".repeat(120) });
    expect(longest.name).toHaveLength(120);
  });

  it("lets the werkgroep or fundament and the projectbureau freeze; everyone else signed in only reads", async () => {
    await freezeVersion(await as("begeleider@demo.nl"), { agendaId: agendas.group, name: "Begeleider" });
    await freezeVersion(await as("team1.arbeidsmarkt@demo.nl"), { agendaId: agendas.foundation, name: "Teamlid" });
    await freezeVersion(await as("projectbureau@demo.nl"), { agendaId: agendas.otherGroup, name: "Projectbureau" });
    for (const email of ["meelezer@demo.nl", "expert@demo.nl", "coalitie@demo.nl", "lid.wg2@demo.nl", "kwartiermaker@demo.nl"]) {
      const ctx = await as(email);
      await expect(freezeVersion(ctx, { agendaId: agendas.group, name: "Niet van mij" }), email).rejects.toThrow(ForbiddenError);
      const { versions, abilities } = await listVersions(ctx, { agendaId: agendas.group });
      expect(versions.length, email).toBeGreaterThan(0);
      expect(abilities, email).toEqual({ "version.freeze": false });
      await getVersion(ctx, { agendaId: agendas.group, number: 1 });
      await diffVersions(ctx, { agendaId: agendas.group, from: 1, to: "live" });
    }
    await expect(freezeVersion(await as("lid@demo.nl"), { agendaId: agendas.foundation, name: "Ander fundament" })).rejects.toThrow(ForbiddenError);
    expect((await listVersions(await as("lid@demo.nl"), { agendaId: agendas.group })).abilities).toEqual({ "version.freeze": true });
  });

  it("refuses anonymous visitors, and treats unknown agendas and those of another region as not there", async () => {
    await expect(freezeVersion(anonymous, { agendaId: agendas.group, name: "Anoniem" })).rejects.toThrow(UnauthenticatedError);
    await expect(listVersions(anonymous, { agendaId: agendas.group })).rejects.toThrow(UnauthenticatedError);
    await expect(getVersion(anonymous, { agendaId: agendas.group, number: 1 })).rejects.toThrow(UnauthenticatedError);
    await expect(diffVersions(anonymous, { agendaId: agendas.group, from: 1, to: "live" })).rejects.toThrow(UnauthenticatedError);
    await expect(getLiveDocument(anonymous, { agendaId: agendas.group })).rejects.toThrow(UnauthenticatedError);

    const office = await as("projectbureau@demo.nl");
    const unknown = randomUUID();
    await expect(freezeVersion(office, { agendaId: unknown, name: "Onbekend" })).rejects.toThrow(nl.versions.agendaNotFound);
    await expect(listVersions(office, { agendaId: unknown })).rejects.toThrow(NotFoundError);

    const region = await database.db.insertInto("region").values({ slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const group = await database.db.insertInto("working_group").values({ region_id: region.id, slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const foreign = await database.db
      .insertInto("agenda")
      .values({ region_id: region.id, kind: "transformatieagenda", working_group_id: group.id, created_by: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db.transaction().execute((trx) => freezeVersionInTransaction(trx, { agendaId: foreign.id, name: "Elders", reason: "manual", authorId: null }));
    await expect(freezeVersion(office, { agendaId: foreign.id, name: "Over de grens" })).rejects.toThrow(NotFoundError);
    await expect(listVersions(office, { agendaId: foreign.id })).rejects.toThrow(NotFoundError);
    await expect(getVersion(office, { agendaId: foreign.id, number: 1 })).rejects.toThrow(NotFoundError);
    await expect(diffVersions(office, { agendaId: foreign.id, from: 1, to: "live" })).rejects.toThrow(NotFoundError);
    await expect(getLiveDocument(office, { agendaId: foreign.id })).rejects.toThrow(NotFoundError);
    await expect(getLiveDocument(office, { agendaId: unknown })).rejects.toThrow(NotFoundError);
  });

  it("gives the text as it is now, as a document to print, to everyone who may read it", async () => {
    await type(agendas.foundation, () => "Net getypt, nog in geen enkele versie.");
    for (const email of ["meelezer@demo.nl", "expert@demo.nl", "kwartiermaker@demo.nl"]) {
      const { agenda, document, readAt } = await getLiveDocument(await as(email), { agendaId: agendas.foundation });
      expect(agenda.id).toBe(agendas.foundation);
      expect(readAt).toBeInstanceOf(Date);
      // The same document the collab server holds: rendered, it is the stored text.
      expect(renderDocumentText(document)).toBe(renderAgendaText(await loadDocumentState(database.db, agendas.foundation)));
      expect(renderDocumentText(document)).toContain("Net getypt, nog in geen enkele versie.");
    }
    await expect(getLiveDocument(await as("lid@demo.nl"), { agendaId: "geen-id" })).rejects.toThrow(ValidationError);
  });

  it("lists versions newest first, with who froze them", async () => {
    const reader = await as("meelezer@demo.nl");
    const { agenda, versions } = await listVersions(reader, { agendaId: agendas.foundation });
    expect(agenda).toMatchObject({ id: agendas.foundation, kind: "werkagenda", owner: { kind: "fundament", slug: "arbeidsmarkt" } });
    expect(versions.map((v) => v.number)).toEqual([...versions.map((v) => v.number)].sort((a, b) => b - a));
    // The demo's first version, by the kwartiermaker.
    expect(versions.at(-1)).toEqual({ number: 1, name: "Eerste opzet werkagenda", reason: "manual", createdAt: expect.any(Date), authorName: "Karim Kwartiermaker" });
    expect(Object.keys(versions[0]!).sort()).toEqual(["authorName", "createdAt", "name", "number", "reason"]);
  });

  it("gives a 404 with a Dutch message for a version number that does not exist", async () => {
    const reader = await as("meelezer@demo.nl");
    await expect(getVersion(reader, { agendaId: agendas.foundation, number: 999 })).rejects.toThrow(nl.versions.versionNotFound(999));
    await expect(diffVersions(reader, { agendaId: agendas.foundation, from: 999, to: "live" })).rejects.toThrow(nl.versions.versionNotFound(999));
    await expect(diffVersions(reader, { agendaId: agendas.foundation, from: 1, to: 998 })).rejects.toThrow(nl.versions.versionNotFound(998));
    await expect(getVersion(reader, { agendaId: agendas.foundation, number: 0 })).rejects.toThrow(ValidationError);
    await expect(diffVersions(reader, { agendaId: agendas.foundation, from: 1, to: "nu" })).rejects.toThrow(ValidationError);
  });

  it("shows what changed between two versions, and between a version and the live text", async () => {
    const team = await as("team2.arbeidsmarkt@demo.nl");
    const first = await freezeVersion(team, { agendaId: agendas.foundation, name: "Voor de wijziging" });
    await type(agendas.foundation, () => "Nieuwe afspraak met het ROC over stages.", team.actor!.userId);
    const second = await freezeVersion(team, { agendaId: agendas.foundation, name: "Na de wijziging" });

    const diff = await diffVersions(team, { agendaId: agendas.foundation, from: first.number, to: second.number });
    expect(diff.from).toEqual({ kind: "version", version: expect.objectContaining({ number: first.number, name: "Voor de wijziging" }) });
    expect(diff.to).toEqual({ kind: "version", version: expect.objectContaining({ number: second.number, name: "Na de wijziging" }) });
    expect(diff.insertedWords).toBe(7);
    expect(diff.deletedWords).toBe(0);
    expect(diff.chunks.filter((c) => c.kind === "inserted").map((c) => c.text.trim())).toEqual(["Nieuwe afspraak met het ROC over stages."]);
    expect(diff.rows.filter((r) => r.kind !== "same")).toEqual([{ kind: "inserted", left: null, right: [{ kind: "inserted", text: "Nieuwe afspraak met het ROC over stages." }] }]);

    // Against the live text: nothing changed since the second version, then one more edit.
    const unchanged = await diffVersions(team, { agendaId: agendas.foundation, from: second.number, to: "live" });
    expect(unchanged.to).toEqual({ kind: "live" });
    expect(unchanged.chunks.every((c) => c.kind === "same")).toBe(true);
    expect([unchanged.insertedWords, unchanged.deletedWords]).toEqual([0, 0]);
    await type(agendas.foundation, () => "Nog een zin.");
    const live = await diffVersions(team, { agendaId: agendas.foundation, from: first.number, to: "live" });
    expect(live.insertedWords).toBe(10);

    // The demo's own change: version 1 against the text a team member wrote after it.
    const demo = await diffVersions(team, { agendaId: agendas.foundation, from: 1, to: first.number });
    expect(demo.chunks.some((c) => c.kind === "inserted" && c.text.includes("spraakgestuurd rapporteren"))).toBe(true);
  });
});

function toDoc(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
