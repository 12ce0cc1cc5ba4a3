import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { createSession, validateSessionToken } from "../auth/session.service";
import { archiveCard, createCard } from "../boards/cards.service";
import { archiveWorkplanItem, createWorkplanItem } from "../boards/workplan.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import {
  confirmDependency,
  declineDependency,
  listInbox,
  listItemDependencies,
  listLinkTargets,
  listMyInbox,
  proposeDependency,
  withdrawDependency,
} from "./dependencies.service";

// Proposing and answering dependencies on a real database (the demo region). Every test makes
// its own cards and werkagenda items, so the demo dependencies stay as they are.

let database: TestDatabase;
let anonymous: ServiceContext;
const contexts = new Map<string, ServiceContext>();
let ids: { ownGroup: string; otherGroup: string; foundation: string; otherFoundation: string; buildingBlock: string };

async function as(email: string): Promise<ServiceContext> {
  const cached = contexts.get(email);
  if (cached) return cached;
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const ctx = { ...anonymous, actor: (await validateSessionToken(database.db, token, new Date()))!.actor };
  contexts.set(email, ctx);
  return ctx;
}

const office = () => as("projectbureau@demo.nl");
const groupLead = () => as("begeleider@demo.nl"); // gezond-ouder-worden
const groupMember = () => as("lid@demo.nl"); // gezond-ouder-worden
const otherGroupMember = () => as("lid.wg2@demo.nl"); // mentaal-gezond
const foundationLead = () => as("kwartiermaker@demo.nl"); // arbeidsmarkt
const foundationMember = () => as("team1.arbeidsmarkt@demo.nl"); // arbeidsmarkt

async function userId(email: string) {
  return (await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow()).id;
}

/** A fresh card on a werkgroep's board, made by the programme office. */
async function card(groupId: string, title = `Kaart ${randomUUID().slice(0, 6)}`) {
  return createCard(await office(), { groupId, title, buildingBlockIds: [ids.buildingBlock] });
}

/** A fresh item on a fundament's werkagenda, made by the programme office. */
async function item(foundationId: string, title = `Actie ${randomUUID().slice(0, 6)}`) {
  return createWorkplanItem(await office(), { foundationId, title, dueQuarter: "2026-Q2" });
}

async function notificationsOf(subjectId: string) {
  const rows = await database.db
    .selectFrom("notification as n")
    .innerJoin("app_user as u", "u.id", "n.user_id")
    .where("n.subject_id", "=", subjectId)
    .select(["u.email", "n.kind", "n.data"])
    .execute();
  return rows;
}

async function liveRows(a: string, b: string) {
  return database.db
    .selectFrom("dependency")
    .where("state", "in", ["voorgesteld", "bevestigd"])
    .where((eb) => eb.or([eb.and([eb("from_key", "=", a), eb("to_key", "=", b)]), eb.and([eb("from_key", "=", b), eb("to_key", "=", a)])]))
    .select(["id", "state"])
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
  const group = async (slug: string) => (await database.db.selectFrom("working_group").where("slug", "=", slug).select("id").executeTakeFirstOrThrow()).id;
  const foundation = async (slug: string) => (await database.db.selectFrom("foundation").where("slug", "=", slug).select("id").executeTakeFirstOrThrow()).id;
  ids = {
    ownGroup: await group("gezond-ouder-worden"),
    otherGroup: await group("mentaal-gezond"),
    foundation: await foundation("arbeidsmarkt"),
    otherFoundation: await foundation("gezonde-leefomgeving"),
    buildingBlock: (await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow()).id,
  };
});
afterAll(() => database.destroy());

describe("proposing a dependency", () => {
  it("is for the owner side of the depending item and the programme office; expert, coalition and reader may not", async () => {
    const from = await card(ids.ownGroup);
    const to = await item(ids.foundation);
    for (const email of ["expert@demo.nl", "coalitie@demo.nl", "meelezer@demo.nl", "kwartiermaker@demo.nl", "lid.wg2@demo.nl"]) {
      await expect(proposeDependency(await as(email), { fromId: from.id, toId: to.id, kind: "vereist", note: "" }), email).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(proposeDependency(anonymous, { fromId: from.id, toId: to.id, kind: "vereist" })).rejects.toBeInstanceOf(UnauthenticatedError);

    const made = await proposeDependency(await groupMember(), { fromId: from.id, toId: to.id, kind: "vereist", agreedDate: "2026-03-31", note: "Eerst de flexpool." });
    expect(made.state).toBe("voorgesteld");
    const row = await database.db
      .selectFrom("dependency")
      .where("id", "=", made.id)
      .select(["from_card_id", "to_item_id", "kind", "state", "note", "proposed_by"])
      .select((eb) => eb.cast<string>("agreed_date", "text").as("agreed"))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      from_card_id: from.id,
      to_item_id: to.id,
      kind: "vereist",
      state: "voorgesteld",
      note: "Eerst de flexpool.",
      proposed_by: await userId("lid@demo.nl"),
      agreed: "2026-03-31",
    });
    const audit = await database.db.selectFrom("audit_event").where("action", "=", "dependency.proposed").where("subject_id", "=", made.id).select("data").executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ fromId: from.id, toId: to.id, kind: "vereist" });

    // A werkagenda item's own team proposes from it; the programme office from anything.
    const lead = await proposeDependency(await groupLead(), { fromId: from.id, toId: (await card(ids.otherGroup)).id, kind: "overlapt" });
    const team = await proposeDependency(await foundationMember(), { fromId: to.id, toId: (await card(ids.otherGroup)).id, kind: "versterkt" });
    const po = await proposeDependency(await office(), { fromId: (await card(ids.otherGroup)).id, toId: (await item(ids.otherFoundation)).id, kind: "vereist" });
    for (const d of [lead, team, po]) expect(d.state).toBe("voorgesteld");
  });

  it("notifies the other side's leads and members, not the actor nor the proposing side", async () => {
    const from = await card(ids.ownGroup, "Valpreventie thuis");
    const to = await item(ids.foundation, "Flexpool zorg");
    const made = await proposeDependency(await groupLead(), { fromId: from.id, toId: to.id, kind: "vereist" });
    const sent = await notificationsOf(made.id);
    const emails = sent.map((n) => n.email).sort();
    expect(emails).toContain("kwartiermaker@demo.nl");
    expect(emails).toContain("team1.arbeidsmarkt@demo.nl");
    expect(emails).not.toContain("begeleider@demo.nl");
    expect(emails).not.toContain("lid@demo.nl");
    expect(emails).not.toContain("projectbureau@demo.nl");
    expect(sent[0]).toMatchObject({
      kind: "dependency.proposed",
      data: { fromTitle: "Valpreventie thuis", toTitle: "Flexpool zorg", byName: "Bram Begeleider", fromOwner: expect.stringContaining("werkgroep") },
    });
    const link = await database.db.selectFrom("notification").where("subject_id", "=", made.id).select("link").executeTakeFirstOrThrow();
    expect(link.link).toBe("/fundamenten/arbeidsmarkt/afhankelijkheden");
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", made.id).select(["actor_id", "data"]).executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(await userId("begeleider@demo.nl"));
    expect(audit.data).toMatchObject({ fromTitle: "Valpreventie thuis", toTitle: "Flexpool zorg" });
  });

  it("refuses a self-link, unknown items, another region's items (404) and archived items, in Dutch", async () => {
    const from = await card(ids.ownGroup);
    const self = await proposeDependency(await groupLead(), { fromId: from.id, toId: from.id, kind: "overlapt" }).catch((e: unknown) => e);
    expect(self).toBeInstanceOf(ValidationError);
    expect((self as Error).message).toBe(nl.dependencies.selfLink);

    await expect(proposeDependency(await groupLead(), { fromId: from.id, toId: randomUUID(), kind: "vereist" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeDependency(await office(), { fromId: randomUUID(), toId: from.id, kind: "vereist" })).rejects.toBeInstanceOf(NotFoundError);
    const bad = await proposeDependency(await groupLead(), { fromId: from.id, toId: "geen-id", kind: "vereist" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    await expect(proposeDependency(await groupLead(), { fromId: from.id, toId: (await item(ids.foundation)).id, kind: "soms" })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      proposeDependency(await groupLead(), { fromId: from.id, toId: (await item(ids.foundation)).id, kind: "vereist", agreedDate: "2026-02-30" })
    ).rejects.toBeInstanceOf(ValidationError);

    const region = await database.db.insertInto("region").values({ slug: `elders-${randomUUID().slice(0, 6)}`, name: "Elders" }).returning("id").executeTakeFirstOrThrow();
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
    await expect(proposeDependency(await office(), { fromId: from.id, toId: foreignItem.id, kind: "vereist" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeDependency(await office(), { fromId: foreignItem.id, toId: from.id, kind: "vereist" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listItemDependencies(await office(), { itemId: foreignItem.id })).rejects.toBeInstanceOf(NotFoundError);

    const archived = await item(ids.foundation, "Oude actie");
    await archiveWorkplanItem(await office(), { itemId: archived.id });
    const refused = await proposeDependency(await groupLead(), { fromId: from.id, toId: archived.id, kind: "vereist" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toBe(nl.dependencies.archived("Oude actie"));
    expect(await database.db.selectFrom("dependency").where("from_key", "=", from.id).select("id").execute()).toEqual([]);
  });

  it("refuses a second live link between the same two items either way, saying its state", async () => {
    const a = await card(ids.ownGroup);
    const b = await card(ids.otherGroup);
    await proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "overlapt" });
    const again = await proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "vereist" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect((again as Error).message).toBe(nl.dependencies.duplicate("voorgesteld"));
    const reverse = await proposeDependency(await otherGroupMember(), { fromId: b.id, toId: a.id, kind: "versterkt" }).catch((e: unknown) => e);
    expect(reverse).toBeInstanceOf(ConflictError);

    const [link] = await liveRows(a.id, b.id);
    await confirmDependency(await otherGroupMember(), { id: link!.id });
    const confirmed = await proposeDependency(await otherGroupMember(), { fromId: b.id, toId: a.id, kind: "versterkt" }).catch((e: unknown) => e);
    expect((confirmed as Error).message).toBe(nl.dependencies.duplicate("bevestigd"));

    // After a withdrawal the pair is free again.
    await withdrawDependency(await groupLead(), { id: link!.id });
    await proposeDependency(await otherGroupMember(), { fromId: b.id, toId: a.id, kind: "versterkt" });
    expect(await liveRows(a.id, b.id)).toHaveLength(1);
  });

  it("ends two concurrent proposals of the same link as one live row", async () => {
    const a = await card(ids.ownGroup);
    const b = await item(ids.foundation);
    const results = await Promise.allSettled([
      proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "vereist" }),
      proposeDependency(await groupMember(), { fromId: a.id, toId: b.id, kind: "vereist" }),
      proposeDependency(await foundationLead(), { fromId: b.id, toId: a.id, kind: "overlapt" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    expect(await liveRows(a.id, b.id)).toHaveLength(1);
  });

  it("refuses a vereist link that would close a cycle, naming the items; also when two proposals race", async () => {
    const a = await card(ids.ownGroup, "Kaart A");
    const b = await item(ids.foundation, "Actie B");
    const c = await card(ids.otherGroup, "Kaart C");
    await proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "vereist" });
    await proposeDependency(await foundationLead(), { fromId: b.id, toId: c.id, kind: "vereist" });
    const cycle = await proposeDependency(await otherGroupMember(), { fromId: c.id, toId: a.id, kind: "vereist" }).catch((e: unknown) => e);
    expect(cycle).toBeInstanceOf(ValidationError);
    const message = (cycle as Error).message;
    expect(message).toContain("Dit kan niet: dan wachten ze op elkaar.");
    expect(message).toContain("Kaart C (werkgroep");
    expect(message).toMatch(/Kaart C .* vereist Kaart A .*Kaart A .* vereist Actie B .*Actie B .* vereist Kaart C/);
    // Other kinds may close a loop: they do not order the work.
    await proposeDependency(await otherGroupMember(), { fromId: c.id, toId: a.id, kind: "overlapt" });

    // Two proposals at once that together make a cycle: one passes.
    const x = await card(ids.ownGroup);
    const y = await card(ids.otherGroup);
    const z = await item(ids.foundation);
    await proposeDependency(await office(), { fromId: x.id, toId: y.id, kind: "vereist" });
    const results = await Promise.allSettled([
      proposeDependency(await office(), { fromId: y.id, toId: z.id, kind: "vereist" }),
      proposeDependency(await office(), { fromId: z.id, toId: x.id, kind: "vereist" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ValidationError);
  });
});

describe("answering a dependency", () => {
  async function proposed() {
    const from = await card(ids.ownGroup, "Thuis oud worden");
    const to = await item(ids.foundation, "Zij-instroom");
    const made = await proposeDependency(await groupMember(), { fromId: from.id, toId: to.id, kind: "vereist" });
    return { from, to, id: made.id };
  }

  it("is for the other side and the programme office as facilitator; the proposing side may not", async () => {
    const { id } = await proposed();
    for (const email of ["begeleider@demo.nl", "lid@demo.nl", "lid.wg2@demo.nl", "expert@demo.nl", "coalitie@demo.nl", "meelezer@demo.nl"]) {
      await expect(confirmDependency(await as(email), { id }), email).rejects.toBeInstanceOf(ForbiddenError);
      await expect(declineDependency(await as(email), { id, reason: "Nee." }), email).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(confirmDependency(anonymous, { id })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(confirmDependency(await office(), { id: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);

    const confirmed = await confirmDependency(await foundationMember(), { id });
    expect(confirmed.state).toBe("bevestigd");
    const again = await confirmDependency(await foundationLead(), { id }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InvalidTransitionError);
    expect((again as Error).message).toBe(nl.dependencies.notProposed("bevestigd"));

    const second = await proposed();
    expect((await confirmDependency(await office(), { id: second.id })).state).toBe("bevestigd");
    const row = await database.db.selectFrom("dependency").where("id", "=", second.id).select(["answered_by", "answered_at"]).executeTakeFirstOrThrow();
    expect(row.answered_by).toBe(await userId("projectbureau@demo.nl"));
    expect(row.answered_at).not.toBeNull();
    const audit = await database.db.selectFrom("audit_event").where("action", "=", "dependency.confirmed").where("subject_id", "=", second.id).select("actor_id").executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(await userId("projectbureau@demo.nl"));
  });

  it("does not let the programme office answer its own proposal, unless it owns the other item", async () => {
    const from = await card(ids.otherGroup);
    const to = await item(ids.foundation);
    const made = await proposeDependency(await office(), { fromId: from.id, toId: to.id, kind: "versterkt" });
    const own = await confirmDependency(await office(), { id: made.id }).catch((e: unknown) => e);
    expect(own).toBeInstanceOf(ForbiddenError);
    expect((own as Error).message).toBe(nl.dependencies.ownProposal);
    expect((await confirmDependency(await foundationLead(), { id: made.id })).state).toBe("bevestigd");

    // Within one werkgroep the proposing side owns both items and may confirm.
    const a = await card(ids.ownGroup);
    const b = await card(ids.ownGroup);
    const inside = await proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "vereist" });
    expect((await confirmDependency(await groupLead(), { id: inside.id })).state).toBe("bevestigd");
  });

  it("declines only with a reason, and tells the proposing side", async () => {
    const { id } = await proposed();
    await expect(declineDependency(await foundationLead(), { id, reason: "  " })).rejects.toBeInstanceOf(ValidationError);
    const declined = await declineDependency(await foundationLead(), { id, reason: "Geen capaciteit dit jaar." });
    expect(declined.state).toBe("afgewezen");
    const row = await database.db.selectFrom("dependency").where("id", "=", id).select(["state", "answer_reason"]).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "afgewezen", answer_reason: "Geen capaciteit dit jaar." });
    const sent = (await notificationsOf(id)).filter((n) => n.kind === "dependency.declined");
    expect(sent.map((n) => n.email).sort()).toEqual(expect.arrayContaining(["begeleider@demo.nl", "lid@demo.nl", "lid2@demo.nl"]));
    expect(sent.map((n) => n.email)).not.toContain("kwartiermaker@demo.nl");
    expect(sent.map((n) => n.email)).not.toContain("team1.arbeidsmarkt@demo.nl");
    expect(sent[0]!.data).toMatchObject({ reason: "Geen capaciteit dit jaar.", byName: "Karim Kwartiermaker" });
    await expect(confirmDependency(await foundationLead(), { id })).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it("tells the proposing side about a confirmation, and the inboxes show both sides with what needs an answer", async () => {
    const { id, from, to } = await proposed();
    const inbox = await listInbox(await foundationLead(), { ownerKind: "fundament", slug: "arbeidsmarkt" });
    const waiting = inbox.incoming.find((v) => v.id === id)!;
    expect(inbox.waitingForAnswer).toBe(inbox.incoming.filter((v) => v.state === "voorgesteld").length);
    expect(waiting).toMatchObject({
      kind: "vereist",
      kindLabel: "Vereist",
      state: "voorgesteld",
      stateLabel: "Voorgesteld",
      from: { id: from.id, type: "card", owner: { kind: "werkgroep", slug: "gezond-ouder-worden" } },
      to: { id: to.id, type: "item", owner: { kind: "fundament", slug: "arbeidsmarkt" }, quarter: "Q2 2026", quarterKey: "2026-Q2", statusLabel: expect.any(String) },
      proposedByName: "Lotte Lid",
      abilities: { answer: true, withdraw: false },
    });
    expect(inbox.outgoing.some((v) => v.id === id)).toBe(false);
    const mine = await listInbox(await groupMember(), { ownerKind: "werkgroep", slug: "gezond-ouder-worden" });
    expect(mine.outgoing.find((v) => v.id === id)!.abilities).toEqual({ answer: false, withdraw: true });
    expect(mine.incoming.some((v) => v.id === id)).toBe(false);
    expect((await listInbox(await as("meelezer@demo.nl"), { ownerKind: "werkgroep", slug: "gezond-ouder-worden" })).outgoing.find((v) => v.id === id)!.abilities).toEqual({
      answer: false,
      withdraw: false,
    });
    await expect(listInbox(await groupMember(), { ownerKind: "werkgroep", slug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);

    await confirmDependency(await foundationLead(), { id });
    const sent = (await notificationsOf(id)).filter((n) => n.kind === "dependency.confirmed");
    expect(sent.map((n) => n.email)).toEqual(expect.arrayContaining(["begeleider@demo.nl", "lid@demo.nl"]));
    expect(sent.map((n) => n.email)).not.toContain("kwartiermaker@demo.nl");

    const panel = await listItemDependencies(await as("meelezer@demo.nl"), { itemId: to.id });
    expect(panel.incoming.map((v) => [v.id, v.state, v.answeredByName])).toEqual([[id, "bevestigd", "Karim Kwartiermaker"]]);
    expect(panel.outgoing).toEqual([]);
    expect((await listItemDependencies(await as("meelezer@demo.nl"), { itemId: from.id })).outgoing.map((v) => v.id)).toEqual([id]);
    await expect(listItemDependencies(await as("meelezer@demo.nl"), { itemId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("withdrawing and lapsing", () => {
  it("lets only the proposing side withdraw its link", async () => {
    const from = await card(ids.ownGroup);
    const to = await item(ids.foundation);
    const { id } = await proposeDependency(await groupLead(), { fromId: from.id, toId: to.id, kind: "vereist" });
    for (const email of ["kwartiermaker@demo.nl", "team1.arbeidsmarkt@demo.nl", "lid.wg2@demo.nl", "expert@demo.nl", "coalitie@demo.nl", "meelezer@demo.nl"]) {
      await expect(withdrawDependency(await as(email), { id }), email).rejects.toBeInstanceOf(ForbiddenError);
    }
    await declineDependency(await foundationLead(), { id, reason: "Past niet." });
    expect((await withdrawDependency(await groupMember(), { id })).state).toBe("vervallen");
    await expect(withdrawDependency(await groupMember(), { id })).rejects.toBeInstanceOf(InvalidTransitionError);
    const audit = await database.db.selectFrom("audit_event").where("action", "=", "dependency.withdrawn").where("subject_id", "=", id).select("data").executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ from: "afgewezen", to: "vervallen", fromId: from.id, toId: to.id, fromTitle: from.title, toTitle: to.title });
    // The answering side hears it is no longer asked; the one who withdrew does not.
    const told = (await notificationsOf(id)).filter((n) => n.kind === "dependency.withdrawn");
    expect(told.map((n) => n.email)).toEqual(expect.arrayContaining(["kwartiermaker@demo.nl", "team1.arbeidsmarkt@demo.nl"]));
    expect(told.map((n) => n.email)).not.toContain("lid@demo.nl");
    expect(told[0]!.data).toMatchObject({ fromTitle: from.title, toTitle: to.title });
  });

  it("lapses the live links of an archived card or werkagenda item and tells both sides", async () => {
    const from = await card(ids.ownGroup, "Wordt gearchiveerd");
    const to = await item(ids.foundation);
    const other = await card(ids.otherGroup);
    const confirmed = await proposeDependency(await groupLead(), { fromId: from.id, toId: to.id, kind: "vereist" });
    await confirmDependency(await foundationLead(), { id: confirmed.id });
    const pending = await proposeDependency(await otherGroupMember(), { fromId: other.id, toId: from.id, kind: "overlapt" });
    const declined = await proposeDependency(await groupLead(), { fromId: from.id, toId: (await item(ids.otherFoundation)).id, kind: "versterkt" });
    await declineDependency(await office(), { id: declined.id, reason: "Niet nodig." });

    await archiveCard(await groupLead(), { cardId: from.id });
    const rows = await database.db
      .selectFrom("dependency")
      .where("id", "in", [confirmed.id, pending.id, declined.id])
      .select(["id", "state", "lapsed_at"])
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(confirmed.id)).toMatchObject({ state: "vervallen", lapsed_at: expect.any(Date) });
    expect(byId.get(pending.id)).toMatchObject({ state: "vervallen", lapsed_at: expect.any(Date) });
    expect(byId.get(declined.id)).toMatchObject({ state: "afgewezen", lapsed_at: null });

    const sent = (await notificationsOf(confirmed.id)).filter((n) => n.kind === "dependency.lapsed").map((n) => n.email);
    expect(sent).toEqual(expect.arrayContaining(["lid@demo.nl", "kwartiermaker@demo.nl", "team1.arbeidsmarkt@demo.nl"]));
    expect(sent).not.toContain("begeleider@demo.nl");
    expect((await notificationsOf(pending.id)).filter((n) => n.kind === "dependency.lapsed").map((n) => n.email)).toContain("lid.wg2@demo.nl");
    const audits = await database.db.selectFrom("audit_event").where("action", "=", "dependency.lapsed").where("subject_id", "in", [confirmed.id, pending.id]).select("subject_id").execute();
    expect(audits).toHaveLength(2);

    // A werkagenda item's archive lapses its links too.
    const a = await card(ids.ownGroup);
    const b = await item(ids.foundation);
    const link = await proposeDependency(await groupLead(), { fromId: a.id, toId: b.id, kind: "vereist" });
    await archiveWorkplanItem(await foundationLead(), { itemId: b.id });
    expect((await database.db.selectFrom("dependency").where("id", "=", link.id).select("state").executeTakeFirstOrThrow()).state).toBe("vervallen");
    await expect(confirmDependency(await foundationLead(), { id: link.id })).rejects.toBeInstanceOf(InvalidTransitionError);
  });
});

describe("the inboxes and the propose form", () => {
  it("lists, per own werkgroep or fundament, the proposals waiting for the person's answer; the programme office sees them all", async () => {
    const from = await card(ids.ownGroup);
    const to = await item(ids.foundation);
    const { id } = await proposeDependency(await groupMember(), { fromId: from.id, toId: to.id, kind: "vereist" });
    const byOffice = await proposeDependency(await office(), { fromId: (await card(ids.otherGroup)).id, toId: (await item(ids.foundation)).id, kind: "overlapt" });

    const lead = await listMyInbox(await foundationLead());
    expect(lead.sections.map((s) => [s.owner.kind, s.owner.slug, s.member])).toEqual([["fundament", "arbeidsmarkt", true]]);
    const waiting = lead.sections[0]!.waiting.map((v) => v.id);
    expect(waiting).toEqual(expect.arrayContaining([id, byOffice.id]));
    expect(lead.waitingForAnswer).toBe(waiting.length);
    expect(lead.sections[0]!.waiting.every((v) => v.state === "voorgesteld" && v.abilities.answer)).toBe(true);

    const member = await listMyInbox(await groupMember());
    expect(member.sections.map((s) => s.owner.slug)).toEqual(["gezond-ouder-worden"]);
    expect(member.sections[0]!.waiting.some((v) => v.id === id)).toBe(false);

    const po = await listMyInbox(await office());
    expect(po.sections.filter((s) => s.owner.kind === "werkgroep").map((s) => s.owner.slug)).toContain("mentaal-gezond");
    const arbeidsmarkt = po.sections.find((s) => s.owner.kind === "fundament" && s.owner.slug === "arbeidsmarkt")!;
    expect(arbeidsmarkt.waiting.map((v) => v.id)).toContain(id);
    expect(arbeidsmarkt.waiting.map((v) => v.id)).not.toContain(byOffice.id);

    expect(await listMyInbox(await as("meelezer@demo.nl"))).toEqual({ sections: [], waitingForAnswer: 0 });
    await expect(listMyInbox(anonymous)).rejects.toBeInstanceOf(UnauthenticatedError);

    await confirmDependency(await foundationLead(), { id });
    const after = await listMyInbox(await foundationLead());
    expect(after.sections[0]!.waiting.some((v) => v.id === id)).toBe(false);
  });

  it("offers the region's other items that are not archived and not yet linked, grouped by owner", async () => {
    const token = randomUUID().slice(0, 8);
    const from = await card(ids.ownGroup, `Bron ${token}`);
    const linked = await item(ids.foundation, `Gekoppeld ${token}`);
    const free = await item(ids.foundation, `Vrij ${token}`);
    const freeCard = await card(ids.otherGroup, `Kaart ${token}`);
    const archived = await item(ids.otherFoundation, `Weg ${token}`);
    await archiveWorkplanItem(await office(), { itemId: archived.id });
    await proposeDependency(await groupLead(), { fromId: from.id, toId: linked.id, kind: "vereist" });

    const targets = await listLinkTargets(await groupMember(), { fromId: from.id, query: token });
    expect(targets.from).toMatchObject({ id: from.id, type: "card", owner: { kind: "werkgroep", slug: "gezond-ouder-worden" } });
    expect(targets.canPropose).toBe(true);
    expect(targets.groups.map((g) => [g.owner.kind, g.owner.slug, g.items.map((i) => i.id)])).toEqual([
      ["werkgroep", "mentaal-gezond", [freeCard.id]],
      ["fundament", "arbeidsmarkt", [free.id]],
    ]);
    expect(targets.groups[1]!.items[0]).toMatchObject({ title: `Vrij ${token}`, type: "item", quarter: "Q2 2026" });

    const all = await listLinkTargets(await as("meelezer@demo.nl"), { fromId: from.id });
    expect(all.canPropose).toBe(false);
    const allIds = all.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(allIds).toEqual(expect.arrayContaining([free.id, freeCard.id]));
    expect(allIds).not.toContain(from.id);
    expect(allIds).not.toContain(linked.id);
    expect(allIds).not.toContain(archived.id);
    const owners = all.groups.map((g) => `${g.owner.kind}:${g.owner.slug}`);
    expect(new Set(owners).size).toBe(owners.length);
    for (const g of all.groups) expect(g.items.every((i) => i.owner.slug === g.owner.slug && i.owner.kind === g.owner.kind)).toBe(true);

    await expect(listLinkTargets(await groupMember(), { fromId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listLinkTargets(await groupMember(), { fromId: from.id, query: "%_geen-treffer" })).groups).toEqual([]);
  });
});
