import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { createSession, validateSessionToken } from "../auth/session.service";
import { checkSubmission } from "../reviews/reviews.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import {
  getCardDependencyWarnings,
  getCardFoundationNeeds,
  getFoundationUrgency,
  getItemBadges,
  getNeedsMatrix,
  getRegionGraph,
  justifyFocusLink,
  setUrgencyOrder,
} from "./views.service";

// The dependency views on a real database with the demo dependencies (db/seed/data/demo-dependencies.ts).

let database: TestDatabase;
let anonymous: ServiceContext;
const contexts = new Map<string, ServiceContext>();

async function as(email: string): Promise<ServiceContext> {
  const cached = contexts.get(email);
  if (cached) return cached;
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const ctx = { ...anonymous, actor: (await validateSessionToken(database.db, token, new Date()))!.actor };
  contexts.set(email, ctx);
  return ctx;
}

const reader = () => as("meelezer@demo.nl");
const coalition = () => as("coalitie@demo.nl");

async function foundationIds() {
  return (await database.db.selectFrom("foundation").select("id").orderBy("position").execute()).map((f) => f.id);
}

async function cardId(groupSlug: string, catalogueSlug: string) {
  const row = await database.db
    .selectFrom("solution_direction as c")
    .innerJoin("working_group as g", "g.id", "c.working_group_id")
    .innerJoin("catalogue_direction as cd", "cd.id", "c.origin_id")
    .where("g.slug", "=", groupSlug)
    .where("cd.slug", "=", catalogueSlug)
    .select("c.id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function agendaId(owner: { group: string } | { foundation: string }) {
  const row = await database.db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .$if("group" in owner, (qb) => qb.where("g.slug", "=", (owner as { group: string }).group))
    .$if("foundation" in owner, (qb) => qb.where("f.slug", "=", (owner as { foundation: string }).foundation))
    .select("a.id")
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
});
afterAll(() => database.destroy());

describe("the region's dependency graph", () => {
  it("filters by werkgroep (its links and all its cards), kind and state; unknown slugs are a 404", async () => {
    const all = await getRegionGraph(await reader(), {});
    const own = await getRegionGraph(await reader(), { groupSlug: "sterke-wijken" });
    expect(own.filters.group).toEqual({ slug: "sterke-wijken", name: expect.any(String) });
    const ownIds = new Set(own.nodes.filter((n) => n.owner.slug === "sterke-wijken").map((n) => n.id));
    expect(ownIds.size).toBe(4);
    for (const link of own.links) expect(ownIds.has(link.from) || ownIds.has(link.to)).toBe(true);
    expect(own.links.length).toBeLessThan(all.links.length);

    const declined = await getRegionGraph(await reader(), { state: "afgewezen", kind: "vereist" });
    expect(declined.links).toEqual([expect.objectContaining({ state: "afgewezen", stateLabel: "Afgewezen", kindLabel: "Vereist", atRisk: true })]);
    const from = declined.nodes.find((n) => n.id === declined.links[0]!.from)!;
    expect(from).toMatchObject({
      owner: { kind: "werkgroep", slug: "sterke-wijken" },
      atRisk: true,
      quarterLabel: "Q2 2025 - Q4 2026",
      statusLabel: "Gekozen",
    });

    // Empty strings from an empty filter form mean "no choice".
    expect((await getRegionGraph(await reader(), { groupSlug: "", foundationSlug: "", kind: "", state: "" })).links).toHaveLength(all.links.length);
    await expect(getRegionGraph(await reader(), { groupSlug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegionGraph(await reader(), { foundationSlug: "bestaat-niet" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegionGraph(anonymous, {})).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("gives badges per card and werkagenda item of one board", async () => {
    const board = await getItemBadges(await reader(), { ownerKind: "werkgroep", slug: "gezond-ouder-worden" });
    expect(board.badges[await cardId("gezond-ouder-worden", "proactieve-levens-en-zorgplanning")]).toEqual({
      incoming: 0,
      outgoing: 2,
      atRisk: false,
      riskText: null,
      enables: [],
    });
    const workplan = await getItemBadges(await reader(), { ownerKind: "fundament", slug: "digitale-gegevensuitwisseling" });
    const badges = Object.values(workplan.badges);
    expect(badges.some((b) => b.atRisk && b.riskText?.includes("is vertraagd"))).toBe(true);
    // A werkagenda item names the cards that require it (demo: a confirmed vereist link).
    const organisation = Object.entries(workplan.badges).find(([, b]) => b.enables.some((c) => c.title === "Proactieve levens- en zorgplanning (ALP/ACP)"));
    expect(organisation?.[1].enables).toContainEqual({
      id: await cardId("gezond-ouder-worden", "proactieve-levens-en-zorgplanning"),
      title: "Proactieve levens- en zorgplanning (ALP/ACP)",
      owner: { kind: "werkgroep", slug: "gezond-ouder-worden", name: "Gezond ouder worden" },
    });
    await expect(getItemBadges(await reader(), { ownerKind: "fundament", slug: "gezond-ouder-worden" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("counts in the needs matrix which werkgroep needs which fundament, and from when", async () => {
    const matrix = await getNeedsMatrix(await reader());
    const group = matrix.groups.find((g) => g.slug === "slimme-zorg")!;
    const foundation = matrix.foundations.find((f) => f.slug === "arbeidsmarkt")!;
    expect(matrix.cells).toContainEqual({
      groupId: group.id,
      foundationId: foundation.id,
      count: 1,
      earliestNeeded: "2024-Q3",
      earliestNeededLabel: "Q3 2024",
    });
  });
});

describe("the urgency of the fundamenten", () => {
  it("is set by the coalition only, as an order of every fundament once, with who and when", async () => {
    const ids = await foundationIds();
    const order = [...ids].reverse();
    for (const email of ["projectbureau@demo.nl", "begeleider@demo.nl", "kwartiermaker@demo.nl", "expert@demo.nl", "meelezer@demo.nl"]) {
      await expect(setUrgencyOrder(await as(email), { foundationIds: order }), email).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(setUrgencyOrder(anonymous, { foundationIds: order })).rejects.toBeInstanceOf(UnauthenticatedError);

    for (const wrong of [ids.slice(1), [...ids.slice(1), ids[1]!], [...ids.slice(1), "00000000-0000-4000-8000-000000000000"]]) {
      const error = await setUrgencyOrder(await coalition(), { foundationIds: wrong }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(nl.dependencyViews.notPermutation);
    }

    const decided = await setUrgencyOrder(await coalition(), { foundationIds: order, note: "Na de sessie van juni." });
    const urgency = await getFoundationUrgency(await reader());
    expect(urgency.decided).toMatchObject({ id: decided.id, decidedByName: "Cor Coalitie", note: "Na de sessie van juni." });
    expect(urgency.decided!.order.map((f) => f.id)).toEqual(order);
    expect(urgency.history[0]!.decidedByName).toBe("Cor Coalitie");
    expect(urgency.abilities.setOrder).toBe(false);
    expect((await getFoundationUrgency(await coalition())).abilities.setOrder).toBe(true);
    const audit = await database.db
      .selectFrom("audit_event")
      .where("action", "=", "urgency.decided")
      .where("subject_id", "=", decided.id)
      .select(["actor_id", "data"])
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: (await coalition()).actor!.userId, data: { foundationIds: order, note: "Na de sessie van juni." } });
  });
});

describe("the dependency check at submission, and recording why a link is not needed", () => {
  it("warns per fundament a focus card names without a vereist link; a recorded reason takes the warning away", async () => {
    const triage = await cardId("slimme-zorg", "multidisciplinaire-triage-en-toewijzing");
    const agenda = await agendaId({ group: "slimme-zorg" });
    const before = await checkSubmission(await as("begeleider.slimme-zorg@demo.nl"), { agendaId: agenda });
    const warnings = before.warnings.filter((w) => w.code === "focus_link_without_dependency" && w.subject?.id === triage);
    expect(warnings.map((w) => w.foundation?.name)).toEqual(["Digitale gegevensuitwisseling en gegevensbescherming", "Domeinoverstijgend samenwerken"]);
    expect(before.canSubmit).toBe(true);
    expect(await getCardDependencyWarnings(await reader(), { cardId: triage })).toEqual(warnings);

    const foundation = warnings[0]!.foundation!.id;
    await expect(justifyFocusLink(await as("begeleider@demo.nl"), { cardId: triage, foundationId: foundation, reason: "Niet nodig." })).rejects.toBeInstanceOf(
      ForbiddenError
    );
    await expect(
      justifyFocusLink(await as("kwartiermaker@demo.nl"), { cardId: triage, foundationId: foundation, reason: "Niet nodig." })
    ).rejects.toBeInstanceOf(ForbiddenError);
    const unlinked = (await foundationIds()).find((id) => !warnings.some((w) => w.foundation?.id === id))!;
    const refused = await justifyFocusLink(await as("begeleider.slimme-zorg@demo.nl"), { cardId: triage, foundationId: unlinked, reason: "Niet nodig." }).catch(
      (e: unknown) => e
    );
    expect(refused).toBeInstanceOf(ValidationError);

    const reason = "De triage gebruikt de bestaande uitwisseling van de huisartsenpost; nieuwe afspraken zijn niet nodig.";
    await justifyFocusLink(await as("begeleider.slimme-zorg@demo.nl"), { cardId: triage, foundationId: foundation, reason });
    const after = await checkSubmission(await as("begeleider.slimme-zorg@demo.nl"), { agendaId: agenda });
    expect(after.warnings.filter((w) => w.code === "focus_link_without_dependency" && w.subject?.id === triage).map((w) => w.foundation?.id)).toEqual([
      warnings[1]!.foundation!.id,
    ]);
    const audit = await database.db
      .selectFrom("audit_event")
      .where("action", "=", "focus_link.justified")
      .where("subject_id", "=", triage)
      .select("data")
      .executeTakeFirstOrThrow();
    expect(audit.data).toEqual({ foundationId: foundation, reason });

    // The programme office may record a reason for any werkgroep, and replace an earlier one.
    await justifyFocusLink(await as("projectbureau@demo.nl"), { cardId: triage, foundationId: foundation, reason: "Aangepast." });
    expect((await database.db.selectFrom("focus_link_justification").where("card_id", "=", triage).select("reason").execute()).map((r) => r.reason)).toEqual([
      "Aangepast.",
    ]);
  });

  it("has no dependency warnings for a werkgroep whose focus cards are covered", async () => {
    const checks = await checkSubmission(await as("begeleider@demo.nl"), { agendaId: await agendaId({ group: "gezond-ouder-worden" }) });
    expect(checks.warnings).toEqual([]);
  });

  it("shows the card panel per fundament of a focus card whether it requires something there, or the reason it needs nothing", async () => {
    const triage = await cardId("slimme-zorg", "multidisciplinaire-triage-en-toewijzing");
    const lead = await as("begeleider.slimme-zorg@demo.nl");
    const warned = (await getCardDependencyWarnings(lead, { cardId: triage })).map((w) => w.foundation!.id);
    const before = await getCardFoundationNeeds(lead, { cardId: triage });
    expect(before.canJustify).toBe(true);
    // Exactly the fundamenten the submission warns about have neither a link nor a reason.
    expect(before.needs.filter((n) => !n.required && !n.justification).map((n) => n.foundationId)).toEqual(warned);
    expect(warned.length).toBeGreaterThan(0);

    const reason = "Deze triage gebruikt wat er al is; van dit fundament is niets nieuws nodig.";
    await justifyFocusLink(lead, { cardId: triage, foundationId: warned[0]!, reason });
    const after = await getCardFoundationNeeds(await reader(), { cardId: triage });
    expect(after.canJustify).toBe(false);
    expect(after.needs.find((n) => n.foundationId === warned[0])!.justification).toMatchObject({ reason, recordedByName: expect.any(String) });
    expect(after.needs.filter((n) => !n.required && !n.justification).map((n) => n.foundationId)).toEqual(warned.slice(1));
    expect((await getCardDependencyWarnings(lead, { cardId: triage })).map((w) => w.foundation!.id)).toEqual(warned.slice(1));

    // Blank or overlong reasons are refused in Dutch, and the recorded reason stays.
    for (const [wrong, message] of [
      ["   ", nl.dependencyViews.justificationRequired],
      ["x".repeat(2001), nl.dependencyViews.justificationTooLong],
    ] as const) {
      const refused = await justifyFocusLink(lead, { cardId: triage, foundationId: warned[0]!, reason: wrong }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ValidationError);
      expect((refused as ValidationError).issues.map((i) => i.message)).toEqual([message]);
    }
    expect((await getCardFoundationNeeds(lead, { cardId: triage })).needs.find((n) => n.foundationId === warned[0])!.justification!.reason).toBe(reason);
  });

  it("asks nothing of cards outside the focus, and knows no unknown card", async () => {
    const other = await database.db
      .selectFrom("solution_direction as c")
      .innerJoin("working_group as g", "g.id", "c.working_group_id")
      .where("g.slug", "=", "slimme-zorg")
      .where("c.focus", "=", false)
      .where("c.archived_at", "is", null)
      .where(sql<boolean>`cardinality(c.foundation_ids) > 0`)
      .select("c.id")
      .executeTakeFirstOrThrow();
    expect(await getCardFoundationNeeds(await as("begeleider.slimme-zorg@demo.nl"), { cardId: other.id })).toEqual({ needs: [], canJustify: true });
    await expect(getCardFoundationNeeds(await reader(), { cardId: "00000000-0000-4000-8000-000000000000" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCardFoundationNeeds(anonymous, { cardId: other.id })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("warns about werkagenda items nobody requires", async () => {
    const checks = await checkSubmission(await as("kwartiermaker@demo.nl"), { agendaId: await agendaId({ foundation: "arbeidsmarkt" }) });
    const titles = checks.warnings.filter((w) => w.code === "item_without_dependents").map((w) => w.subject?.title);
    expect(titles).toEqual(expect.arrayContaining(["Regionale flexpool voor zorg en welzijn", "Onderzoek: waarom stoppen nieuwe medewerkers?"]));
    expect(titles).not.toContain("Leerwerkplekken voor zij-instromers");
    expect(titles).not.toContain("Drie proeven met technologie die werkdruk verlaagt");
    expect(checks.canSubmit).toBe(true);
  });
});
