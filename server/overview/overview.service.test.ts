import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { addQuarters, quarterOf } from "../../shared/domain/quarter";
import { UnauthenticatedError } from "../../shared/errors";
import { createCard, updateCard } from "../boards/cards.service";
import { declineDependency, proposeDependency } from "../dependencies/dependencies.service";
import { getFoundationUrgency, setUrgencyOrder } from "../dependencies/views.service";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { getOverview, markChangesSeen } from "./overview.service";

describe("the Overzicht per role", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  // Audit events get the database's clock, so these tests use the real one too.
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
  });
  afterAll(() => database.destroy());

  it("shows a werkgroep member their own board at a glance, and nobody else's", async () => {
    const lid = await as("lid@demo.nl");
    const overview = await getOverview(lid);
    expect(overview.myGroups.map((g) => g.slug)).toEqual(["gezond-ouder-worden"]);
    const board = await database.db.selectFrom("solution_direction as c").innerJoin("working_group as g", "g.id", "c.working_group_id").where("g.slug", "=", "gezond-ouder-worden").where("c.archived_at", "is", null).select(["c.id", "c.title", "c.focus", "c.status"]).execute();
    expect(overview.myGroups[0]!.focusCount).toBe(board.filter((c) => c.focus).length);
    expect(overview.myGroups[0]!.focusCards.map((c) => c.id).sort()).toEqual(board.filter((c) => c.focus).map((c) => c.id).sort());
    expect(overview.myGroups[0]!.focusCards.length).toBeGreaterThan(0);
    expect(overview.myGroups[0]!.verkennen).toBe(board.filter((c) => c.status === "verkennen").length);
    expect(overview.region).toBeNull();
    expect(overview.myFoundations).toEqual([]);
  });

  it("shows a kwartiermaker the open werkagenda items by due quarter", async () => {
    const kwartiermaker = await as("kwartiermaker@demo.nl");
    const foundation = await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select("id").executeTakeFirst();
    const region = await database.db.selectFrom("region").select("id").executeTakeFirstOrThrow();
    for (const [title, due, status] of [["Later punt", "2025-Q4", "bezig"], ["Eerder punt", "2025-Q1", "gepland"], ["Klaar punt", "2024-Q4", "gereed"]] as const) {
      await database.db.insertInto("workplan_item").values({ region_id: region.id, foundation_id: foundation!.id, title, due_quarter: due, status, rank: title, archived_at: null, created_by: null, updated_by: null }).execute();
    }
    const overview = await getOverview(kwartiermaker);
    const titles = overview.dueItems.map((i) => i.title);
    expect(titles.indexOf("Eerder punt")).toBeLessThan(titles.indexOf("Later punt"));
    expect(titles).not.toContain("Klaar punt");
    expect(overview.myFoundations.map((f) => f.slug)).toEqual(["arbeidsmarkt"]);
  });

  it("shows a kwartiermaker which cards need each item, what is over time and where the fundament stands in the urgency", async () => {
    const lid = await as("lid@demo.nl");
    const region = await database.db.selectFrom("region").select("id").executeTakeFirstOrThrow();
    const foundation = await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select("id").executeTakeFirstOrThrow();
    const group = await database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirstOrThrow();
    const block = await database.db.selectFrom("building_block").select("id").executeTakeFirstOrThrow();
    // "Today" is 2026-Q3: an item due in 2026-Q2 is over time, one due now is not yet.
    const kwartiermaker = { ...(await as("kwartiermaker@demo.nl")), now: () => new Date("2026-08-15T12:00:00Z") };
    const item = async (title: string, due: string) =>
      (await database.db.insertInto("workplan_item").values({ region_id: region.id, foundation_id: foundation.id, title, due_quarter: due, status: "bezig", rank: title, archived_at: null, created_by: null, updated_by: null }).returning("id").executeTakeFirstOrThrow()).id;
    const late = await item("Te laat punt", "2026-Q2");
    const onTime = await item("Op tijd punt", "2026-Q3");
    const needing = await createCard(lid, { groupId: group.id, title: "Kaart die het punt nodig heeft", buildingBlockIds: [block.id] });
    const declined = await createCard(lid, { groupId: group.id, title: "Kaart met afgewezen verzoek", buildingBlockIds: [block.id] });
    await proposeDependency(lid, { fromId: needing.id, toId: late, kind: "vereist", agreedDate: "", note: "" });
    const refused = await proposeDependency(lid, { fromId: declined.id, toId: late, kind: "vereist", agreedDate: "", note: "" });
    await declineDependency(kwartiermaker, { id: refused.id, reason: "Past niet in onze planning" });

    const overview = await getOverview(kwartiermaker);
    const byTitle = new Map(overview.dueItems.map((i) => [i.title, i]));
    expect(byTitle.get("Te laat punt")?.overdue).toBe(true);
    expect(byTitle.get("Op tijd punt")?.overdue).toBe(false);
    // Only the live request counts; a declined one does not make the item needed.
    expect(byTitle.get("Te laat punt")?.neededBy).toEqual([{ id: needing.id, title: "Kaart die het punt nodig heeft", owner: { kind: "werkgroep", slug: "gezond-ouder-worden", name: "Gezond ouder worden" } }]);
    expect(byTitle.get("Op tijd punt")?.neededBy).toEqual([]);
    expect(onTime).toBeTruthy();

    const { computed, decided } = await getFoundationUrgency(kwartiermaker);
    const decidedPlace = (decided?.order.findIndex((f) => f.id === foundation.id) ?? -1) + 1;
    const place = overview.myFoundations[0]!.urgency;
    expect(place).toEqual({ computedRank: computed.find((row) => row.slug === "arbeidsmarkt")!.rank, decidedRank: decidedPlace || null, total: computed.length });

    const coalition = await as("coalitie@demo.nl");
    const order = computed.map((row) => row.foundationId).filter((id) => id !== foundation.id).concat(foundation.id);
    await setUrgencyOrder(coalition, { foundationIds: order, note: "" });
    expect((await getOverview(kwartiermaker)).myFoundations[0]!.urgency?.decidedRank).toBe(order.indexOf(foundation.id) + 1);
  });

  it("shows the coalition the urgency of every fundament and the region's items over time, longest first", async () => {
    const region = await database.db.selectFrom("region").select("id").executeTakeFirstOrThrow();
    const foundations = await database.db.selectFrom("foundation").select(["id", "slug"]).orderBy("position").execute();
    const add = (foundationId: string, title: string, due: string, status: "bezig" | "gereed", archived = false) =>
      database.db.insertInto("workplan_item").values({ region_id: region.id, foundation_id: foundationId, title, due_quarter: due, status, rank: title, archived_at: archived ? new Date() : null, created_by: null, updated_by: null }).execute();
    await add(foundations[1]!.id, "Heel oud open punt", "2019-Q1", "bezig");
    await add(foundations[2]!.id, "Oud open punt", "2019-Q3", "bezig");
    await add(foundations[2]!.id, "Oud maar gereed", "2019-Q1", "gereed");
    await add(foundations[2]!.id, "Oud maar gearchiveerd", "2019-Q1", "bezig", true);
    await add(foundations[2]!.id, "Punt in de toekomst", "2099-Q1", "bezig");
    const coalition = { ...(await as("coalitie@demo.nl")), now: () => new Date("2026-08-15T12:00:00Z") };

    const overview = await getOverview(coalition);
    const overdue = overview.region!.overdueItems.map((i) => i.title);
    expect(overdue.slice(0, 2)).toEqual(["Heel oud open punt", "Oud open punt"]);
    expect(overdue).not.toContain("Oud maar gereed");
    expect(overdue).not.toContain("Oud maar gearchiveerd");
    expect(overdue).not.toContain("Punt in de toekomst");
    expect(overview.region!.overdueItems.every((i) => i.dueQuarter < "2026-Q3" && i.status !== "gereed")).toBe(true);

    const urgency = await getFoundationUrgency(coalition);
    expect(overview.region!.urgency?.computed.map((row) => [row.slug, row.rank])).toEqual(urgency.computed.map((row) => [row.slug, row.rank]));
    expect(overview.region!.urgency?.decided?.order.map((f) => f.id)).toEqual(urgency.decided?.order.map((f) => f.id));
    expect((await getOverview(await as("lid@demo.nl"))).region).toBeNull();
  });

  it("shows the programme office and the coalition every werkgroep and fundament", async () => {
    for (const email of ["projectbureau@demo.nl", "coalitie@demo.nl"]) {
      const overview = await getOverview(await as(email));
      expect(overview.region?.groups).toHaveLength(6);
      expect(overview.region?.foundations).toHaveLength(6);
    }
    expect((await getOverview(await as("expert@demo.nl"))).region).toBeNull();
  });

  it("lists what others changed since the person marked it as seen, not their own changes", async () => {
    const lid = await as("lid@demo.nl");
    const lid2 = await as("lid2@demo.nl");
    const group = await database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirstOrThrow();
    const block = await database.db.selectFrom("building_block").select("id").executeTakeFirstOrThrow();
    await markChangesSeen(lid);
    await tick();
    const card = await createCard(lid2, { groupId: group.id, title: "Nieuw van Lars", buildingBlockIds: [block.id] });
    await updateCard(lid, { cardId: card.id, edits: { description: "Mijn eigen aanvulling" }, base: { description: "" } });
    const changes = (await getOverview(lid)).changes;
    expect(changes.map((c) => [c.action, c.subjectTitle, c.actorName])).toEqual([["card.created", "Nieuw van Lars", "Lars Lid"]]);
    await tick();
    await markChangesSeen(lid);
    expect((await getOverview(lid)).changes).toEqual([]);
  });

  it("asks the werkgroep and the fundament that report an indicator for last quarter's measurement, until it is there", async () => {
    const lastEnded = addQuarters(quarterOf(new Date()), -1);
    const member = await getOverview(await as("lid@demo.nl"));
    expect(member.indicators.map((i) => [i.slug, i.lastQuarter, i.asksFor])).toEqual([["welzijn-op-recept", "2025-Q2", lastEnded]]);
    const team = await as("team1.arbeidsmarkt@demo.nl");
    expect((await getOverview(team)).indicators.map((i) => [i.slug, i.lastQuarter])).toEqual([["personeelstekort", "2025-Q3"]]);

    const indicator = await database.db.selectFrom("indicator").where("slug", "=", "personeelstekort").select("id").executeTakeFirstOrThrow();
    await database.db.insertInto("measurement").values({ indicator_id: indicator.id, quarter: lastEnded, value: null, story: "Nog geen cijfers, wel signalen.", replaces_id: null, recorded_by: null }).execute();
    expect((await getOverview(team)).indicators.map((i) => [i.lastQuarter, i.asksFor])).toEqual([[lastEnded, null]]);
    expect((await getOverview(await as("expert@demo.nl"))).indicators).toEqual([]);
  });

  it("asks visitors to log in", async () => {
    await expect(getOverview(anonymous)).rejects.toThrow(UnauthenticatedError);
  });
});
