import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { createSession, validateSessionToken } from "../auth/session.service";
import { archiveWorkplanItem, createWorkplanItem, moveWorkplanItem, restoreWorkplanItem, updateWorkplanItem } from "../boards/workplan.service";
import { createCard, moveCard } from "../boards/cards.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { computeRisks } from "../../shared/domain/dependency-graph";
import { seededRandom } from "../../shared/seeded-random";
import { loadRiskGraph } from "./graph.repository";
import { getItemBadges } from "./views.service";
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
        "Loopt risico: Opleiding zorgtechnologie (fundament Toekomstbestendige arbeidsmarkt Zorg & Welzijn) is pas klaar in Q1 2026, dit start in Q3 2025.",
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

  it("takes remembered causes in another order for the same causes", async () => {
    const card = await cardOf(ids.group, "Valpreventie aan huis", "2026-Q1", "2026-Q4");
    const first = await createWorkplanItem(await kwartiermaker(), { foundationId: ids.foundation, title: "Opleiding valcoaches", dueQuarter: "2027-Q2", responsibleOrganisation: "ROC Flevoland" });
    const second = await createWorkplanItem(await kwartiermaker(), { foundationId: ids.foundation, title: "Wervingscampagne", dueQuarter: "2027-Q3", responsibleOrganisation: "GGD Flevoland" });
    await requires(card.id, { itemId: first.id });
    await requires(card.id, { itemId: second.id });
    const remembered = (await storedRisk(card.id))!;
    expect(remembered.reasons).toHaveLength(2);
    const reversed = [...(remembered.reasons as unknown[])].reverse();
    // Sent as text and cast, as the repository does: the two drivers serialise a JS array differently.
    await database.db
      .updateTable("item_risk")
      .set({ reasons: sql<unknown>`${JSON.stringify(reversed)}::text::jsonb` })
      .where("item_id", "=", card.id)
      .execute();

    const result = await database.db.transaction().execute((trx) => refreshRisks(trx, anonymous.regionId));
    expect(result.topics).toEqual([]);
    expect((await storedRisk(card.id))!.reasons).toEqual(reversed);
  });
});

describe("refreshing only the part a change can move", () => {
  // Random changes (quarters, statuses, links made, declined, ended, items archived and
  // restored) written straight to the database; after each, refreshRisks with only the item it
  // touched must leave item_risk exactly as computing the whole region from scratch would, and
  // each werkgroep's board badges (which read only what its cards' risk depends on) must agree.
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

  it(`keeps item_risk equal to the whole region's risks (seed ${seed})`, async () => {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const quarter = () => `${2025 + Math.floor(random() * 3)}-Q${1 + Math.floor(random() * 4)}`;
    const cards: string[] = [];
    const groupOf = new Map<string, string>();
    for (let i = 0; i < 10; i++) {
      const card = await cardOf(i % 2 ? ids.group : ids.otherGroup, `Fuzz-kaart ${i}`, "2026-Q1", "2026-Q4");
      cards.push(card.id);
      groupOf.set(card.id, i % 2 ? "gezond-ouder-worden" : "mentaal-gezond");
    }
    const items: string[] = [];
    for (let i = 0; i < 5; i++) {
      items.push((await createWorkplanItem(await kwartiermaker(), { foundationId: ids.foundation, title: `Fuzz-item ${i}`, dueQuarter: "2026-Q1" })).id);
    }
    const region = anonymous.regionId;
    const db = database.db;
    const anonymousReader = await office();
    const addLink = async () => {
      const from = pick(cards);
      const to = pick([...cards, ...items].filter((id) => id !== from));
      const live = await db.selectFrom("dependency").where("state", "in", ["voorgesteld", "bevestigd"]).where((eb) => eb.or([eb.and([eb("from_key", "=", from), eb("to_key", "=", to)]), eb.and([eb("from_key", "=", to), eb("to_key", "=", from)])])).select("id").executeTakeFirst();
      if (live) return [];
      const toIsCard = cards.includes(to);
      await db
        .insertInto("dependency")
        .values({ region_id: region, from_card_id: from, to_card_id: toIsCard ? to : null, to_item_id: toIsCard ? null : to, kind: random() < 0.85 ? "vereist" : "versterkt", state: pick(["voorgesteld", "bevestigd", "bevestigd", "afgewezen"] as const), agreed_date: random() < 0.3 ? `${2025 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-15` : null, proposed_by: null, answered_by: null, answered_at: null, lapsed_at: null })
        .execute();
      return [from];
    };
    const changes: Array<() => Promise<string[]>> = [
      addLink,
      addLink,
      async () => {
        const card = pick(cards);
        const start = quarter();
        const end = [start, quarter()].sort()[1]!;
        await db.updateTable("solution_direction").set({ start_quarter: random() < 0.8 ? start : null, end_quarter: end }).where("id", "=", card).execute();
        return [card];
      },
      async () => {
        const item = pick(items);
        await db.updateTable("workplan_item").set({ due_quarter: quarter(), status: pick(["gepland", "bezig", "vertraagd"]) }).where("id", "=", item).execute();
        return [item];
      },
      async () => {
        const card = pick(cards);
        await db.updateTable("solution_direction").set({ status: pick(["gekozen", "uitwerken", "gepauzeerd"]) }).where("id", "=", card).execute();
        return [card];
      },
      async () => {
        const link = await db.selectFrom("dependency").where("region_id", "=", region).where("from_card_id", "in", cards).where("state", "<>", "vervallen").select(["id", "from_key", "state"]).orderBy("id").execute();
        if (link.length === 0) return [];
        const chosen = pick(link);
        // Confirming keeps a proposal live; an ended or declined link is never revived (as in the app).
        const state = chosen.state === "voorgesteld" ? pick(["vervallen", "afgewezen", "bevestigd"] as const) : pick(["vervallen", "afgewezen"] as const);
        await db.updateTable("dependency").set({ state }).where("id", "=", chosen.id).execute();
        return [chosen.from_key];
      },
      async () => {
        // Archiving takes the item off its board and ends its live links (as the services do).
        const item = pick([...cards, ...items]);
        const table = cards.includes(item) ? "solution_direction" : "workplan_item";
        const row = await db.selectFrom(table).where("id", "=", item).select("archived_at").executeTakeFirstOrThrow();
        await db.updateTable(table).set({ archived_at: row.archived_at ? null : new Date() }).where("id", "=", item).execute();
        if (!row.archived_at) {
          await db.updateTable("dependency").set({ state: "vervallen" }).where((eb) => eb.or([eb("from_key", "=", item), eb("to_key", "=", item)])).where("state", "in", ["voorgesteld", "bevestigd"]).execute();
        }
        return [item];
      },
    ];

    const storedRisks = async () => {
      const rows = await db.selectFrom("item_risk").where("region_id", "=", region).select(["item_id", "reasons"]).execute();
      return Object.fromEntries(rows.map((row) => [row.item_id, sortedCauses(row.reasons)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    };
    const wholeRegion = async () => {
      const graph = await loadRiskGraph(db, region);
      const risks = [...computeRisks(graph.items, graph.links).values()];
      return Object.fromEntries(risks.map((risk) => [risk.itemId, sortedCauses(risk.causes)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    };

    let everAtRisk = 0;
    for (let step = 0; step < 150; step++) {
      const touched = await pick(changes)();
      if (touched.length === 0) continue;
      await db.transaction().execute((trx) => refreshRisks(trx, region, { changed: touched }));
      const expected = await wholeRegion();
      expect(await storedRisks(), `after step ${step}`).toEqual(expected);
      // A board's badges read only what its own items' risk depends on: the same verdict.
      for (const slug of ["gezond-ouder-worden", "mentaal-gezond"]) {
        const { badges } = await getItemBadges(anonymousReader, { ownerKind: "werkgroep", slug });
        const shown = Object.entries(badges).filter(([id, badge]) => badge.atRisk && cards.includes(id)).map(([id]) => id).sort();
        expect(shown, `${slug} after step ${step}`).toEqual(cards.filter((id) => id in expected && groupOf.get(id) === slug).sort());
      }
      everAtRisk = Math.max(everAtRisk, Object.keys(expected).length);
    }
    // The walk must have produced risks to compare, or it proved nothing.
    expect(everAtRisk).toBeGreaterThan(2);
  });
});

function sortedCauses(causes: unknown): string[] {
  return (causes as unknown[]).map((cause) => JSON.stringify(Object.fromEntries(Object.entries(cause as object).sort(([a], [b]) => a.localeCompare(b))))).sort();
}
