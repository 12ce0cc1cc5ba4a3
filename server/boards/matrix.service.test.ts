import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { NotFoundError, UnauthenticatedError } from "../../shared/errors";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { archiveCard, createCard, updateCard } from "./cards.service";
import { getMatrix, listFoundationOverview, listWorkingGroupOverview } from "./matrix.service";
import { createWorkplanItem } from "./workplan.service";

describe("the bouwstenen x fundamenten matrix and the region's overviews", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { group: string; blocks: Array<{ id: string; slug: string }>; foundations: Array<{ id: string; slug: string }> };

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    ids = {
      group: (await database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirstOrThrow()).id,
      blocks: await database.db.selectFrom("building_block").select(["id", "slug"]).orderBy("position").execute(),
      foundations: await database.db.selectFrom("foundation").select(["id", "slug"]).orderBy("position").execute(),
    };
  });
  afterAll(() => database.destroy());

  /** A card of gezond-ouder-worden that links these bouwstenen and fundamenten. */
  async function cardLinking(title: string, blockIds: string[], foundationIds: string[]) {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.group, title, buildingBlockIds: blockIds });
    return updateCard(lid, { cardId: card.id, edits: { foundationIds }, base: { foundationIds: [] } });
  }

  it("has the 8 bouwstenen as rows and the 6 fundamenten as columns", async () => {
    const matrix = await getMatrix(await as("meelezer@demo.nl"), {});
    expect(matrix.rows.map((r) => r.slug)).toEqual(ids.blocks.map((b) => b.slug));
    expect(matrix.columns.map((c) => c.slug)).toEqual(ids.foundations.map((f) => f.slug));
    expect(ids.blocks).toHaveLength(8);
    expect(ids.foundations).toHaveLength(6);
    for (const row of matrix.rows) expect(row.counts).toHaveLength(6);
    expect(matrix.selection).toBeNull();
  });

  it("counts a card that links bouwsteen X and fundament Y in exactly that cell", async () => {
    const reader = await as("meelezer@demo.nl");
    const before = await getMatrix(reader, {});
    const [x, y] = [ids.blocks[2]!, ids.foundations[4]!];
    const card = await cardLinking("Matrixkaart X-Y", [x.id], [y.id]);

    const after = await getMatrix(reader, {});
    after.rows.forEach((row, r) =>
      row.counts.forEach((count, c) => {
        const expected = before.rows[r]!.counts[c]! + (r === 2 && c === 4 ? 1 : 0);
        expect(count, `${row.slug} x ${after.columns[c]!.slug}`).toBe(expected);
      }),
    );

    const cell = await getMatrix(reader, { buildingBlock: x.slug, foundation: y.slug });
    expect(cell.chosen.buildingBlock?.slug).toBe(x.slug);
    expect(cell.chosen.foundation?.slug).toBe(y.slug);
    expect(cell.selection).toHaveLength(after.rows[2]!.counts[4]!);
    expect(cell.selection).toContainEqual({ id: card.id, title: "Matrixkaart X-Y", status: "verkennen", focus: false, groupSlug: "gezond-ouder-worden", groupName: "Gezond ouder worden" });
    // Empty strings (an empty filter form) mean "no choice".
    expect((await getMatrix(reader, { buildingBlock: "", foundation: "" })).selection).toBeNull();
  });

  it("counts a card with two bouwstenen and two fundamenten in four cells, and forgets it once archived", async () => {
    const reader = await as("coalitie@demo.nl");
    const before = await getMatrix(reader, {});
    const card = await cardLinking("Breed", [ids.blocks[0]!.id, ids.blocks[7]!.id], [ids.foundations[0]!.id, ids.foundations[5]!.id]);
    const after = await getMatrix(reader, {});
    let added = 0;
    after.rows.forEach((row, r) => row.counts.forEach((count, c) => (added += count - before.rows[r]!.counts[c]!)));
    expect(added).toBe(4);
    expect(after.rows[7]!.counts[5]).toBe(before.rows[7]!.counts[5]! + 1);
    // The whole row of bouwsteen 0: each card once, even when it links two fundamenten.
    const row = await getMatrix(reader, { buildingBlock: ids.blocks[0]!.slug });
    expect(row.selection!.filter((c) => c.id === card.id)).toHaveLength(1);

    await archiveCard(await as("lid@demo.nl"), { cardId: card.id });
    expect((await getMatrix(reader, {})).rows).toEqual(before.rows);
  });

  it("answers 404 for an unknown bouwsteen or fundament and refuses visitors", async () => {
    const reader = await as("meelezer@demo.nl");
    await expect(getMatrix(reader, { buildingBlock: "bestaat-niet", foundation: ids.foundations[0]!.slug })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMatrix(reader, { foundation: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMatrix(anonymous, {})).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lists the werkgroepen with leads, members, focus and cards per lane", async () => {
    const groups = await listWorkingGroupOverview(await as("meelezer@demo.nl"));
    expect(groups).toHaveLength(6);
    const own = groups.find((g) => g.slug === "gezond-ouder-worden")!;
    expect(own.leadNames).toEqual(["Bram Begeleider"]);
    expect(own.memberCount).toBe(3);
    expect(own.lanes.map((l) => l.status)).toEqual(["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd"]);
    expect(own.lanes.reduce((sum, lane) => sum + lane.cards, 0)).toBe(own.cardCount);
    expect(own.cardCount).toBeGreaterThanOrEqual(1);
    await expect(listWorkingGroupOverview(anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lists the fundamenten with kwartiermaker, team size and werkagenda items per lane", async () => {
    const before = await listFoundationOverview(await as("meelezer@demo.nl"));
    expect(before).toHaveLength(6);
    const arbeidsmarkt = ids.foundations.find((f) => f.slug === "arbeidsmarkt")!;
    await createWorkplanItem(await as("kwartiermaker@demo.nl"), { foundationId: arbeidsmarkt.id, title: "Banenmarkt zorg", dueQuarter: "Q2 2027" });
    const after = (await listFoundationOverview(await as("meelezer@demo.nl"))).find((f) => f.slug === "arbeidsmarkt")!;
    const previous = before.find((f) => f.slug === "arbeidsmarkt")!;
    expect(after.leadNames).toEqual(["Karim Kwartiermaker"]);
    expect(after.teamSize).toBe(3);
    expect(after.itemCount).toBe(previous.itemCount + 1);
    expect(after.lanes.find((l) => l.status === "gepland")!.items).toBe(previous.lanes.find((l) => l.status === "gepland")!.items + 1);
  });
});
