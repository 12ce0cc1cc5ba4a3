import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import type { DomainEvent } from "../events/event-bus";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import {
  addCardComment,
  archiveCard,
  createCard,
  getBoard,
  getCardHistory,
  listCardComments,
  listCardOptions,
  moveCard,
  restoreCard,
  updateCard,
} from "./cards.service";

describe("a werkgroep's board", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { ownGroup: string; otherGroup: string; blocks: string[]; catalogue: { id: string; name: string; buildingBlockId: string }; almere: string; subregion: string };

  const as = (email: string) => signInAs(anonymous, email);

  const readyForGekozen = () => ({
    scale: { kind: "regionaal" as const },
    startQuarter: "Q3 2024",
    endQuarter: "2025-Q2",
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const groups = await database.db.selectFrom("working_group").select(["id", "slug"]).execute();
    const blocks = await database.db.selectFrom("building_block").select("id").orderBy("position").execute();
    const catalogue = await database.db
      .selectFrom("catalogue_direction")
      .select(["id", "name", "building_block_id as buildingBlockId"])
      .orderBy("position")
      .executeTakeFirstOrThrow();
    ids = {
      ownGroup: groups.find((g) => g.slug === "gezond-ouder-worden")!.id,
      otherGroup: groups.find((g) => g.slug === "mentaal-gezond")!.id,
      blocks: blocks.map((b) => b.id),
      catalogue,
      almere: (await database.db.selectFrom("municipality").where("slug", "=", "almere").select("id").executeTakeFirstOrThrow()).id,
      subregion: (await database.db.selectFrom("subregion").select("id").executeTakeFirstOrThrow()).id,
    };
  });
  afterAll(() => database.destroy());

  it("adopts a card from the plan's catalogue, keeping its origin; two werkgroepen may adopt the same one", async () => {
    const lid = await as("lid@demo.nl");
    const mine = await createCard(lid, { groupId: ids.ownGroup, originId: ids.catalogue.id });
    expect(mine).toMatchObject({ title: ids.catalogue.name, originId: ids.catalogue.id, status: "verkennen", buildingBlockIds: [ids.catalogue.buildingBlockId] });
    const theirs = await createCard(await as("lid.wg2@demo.nl"), { groupId: ids.otherGroup, originId: ids.catalogue.id });
    expect(theirs.originId).toBe(ids.catalogue.id);
    expect(theirs.id).not.toBe(mine.id);
  });

  it("allows at most two focus cards per werkgroep, naming the two when refusing a third", async () => {
    const lid = await as("lid@demo.nl");
    // The demo board of this werkgroep starts with two focus cards: take their focus off first.
    for (const card of (await getBoard(lid, { slug: "gezond-ouder-worden" })).cards.filter((c) => c.focus)) {
      await updateCard(lid, { cardId: card.id, edits: { focus: false }, base: { focus: true } });
    }
    const cards = [];
    for (const title of ["Focus A", "Focus B", "Focus C"]) {
      cards.push(await createCard(lid, { groupId: ids.ownGroup, title, buildingBlockIds: [ids.blocks[0]!] }));
    }
    await updateCard(lid, { cardId: cards[0]!.id, edits: { focus: true }, base: { focus: false } });
    await updateCard(lid, { cardId: cards[1]!.id, edits: { focus: true }, base: { focus: false } });
    const refused = await updateCard(lid, { cardId: cards[2]!.id, edits: { focus: true }, base: { focus: false } }).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toContain("Focus A");
    expect((refused as Error).message).toContain("Focus B");
    expect((await getBoard(lid, { slug: "gezond-ouder-worden" })).focusCount).toBe(2);
    // Archiving a focus card frees a place.
    await archiveCard(lid, { cardId: cards[0]!.id });
    await updateCard(lid, { cardId: cards[2]!.id, edits: { focus: true }, base: { focus: false } });
    // Restored, the first comes back without focus, since two others have it now.
    const restored = await restoreCard(lid, { cardId: cards[0]!.id });
    expect(restored.focus).toBe(false);
    expect((await getBoard(lid, { slug: "gezond-ouder-worden" })).focusCount).toBe(2);
  });

  it("requires scale and quarters from Gekozen on, and checks their shape", async () => {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Wijkteams 2.0", buildingBlockIds: [ids.blocks[1]!] });
    await expect(moveCard(lid, { cardId: card.id, status: "gekozen", afterCardId: null })).rejects.toThrow(ValidationError);
    await expect(updateCard(lid, { cardId: card.id, edits: { startQuarter: "Q5 2024" }, base: { startQuarter: null } })).rejects.toThrow("Q2 2024");
    await expect(
      updateCard(lid, { cardId: card.id, edits: { scale: { kind: "lokaal", municipalityIds: [] } }, base: { scale: null } }),
    ).rejects.toThrow(ValidationError);
    const ready = await updateCard(lid, { cardId: card.id, edits: readyForGekozen(), base: { scale: null, startQuarter: null, endQuarter: null } });
    expect(ready.startQuarter).toBe("2024-Q3");
    const moved = await moveCard(lid, { cardId: card.id, status: "gekozen", afterCardId: null });
    expect(moved.status).toBe("gekozen");
    await expect(
      updateCard(lid, { cardId: card.id, edits: { endQuarter: "Q1 2024" }, base: { endQuarter: "2025-Q2" } }),
    ).rejects.toThrow(ValidationError);
    await expect(updateCard(lid, { cardId: card.id, edits: { scale: null }, base: { scale: { kind: "regionaal" } } })).rejects.toThrow(ValidationError);
  });

  it("merges edits to different fields and refuses a stale edit of the same field with both values", async () => {
    const lid = await as("lid@demo.nl");
    const lid2 = await as("lid2@demo.nl");
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Valpreventie", buildingBlockIds: [ids.blocks[3]!] });
    await updateCard(lid, { cardId: card.id, edits: { title: "Valpreventie thuis" }, base: { title: "Valpreventie" } });
    const merged = await updateCard(lid2, { cardId: card.id, edits: { description: "Samen met fysiotherapeuten" }, base: { description: "" } });
    expect(merged).toMatchObject({ title: "Valpreventie thuis", description: "Samen met fysiotherapeuten", version: card.version + 2 });
    const conflict = await updateCard(lid2, { cardId: card.id, edits: { title: "Valpreventie in de wijk" }, base: { title: "Valpreventie" } }).catch((e: Error) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).message).toContain("de titel");
    expect((conflict as ConflictError).details).toEqual([{ field: "title", theirs: "Valpreventie thuis", yours: "Valpreventie in de wijk" }]);
    // Choosing to keep one's own value is a new edit based on what the other wrote.
    const kept = await updateCard(lid2, { cardId: card.id, edits: { title: "Valpreventie in de wijk" }, base: { title: "Valpreventie thuis" } });
    expect(kept.title).toBe("Valpreventie in de wijk");
  });

  it("keeps a history of who changed which field from what to what", async () => {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Eerste titel", buildingBlockIds: [ids.blocks[0]!] });
    await updateCard(lid, { cardId: card.id, edits: { title: "Tweede titel" }, base: { title: "Eerste titel" } });
    await archiveCard(lid, { cardId: card.id });
    const history = await getCardHistory(await as("meelezer@demo.nl"), { cardId: card.id });
    expect(history.map((h) => h.action)).toEqual(["card.archived", "card.updated", "card.created"]);
    expect(history[1]).toMatchObject({ actorName: "Lotte Lid", data: { changes: [{ field: "title", from: "Eerste titel", to: "Tweede titel" }] } });
    const board = await getBoard(lid, { slug: "gezond-ouder-worden" });
    expect(board.cards.some((c) => c.id === card.id)).toBe(false);
    await expect(updateCard(lid, { cardId: card.id, edits: { title: "X" }, base: { title: "Tweede titel" } })).rejects.toThrow(NotFoundError);
  });

  it("places a moved card just below the chosen neighbour", async () => {
    const lid = await as("lid@demo.nl");
    const a = await createCard(lid, { groupId: ids.ownGroup, title: "Volgorde A", buildingBlockIds: [ids.blocks[0]!] });
    const b = await createCard(lid, { groupId: ids.ownGroup, title: "Volgorde B", buildingBlockIds: [ids.blocks[0]!] });
    const c = await createCard(lid, { groupId: ids.ownGroup, title: "Volgorde C", buildingBlockIds: [ids.blocks[0]!] });
    await moveCard(lid, { cardId: c.id, status: "verkennen", afterCardId: a.id });
    const lane = (await getBoard(lid, { slug: "gezond-ouder-worden" })).cards.filter((x) => x.status === "verkennen" && x.title.startsWith("Volgorde"));
    expect(lane.map((x) => x.title)).toEqual(["Volgorde A", "Volgorde C", "Volgorde B"]);
    await moveCard(lid, { cardId: b.id, status: "gepauzeerd", afterCardId: null });
    const paused = (await getBoard(lid, { slug: "gezond-ouder-worden" })).cards.find((x) => x.id === b.id);
    expect(paused?.status).toBe("gepauzeerd");
  });

  it("ends concurrent moves into one lane in one well-defined order", async () => {
    const lid = await as("lid@demo.nl");
    const lid2 = await as("lid2@demo.nl");
    const anchor = await createCard(lid, { groupId: ids.ownGroup, title: "Anker", buildingBlockIds: [ids.blocks[0]!] });
    const x = await createCard(lid, { groupId: ids.ownGroup, title: "Gelijktijdig X", buildingBlockIds: [ids.blocks[0]!] });
    const y = await createCard(lid, { groupId: ids.ownGroup, title: "Gelijktijdig Y", buildingBlockIds: [ids.blocks[0]!] });
    await Promise.all([
      moveCard(lid, { cardId: x.id, status: "verkennen", afterCardId: anchor.id }),
      moveCard(lid2, { cardId: y.id, status: "verkennen", afterCardId: anchor.id }),
    ]);
    const lane = (await getBoard(lid, { slug: "gezond-ouder-worden" })).cards.filter((c) => c.status === "verkennen");
    const ranks = lane.map((c) => c.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    const position = (id: string) => lane.findIndex((c) => c.id === id);
    expect(position(anchor.id)).toBeLessThan(position(x.id));
    expect(position(anchor.id)).toBeLessThan(position(y.id));
  });

  it("refuses links outside the region's plan and unknown ids", async () => {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Koppelingen", buildingBlockIds: [ids.blocks[0]!] });
    await expect(updateCard(lid, { cardId: card.id, edits: { foundationIds: [randomUUID()] }, base: { foundationIds: [] } })).rejects.toThrow(ValidationError);
    await expect(
      updateCard(lid, { cardId: card.id, edits: { scale: { kind: "lokaal", municipalityIds: [randomUUID()] } }, base: { scale: null } }),
    ).rejects.toThrow(ValidationError);
    const local = await updateCard(lid, { cardId: card.id, edits: { scale: { kind: "lokaal", municipalityIds: [ids.almere] } }, base: { scale: null } });
    expect(local.scale).toEqual({ kind: "lokaal", municipalityIds: [ids.almere] });
    await expect(createCard(lid, { groupId: ids.ownGroup, title: "x".repeat(161), buildingBlockIds: [ids.blocks[0]!] })).rejects.toThrow(ValidationError);
    await expect(createCard(lid, { groupId: ids.ownGroup, title: "Zonder bouwsteen", buildingBlockIds: [] })).rejects.toThrow(ValidationError);
    await expect(updateCard(lid, { cardId: randomUUID(), edits: { title: "x" }, base: { title: "y" } })).rejects.toThrow(NotFoundError);
  });

  it("links opgaven and voorlopers and names a responsible person of the region", async () => {
    const lid = await as("lid@demo.nl");
    const options = await listCardOptions(lid);
    expect(options.tasks.map((t) => t.name.slice(0, 2))).toEqual(["T1", "T2", "T3"]);
    expect(options.initiatives.length).toBeGreaterThan(30);
    const bram = options.people.find((p) => p.name === "Bram Begeleider")!;
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Met opgaven", buildingBlockIds: [ids.blocks[0]!] });
    const updated = await updateCard(lid, {
      cardId: card.id,
      edits: { taskIds: [options.tasks[0]!.id], initiativeIds: [options.initiatives[0]!.id], responsibleUserId: bram.id },
      base: { taskIds: [], initiativeIds: [], responsibleUserId: null },
    });
    expect(updated).toMatchObject({ taskIds: [options.tasks[0]!.id], initiativeIds: [options.initiatives[0]!.id], responsibleUserId: bram.id });
    await expect(
      updateCard(lid, { cardId: card.id, edits: { responsibleUserId: randomUUID() }, base: { responsibleUserId: bram.id } }),
    ).rejects.toThrow(ValidationError);
  });

  it("lets members edit only their own group's cards; everyone signed in reads and comments", async () => {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Alleen eigen groep", buildingBlockIds: [ids.blocks[0]!] });
    const other = await as("lid.wg2@demo.nl");
    await expect(updateCard(other, { cardId: card.id, edits: { title: "Overgenomen" }, base: { title: "Alleen eigen groep" } })).rejects.toThrow(ForbiddenError);
    await expect(createCard(other, { groupId: ids.ownGroup, title: "Binnendringer", buildingBlockIds: [ids.blocks[0]!] })).rejects.toThrow(ForbiddenError);
    await expect(createCard(await as("expert@demo.nl"), { groupId: ids.ownGroup, title: "Expert", buildingBlockIds: [ids.blocks[0]!] })).rejects.toThrow(ForbiddenError);
    await expect(getBoard(anonymous, { slug: "gezond-ouder-worden" })).rejects.toThrow(UnauthenticatedError);
    const reader = await as("meelezer@demo.nl");
    expect((await getBoard(reader, { slug: "gezond-ouder-worden" })).abilities["group.edit"]).toBe(false);
    await addCardComment(reader, { cardId: card.id, body: "Denk ook aan mantelzorgers." });
    expect((await listCardComments(lid, { cardId: card.id })).map((c) => c.authorName)).toEqual(["Mila Meelezer"]);
    await expect(addCardComment(anonymous, { cardId: card.id, body: "anoniem" })).rejects.toThrow(UnauthenticatedError);
  });

  it("announces each change to the board's topic after it is saved", async () => {
    const lid = await as("lid@demo.nl");
    const seen: DomainEvent[] = [];
    const stop = lid.events.subscribe(`board:${ids.ownGroup}`, (event) => seen.push(event));
    const card = await createCard(lid, { groupId: ids.ownGroup, title: "Live", buildingBlockIds: [ids.blocks[0]!] });
    await moveCard(lid, { cardId: card.id, status: "gepauzeerd", afterCardId: null });
    await expect.poll(() => seen.map((e) => e.type)).toEqual(["card.created", "card.moved"]);
    expect(seen[1]).toMatchObject({ id: card.id, version: card.version + 1, actorId: lid.actor!.userId });
    stop();
  });
});
