import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createSession, validateSessionToken } from "../auth/session.service";
import { archiveWorkplanItem, createWorkplanItem, moveWorkplanItem, restoreWorkplanItem, updateWorkplanItem } from "../boards/workplan.service";
import { createCard, moveCard } from "../boards/cards.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { refreshRisks } from "./risk.service";

// The remembered risk (item_risk) on a real database: a card of "gezond-ouder-worden" requires
// a fresh werkagenda item of "arbeidsmarkt"; the kwartiermaker moves, delays and archives it.

let database: TestDatabase;
let anonymous: ServiceContext;
const contexts = new Map<string, ServiceContext>();
let ids: {
  group: string;
  otherGroup: string;
  foundation: string;
  buildingBlock: string;
};

async function as(email: string): Promise<ServiceContext> {
  const cached = contexts.get(email);
  if (cached) return cached;
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const ctx = {
    ...anonymous,
    actor: (await validateSessionToken(database.db, token, new Date()))!.actor,
  };
  contexts.set(email, ctx);
  return ctx;
}

const kwartiermaker = () => as("kwartiermaker@demo.nl");
const office = () => as("projectbureau@demo.nl");

/** A card in Gekozen with the given quarters (written directly: the board's own rules are tested elsewhere). */
async function cardOf(groupId: string, title: string, startQuarter: string, endQuarter: string) {
  const card = await createCard(await office(), {
    groupId,
    title,
    buildingBlockIds: [ids.buildingBlock],
  });
  await database.db
    .updateTable("solution_direction")
    .set({
      status: "gekozen",
      scale_kind: "regionaal",
      start_quarter: startQuarter,
      end_quarter: endQuarter,
    })
    .where("id", "=", card.id)
    .execute();
  return card;
}

async function requires(fromCardId: string, to: { cardId?: string; itemId?: string }, state: "voorgesteld" | "bevestigd" = "bevestigd") {
  const region = anonymous.regionId;
  await database.db
    .insertInto("dependency")
    .values({
      region_id: region,
      from_card_id: fromCardId,
      to_card_id: to.cardId ?? null,
      to_item_id: to.itemId ?? null,
      kind: "vereist",
      state,
      agreed_date: null,
      proposed_by: null,
      answered_by: null,
      answered_at: null,
      lapsed_at: null,
    })
    .execute();
  await database.db.transaction().execute((trx) => refreshRisks(trx, region));
}

const storedRisk = async (itemId: string) => database.db.selectFrom("item_risk").where("item_id", "=", itemId).select(["reasons", "since"]).executeTakeFirst();
const notificationsAbout = async (itemId: string) =>
  database.db
    .selectFrom("notification as n")
    .innerJoin("app_user as u", "u.id", "n.user_id")
    .where("n.subject_id", "=", itemId)
    .where("n.kind", "=", "dependency.at_risk")
    .select(["u.email", "n.data", "n.link"])
    .orderBy("u.email")
    .execute();

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
  const group = (slug: string) => database.db.selectFrom("working_group").where("slug", "=", slug).select("id").executeTakeFirstOrThrow();
  ids = {
    group: (await group("gezond-ouder-worden")).id,
    otherGroup: (await group("mentaal-gezond")).id,
    foundation: (await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select("id").executeTakeFirstOrThrow()).id,
    buildingBlock: (await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow()).id,
  };
});
afterAll(() => database.destroy());

describe("refreshRisks", () => {
  it("marks a card at risk once its werkagenda item moves later, tells the werkgroep once, and forgets it when solved", async () => {
    const card = await cardOf(ids.group, "Thuiszorg-technologie in Almere", "2025-Q3", "2026-Q4");
    const item = await createWorkplanItem(await kwartiermaker(), {
      foundationId: ids.foundation,
      title: "Opleiding zorgtechnologie",
      dueQuarter: "2025-Q2",
      responsibleOrganisation: "ROC Flevoland",
    });
    await requires(card.id, { itemId: item.id });
    expect(await storedRisk(card.id)).toBeUndefined();
    // The werkgroep's open board hears of every change of its risks, though the change was made on a werkagenda.
    const heard: string[] = [];
    const unsubscribe = anonymous.events.subscribe(`board:${ids.group}`, (event) => void heard.push(event.type));

    // The kwartiermaker moves the item a year later: now it is ready after the card starts.
    await updateWorkplanItem(await kwartiermaker(), {
      itemId: item.id,
      edits: { dueQuarter: "2026-Q1" },
      base: { dueQuarter: "2025-Q2" },
    });
    const risk = await storedRisk(card.id);
    await expect.poll(() => heard).toEqual(["risk.changed"]);
    expect(risk?.reasons).toEqual([
      {
        type: "late",
        linkId: expect.any(String),
        prerequisite: item.id,
        readyQuarter: "2026-Q1",
        neededQuarter: "2025-Q3",
        basis: "start",
      },
    ]);
    const told = await notificationsAbout(card.id);
    expect(told.map((n) => n.email)).toEqual(["begeleider@demo.nl", "lid2@demo.nl", "lid@demo.nl"]);
    expect(told[0]!.link).toBe("/werkgroepen/gezond-ouder-worden/bord");
    expect(told[0]!.data).toEqual({
      itemTitle: "Thuiszorg-technologie in Almere",
      riskText:
        "Loopt risico: Opleiding zorgtechnologie (fundament Toekomstbestendige arbeidsmarkt Zorg & Welzijn) is pas klaar in Q1 2026, jouw start is Q3 2025.",
    });

    // Later still: the reason changes, the risk stays, nobody is told twice.
    await updateWorkplanItem(await kwartiermaker(), {
      itemId: item.id,
      edits: { dueQuarter: "2026-Q2" },
      base: { dueQuarter: "2026-Q1" },
    });
    expect(((await storedRisk(card.id))!.reasons as Array<{ readyQuarter: string }>)[0]!.readyQuarter).toBe("2026-Q2");
    expect((await storedRisk(card.id))!.since).toEqual(risk!.since);
    expect(await notificationsAbout(card.id)).toHaveLength(3);
    await expect.poll(() => heard).toHaveLength(2);

    // Back in time: no longer at risk, the row goes.
    await updateWorkplanItem(await kwartiermaker(), {
      itemId: item.id,
      edits: { dueQuarter: "2025-Q2" },
      base: { dueQuarter: "2026-Q2" },
    });
    expect(await storedRisk(card.id)).toBeUndefined();
    expect(await notificationsAbout(card.id)).toHaveLength(3);
    await expect.poll(() => heard).toHaveLength(3);
    unsubscribe();
  });

  it("spreads risk along vereist links, follows a Vertraagd status, and drops it when the item is archived", async () => {
    const card = await cardOf(ids.group, "Mantelzorg-app", "2026-Q1", "2026-Q4");
    const dependent = await cardOf(ids.otherGroup, "Mantelzorgers met psychische klachten", "2027-Q1", "2027-Q4");
    const item = await createWorkplanItem(await kwartiermaker(), {
      foundationId: ids.foundation,
      title: "Digitale vaardigheden van wijkteams",
      dueQuarter: "2025-Q4",
      responsibleOrganisation: "ROC Flevoland",
    });
    await requires(card.id, { itemId: item.id });
    await requires(dependent.id, { cardId: card.id }, "voorgesteld");
    expect(await storedRisk(card.id)).toBeUndefined();

    await moveWorkplanItem(await kwartiermaker(), {
      itemId: item.id,
      status: "vertraagd",
      afterItemId: null,
    });
    expect((await storedRisk(card.id))!.reasons).toEqual([
      {
        type: "stalled",
        linkId: expect.any(String),
        prerequisite: item.id,
        status: "vertraagd",
      },
    ]);
    expect((await storedRisk(dependent.id))!.reasons).toEqual([{ type: "via", linkId: expect.any(String), prerequisite: card.id }]);
    const told = await notificationsAbout(dependent.id);
    expect(told.map((n) => n.email)).toEqual(["begeleider.mentaal-gezond@demo.nl", "lid.wg2@demo.nl"]);
    expect(told[0]!.data).toMatchObject({
      riskText:
        "Loopt risico via Mantelzorg-app (werkgroep Gezond ouder worden): Digitale vaardigheden van wijkteams (fundament Toekomstbestendige arbeidsmarkt Zorg & Welzijn) is vertraagd.",
    });

    await archiveWorkplanItem(await kwartiermaker(), { itemId: item.id });
    expect(await storedRisk(card.id)).toBeUndefined();
    expect(await storedRisk(dependent.id)).toBeUndefined();
    // Archiving lapsed the card's link to the item (DOMAIN.md): restoring the item does not
    // bring the link back, so the risk stays gone.
    await restoreWorkplanItem(await kwartiermaker(), { itemId: item.id });
    expect(await storedRisk(card.id)).toBeUndefined();

    // A paused card that others require is a cause of its own for them.
    await moveCard(await office(), { cardId: card.id, status: "gepauzeerd", afterCardId: null });
    expect((await storedRisk(dependent.id))!.reasons).toEqual([
      { type: "stalled", linkId: expect.any(String), prerequisite: card.id, status: "gepauzeerd" },
    ]);
  });

  it("writes nothing and tells nobody when nothing changed", async () => {
    const before = await database.db
      .selectFrom("notification")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    const result = await database.db.transaction().execute((trx) => refreshRisks(trx, anonymous.regionId));
    expect(result).toEqual({ added: [], removed: [], topics: [] });
    const after = await database.db
      .selectFrom("notification")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
