import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/test-database";
import type { ReviewState } from "../shared/domain/review-flow";
import { openFoundationAgenda, openGroupAgenda } from "../server/agendas/agendas.service";
import { freezeVersion } from "../server/agendas/versions.service";
import { createSession, validateSessionToken } from "../server/auth/session.service";
import { archiveCard, createCard } from "../server/boards/cards.service";
import { archiveWorkplanItem, createWorkplanItem } from "../server/boards/workplan.service";
import { putAgendaInState } from "../server/reviews/test-factories";
import type { ServiceContext } from "../server/request-context";
import { createTestContext } from "../server/test-context";
import { insertComment, insertThread, markResolved } from "../server/threads/threads.repository";
import { loadDocument } from "../server/collab/collab.repository";
import { anchorToBase64, createAnchor, leafTestOf } from "../shared/agenda/anchors";
import { AGENDA_FRAGMENT, agendaSchema } from "../shared/agenda/editor-schema";
import { appRouter } from "../server/trpc/app-router";
import { startInProcessServer, type InProcessServer } from "./in-process";

// The whole role x action table over real HTTP. The expectations below are written by hand
// from docs/permissions.md; they are never derived from can(). Every tRPC procedure must
// have a row: a new procedure without one fails the first test.

type Who =
  | "anonymous"
  | "programme_office"
  | "group_lead"
  | "group_member"
  | "foundation_lead"
  | "foundation_member"
  | "expert"
  | "coalition"
  | "reader";

const signedIn: Who[] = ["programme_office", "group_lead", "group_member", "foundation_lead", "foundation_member", "expert", "coalition", "reader"];
const everyone: Who[] = ["anonymous", ...signedIn];

/** Demo accounts per role (db/seed/data/demo.ts): group roles in "gezond-ouder-worden", foundation roles in "arbeidsmarkt". */
const accountOf: Record<Exclude<Who, "anonymous">, string> = {
  programme_office: "projectbureau@demo.nl",
  group_lead: "begeleider@demo.nl",
  group_member: "lid@demo.nl",
  foundation_lead: "kwartiermaker@demo.nl",
  foundation_member: "team1.arbeidsmarkt@demo.nl",
  expert: "expert@demo.nl",
  coalition: "coalitie@demo.nl",
  reader: "meelezer@demo.nl",
};

/** Who gets through (2xx); every other signed-in role gets 403 and the anonymous visitor 401. */
type Allowed = Who[];

interface Case {
  procedure: string;
  /** A short name for a scoped variant of the same procedure. */
  variant?: string;
  /** A subscription's outcome is the status of the error in its SSE stream, or 200 once it streams. */
  kind: "query" | "mutation" | "subscription";
  allowed: Allowed;
  /** Builds the input, setting up whatever the call needs first (fresh for every call). */
  input?: (who: Who) => Promise<unknown>;
}

let database: TestDatabase;
let server: InProcessServer;
let ids: { ownGroup: string; otherGroup: string; ownFoundation: string; otherFoundation: string; regionId: string; buildingBlock: string };

/** A throwaway person in the region, so mutations never disturb the actors themselves. */
async function disposablePerson() {
  const row = await database.db
    .insertInto("app_user")
    .values({ region_id: ids.regionId, email: `tmp-${randomUUID()}@demo.nl`, name: "Tijdelijk", password_hash: null, deactivated_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function disposableAssignment(role: "reader" | "group_member" | "group_lead" | "foundation_member", scope?: string) {
  const userId = await disposablePerson();
  const row = await database.db
    .insertInto("role_assignment")
    .values({
      user_id: userId,
      region_id: ids.regionId,
      role,
      working_group_id: role === "group_member" || role === "group_lead" ? scope! : null,
      foundation_id: role === "foundation_member" ? scope! : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { userId, assignmentId: row.id };
}

/** The programme office acting through the services, to set up cards and werkagenda items. */
let office: ServiceContext | undefined;
async function officeContext() {
  if (!office) {
    const { token } = await sessionFor("programme_office");
    const session = await validateSessionToken(database.db, token, new Date());
    office = await createTestContext(database, { actor: session!.actor });
  }
  return office;
}

/** A fresh card on a werkgroep's board (archived: taken off it). */
async function disposableCard(groupId: string, options: { archived?: boolean } = {}) {
  const ctx = await officeContext();
  const card = await createCard(ctx, { groupId, title: `Kaart ${randomUUID().slice(0, 8)}`, buildingBlockIds: [ids.buildingBlock] });
  if (options.archived) await archiveCard(ctx, { cardId: card.id });
  return card;
}

/** A fresh item on a fundament's werkagenda (archived: taken off it). */
async function disposableItem(foundationId: string, options: { archived?: boolean } = {}) {
  const ctx = await officeContext();
  const item = await createWorkplanItem(ctx, { foundationId, title: `Actie ${randomUUID().slice(0, 8)}`, dueQuarter: "2026-Q2" });
  if (options.archived) await archiveWorkplanItem(ctx, { itemId: item.id });
  return item;
}

/** A proposed link between two items, written straight into the database (proposed by nobody). */
async function disposableLink(from: { card: string } | { item: string }, to: { card: string } | { item: string }) {
  const row = await database.db
    .insertInto("dependency")
    .values({
      region_id: ids.regionId,
      from_card_id: "card" in from ? from.card : null,
      from_item_id: "item" in from ? from.item : null,
      to_card_id: "card" in to ? to.card : null,
      to_item_id: "item" in to ? to.item : null,
      kind: "vereist",
      agreed_date: null,
      proposed_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh indicator, reported by this werkgroep or fundament (or by the projectbureau alone). */
async function disposableIndicator(owner: { group?: string; foundation?: string }) {
  const row = await database.db
    .insertInto("indicator")
    .values({
      region_id: ids.regionId,
      slug: `indicator-${randomUUID()}`,
      kind: "output",
      name: `Indicator ${randomUUID().slice(0, 8)}`,
      target: null,
      target_quarter: null,
      working_group_id: owner.group ?? null,
      foundation_id: owner.foundation ?? null,
      position: 1000,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A value for Q1 2025 on the indicator, recorded by nobody. */
async function disposableValue(indicatorId: string) {
  const row = await database.db.insertInto("measurement").values({ indicator_id: indicatorId, quarter: "2025-Q1", value: 10, replaces_id: null, recorded_by: null }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** A monitoring step on a fresh indicator of the actor's own werkgroep and fundament, of other ones (IDOR), and of nobody. */
function monitoringCases(procedure: string, input: (indicatorId: string) => Promise<unknown>): Case[] {
  const owners: Array<{ variant: string; owner: () => { group?: string; foundation?: string }; allowed: Allowed }> = [
    { variant: "own werkgroep's indicator", owner: () => ({ group: ids.ownGroup }), allowed: ["programme_office", "group_lead", "group_member"] },
    { variant: "another werkgroep's indicator (IDOR)", owner: () => ({ group: ids.otherGroup }), allowed: PO },
    { variant: "own fundament's indicator", owner: () => ({ foundation: ids.ownFoundation }), allowed: ["programme_office", "foundation_lead", "foundation_member"] },
    { variant: "another fundament's indicator (IDOR)", owner: () => ({ foundation: ids.otherFoundation }), allowed: PO },
    { variant: "an indicator of the projectbureau", owner: () => ({}), allowed: PO },
  ];
  return owners.map(({ variant, owner, allowed }) => ({
    procedure,
    variant,
    kind: "mutation" as const,
    allowed,
    input: async () => input(await disposableIndicator(owner())),
  }));
}

/** The agenda of a werkgroep or fundament, by slug (opened as the projectbureau, so made when missing). */
async function agendaIdOf(owner: { group: string } | { foundation: string }) {
  const ctx = await officeContext();
  const opened = "group" in owner ? await openGroupAgenda(ctx, owner.group) : await openFoundationAgenda(ctx, owner.foundation);
  return opened.agenda.id;
}

/** A fresh version of another werkgroep's agenda, frozen by the projectbureau. */
async function disposableVersion() {
  const agendaId = await agendaIdOf({ group: "mentaal-gezond" });
  const version = await freezeVersion(await officeContext(), { agendaId, name: `Versie ${randomUUID().slice(0, 8)}` });
  return { agendaId, number: version.number };
}

/** The agenda of a werkgroep or fundament, put straight into a review state with these experts assigned. */
async function agendaInState(owner: { group: string } | { foundation: string }, state: ReviewState, reviewers: Array<"expert" | "expert2"> = []) {
  const agendaId = await agendaIdOf(owner);
  await putAgendaInState(database.db, agendaId, state, { reviewers: await Promise.all(reviewers.map(expertIdOf)) });
  return agendaId;
}

async function expertIdOf(who: "expert" | "expert2") {
  const email = who === "expert" ? accountOf.expert : "expert2@demo.nl";
  return (await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow()).id;
}

async function activeCriterionIds() {
  const rows = await database.db
    .selectFrom("criterion as c")
    .innerJoin("criteria_set as s", "s.id", "c.criteria_set_id")
    .where("s.region_id", "=", ids.regionId)
    .where("s.active", "=", true)
    .select("c.id")
    .execute();
  return rows.map((row) => row.id);
}

/**
 * A review step on the actor's own werkgroep and fundament and on other ones (IDOR), each
 * agenda first put in the state the step starts from.
 */
function reviewStepCases(procedure: string, from: ReviewState, allowed: { ownGroup: Allowed; otherGroup: Allowed; ownFoundation: Allowed; otherFoundation: Allowed }): Case[] {
  const owners = [
    { variant: "own werkgroep", owner: { group: "gezond-ouder-worden" }, allowed: allowed.ownGroup },
    { variant: "another werkgroep (IDOR)", owner: { group: "sterke-wijken" }, allowed: allowed.otherGroup },
    { variant: "own fundament", owner: { foundation: "arbeidsmarkt" }, allowed: allowed.ownFoundation },
    { variant: "another fundament (IDOR)", owner: { foundation: "datagedreven-werken" }, allowed: allowed.otherFoundation },
  ];
  return owners.map(({ variant, owner, allowed: who }) => ({
    procedure,
    variant,
    kind: "mutation" as const,
    allowed: who,
    input: async () => {
      if (owner.foundation) await completeWerkagenda(owner.foundation);
      return { agendaId: await agendaInState(owner, from) };
    },
  }));
}

/** Items added by the board rows above have no responsible organisation, which blocks submitting a werkagenda. */
async function completeWerkagenda(foundationSlug: string) {
  const foundation = await database.db.selectFrom("foundation").where("slug", "=", foundationSlug).select("id").executeTakeFirstOrThrow();
  await database.db.updateTable("workplan_item").set({ responsible_organisation: "Demo-organisatie" }).where("foundation_id", "=", foundation.id).where("responsible_organisation", "=", "").execute();
}

/** An anchor on the first characters of an agenda's current text, as the browser makes one. */
async function firstPassage(agendaId: string) {
  const { doc } = await loadDocument(database.db, agendaId);
  try {
    const anchor = createAnchor(doc.getXmlFragment(AGENDA_FRAGMENT), { from: 1, to: 4 }, leafTestOf(agendaSchema()));
    return { anchorStart: anchorToBase64(anchor.start), anchorEnd: anchorToBase64(anchor.end), start: anchor.start, end: anchor.end };
  } finally {
    doc.destroy();
  }
}

/** A comment thread on an agenda, started by `authorId` (a throwaway person unless given); resolved when asked. */
async function disposableThread(agendaId: string, options: { authorId?: string; resolved?: boolean } = {}) {
  const authorId = options.authorId ?? (await disposablePerson());
  const { start, end } = await firstPassage(agendaId);
  const threadId = await insertThread(database.db, { agendaId, versionId: null, anchorStart: start, anchorEnd: end, quote: "Tekst", authorId });
  await insertComment(database.db, { threadId, authorId, body: "Een vraag." });
  if (options.resolved) await markResolved(database.db, threadId, authorId, new Date());
  return threadId;
}

async function userIdOf(who: Exclude<Who, "anonymous">) {
  return (await database.db.selectFrom("app_user").where("email", "=", accountOf[who]).select("id").executeTakeFirstOrThrow()).id;
}

/** resolve or reopen: on someone else's thread of the own werkgroep, own fundament, another werkgroep, and on one's own thread. */
function threadResolveCases(procedure: "threads.resolve" | "threads.reopen"): Case[] {
  const resolved = procedure === "threads.reopen";
  return [
    {
      procedure,
      variant: "someone else's thread on the own werkgroep's agenda",
      kind: "mutation",
      allowed: groupEditors,
      input: async () => ({ threadId: await disposableThread(await agendaIdOf({ group: "gezond-ouder-worden" }), { resolved }) }),
    },
    {
      procedure,
      variant: "someone else's thread on the own fundament's agenda",
      kind: "mutation",
      allowed: foundationEditors,
      input: async () => ({ threadId: await disposableThread(await agendaIdOf({ foundation: "arbeidsmarkt" }), { resolved }) }),
    },
    {
      procedure,
      variant: "someone else's thread on another werkgroep's agenda (IDOR)",
      kind: "mutation",
      allowed: PO,
      input: async () => ({ threadId: await disposableThread(await agendaIdOf({ group: "mentaal-gezond" }), { resolved }) }),
    },
    {
      procedure,
      variant: "a thread the caller started, on another werkgroep's agenda",
      kind: "mutation",
      // "own threads" holds for experts, coalition and readers only; werkgroep and fundament
      // roles resolve on their own agenda (docs/permissions.md), not elsewhere.
      allowed: ["programme_office", "expert", "coalition", "reader"],
      input: async (who) => ({
        threadId: await disposableThread(await agendaIdOf({ group: "mentaal-gezond" }), { resolved, ...(who === "anonymous" ? {} : { authorId: await userIdOf(who) }) }),
      }),
    },
  ];
}

const PO: Allowed = ["programme_office"];
const groupEditors: Allowed = ["programme_office", "group_lead", "group_member"];
const foundationEditors: Allowed = ["programme_office", "foundation_lead", "foundation_member"];

/** A card-editing procedure on the actor's own werkgroep and on another one (IDOR). */
function cardEditCases(procedure: string, input: (groupId: string) => Promise<unknown>): Case[] {
  return [
    { procedure, variant: "own werkgroep", kind: "mutation", allowed: groupEditors, input: () => input(ids.ownGroup) },
    { procedure, variant: "another werkgroep (IDOR)", kind: "mutation", allowed: PO, input: () => input(ids.otherGroup) },
  ];
}

/** A werkagenda-editing procedure on the actor's own fundament and on another one (IDOR). */
function itemEditCases(procedure: string, input: (foundationId: string) => Promise<unknown>): Case[] {
  return [
    { procedure, variant: "own fundament", kind: "mutation", allowed: foundationEditors, input: () => input(ids.ownFoundation) },
    { procedure, variant: "another fundament (IDOR)", kind: "mutation", allowed: PO, input: () => input(ids.otherFoundation) },
  ];
}

const cases: Case[] = [
  { procedure: "plan.overview", kind: "query", allowed: everyone },
  { procedure: "plan.structure", kind: "query", allowed: everyone },
  { procedure: "plan.buildingBlock", kind: "query", allowed: everyone, input: async () => ({ slug: "wijkgericht-werken" }) },
  { procedure: "plan.foundation", kind: "query", allowed: everyone, input: async () => ({ slug: "arbeidsmarkt" }) },
  { procedure: "plan.initiatives", kind: "query", allowed: everyone, input: async () => ({}) },
  { procedure: "auth.me", kind: "query", allowed: everyone },
  { procedure: "auth.mySessions", kind: "query", allowed: signedIn },
  {
    procedure: "auth.endMySession",
    kind: "mutation",
    allowed: signedIn,
    // A second session of the caller's own, which the call ends.
    input: async (who) => ({ sessionId: who === "anonymous" ? "x" : (await sessionFor(who)).sessionId }),
  },
  { procedure: "auth.endMyOtherSessions", kind: "mutation", allowed: signedIn },
  { procedure: "people.list", kind: "query", allowed: PO },
  { procedure: "people.invite", kind: "mutation", allowed: PO, input: async () => ({ email: `nieuw-${randomUUID()}@demo.nl`, roles: [{ role: "reader" }] }) },
  { procedure: "people.deactivate", kind: "mutation", allowed: PO, input: async () => ({ userId: await disposablePerson() }) },
  { procedure: "people.reactivate", kind: "mutation", allowed: PO, input: async () => ({ userId: await disposablePerson() }) },
  { procedure: "people.endSessions", kind: "mutation", allowed: PO, input: async () => ({ userId: await disposablePerson() }) },
  { procedure: "people.grantRole", variant: "global role", kind: "mutation", allowed: PO, input: async () => ({ userId: await disposablePerson(), role: "reader" }) },
  {
    procedure: "people.grantRole",
    variant: "member of the lead's own werkgroep",
    kind: "mutation",
    allowed: ["programme_office", "group_lead"],
    input: async () => ({ userId: await disposablePerson(), role: "group_member", groupId: ids.ownGroup }),
  },
  {
    procedure: "people.grantRole",
    variant: "member of another werkgroep (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ userId: await disposablePerson(), role: "group_member", groupId: ids.otherGroup }),
  },
  {
    procedure: "people.grantRole",
    variant: "lead of the lead's own werkgroep",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ userId: await disposablePerson(), role: "group_lead", groupId: ids.ownGroup }),
  },
  {
    procedure: "people.grantRole",
    variant: "team member of the kwartiermaker's own fundament",
    kind: "mutation",
    allowed: ["programme_office", "foundation_lead"],
    input: async () => ({ userId: await disposablePerson(), role: "foundation_member", foundationId: ids.ownFoundation }),
  },
  {
    procedure: "people.grantRole",
    variant: "team member of another fundament (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ userId: await disposablePerson(), role: "foundation_member", foundationId: ids.otherFoundation }),
  },
  { procedure: "people.revokeRole", variant: "global role", kind: "mutation", allowed: PO, input: () => disposableAssignment("reader") },
  {
    procedure: "people.revokeRole",
    variant: "member of the lead's own werkgroep",
    kind: "mutation",
    allowed: ["programme_office", "group_lead"],
    input: () => disposableAssignment("group_member", ids.ownGroup),
  },
  {
    procedure: "people.revokeRole",
    variant: "member of another werkgroep (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: () => disposableAssignment("group_member", ids.otherGroup),
  },
  {
    procedure: "people.revokeRole",
    variant: "team member of the kwartiermaker's own fundament",
    kind: "mutation",
    allowed: ["programme_office", "foundation_lead"],
    input: () => disposableAssignment("foundation_member", ids.ownFoundation),
  },
  {
    procedure: "people.revokeRole",
    variant: "team member of another fundament (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: () => disposableAssignment("foundation_member", ids.otherFoundation),
  },
  { procedure: "groups.list", kind: "query", allowed: signedIn },
  { procedure: "groups.get", kind: "query", allowed: signedIn, input: async () => ({ slug: "gezond-ouder-worden" }) },
  { procedure: "groups.foundationTeams", kind: "query", allowed: signedIn },
  { procedure: "groups.create", kind: "mutation", allowed: PO, input: async () => ({ name: `Werkgroep ${randomUUID().slice(0, 8)}` }) },
  {
    procedure: "groups.update",
    variant: "the lead's own werkgroep",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ groupId: ids.ownGroup, name: "Gezond ouder worden" }),
  },
  { procedure: "audit.list", kind: "query", allowed: PO },

  // Boards: reading is workspace.read (every signed-in role), cards are group.edit (own
  // werkgroep), werkagenda items foundation.edit (own fundament), comments comment.write.
  { procedure: "boards.board", kind: "query", allowed: signedIn, input: async () => ({ slug: "gezond-ouder-worden" }) },
  { procedure: "boards.cardHistory", kind: "query", allowed: signedIn, input: async () => ({ cardId: (await disposableCard(ids.otherGroup)).id }) },
  { procedure: "boards.cardComments", kind: "query", allowed: signedIn, input: async () => ({ cardId: (await disposableCard(ids.otherGroup)).id }) },
  ...cardEditCases("boards.createCard", async (groupId) => ({ groupId, title: `Nieuw ${randomUUID().slice(0, 8)}`, buildingBlockIds: [ids.buildingBlock] })),
  ...cardEditCases("boards.updateCard", async (groupId) => {
    const card = await disposableCard(groupId);
    return { cardId: card.id, edits: { description: "Aangepast" }, base: { description: card.description } };
  }),
  ...cardEditCases("boards.moveCard", async (groupId) => ({ cardId: (await disposableCard(groupId)).id, status: "verkennen", afterCardId: null })),
  ...cardEditCases("boards.archiveCard", async (groupId) => ({ cardId: (await disposableCard(groupId)).id })),
  ...cardEditCases("boards.restoreCard", async (groupId) => ({ cardId: (await disposableCard(groupId, { archived: true })).id })),
  {
    procedure: "boards.addCardComment",
    variant: "own werkgroep",
    kind: "mutation",
    allowed: signedIn,
    input: async () => ({ cardId: (await disposableCard(ids.ownGroup)).id, body: "Goed plan." }),
  },
  {
    procedure: "boards.addCardComment",
    variant: "another werkgroep",
    kind: "mutation",
    allowed: signedIn,
    input: async () => ({ cardId: (await disposableCard(ids.otherGroup)).id, body: "Goed plan." }),
  },
  { procedure: "boards.workplan", kind: "query", allowed: signedIn, input: async () => ({ slug: "arbeidsmarkt" }) },
  { procedure: "boards.workplanItemHistory", kind: "query", allowed: signedIn, input: async () => ({ itemId: (await disposableItem(ids.otherFoundation)).id }) },
  ...itemEditCases("boards.createWorkplanItem", async (foundationId) => ({ foundationId, title: `Actie ${randomUUID().slice(0, 8)}`, dueQuarter: "2026-Q3" })),
  ...itemEditCases("boards.updateWorkplanItem", async (foundationId) => {
    const item = await disposableItem(foundationId);
    return { itemId: item.id, edits: { description: "Aangepast" }, base: { description: item.description } };
  }),
  ...itemEditCases("boards.moveWorkplanItem", async (foundationId) => ({ itemId: (await disposableItem(foundationId)).id, status: "bezig", afterItemId: null })),
  ...itemEditCases("boards.archiveWorkplanItem", async (foundationId) => ({ itemId: (await disposableItem(foundationId)).id })),
  ...itemEditCases("boards.restoreWorkplanItem", async (foundationId) => ({ itemId: (await disposableItem(foundationId, { archived: true })).id })),
  { procedure: "boards.events", variant: "a werkgroep's board", kind: "subscription", allowed: signedIn, input: async () => ({ topic: "board", id: ids.otherGroup }) },
  { procedure: "boards.events", variant: "a fundament's werkagenda", kind: "subscription", allowed: signedIn, input: async () => ({ topic: "workplan", id: ids.otherFoundation }) },

  // Agenda versions: reading them is workspace.read (any agenda of the region), freezing one
  // is version.freeze: the werkgroep or fundament that owns the agenda, and the projectbureau.
  { procedure: "agendas.versions.list", kind: "query", allowed: signedIn, input: async () => ({ agendaId: await agendaIdOf({ group: "mentaal-gezond" }) }) },
  { procedure: "agendas.versions.get", kind: "query", allowed: signedIn, input: () => disposableVersion() },
  {
    procedure: "agendas.versions.diff",
    kind: "query",
    allowed: signedIn,
    input: async () => {
      const { agendaId, number } = await disposableVersion();
      return { agendaId, from: number, to: "live" };
    },
  },
  {
    procedure: "agendas.versions.freeze",
    variant: "own werkgroep",
    kind: "mutation",
    allowed: groupEditors,
    input: async () => ({ agendaId: await agendaIdOf({ group: "gezond-ouder-worden" }), name: "Na de werksessie" }),
  },
  {
    procedure: "agendas.versions.freeze",
    variant: "another werkgroep (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ agendaId: await agendaIdOf({ group: "mentaal-gezond" }), name: "Na de werksessie" }),
  },
  {
    procedure: "agendas.versions.freeze",
    variant: "own fundament",
    kind: "mutation",
    allowed: foundationEditors,
    input: async () => ({ agendaId: await agendaIdOf({ foundation: "arbeidsmarkt" }), name: "Na het teamoverleg" }),
  },
  {
    procedure: "agendas.versions.freeze",
    variant: "another fundament (IDOR)",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ agendaId: await agendaIdOf({ foundation: "gezonde-leefomgeving" }), name: "Na het teamoverleg" }),
  },

  // Review workflow (docs/permissions.md): reading states, queue, overview, checks and criteria
  // is workspace.read; submitting, resubmitting and reopening is agenda.submit (the lead of the
  // owning werkgroep or fundament), withdrawing agenda.withdraw (those leads and the
  // projectbureau), assigning review.assign (the projectbureau anyone, an expert only
  // themselves), deadlines and criteria review.configure (projectbureau), reviews review.write
  // (an assigned expert), adopting and sending back agenda.adopt (coalition). Each input first
  // puts the agenda in the state the step needs (server/reviews/test-factories.ts).
  { procedure: "reviews.state", kind: "query", allowed: signedIn, input: async () => ({ agendaId: await agendaIdOf({ group: "mentaal-gezond" }) }) },
  { procedure: "reviews.queue", kind: "query", allowed: signedIn },
  { procedure: "reviews.agendas", kind: "query", allowed: signedIn },
  { procedure: "reviews.checkSubmission", kind: "query", allowed: signedIn, input: async () => ({ agendaId: await agendaIdOf({ foundation: "arbeidsmarkt" }) }) },
  ...reviewStepCases("reviews.submit", "concept", { ownGroup: ["group_lead"], otherGroup: [], ownFoundation: ["foundation_lead"], otherFoundation: [] }),
  ...reviewStepCases("reviews.withdraw", "concept", {
    ownGroup: ["programme_office", "group_lead"],
    otherGroup: PO,
    ownFoundation: ["programme_office", "foundation_lead"],
    otherFoundation: PO,
  }),
  ...reviewStepCases("reviews.reopen", "teruggetrokken", { ownGroup: ["group_lead"], otherGroup: [], ownFoundation: ["foundation_lead"], otherFoundation: [] }),
  {
    procedure: "reviews.assign",
    variant: "the expert themselves",
    kind: "mutation",
    allowed: ["programme_office", "expert"],
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "ingediend"), expertIds: [await expertIdOf("expert")] }),
  },
  {
    procedure: "reviews.assign",
    variant: "another expert",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "ingediend"), expertIds: [await expertIdOf("expert2")] }),
  },
  {
    procedure: "reviews.unassign",
    variant: "the expert themselves",
    kind: "mutation",
    allowed: ["programme_office", "expert"],
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "in_review", ["expert", "expert2"]), expertId: await expertIdOf("expert") }),
  },
  {
    procedure: "reviews.unassign",
    variant: "another expert",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "in_review", ["expert", "expert2"]), expertId: await expertIdOf("expert2") }),
  },
  {
    procedure: "reviews.setDeadline",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "ingediend"), deadline: "2027-06-30" }),
  },
  {
    procedure: "reviews.saveReview",
    kind: "mutation",
    allowed: ["expert"],
    input: async () => ({ agendaId: await agendaInState({ group: "mentaal-gezond" }, "in_review", ["expert", "expert2"]), ratings: [], summary: "Eerste indruk." }),
  },
  {
    procedure: "reviews.submitReview",
    kind: "mutation",
    allowed: ["expert"],
    input: async () => ({
      agendaId: await agendaInState({ group: "mentaal-gezond" }, "in_review", ["expert", "expert2"]),
      advice: "positief",
      ratings: (await activeCriterionIds()).map((criterionId) => ({ criterionId, score: 3, motivation: "Goed onderbouwd." })),
    }),
  },
  {
    procedure: "reviews.adopt",
    kind: "mutation",
    allowed: ["coalition"],
    input: async () => ({ agendaId: await agendaInState({ foundation: "gezonde-leefomgeving" }, "positief_advies"), decisionDate: "2025-06-20", reference: "VC-2025-07" }),
  },
  {
    procedure: "reviews.sendBack",
    kind: "mutation",
    allowed: ["coalition"],
    input: async () => ({ agendaId: await agendaInState({ foundation: "gezonde-leefomgeving" }, "positief_advies"), reason: "De business case ontbreekt." }),
  },
  { procedure: "reviews.criteria.list", kind: "query", allowed: signedIn },
  {
    procedure: "reviews.criteria.setActive",
    kind: "mutation",
    allowed: PO,
    input: async () => {
      const set = await database.db.selectFrom("criteria_set").where("region_id", "=", ids.regionId).orderBy("position", "desc").select("id").executeTakeFirstOrThrow();
      await database.db.updateTable("criteria_set").set({ active: true }).where("region_id", "=", ids.regionId).execute();
      return { criteriaSetId: set.id, active: false };
    },
  },
  {
    procedure: "reviews.criteria.update",
    kind: "mutation",
    allowed: PO,
    input: async () => {
      const criterion = await database.db.selectFrom("criterion").select(["id", "title", "description"]).orderBy("id").executeTakeFirstOrThrow();
      return { criterionId: criterion.id, title: criterion.title, description: criterion.description };
    },
  },
  {
    procedure: "reviews.criteria.add",
    kind: "mutation",
    allowed: PO,
    input: async () => {
      const set = await database.db.selectFrom("criteria_set").where("region_id", "=", ids.regionId).orderBy("position").select("id").executeTakeFirstOrThrow();
      return { criteriaSetId: set.id, title: `Criterium ${randomUUID()}` };
    },
  },

  // Comment threads on agenda passages: reading, starting and answering them is for everyone
  // signed in (workspace.read, comment.write), on any agenda of the region; resolving and
  // reopening is thread.resolve: the werkgroep or fundament on its own agenda, the
  // projectbureau anywhere, and anyone on a thread they started.
  { procedure: "threads.list", kind: "query", allowed: signedIn, input: async () => ({ agendaId: await agendaIdOf({ group: "mentaal-gezond" }) }) },
  {
    procedure: "threads.create",
    variant: "own werkgroep's agenda",
    kind: "mutation",
    allowed: signedIn,
    input: async () => {
      const agendaId = await agendaIdOf({ group: "gezond-ouder-worden" });
      const { anchorStart, anchorEnd } = await firstPassage(agendaId);
      return { agendaId, anchorStart, anchorEnd, quote: "Tekst", body: "Een vraag." };
    },
  },
  {
    procedure: "threads.create",
    variant: "another werkgroep's agenda",
    kind: "mutation",
    allowed: signedIn,
    input: async () => {
      const agendaId = await agendaIdOf({ group: "mentaal-gezond" });
      const { anchorStart, anchorEnd } = await firstPassage(agendaId);
      return { agendaId, anchorStart, anchorEnd, quote: "Tekst", body: "Een vraag." };
    },
  },
  {
    procedure: "threads.reply",
    kind: "mutation",
    allowed: signedIn,
    input: async () => ({ threadId: await disposableThread(await agendaIdOf({ group: "mentaal-gezond" })), body: "Eens." }),
  },
  ...threadResolveCases("threads.resolve"),
  ...threadResolveCases("threads.reopen"),
  { procedure: "threads.events", kind: "subscription", allowed: signedIn, input: async () => ({ agendaId: await agendaIdOf({ group: "mentaal-gezond" }) }) },

  // Dependency views (docs/permissions.md): the graph, urgency, needs matrix, badges and a card's
  // dependency warnings are workspace.read; the decided order of the fundamenten is urgency.set
  // (coalition only); a reason why a focus card needs no vereist link is focus.justify (the
  // card's werkgroep and the projectbureau).
  { procedure: "dependencyViews.graph", kind: "query", allowed: signedIn, input: async () => ({ groupSlug: "mentaal-gezond" }) },
  { procedure: "dependencyViews.urgency", kind: "query", allowed: signedIn },
  {
    procedure: "dependencyViews.setUrgencyOrder",
    kind: "mutation",
    allowed: ["coalition"],
    input: async () => ({ foundationIds: (await database.db.selectFrom("foundation").select("id").orderBy("position", "desc").execute()).map((f) => f.id) }),
  },
  { procedure: "dependencyViews.needsMatrix", kind: "query", allowed: signedIn },
  ...cardEditCases("dependencyViews.justifyFocusLink", async (groupId) => {
    const card = await disposableCard(groupId);
    await database.db.updateTable("solution_direction").set({ foundation_ids: [ids.otherFoundation] }).where("id", "=", card.id).execute();
    return { cardId: card.id, foundationId: ids.otherFoundation, reason: "Het fundament levert hier niets nieuws voor." };
  }),
  { procedure: "dependencyViews.badges", variant: "a werkgroep's board", kind: "query", allowed: signedIn, input: async () => ({ ownerKind: "werkgroep", slug: "mentaal-gezond" }) },
  { procedure: "dependencyViews.badges", variant: "a fundament's werkagenda", kind: "query", allowed: signedIn, input: async () => ({ ownerKind: "fundament", slug: "gezonde-leefomgeving" }) },
  { procedure: "dependencyViews.cardWarnings", kind: "query", allowed: signedIn, input: async () => ({ cardId: (await disposableCard(ids.otherGroup)).id }) },
  { procedure: "dependencyViews.cardFoundationNeeds", kind: "query", allowed: signedIn, input: async () => ({ cardId: (await disposableCard(ids.otherGroup)).id }) },
  // Dependencies (docs/permissions.md): proposing and withdrawing are dependency.propose on the
  // owner of the depending item; confirming and declining are dependency.answer on the owner of
  // the other item (the projectbureau as facilitator); reading the inbox and an item's links is
  // workspace.read. The links to answer are made straight in the database (nobody proposed
  // them), so nobody is refused for answering their own proposal.
  ...cardEditCases("dependencies.propose", async (groupId) => ({
    fromId: (await disposableCard(groupId)).id,
    toId: (await disposableItem(ids.otherFoundation)).id,
    kind: "vereist",
    note: "Eerst de gegevens.",
  })),
  ...itemEditCases("dependencies.propose", async (foundationId) => ({
    fromId: (await disposableItem(foundationId)).id,
    toId: (await disposableCard(ids.otherGroup)).id,
    kind: "versterkt",
  })),
  ...cardEditCases("dependencies.confirm", async (groupId) => ({ id: await disposableLink({ item: (await disposableItem(ids.otherFoundation)).id }, { card: (await disposableCard(groupId)).id }) })),
  ...itemEditCases("dependencies.confirm", async (foundationId) => ({ id: await disposableLink({ card: (await disposableCard(ids.otherGroup)).id }, { item: (await disposableItem(foundationId)).id }) })),
  ...cardEditCases("dependencies.decline", async (groupId) => ({
    id: await disposableLink({ item: (await disposableItem(ids.otherFoundation)).id }, { card: (await disposableCard(groupId)).id }),
    reason: "Past niet in de planning.",
  })),
  ...itemEditCases("dependencies.decline", async (foundationId) => ({
    id: await disposableLink({ card: (await disposableCard(ids.otherGroup)).id }, { item: (await disposableItem(foundationId)).id }),
    reason: "Past niet in de planning.",
  })),
  ...cardEditCases("dependencies.withdraw", async (groupId) => ({ id: await disposableLink({ card: (await disposableCard(groupId)).id }, { item: (await disposableItem(ids.otherFoundation)).id }) })),
  ...itemEditCases("dependencies.withdraw", async (foundationId) => ({ id: await disposableLink({ item: (await disposableItem(foundationId)).id }, { card: (await disposableCard(ids.otherGroup)).id }) })),
  { procedure: "dependencies.inbox", variant: "a werkgroep", kind: "query", allowed: signedIn, input: async () => ({ ownerKind: "werkgroep", slug: "mentaal-gezond" }) },
  { procedure: "dependencies.inbox", variant: "a fundament", kind: "query", allowed: signedIn, input: async () => ({ ownerKind: "fundament", slug: "gezonde-leefomgeving" }) },
  { procedure: "dependencies.item", kind: "query", allowed: signedIn, input: async () => ({ itemId: (await disposableItem(ids.otherFoundation)).id }) },
  // The Overzicht's inbox is the caller's own (an empty list for who answers nothing); the propose form's candidates are a read.
  { procedure: "dependencies.myInbox", kind: "query", allowed: signedIn },
  { procedure: "dependencies.linkTargets", kind: "query", allowed: signedIn, input: async () => ({ fromId: (await disposableCard(ids.otherGroup)).id }) },
  // Notifications: every signed-in person reads and marks only their own (self.manage).
  { procedure: "notifications.list", kind: "query", allowed: signedIn, input: async () => ({}) },
  { procedure: "notifications.unreadCount", kind: "query", allowed: signedIn },
  {
    procedure: "notifications.markRead",
    kind: "mutation",
    allowed: signedIn,
    // A fresh notification of the caller's own, which the call marks read.
    input: async (who) => {
      if (who === "anonymous") return { ids: [randomUUID()] };
      const user = await database.db.selectFrom("app_user").where("email", "=", accountOf[who]).select("id").executeTakeFirstOrThrow();
      const row = await database.db
        .insertInto("notification")
        .values({ region_id: ids.regionId, user_id: user.id, kind: "dependency.confirmed", subject_id: null, data: {}, link: "/afhankelijkheden" })
        .returning("id")
        .executeTakeFirstOrThrow();
      return { ids: [row.id] };
    },
  },
  { procedure: "notifications.markAllRead", kind: "mutation", allowed: signedIn },

  // Monitoring (docs/permissions.md): the dashboard is public; measurements are recorded and
  // corrected by the projectbureau and by the werkgroep or fundament that reports the
  // indicator; indicators are added by the projectbureau.
  { procedure: "monitoring.dashboard", kind: "query", allowed: everyone },
  ...monitoringCases("monitoring.record", async (indicatorId) => ({ indicatorId, quarter: "2025-Q1", story: "Een verhaal." })),
  ...monitoringCases("monitoring.correct", async (indicatorId) => ({ measurementId: await disposableValue(indicatorId), value: "12" })),
  { procedure: "monitoring.indicators.add", kind: "mutation", allowed: PO, input: async () => ({ kind: "output", name: `Indicator ${randomUUID()}` }) },
  {
    procedure: "monitoring.indicators.update",
    kind: "mutation",
    allowed: PO,
    input: async () => ({ indicatorId: await disposableIndicator({ group: ids.ownGroup }), version: 1, kind: "outcome", name: `Indicator ${randomUUID()}`, target: "5" }),
  },
];

const sessions = new Map<Who, string>();

async function sessionFor(who: Exclude<Who, "anonymous">) {
  const user = await database.db.selectFrom("app_user").where("email", "=", accountOf[who]).select("id").executeTakeFirstOrThrow();
  return createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "authorization test" }, new Date());
}

/** A fresh session per call: some procedures end the caller's other sessions. */
async function cookieFor(who: Who) {
  if (who === "anonymous") return undefined;
  const { token } = await sessionFor(who);
  sessions.set(who, token);
  return `rw_session=${token}`;
}

async function callProcedure(who: Who, testCase: Case) {
  const cookie = await cookieFor(who);
  const input = testCase.input ? await testCase.input(who) : undefined;
  const headers: Record<string, string> = { ...(cookie ? { cookie } : {}) };
  if (testCase.kind === "subscription") {
    const query = `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return { status: await subscriptionStatus(`${server.baseUrl}/api/trpc/${testCase.procedure}${query}`, headers) };
  }
  if (testCase.kind === "query") {
    const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return fetch(`${server.baseUrl}/api/trpc/${testCase.procedure}${query}`, { headers });
  }
  return fetch(`${server.baseUrl}/api/trpc/${testCase.procedure}`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json", origin: server.baseUrl },
    body: JSON.stringify(input ?? null),
  });
}

/**
 * Opens a tRPC subscription over SSE and reads until it either streams (its first message,
 * boards.events' "subscription.ready": 200) or reports an error (the error's HTTP status;
 * tRPC's SSE response itself is always 200 and carries the error as an event).
 */
async function subscriptionStatus(url: string, headers: Record<string, string>): Promise<number> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 10_000);
  try {
    const response = await fetch(url, { headers: { ...headers, accept: "text/event-stream" }, signal: abort.signal });
    if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response.status;
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream ended without a message or an error");
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
        const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
        if (name === "message") return 200;
        if (name === "serialized-error") return (JSON.parse(data) as { data: { httpStatus: number } }).data.httpStatus;
      }
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startInProcessServer(database);
  const group = (slug: string) => database.db.selectFrom("working_group").where("slug", "=", slug).select(["id", "region_id"]).executeTakeFirstOrThrow();
  const foundation = (slug: string) => database.db.selectFrom("foundation").where("slug", "=", slug).select("id").executeTakeFirstOrThrow();
  const own = await group("gezond-ouder-worden");
  ids = {
    regionId: own.region_id,
    ownGroup: own.id,
    otherGroup: (await group("mentaal-gezond")).id,
    ownFoundation: (await foundation("arbeidsmarkt")).id,
    otherFoundation: (await foundation("gezonde-leefomgeving")).id,
    buildingBlock: (await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow()).id,
  };
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe("the permission table over tRPC", () => {
  it("has a row for every procedure of the router", () => {
    const procedures = Object.keys((appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures).sort();
    const covered = [...new Set(cases.map((c) => c.procedure))].sort();
    expect(covered).toEqual(procedures);
  });

  for (const testCase of cases) {
    const name = testCase.variant ? `${testCase.procedure} (${testCase.variant})` : testCase.procedure;
    it(name, async () => {
      const outcome: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const who of everyone) {
        const response = await callProcedure(who, testCase);
        outcome[who] = response.status;
        expected[who] = testCase.allowed.includes(who) ? 200 : who === "anonymous" ? 401 : 403;
      }
      expect(outcome).toEqual(expected);
    });
  }
});

/** Pages behind sign-in: allowed roles get 200, the others 403, a visitor goes to /login. */
const pages: Array<{ path: string; allowed: Allowed }> = [
  { path: "/", allowed: everyone },
  { path: "/regioplan/bouwstenen/wijkgericht-werken", allowed: everyone },
  { path: "/regioplan/monitoring", allowed: everyone },
  { path: "/regioplan/monitoring.csv", allowed: everyone },
  { path: "/mijn-sessies", allowed: signedIn },
  { path: "/meldingen", allowed: signedIn },
  { path: "/afhankelijkheden", allowed: signedIn },
  { path: "/werkgroepen/gezond-ouder-worden/afhankelijkheden", allowed: signedIn },
  { path: "/fundamenten/arbeidsmarkt/afhankelijkheden", allowed: signedIn },
  { path: "/werkgroepen/gezond-ouder-worden/tabel.csv", allowed: signedIn },
  { path: "/afhankelijkheden.csv", allowed: signedIn },
  { path: "/fundamenten/arbeidsmarkt/werkagenda.csv", allowed: signedIn },
  { path: "/werkgroepen/gezond-ouder-worden/agenda/afdrukken", allowed: signedIn },
  { path: "/fundamenten/arbeidsmarkt/agenda/afdrukken", allowed: signedIn },
  { path: "/beheer", allowed: PO },
  { path: "/beheer/mensen", allowed: PO },
  { path: "/beheer/werkgroepen", allowed: PO },
  { path: "/beheer/werkgroepen/gezond-ouder-worden", allowed: PO },
  { path: "/beheer/fundamenten", allowed: PO },
  { path: "/beheer/criteria", allowed: PO },
  { path: "/beheer/audit", allowed: PO },
];

describe("the permission table over the pages", () => {
  for (const page of pages) {
    it(`GET ${page.path}`, async () => {
      const outcome: Record<string, number | string> = {};
      const expected: Record<string, number | string> = {};
      for (const who of everyone) {
        const cookie = await cookieFor(who);
        const response = await fetch(server.baseUrl + page.path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
        outcome[who] = response.status === 302 ? `302 ${response.headers.get("location")}` : response.status;
        expected[who] = page.allowed.includes(who)
          ? 200
          : who === "anonymous"
            ? `302 /login?naar=${encodeURIComponent(page.path)}`
            : 403;
      }
      expect(outcome).toEqual(expected);
    });
  }

  it("POST /meldingen marks only the caller's own notification read: someone else's is a 404 and stays unread", async () => {
    const owner = await database.db.selectFrom("app_user").where("email", "=", accountOf.group_member).select("id").executeTakeFirstOrThrow();
    const notification = await database.db
      .insertInto("notification")
      .values({ region_id: ids.regionId, user_id: owner.id, kind: "dependency.lapsed", subject_id: null, data: {}, link: "/afhankelijkheden" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const post = async (who: Exclude<Who, "anonymous">) =>
      fetch(`${server.baseUrl}/meldingen`, {
        method: "POST",
        headers: { cookie: (await cookieFor(who))!, "content-type": "application/x-www-form-urlencoded", origin: server.baseUrl },
        body: new URLSearchParams({ intent: "read", id: notification.id }).toString(),
        redirect: "manual",
      });
    const readAt = async () => (await database.db.selectFrom("notification").where("id", "=", notification.id).select("read_at").executeTakeFirstOrThrow()).read_at;
    expect((await post("group_lead")).status).toBe(404);
    expect(await readAt()).toBeNull();
    const page = await fetch(`${server.baseUrl}/meldingen`, { headers: { cookie: (await cookieFor("group_member"))! } });
    expect(await page.text()).toMatch(/aria-label="Meldingen, \d+ ongelezen"/);
    expect((await post("group_member")).status).toBe(200);
    expect(await readAt()).not.toBeNull();
  });

  it("POST /beheer/mensen (deactivate someone): only the programme office, and nothing changes for the others", async () => {
    const outcome: Record<string, boolean> = {};
    const expected: Record<string, boolean> = {};
    for (const who of everyone) {
      const victim = await disposablePerson();
      const cookie = await cookieFor(who);
      const response = await fetch(`${server.baseUrl}/beheer/mensen`, {
        method: "POST",
        headers: { ...(cookie ? { cookie } : {}), "content-type": "application/x-www-form-urlencoded", origin: server.baseUrl },
        body: new URLSearchParams({ intent: "deactivate", target: victim, personName: "Tijdelijk" }).toString(),
        redirect: "manual",
      });
      const row = await database.db.selectFrom("app_user").where("id", "=", victim).select("active").executeTakeFirstOrThrow();
      outcome[who] = !row.active;
      expected[who] = who === "programme_office";
      expect(response.status, who).toBe(who === "programme_office" ? 200 : who === "anonymous" ? 302 : 403);
    }
    expect(outcome).toEqual(expected);
  });
});

describe("defences on the API", () => {
  it("refuses a cross-origin tRPC mutation and changes nothing", async () => {
    const victim = await disposablePerson();
    const response = await fetch(`${server.baseUrl}/api/trpc/people.deactivate`, {
      method: "POST",
      headers: { cookie: (await cookieFor("programme_office"))!, "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ userId: victim }),
    });
    expect(response.status).toBe(403);
    const row = await database.db.selectFrom("app_user").where("id", "=", victim).select("active").executeTakeFirstOrThrow();
    expect(row.active).toBe(true);
  });

  it("refuses a mutation that is not sent as application/json, and a mutation over GET", async () => {
    const victim = await disposablePerson();
    const cookie = (await cookieFor("programme_office"))!;
    const formPost = await fetch(`${server.baseUrl}/api/trpc/people.deactivate`, {
      method: "POST",
      headers: { cookie, "content-type": "text/plain", origin: server.baseUrl },
      body: JSON.stringify({ userId: victim }),
    });
    expect(formPost.status).toBeGreaterThanOrEqual(400);
    const viaGet = await fetch(`${server.baseUrl}/api/trpc/people.deactivate?input=${encodeURIComponent(JSON.stringify({ userId: victim }))}`, {
      headers: { cookie },
    });
    expect(viaGet.status).toBe(405);
    const row = await database.db.selectFrom("app_user").where("id", "=", victim).select("active").executeTakeFirstOrThrow();
    expect(row.active).toBe(true);
  });

  it("caps batches", async () => {
    const paths = Array.from({ length: 11 }, () => "plan.overview").join(",");
    const response = await fetch(`${server.baseUrl}/api/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`);
    expect(response.status).toBe(400);
    const ok = await fetch(`${server.baseUrl}/api/trpc/plan.overview,plan.structure?batch=1&input=${encodeURIComponent("{}")}`);
    expect(ok.status).toBe(200);
  });

  it("refuses a cross-origin form POST to a Remix action and changes nothing", async () => {
    const cookie = (await cookieFor("reader"))!;
    const token = sessions.get("reader")!;
    const response = await fetch(`${server.baseUrl}/uitloggen`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: "",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    const sessionId = token.split(".")[0]!;
    expect(await database.db.selectFrom("session").where("id", "=", sessionId).select("id").executeTakeFirst()).toBeDefined();
  });

  it("refuses a vereist link over the API that would close a cycle, naming the cycle in Dutch, and stores nothing", async () => {
    // a requires b requires c; c requiring a would close the circle.
    const a = await disposableCard(ids.ownGroup);
    const b = await disposableItem(ids.ownFoundation);
    const c = await disposableCard(ids.otherGroup);
    await disposableLink({ card: a.id }, { item: b.id });
    await disposableLink({ item: b.id }, { card: c.id });
    const cookie = (await cookieFor("programme_office"))!;
    const response = await fetch(`${server.baseUrl}/api/trpc/dependencies.propose`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: server.baseUrl },
      body: JSON.stringify({ fromId: c.id, toId: a.id, kind: "vereist" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("Dit kan niet: dan wachten ze op elkaar.");
    for (const title of [a.title, b.title, c.title]) expect(body.error.message).toContain(title);
    expect(await database.db.selectFrom("dependency").where("from_key", "=", c.id).select("id").execute()).toEqual([]);
  });

  it("does not let a session of another region act here", async () => {
    const other = await database.db.insertInto("region").values({ slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const stranger = await database.db
      .insertInto("app_user")
      .values({ region_id: other.id, email: `elders-${randomUUID()}@demo.nl`, name: "Elders", password_hash: null, deactivated_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db.insertInto("role_assignment").values({ user_id: stranger.id, region_id: other.id, role: "programme_office", working_group_id: null, foundation_id: null }).execute();
    const { token } = await createSession(database.db, stranger.id, { ip: "127.0.0.1", userAgent: "test" }, new Date());
    const response = await fetch(`${server.baseUrl}/api/trpc/people.list`, { headers: { cookie: `rw_session=${token}` } });
    expect(response.status).toBe(403);
  });
});
