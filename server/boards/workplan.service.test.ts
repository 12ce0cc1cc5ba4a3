import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { boardMessages } from "../../shared/domain/messages";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import type { DomainEvent } from "../events/event-bus";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import {
  archiveWorkplanItem,
  createWorkplanItem,
  getWorkplan,
  getWorkplanItemHistory,
  moveWorkplanItem,
  restoreWorkplanItem,
  updateWorkplanItem,
} from "./workplan.service";

describe("a fundament's werkagenda", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { own: string; other: string };

  const as = (email: string) => signInAs(anonymous, email);

  const kwartiermaker = () => as("kwartiermaker@demo.nl");
  const newItem = (title: string, extra: Record<string, unknown> = {}) => ({ foundationId: ids.own, title, dueQuarter: "Q4 2025", ...extra });

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const foundations = await database.db.selectFrom("foundation").select(["id", "slug"]).execute();
    ids = {
      own: foundations.find((f) => f.slug === "arbeidsmarkt")!.id,
      other: foundations.find((f) => f.slug === "digitale-gegevensuitwisseling")!.id,
    };
  });
  afterAll(() => database.destroy());

  it("shows everyone signed in the fundament's items, lane by lane in rank order", async () => {
    const { foundation, items } = await getWorkplan(await as("meelezer@demo.nl"), { slug: "arbeidsmarkt" });
    expect(foundation).toEqual({ id: ids.own, slug: "arbeidsmarkt", name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn" });
    // The demo werkagenda of the fundament.
    expect(items.length).toBeGreaterThanOrEqual(3);
    const lanes = items.map((i) => i.status);
    expect(lanes).toEqual([...lanes].sort());
    for (const status of new Set(lanes)) {
      const ranks = items.filter((i) => i.status === status).map((i) => i.rank);
      expect(ranks).toEqual([...ranks].sort());
    }
    expect(items.every((i) => i.foundationId === ids.own && i.archivedAt === null)).toBe(true);
  });

  it("lets the kwartiermaker and the fundament's team add and edit items", async () => {
    const km = await kwartiermaker();
    const created = await createWorkplanItem(km, newItem("Stageplekken in de wijkverpleging", { dueQuarter: "Q2 2025", responsibleOrganisation: "ROC Flevoland" }));
    expect(created).toMatchObject({
      foundationId: ids.own,
      title: "Stageplekken in de wijkverpleging",
      status: "gepland",
      dueQuarter: "2025-Q2",
      responsibleOrganisation: "ROC Flevoland",
      description: "",
      version: 1,
    });
    // A new item goes to the bottom of the "gepland" lane.
    const workplan = await getWorkplan(km, { slug: "arbeidsmarkt" });
    expect(workplan.foundation).toMatchObject({ id: ids.own, slug: "arbeidsmarkt" });
    expect(workplan.items.filter((i) => i.status === "gepland").at(-1)?.id).toBe(created.id);
    expect(workplan.abilities).toEqual({ "foundation.edit": true, "comment.write": true, "foundation.team.manage": true });

    const team = await as("team1.arbeidsmarkt@demo.nl");
    const edited = await updateWorkplanItem(team, { itemId: created.id, edits: { description: "Twintig extra plekken per jaar" }, base: { description: "" } });
    expect(edited).toMatchObject({ description: "Twintig extra plekken per jaar", version: 2 });
    expect((await getWorkplan(team, { slug: "arbeidsmarkt" })).abilities).toEqual({ "foundation.edit": true, "comment.write": true, "foundation.team.manage": false });
    await createWorkplanItem(team, newItem("Door het team gemaakt"));
    // The projectbureau may edit every fundament's werkagenda.
    await createWorkplanItem(await as("projectbureau@demo.nl"), { ...newItem("Door het projectbureau"), foundationId: ids.other });
  });

  it("refuses people from outside the fundament, and anonymous visitors", async () => {
    const item = await createWorkplanItem(await kwartiermaker(), newItem("Alleen eigen fundament"));
    const otherLead = await as("kwartiermaker.digitale-gegevensuitwisseling@demo.nl");
    await expect(createWorkplanItem(otherLead, newItem("Binnendringer"))).rejects.toThrow(ForbiddenError);
    await expect(updateWorkplanItem(otherLead, { itemId: item.id, edits: { title: "Overgenomen" }, base: { title: item.title } })).rejects.toThrow(ForbiddenError);
    await expect(moveWorkplanItem(otherLead, { itemId: item.id, status: "bezig", afterItemId: null })).rejects.toThrow(ForbiddenError);
    await expect(archiveWorkplanItem(otherLead, { itemId: item.id })).rejects.toThrow(ForbiddenError);
    const groupMember = await as("lid@demo.nl");
    await expect(createWorkplanItem(groupMember, newItem("Werkgroeplid"))).rejects.toThrow(ForbiddenError);
    await expect(updateWorkplanItem(groupMember, { itemId: item.id, edits: { title: "Werkgroeplid" }, base: { title: item.title } })).rejects.toThrow(ForbiddenError);
    // Everyone signed in reads; only the fundament edits.
    const reader = await as("meelezer@demo.nl");
    expect((await getWorkplan(reader, { slug: "arbeidsmarkt" })).abilities["foundation.edit"]).toBe(false);
    expect((await getWorkplanItemHistory(reader, { itemId: item.id })).map((h) => h.action)).toEqual(["workplan_item.created"]);
    await expect(getWorkplan(anonymous, { slug: "arbeidsmarkt" })).rejects.toThrow(UnauthenticatedError);
    await expect(createWorkplanItem(anonymous, newItem("Anoniem"))).rejects.toThrow(UnauthenticatedError);
    await expect(updateWorkplanItem(anonymous, { itemId: item.id, edits: { title: "Anoniem" }, base: { title: item.title } })).rejects.toThrow(UnauthenticatedError);
    await expect(getWorkplanItemHistory(anonymous, { itemId: item.id })).rejects.toThrow(UnauthenticatedError);
  });

  it("requires a due quarter in a form it understands, and bounded text", async () => {
    const km = await kwartiermaker();
    await expect(createWorkplanItem(km, { foundationId: ids.own, title: "Zonder kwartaal" })).rejects.toThrow(boardMessages.dueQuarterRequired);
    await expect(createWorkplanItem(km, newItem("Leeg kwartaal", { dueQuarter: " " }))).rejects.toThrow(boardMessages.dueQuarterRequired);
    await expect(createWorkplanItem(km, newItem("Verkeerd kwartaal", { dueQuarter: "Q5 2025" }))).rejects.toThrow(boardMessages.quarterInvalid);
    await expect(createWorkplanItem(km, newItem(""))).rejects.toThrow(boardMessages.titleRequired);
    await expect(createWorkplanItem(km, newItem("x".repeat(161)))).rejects.toThrow(ValidationError);
    await expect(createWorkplanItem(km, newItem("x".repeat(5000)))).rejects.toThrow(ValidationError);
    await expect(createWorkplanItem(km, newItem("Lange naam", { responsibleOrganisation: "o".repeat(161) }))).rejects.toThrow(boardMessages.organisationTooLong(160, 161));
    await expect(createWorkplanItem(km, newItem("Lange tekst", { description: "d".repeat(5001) }))).rejects.toThrow(ValidationError);
    const item = await createWorkplanItem(km, newItem("Kwartaal als 2026-q1", { dueQuarter: "2026-q1" }));
    expect(item.dueQuarter).toBe("2026-Q1");
    await expect(updateWorkplanItem(km, { itemId: item.id, edits: { dueQuarter: null }, base: { dueQuarter: "2026-Q1" } })).rejects.toThrow(boardMessages.dueQuarterRequired);
    await expect(updateWorkplanItem(km, { itemId: item.id, edits: { dueQuarter: "volgend jaar" }, base: { dueQuarter: "Q1 2026" } })).rejects.toThrow(
      boardMessages.quarterInvalid,
    );
    // A base typed the way people see it ("Q1 2026") matches the stored "2026-Q1".
    const moved = await updateWorkplanItem(km, { itemId: item.id, edits: { dueQuarter: "Q3 2026" }, base: { dueQuarter: "Q1 2026" } });
    expect(moved.dueQuarter).toBe("2026-Q3");
    const history = await getWorkplanItemHistory(km, { itemId: item.id });
    expect(history[0]).toMatchObject({ action: "workplan_item.updated", data: { changes: [{ field: "dueQuarter", from: "2026-Q1", to: "2026-Q3" }] } });
  });

  it("merges edits to different fields and refuses a stale edit of the same field with both values", async () => {
    const km = await kwartiermaker();
    const team = await as("team1.arbeidsmarkt@demo.nl");
    const item = await createWorkplanItem(km, newItem("Regionale vacaturebank"));
    await updateWorkplanItem(km, { itemId: item.id, edits: { title: "Eén regionale vacaturebank" }, base: { title: "Regionale vacaturebank" } });
    const merged = await updateWorkplanItem(team, { itemId: item.id, edits: { responsibleOrganisation: "Regionaal Werkbedrijf Flevoland" }, base: { responsibleOrganisation: "" } });
    expect(merged).toMatchObject({ title: "Eén regionale vacaturebank", responsibleOrganisation: "Regionaal Werkbedrijf Flevoland", version: item.version + 2 });
    const conflict = await updateWorkplanItem(team, {
      itemId: item.id,
      edits: { title: "Vacaturebank Flevoland", dueQuarter: "Q1 2026" },
      base: { title: "Regionale vacaturebank", dueQuarter: "Q3 2025" },
    }).catch((e: Error) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).message).toContain("de titel");
    expect((conflict as ConflictError).message).toContain("het kwartaal waarin het klaar moet zijn");
    expect((conflict as ConflictError).details).toEqual([
      { field: "title", theirs: "Eén regionale vacaturebank", yours: "Vacaturebank Flevoland" },
      { field: "dueQuarter", theirs: "2025-Q4", yours: "2026-Q1" },
    ]);
    // Nothing of a conflicting edit is saved.
    const after = (await getWorkplan(km, { slug: "arbeidsmarkt" })).items.find((i) => i.id === item.id);
    expect(after).toMatchObject({ title: "Eén regionale vacaturebank", dueQuarter: "2025-Q4", version: item.version + 2 });
    // Choosing to keep one's own value is a new edit based on what the other wrote.
    const kept = await updateWorkplanItem(team, { itemId: item.id, edits: { title: "Vacaturebank Flevoland" }, base: { title: "Eén regionale vacaturebank" } });
    expect(kept.title).toBe("Vacaturebank Flevoland");
    // An edit that changes nothing saves nothing.
    const same = await updateWorkplanItem(team, { itemId: item.id, edits: { title: "Vacaturebank Flevoland" }, base: { title: "Vacaturebank Flevoland" } });
    expect(same.version).toBe(kept.version);
  });

  it("archives and restores an item, keeping a history of who changed what", async () => {
    const km = await kwartiermaker();
    const item = await createWorkplanItem(km, newItem("Eerste titel"));
    await updateWorkplanItem(km, { itemId: item.id, edits: { title: "Tweede titel" }, base: { title: "Eerste titel" } });
    await moveWorkplanItem(km, { itemId: item.id, status: "bezig", afterItemId: null });
    await archiveWorkplanItem(km, { itemId: item.id });
    expect((await getWorkplan(km, { slug: "arbeidsmarkt" })).items.some((i) => i.id === item.id)).toBe(false);
    await expect(updateWorkplanItem(km, { itemId: item.id, edits: { title: "X" }, base: { title: "Tweede titel" } })).rejects.toThrow(NotFoundError);
    await expect(moveWorkplanItem(km, { itemId: item.id, status: "gereed", afterItemId: null })).rejects.toThrow(NotFoundError);
    await expect(archiveWorkplanItem(km, { itemId: item.id })).rejects.toThrow(NotFoundError);
    const restored = await restoreWorkplanItem(await as("team2.arbeidsmarkt@demo.nl"), { itemId: item.id });
    expect(restored).toMatchObject({ status: "bezig", archivedAt: null, title: "Tweede titel" });
    expect((await getWorkplan(km, { slug: "arbeidsmarkt" })).items.some((i) => i.id === item.id)).toBe(true);
    await expect(restoreWorkplanItem(km, { itemId: item.id })).rejects.toThrow(NotFoundError);

    const history = await getWorkplanItemHistory(await as("meelezer@demo.nl"), { itemId: item.id });
    expect(history.map((h) => h.action)).toEqual([
      "workplan_item.restored",
      "workplan_item.archived",
      "workplan_item.updated",
      "workplan_item.updated",
      "workplan_item.created",
    ]);
    const teamMember = await database.db.selectFrom("app_user").where("email", "=", "team2.arbeidsmarkt@demo.nl").select("name").executeTakeFirstOrThrow();
    expect(history[0]!.actorName).toBe(teamMember.name);
    expect(history[2]).toMatchObject({ actorName: "Karim Kwartiermaker", data: { changes: [{ field: "status", from: "gepland", to: "bezig" }] } });
    expect(history[3]).toMatchObject({ data: { changes: [{ field: "title", from: "Eerste titel", to: "Tweede titel" }] } });
  });

  it("places a moved item just below the chosen neighbour, and at the end of a new lane after a status edit", async () => {
    const km = await kwartiermaker();
    const a = await createWorkplanItem(km, newItem("Volgorde A"));
    const b = await createWorkplanItem(km, newItem("Volgorde B"));
    const c = await createWorkplanItem(km, newItem("Volgorde C"));
    await moveWorkplanItem(km, { itemId: c.id, status: "gepland", afterItemId: a.id });
    const lane = async (status: string) =>
      (await getWorkplan(km, { slug: "arbeidsmarkt" })).items.filter((x) => x.status === status && x.title.startsWith("Volgorde")).map((x) => x.title);
    expect(await lane("gepland")).toEqual(["Volgorde A", "Volgorde C", "Volgorde B"]);
    await moveWorkplanItem(km, { itemId: b.id, status: "vertraagd", afterItemId: null });
    const top = (await getWorkplan(km, { slug: "arbeidsmarkt" })).items.find((x) => x.status === "vertraagd");
    expect(top?.id).toBe(b.id);
    await moveWorkplanItem(km, { itemId: a.id, status: "vertraagd", afterItemId: b.id });
    expect(await lane("vertraagd")).toEqual(["Volgorde B", "Volgorde A"]);
    const done = await updateWorkplanItem(km, { itemId: c.id, edits: { status: "gereed" }, base: { status: "gepland" } });
    const gereed = (await getWorkplan(km, { slug: "arbeidsmarkt" })).items.filter((x) => x.status === "gereed");
    expect(gereed.at(-1)?.id).toBe(done.id);
    await expect(moveWorkplanItem(km, { itemId: a.id, status: "gereed", afterItemId: randomUUID() })).rejects.toThrow(NotFoundError);
  });

  it("ends concurrent moves into one lane in one well-defined order", async () => {
    const km = await kwartiermaker();
    const team = await as("team1.arbeidsmarkt@demo.nl");
    const anchor = await createWorkplanItem(km, newItem("Anker"));
    const x = await createWorkplanItem(km, newItem("Gelijktijdig X"));
    const y = await createWorkplanItem(km, newItem("Gelijktijdig Y"));
    await Promise.all([
      moveWorkplanItem(km, { itemId: x.id, status: "gepland", afterItemId: anchor.id }),
      moveWorkplanItem(team, { itemId: y.id, status: "gepland", afterItemId: anchor.id }),
    ]);
    const lane = (await getWorkplan(km, { slug: "arbeidsmarkt" })).items.filter((i) => i.status === "gepland");
    const ranks = lane.map((i) => i.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    const position = (id: string) => lane.findIndex((i) => i.id === id);
    expect(position(anchor.id)).toBeLessThan(position(x.id));
    expect(position(anchor.id)).toBeLessThan(position(y.id));
  });

  it("refuses unknown ids and fundamenten of another region", async () => {
    const km = await kwartiermaker();
    const office = await as("projectbureau@demo.nl");
    await expect(getWorkplan(km, { slug: "bestaat-niet" })).rejects.toThrow(NotFoundError);
    await expect(createWorkplanItem(office, { ...newItem("Onbekend fundament"), foundationId: randomUUID() })).rejects.toThrow(NotFoundError);
    await expect(updateWorkplanItem(km, { itemId: randomUUID(), edits: { title: "x" }, base: { title: "y" } })).rejects.toThrow(NotFoundError);
    await expect(getWorkplanItemHistory(km, { itemId: randomUUID() })).rejects.toThrow(NotFoundError);
    await expect(updateWorkplanItem(km, { itemId: "geen-id", edits: {}, base: {} })).rejects.toThrow(ValidationError);

    // Another region with its own plan, fundament and item.
    const region = await database.db.insertInto("region").values({ slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const plan = await database.db
      .insertInto("plan")
      .values({ region_id: region.id, slug: "plan-elders", title: "Plan", subtitle: "", ambition: "", ambition_description: "", guiding_rule: "", year: 2025 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const foreign = await database.db
      .insertInto("foundation")
      .values({ plan_id: plan.id, slug: "arbeidsmarkt", name: "Arbeidsmarkt elders", description: "", position: 0 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const foreignItem = await database.db
      .insertInto("workplan_item")
      .values({ region_id: region.id, foundation_id: foreign.id, title: "Elders", due_quarter: "2025-Q4", rank: "i", archived_at: null, created_by: null, updated_by: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(createWorkplanItem(office, { ...newItem("Over de grens"), foundationId: foreign.id })).rejects.toThrow(NotFoundError);
    await expect(createWorkplanItem(km, { ...newItem("Over de grens"), foundationId: foreign.id })).rejects.toThrow(ForbiddenError);
    await expect(updateWorkplanItem(office, { itemId: foreignItem.id, edits: { title: "x" }, base: { title: "Elders" } })).rejects.toThrow(NotFoundError);
    await expect(moveWorkplanItem(office, { itemId: foreignItem.id, status: "bezig", afterItemId: null })).rejects.toThrow(NotFoundError);
    await expect(archiveWorkplanItem(office, { itemId: foreignItem.id })).rejects.toThrow(NotFoundError);
    await expect(getWorkplanItemHistory(office, { itemId: foreignItem.id })).rejects.toThrow(NotFoundError);
    // The same slug in this region's plan is still this region's fundament.
    expect((await getWorkplan(office, { slug: "arbeidsmarkt" })).foundation.id).toBe(ids.own);
  });

  it("announces each change to the werkagenda's topic after it is saved", async () => {
    const km = await kwartiermaker();
    const seen: DomainEvent[] = [];
    const elsewhere: DomainEvent[] = [];
    const stop = km.events.subscribe(`workplan:${ids.own}`, (event) => seen.push(event));
    const stopOther = km.events.subscribe(`workplan:${ids.other}`, (event) => elsewhere.push(event));
    const item = await createWorkplanItem(km, newItem("Live"));
    await updateWorkplanItem(km, { itemId: item.id, edits: { title: "Live bijgewerkt" }, base: { title: "Live" } });
    await moveWorkplanItem(km, { itemId: item.id, status: "bezig", afterItemId: null });
    await archiveWorkplanItem(km, { itemId: item.id });
    await restoreWorkplanItem(km, { itemId: item.id });
    await expect
      .poll(() => seen.map((e) => e.type))
      .toEqual(["workplan_item.created", "workplan_item.updated", "workplan_item.moved", "workplan_item.archived", "workplan_item.restored"]);
    expect(seen[0]).toMatchObject({ topic: `workplan:${ids.own}`, id: item.id, version: 1, actorId: km.actor!.userId });
    expect(seen.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
    // A refused change announces nothing.
    await expect(createWorkplanItem(km, { foundationId: ids.own, title: "Zonder kwartaal" })).rejects.toThrow(ValidationError);
    expect(seen).toHaveLength(5);
    expect(elsewhere).toEqual([]);
    stop();
    stopOther();
  });
});
