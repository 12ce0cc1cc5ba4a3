import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { UnauthenticatedError } from "../../shared/errors";
import { createCard, updateCard } from "../boards/cards.service";
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
    const board = await database.db.selectFrom("solution_direction as c").innerJoin("working_group as g", "g.id", "c.working_group_id").where("g.slug", "=", "gezond-ouder-worden").where("c.archived_at", "is", null).select(["c.focus", "c.status"]).execute();
    expect(overview.myGroups[0]!.focusCount).toBe(board.filter((c) => c.focus).length);
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

  it("asks visitors to log in", async () => {
    await expect(getOverview(anonymous)).rejects.toThrow(UnauthenticatedError);
  });
});
