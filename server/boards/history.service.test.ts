import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { NotFoundError, UnauthenticatedError } from "../../shared/errors";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { archiveCard, createCard, moveCard, updateCard } from "./cards.service";
import { listArchivedWorkplanItems, listGroupHistory } from "./history.service";
import { archiveWorkplanItem, createWorkplanItem } from "./workplan.service";

describe("what happened on a werkgroep's board and a fundament's werkagenda", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { group: string; otherGroup: string; block: string; foundation: { id: string; name: string } };

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const groups = await database.db.selectFrom("working_group").select(["id", "slug"]).execute();
    ids = {
      group: groups.find((g) => g.slug === "gezond-ouder-worden")!.id,
      otherGroup: groups.find((g) => g.slug === "mentaal-gezond")!.id,
      block: (await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow()).id,
      foundation: await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select(["id", "name"]).executeTakeFirstOrThrow(),
    };
  });
  afterAll(() => database.destroy());

  it("lists the werkgroep's card changes newest first: who, which card, from -> to, with names for linked ids", async () => {
    const lid = await as("lid@demo.nl");
    const card = await createCard(lid, { groupId: ids.group, title: "Valpreventie", buildingBlockIds: [ids.block] });
    await updateCard(lid, { cardId: card.id, edits: { title: "Valpreventie thuis", foundationIds: [ids.foundation.id] }, base: { title: "Valpreventie", foundationIds: [] } });
    await moveCard(await as("begeleider@demo.nl"), { cardId: card.id, status: "gepauzeerd", afterCardId: null });
    await createCard(await as("lid.wg2@demo.nl"), { groupId: ids.otherGroup, title: "Niet van deze werkgroep", buildingBlockIds: [ids.block] });

    const history = await listGroupHistory(await as("meelezer@demo.nl"), { slug: "gezond-ouder-worden" });
    expect(history.group.slug).toBe("gezond-ouder-worden");
    const mine = history.events.filter((e) => e.card.id === card.id);
    expect(mine.map((e) => e.action)).toEqual(["card.updated", "card.updated", "card.created"]);
    expect(mine[0]).toMatchObject({ actorName: "Bram Begeleider", card: { title: "Valpreventie thuis", archived: false }, changes: [{ field: "status", from: "verkennen", to: "gepauzeerd" }] });
    expect(mine[1]!.actorName).toBe("Lotte Lid");
    expect(mine[1]!.changes).toEqual([
      { field: "title", from: "Valpreventie", to: "Valpreventie thuis" },
      { field: "foundationIds", from: [], to: [ids.foundation.id] },
    ]);
    expect(history.names[ids.foundation.id]).toBe(ids.foundation.name);
    expect(history.events.some((e) => e.card.title === "Niet van deze werkgroep")).toBe(false);
    const times = history.events.map((e) => new Date(e.createdAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    await archiveCard(lid, { cardId: card.id });
    const archived = await listGroupHistory(lid, { slug: "gezond-ouder-worden" });
    expect(archived.events[0]).toMatchObject({ action: "card.archived", card: { id: card.id, archived: true } });
  });

  it("answers 404 for an unknown werkgroep and refuses visitors", async () => {
    await expect(listGroupHistory(await as("lid@demo.nl"), { slug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listGroupHistory(anonymous, { slug: "gezond-ouder-worden" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("lists a fundament's archived werkagenda items", async () => {
    const kwartiermaker = await as("kwartiermaker@demo.nl");
    const item = await createWorkplanItem(kwartiermaker, { foundationId: ids.foundation.id, title: "Oud punt", dueQuarter: "Q1 2026" });
    expect(await listArchivedWorkplanItems(kwartiermaker, { slug: "arbeidsmarkt" })).not.toContainEqual(expect.objectContaining({ id: item.id }));
    await archiveWorkplanItem(kwartiermaker, { itemId: item.id });
    const archived = await listArchivedWorkplanItems(await as("meelezer@demo.nl"), { slug: "arbeidsmarkt" });
    expect(archived[0]).toMatchObject({ id: item.id, title: "Oud punt", status: "gepland", dueQuarter: "2026-Q1" });
    await expect(listArchivedWorkplanItems(kwartiermaker, { slug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
