import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardStatuses, findCardProblems, type Scale } from "../../shared/domain/card-rules";
import { compareRanks } from "../../shared/domain/rank";
import type { Quarter } from "../../shared/domain/quarter";
import { findWorkplanItemProblems, workplanStatuses } from "../../shared/domain/workplan-rules";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { demoWorkingGroups } from "./data/demo";
import { demoBoards, demoWorkplans } from "./data/demo-boards";
import { seedDemoBoards } from "./demo-boards";

// The demo template (createTestDatabase's default) is the Regioplan plus seedDemoData, which
// ends with seedDemoBoards: these tests look at what a new visitor of a demo sees.

describe("the demo boards", () => {
  let database: TestDatabase;
  let regionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    regionId = (await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.destroy());

  const cards = () =>
    database.db
      .selectFrom("solution_direction as c")
      .innerJoin("working_group as g", "g.id", "c.working_group_id")
      .selectAll("c")
      .select("g.slug as groupSlug")
      .orderBy("c.status")
      .orderBy("c.rank")
      .execute();

  const items = () =>
    database.db
      .selectFrom("workplan_item as i")
      .innerJoin("foundation as f", "f.id", "i.foundation_id")
      .selectAll("i")
      .select("f.slug as foundationSlug")
      .orderBy("i.status")
      .orderBy("i.rank")
      .execute();

  const leadOf = async (role: "group_lead" | "foundation_lead", column: "working_group_id" | "foundation_id", id: string) =>
    (await database.db.selectFrom("role_assignment").where("role", "=", role).where(column, "=", id).select("user_id").executeTakeFirstOrThrow()).user_id;

  it("covers every demo werkgroep and every fundament of the plan", async () => {
    expect(demoBoards.map((b) => b.group).sort()).toEqual(demoWorkingGroups.map((g) => g.slug).sort());
    const foundations = await database.db.selectFrom("foundation").select("slug").execute();
    expect(demoWorkplans.map((w) => w.foundation).sort()).toEqual(foundations.map((f) => f.slug).sort());
  });

  it("puts 3-5 cards on each werkgroep's board, exactly two with focus, spread over the lanes, made by the begeleider", async () => {
    const all = await cards();
    for (const group of demoWorkingGroups) {
      const own = all.filter((c) => c.groupSlug === group.slug);
      expect(own.length, group.slug).toBeGreaterThanOrEqual(3);
      expect(own.length, group.slug).toBeLessThanOrEqual(5);
      expect(own.filter((c) => c.focus), group.slug).toHaveLength(2);
      expect(new Set(own.map((c) => c.status)).size, group.slug).toBeGreaterThanOrEqual(3);
      const lead = await leadOf("group_lead", "working_group_id", own[0]!.working_group_id);
      for (const card of own) expect([card.created_by, card.updated_by]).toEqual([lead, lead]);
    }
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(cardStatuses));
    expect(all.every((c) => c.archived_at === null && c.version === 1)).toBe(true);
  });

  it("records who made each card and werkagenda item, so a board's Geschiedenis starts with them", async () => {
    const events = await database.db.selectFrom("audit_event").where("action", "in", ["card.created", "workplan_item.created"]).select(["subject_id", "actor_id", "data"]).execute();
    const byId = new Map(events.map((e) => [e.subject_id, e]));
    for (const card of await cards()) {
      expect(byId.get(card.id), card.title).toMatchObject({ actor_id: card.created_by, data: { title: card.title } });
    }
    const items = await database.db.selectFrom("workplan_item").select(["id", "title", "created_by"]).execute();
    for (const item of items) expect(byId.get(item.id), item.title).toMatchObject({ actor_id: item.created_by, data: { title: item.title } });
  });

  it("keeps the board's rules: a scale and quarters in 2024-2026 from Gekozen on, and links into the plan", async () => {
    const all = await cards();
    for (const card of all) {
      const scale: Scale | null =
        card.scale_kind === "lokaal"
          ? { kind: "lokaal", municipalityIds: card.municipality_ids }
          : card.scale_kind === "subregionaal"
            ? { kind: "subregionaal", subregionId: card.subregion_id ?? "" }
            : card.scale_kind === "regionaal"
              ? { kind: "regionaal" }
              : null;
      const facts = {
        status: card.status,
        title: card.title,
        buildingBlockIds: card.building_block_ids,
        scale,
        startQuarter: card.start_quarter as Quarter | null,
        endQuarter: card.end_quarter as Quarter | null,
      };
      expect(findCardProblems(facts), card.title).toEqual([]);
      if (["gekozen", "uitwerken", "in_agenda"].includes(card.status)) {
        expect(scale, card.title).not.toBeNull();
        for (const quarter of [card.start_quarter, card.end_quarter]) expect(quarter, card.title).toMatch(/^202[4-6]-Q[1-4]$/);
      }
    }
    // Every kind of scale and link occurs, and every link points into this region's plan.
    expect(new Set(all.map((c) => c.scale_kind))).toEqual(new Set(["lokaal", "subregionaal", "regionaal", null]));
    const planIds = async (table: "building_block" | "foundation" | "target_group" | "theme") =>
      new Set((await database.db.selectFrom(table).select("id").execute()).map((r) => r.id));
    const [blocks, foundations, targetGroups, themes] = await Promise.all([planIds("building_block"), planIds("foundation"), planIds("target_group"), planIds("theme")]);
    for (const [ids, known] of [
      [all.flatMap((c) => c.building_block_ids), blocks],
      [all.flatMap((c) => c.foundation_ids), foundations],
      [all.flatMap((c) => c.target_group_ids), targetGroups],
      [all.flatMap((c) => c.theme_ids), themes],
    ] as const) {
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => known.has(id))).toBe(true);
    }
    const municipalities = new Set((await database.db.selectFrom("municipality").where("region_id", "=", regionId).select("id").execute()).map((r) => r.id));
    expect(all.flatMap((c) => c.municipality_ids).every((id) => municipalities.has(id))).toBe(true);
  });

  it("adopts some cards from the plan's catalogue, with the catalogue's title and bouwsteen, and writes others new", async () => {
    const all = await cards();
    const catalogue = await database.db.selectFrom("catalogue_direction").select(["id", "slug", "name", "description", "building_block_id"]).execute();
    const adopted = all.filter((c) => c.origin_id !== null);
    expect(adopted.length).toBeGreaterThanOrEqual(6);
    expect(all.length - adopted.length).toBeGreaterThanOrEqual(6);
    for (const card of adopted) {
      const origin = catalogue.find((d) => d.id === card.origin_id)!;
      expect(card.building_block_ids, card.title).toContain(origin.building_block_id);
      expect(card.description, card.title).toBe(origin.description);
    }
    const reablement = all.find((c) => c.origin_id === catalogue.find((d) => d.slug === "reablement")!.id)!;
    expect(reablement).toMatchObject({ title: "Reablement", groupSlug: "gezond-ouder-worden", status: "uitwerken", focus: true });
    expect(all.find((c) => c.title === "Kansrijke Start in alle gemeenten")?.origin_id).toBe(catalogue.find((d) => d.slug === "gezond-opgroeien-en-ouder-worden")!.id);
  });

  it("ranks each lane in the order of the demo data", async () => {
    const all = await cards();
    const catalogue = new Map((await database.db.selectFrom("catalogue_direction").select(["slug", "name"]).execute()).map((d) => [d.slug, d.name]));
    for (const board of demoBoards) {
      for (const status of cardStatuses) {
        const expected = board.cards.filter((c) => c.status === status).map((c) => c.title ?? catalogue.get(c.catalogue!));
        const lane = all.filter((c) => c.groupSlug === board.group && c.status === status);
        expect(lane.map((c) => c.title), `${board.group} ${status}`).toEqual(expected);
        const ranks = lane.map((c) => c.rank);
        expect([...ranks].sort(compareRanks)).toEqual(ranks);
        expect(new Set(ranks).size).toBe(ranks.length);
      }
    }
  });

  it("gives each fundament 3-4 werkagenda items with a due quarter, a responsible organisation and spread statuses", async () => {
    const all = await items();
    const foundations = await database.db.selectFrom("foundation").select(["id", "slug"]).execute();
    for (const foundation of foundations) {
      const own = all.filter((i) => i.foundation_id === foundation.id);
      expect(own.length, foundation.slug).toBeGreaterThanOrEqual(3);
      expect(own.length, foundation.slug).toBeLessThanOrEqual(4);
      expect(new Set(own.map((i) => i.status)).size, foundation.slug).toBeGreaterThanOrEqual(3);
      const kwartiermaker = await leadOf("foundation_lead", "foundation_id", foundation.id);
      for (const item of own) {
        expect(findWorkplanItemProblems({ title: item.title, dueQuarter: item.due_quarter, responsibleOrganisation: item.responsible_organisation })).toEqual([]);
        expect(item.responsible_organisation.length, item.title).toBeGreaterThan(0);
        expect(item.description.length, item.title).toBeGreaterThan(0);
        expect(item.created_by).toBe(kwartiermaker);
      }
      for (const status of workplanStatuses) {
        const ranks = own.filter((i) => i.status === status).map((i) => i.rank);
        expect(new Set(ranks).size).toBe(ranks.length);
      }
    }
    expect(new Set(all.map((i) => i.status))).toEqual(new Set(workplanStatuses));
  });

  it("is idempotent per board: boards with cards (even archived ones) are left alone, empty boards are filled", async () => {
    const count = async (table: "solution_direction" | "workplan_item") =>
      (await database.db.selectFrom(table).select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    const before = { cards: await count("solution_direction"), items: await count("workplan_item") };
    await seedDemoBoards(database.db, regionId);
    expect({ cards: await count("solution_direction"), items: await count("workplan_item") }).toEqual(before);

    const group = (await database.db.selectFrom("working_group").where("slug", "=", "slimme-zorg").select("id").executeTakeFirstOrThrow()).id;
    const foundation = (await database.db.selectFrom("foundation").where("slug", "=", "gezonde-leefomgeving").select("id").executeTakeFirstOrThrow()).id;
    const groupCards = demoBoards.find((b) => b.group === "slimme-zorg")!.cards.length;
    const foundationItems = demoWorkplans.find((w) => w.foundation === "gezonde-leefomgeving")!.items.length;
    await database.db.deleteFrom("solution_direction").where("working_group_id", "=", group).execute();
    await database.db.deleteFrom("workplan_item").where("foundation_id", "=", foundation).execute();
    await seedDemoBoards(database.db, regionId);
    expect({ cards: await count("solution_direction"), items: await count("workplan_item") }).toEqual(before);

    await database.db.updateTable("solution_direction").set({ archived_at: new Date() }).where("working_group_id", "=", group).execute();
    await database.db.updateTable("workplan_item").set({ archived_at: new Date() }).where("foundation_id", "=", foundation).execute();
    await seedDemoBoards(database.db, regionId);
    expect({ cards: await count("solution_direction"), items: await count("workplan_item") }).toEqual(before);
    expect(groupCards).toBeGreaterThan(0);
    expect(foundationItems).toBeGreaterThan(0);
  });

  it("stops on demo data that breaks the rules or names what the plan does not have", async () => {
    const group = (await database.db.selectFrom("working_group").where("slug", "=", "mentaal-gezond").select("id").executeTakeFirstOrThrow()).id;
    await database.db.deleteFrom("solution_direction").where("working_group_id", "=", group).execute();
    const seed = (data: NonNullable<Parameters<typeof seedDemoBoards>[2]>) => seedDemoBoards(database.db, regionId, data);
    await expect(seed({ boards: [{ group: "bestaat-niet", cards: [] }], workplans: [] })).rejects.toThrow('unknown werkgroep "bestaat-niet"');
    await expect(seed({ boards: [{ group: "mentaal-gezond", cards: [{ catalogue: "bestaat-niet", status: "verkennen" }] }], workplans: [] })).rejects.toThrow(
      "bestaat-niet",
    );
    await expect(
      seed({ boards: [{ group: "mentaal-gezond", cards: [{ title: "Zonder schaal", description: "", status: "gekozen", buildingBlocks: ["wijkgericht-werken"] }] }], workplans: [] }),
    ).rejects.toThrow("Zonder schaal");
    const threeFocus = [1, 2, 3].map((n) => ({ title: `Focus ${n}`, description: "", status: "verkennen" as const, focus: true, buildingBlocks: ["wijkgericht-werken"] }));
    await expect(seed({ boards: [{ group: "mentaal-gezond", cards: threeFocus }], workplans: [] })).rejects.toThrow("3 focus cards");
    const foundation = (await database.db.selectFrom("foundation").where("slug", "=", "maatschappelijke-dialoog").select("id").executeTakeFirstOrThrow()).id;
    await database.db.deleteFrom("workplan_item").where("foundation_id", "=", foundation).execute();
    await expect(
      seed({
        boards: [],
        workplans: [{ foundation: "maatschappelijke-dialoog", items: [{ title: "Geen kwartaal", description: "", dueQuarter: "Q9 2025", status: "gepland", responsibleOrganisation: "" }] }],
      }),
    ).rejects.toThrow("Geen kwartaal");
    // Nothing of the refused data was written.
    expect(await database.db.selectFrom("solution_direction").where("working_group_id", "=", group).select("id").execute()).toEqual([]);
    expect(await database.db.selectFrom("workplan_item").where("foundation_id", "=", foundation).select("id").execute()).toEqual([]);
  });
});
