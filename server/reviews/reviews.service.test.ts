import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { agendaAccess } from "../../shared/agenda/access";
import { describeRefusal, reviewAdvices, type ReviewAdvice, type ReviewState } from "../../shared/domain/review-flow";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { resolveAgendaAccess } from "../agendas/agendas.service";
import { createSession, validateSessionToken } from "../auth/session.service";
import { ACCESS_TOPIC } from "../events/access-changed";
import { listMyNotifications } from "../notifications/notifications.service";
import { deactivatePerson } from "../people/people.service";
import type { DomainEvent } from "../events/event-bus";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import {
  adoptAgenda,
  assignReviewers,
  checkSubmission,
  getReviewState,
  listAgendaStates,
  listReviewQueue,
  reopenAgenda,
  saveReview,
  sendBack,
  setDeadline,
  submitAgenda,
  submitReview,
  unassignReviewer,
  withdrawAgenda,
} from "./reviews.service";

// The review workflow through its services on a real database (a copy of the demo template).
// Group roles of the demo are in "gezond-ouder-worden", foundation roles in "arbeidsmarkt".

let database: TestDatabase;
let anonymous: ServiceContext;
const contexts = new Map<string, ServiceContext>();
let agendas: { group: string; foundation: string; otherGroup: string };

/** A signed-in context for a demo account (a session made directly: no password hashing). */
async function as(email: string): Promise<ServiceContext> {
  const cached = contexts.get(email);
  if (cached) return cached;
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token, sessionId } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const session = await validateSessionToken(database.db, token, new Date());
  const ctx = { ...anonymous, actor: session!.actor, sessionId };
  contexts.set(email, ctx);
  return ctx;
}

const lead = () => as("begeleider@demo.nl");
const kwartiermaker = () => as("kwartiermaker@demo.nl");
const office = () => as("projectbureau@demo.nl");
const eva = () => as("expert@demo.nl");
const erik = () => as("expert2@demo.nl");
const coalition = () => as("coalitie@demo.nl");
const userId = async (email: string) => (await as(email)).actor!.userId;

async function agendaIdOf(owner: { group: string } | { foundation: string }) {
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

async function stateOf(agendaId: string): Promise<ReviewState> {
  return (await database.db.selectFrom("agenda").where("id", "=", agendaId).select("review_state").executeTakeFirstOrThrow()).review_state;
}

/** Test factory: puts an agenda back to Concept without reviewers, whatever the demo made of it. */
async function resetToConcept(agendaId: string) {
  await database.db.deleteFrom("review_assignment").where("agenda_id", "=", agendaId).execute();
  await database.db.updateTable("agenda").set({ review_state: "concept", adopted_version_id: null, adoption_date: null, adoption_reference: null, deadline: null }).where("id", "=", agendaId).execute();
}

/** Scores and motivations for every active criterion; `score` picks each criterion's score. */
async function fullRatings(agendaId: string, score: (index: number) => number = () => 3) {
  const { criteria } = await getReviewState(await office(), { agendaId });
  return criteria.map((criterion, index) => ({ criterionId: criterion.id, score: score(index), motivation: `Uitleg bij ${criterion.title}.` }));
}

async function review(ctx: ServiceContext, agendaId: string, advice: ReviewAdvice, score?: (index: number) => number) {
  return submitReview(ctx, { agendaId, advice, ratings: await fullRatings(agendaId, score), summary: "Samenvatting." });
}

/** From Concept to In review with both demo experts assigned. */
async function startReview(agendaId: string, submitter: () => Promise<ServiceContext> = lead) {
  await submitAgenda(await submitter(), { agendaId });
  await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl"), await userId("expert2@demo.nl")] });
}

function listen(ctx: ServiceContext, topic: string) {
  const seen: DomainEvent[] = [];
  const stop = ctx.events.subscribe(topic, (event) => seen.push(event));
  return { seen, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
  agendas = {
    group: await agendaIdOf({ group: "gezond-ouder-worden" }),
    foundation: await agendaIdOf({ foundation: "arbeidsmarkt" }),
    otherGroup: await agendaIdOf({ group: "mentaal-gezond" }),
  };
  for (const id of Object.values(agendas)) await resetToConcept(id);
});
afterAll(() => database.destroy());

describe("the whole cycle", () => {
  it("submit, assign two experts, changes asked, resubmit, positive advice, adopt: read-only and immutable", async () => {
    const agendaId = agendas.group;
    const before = await database.db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).select("number").execute();

    // Indienen: a version is frozen with reason 'submit' and the checks' outcome.
    const submitted = await submitAgenda(await lead(), { agendaId });
    expect(submitted).toMatchObject({ event: "indienen", from: "concept", state: "ingediend", stateLabel: "Ingediend", warnings: [] });
    expect(submitted.version.number).toBe(before.length + 1);
    const first = await database.db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).where("number", "=", submitted.version.number).selectAll().executeTakeFirstOrThrow();
    expect(first).toMatchObject({ reason: "submit", name: "Ingediend voor review", checks: { blocking: [], warnings: [] } });

    // The projectbureau assigns both experts: In review.
    const assigned = await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl"), await userId("expert2@demo.nl")] });
    expect(assigned).toMatchObject({ from: "ingediend", state: "in_review" });
    expect(assigned.reviewers.map((r) => r.name).sort()).toEqual(["Erik Expert", "Eva Expert"]);
    expect((await getReviewState(await lead(), { agendaId })).progress).toEqual({ done: 0, total: 2, label: "0 van 2 reviews klaar" });

    // Eva: positive; Erik: changes needed, and 2 points apart on the first criterion.
    expect(await review(await eva(), agendaId, "positief", (i) => (i === 0 ? 4 : 3))).toMatchObject({ submitted: true, state: "in_review" });
    const half = await getReviewState(await lead(), { agendaId });
    expect(half.progress?.label).toBe("1 van 2 reviews klaar");
    const last = await review(await erik(), agendaId, "aanpassen", (i) => (i === 0 ? 2 : 3));
    expect(last).toMatchObject({ submitted: true, from: "in_review", state: "aanpassen_gevraagd" });

    const asked = await getReviewState(await lead(), { agendaId });
    expect(asked.state).toBe("aanpassen_gevraagd");
    expect(asked.progress?.label).toBe("2 van 2 reviews klaar");
    expect(asked.reviews.map((r) => r.adviceLabel).sort()).toEqual(["Aanpassen", "Positief"]);
    expect(asked.comparison[0]).toMatchObject({ differs: true });
    expect(asked.comparison.slice(1).every((row) => !row.differs)).toBe(true);
    expect(asked.transitions[0]).toMatchObject({ event: "laatste_review_binnen", from: "in_review", to: "aanpassen_gevraagd", actorName: null });
    expect(asked.allowedEvents).toEqual([
      { event: "opnieuw_indienen", label: "Opnieuw indienen" },
      { event: "terugtrekken", label: "Terugtrekken" },
    ]);
    expect(asked.changesSinceReview).toBeNull();

    // Opnieuw indienen: straight back to In review with a new version; both owe a new review.
    const again = await submitAgenda(await lead(), { agendaId });
    expect(again).toMatchObject({ event: "opnieuw_indienen", from: "aanpassen_gevraagd", state: "in_review" });
    expect(again.version).toEqual({ number: submitted.version.number + 1, name: "Opnieuw ingediend voor review" });
    const resubmitted = await getReviewState(await eva(), { agendaId });
    expect(resubmitted.currentVersion?.number).toBe(again.version.number);
    expect(resubmitted.progress?.label).toBe("0 van 2 reviews klaar");
    expect(resubmitted.reviews).toEqual([]);
    expect(resubmitted.history.map((r) => r.versionNumber)).toEqual([submitted.version.number, submitted.version.number]);
    expect(resubmitted.abilities.writeReview).toBe(true);
    expect(resubmitted.changesSinceReview).toMatchObject({ fromVersion: submitted.version.number, toVersion: again.version.number });

    await review(await eva(), agendaId, "positief");
    expect(await review(await erik(), agendaId, "positief_met_aanpassingen")).toMatchObject({ state: "positief_advies" });

    // The coalition adopts: Vastgesteld, the reviewed version, read-only for everyone.
    const access = listen(await coalition(), ACCESS_TOPIC);
    const adopted = await adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-06-25", reference: "VC-2026-14" });
    await settle();
    access.stop();
    expect(adopted).toMatchObject({ event: "vaststellen", state: "vastgesteld", adoption: { versionNumber: again.version.number, decisionDate: "2026-06-25", reference: "VC-2026-14" } });
    expect(access.seen).toEqual([expect.objectContaining({ type: "agenda", id: agendaId })]);
    const row = await database.db.selectFrom("agenda").where("id", "=", agendaId).select(["review_state", "adopted_version_id"]).executeTakeFirstOrThrow();
    const adoptedVersion = await database.db.selectFrom("agenda_version").where("id", "=", row.adopted_version_id!).selectAll().executeTakeFirstOrThrow();
    expect(adoptedVersion.number).toBe(again.version.number);
    for (const email of ["begeleider@demo.nl", "lid@demo.nl", "projectbureau@demo.nl", "meelezer@demo.nl"]) {
      const resolved = await resolveAgendaAccess(database.db, (await as(email)).actor, agendaId);
      expect(resolved?.access, email).toBe("read");
    }
    expect(agendaAccess((await lead()).actor, { regionId: anonymous.regionId, groupId: (await groupId()), foundationId: null, reviewState: "vastgesteld" })).toBe("read");

    // Nothing changes it afterwards: no step, no new adoption, no deadline.
    const final = describeRefusal("vastgesteld");
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-06-26", reference: "Anders" })).rejects.toThrow(final);
    await expect(withdrawAgenda(await office(), { agendaId })).rejects.toThrow(final);
    await expect(submitAgenda(await lead(), { agendaId })).rejects.toThrow(final);
    await expect(sendBack(await coalition(), { agendaId, reason: "Toch niet" })).rejects.toThrow(final);
    await expect(setDeadline(await office(), { agendaId, deadline: "2027-01-01" })).rejects.toThrow(nl.review.deadlineAfterAdoption);
    const after = await database.db.selectFrom("agenda").where("id", "=", agendaId).select(["adopted_version_id", "adoption_reference"]).executeTakeFirstOrThrow();
    expect(after).toEqual({ adopted_version_id: row.adopted_version_id, adoption_reference: "VC-2026-14" });
    expect(await database.db.selectFrom("agenda_version").where("id", "=", row.adopted_version_id!).selectAll().executeTakeFirstOrThrow()).toEqual(adoptedVersion);
    const state = await getReviewState(await as("meelezer@demo.nl"), { agendaId });
    expect(state).toMatchObject({ state: "vastgesteld", allowedEvents: [], adoption: { versionNumber: again.version.number, reference: "VC-2026-14" } });

    // The history: every step with who and when.
    const transitions = await database.db.selectFrom("agenda_transition").where("agenda_id", "=", agendaId).select(["event", "from_state", "to_state"]).orderBy("created_at").execute();
    expect(transitions.map((t) => `${t.from_state}>${t.event}>${t.to_state}`)).toEqual([
      "concept>indienen>ingediend",
      "ingediend>reviewers_toewijzen>in_review",
      "in_review>laatste_review_binnen>aanpassen_gevraagd",
      "aanpassen_gevraagd>opnieuw_indienen>in_review",
      "in_review>laatste_review_binnen>positief_advies",
      "positief_advies>vaststellen>vastgesteld",
    ]);
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", agendaId).where("created_at", ">=", first.created_at).select("action").orderBy("seq").execute();
    expect(audit.map((a) => a.action).filter((a) => a !== "agenda.version_frozen")).toEqual([
      "agenda.submitted",
      "review.assigned",
      "review.assigned",
      "agenda.review_started",
      "review.submitted",
      "review.submitted",
      "agenda.reviews_completed",
      "agenda.resubmitted",
      "review.submitted",
      "review.submitted",
      "agenda.reviews_completed",
      "agenda.adopted",
    ]);
  });
});

const groupId = async () => (await database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirstOrThrow()).id;

describe("every legal step, and illegal ones refused", () => {
  it("withdraws from every state but Vastgesteld and Teruggetrokken, and reopens to Concept", async () => {
    const agendaId = agendas.foundation;
    await resetToConcept(agendaId);
    // Concept -> Teruggetrokken -> Concept (the kwartiermaker; the projectbureau may withdraw too).
    expect(await withdrawAgenda(await kwartiermaker(), { agendaId, reason: "Eerst de werksessie" })).toMatchObject({ from: "concept", state: "teruggetrokken" });
    await expect(withdrawAgenda(await office(), { agendaId })).rejects.toThrow("Dit kan nu niet: de agenda is Teruggetrokken. Wat nu kan: heropenen.");
    await expect(reopenAgenda(await office(), { agendaId })).rejects.toThrow(ForbiddenError);
    expect(await reopenAgenda(await kwartiermaker(), { agendaId })).toMatchObject({ from: "teruggetrokken", state: "concept" });
    // Ingediend -> Teruggetrokken (projectbureau).
    await submitAgenda(await kwartiermaker(), { agendaId });
    expect(await withdrawAgenda(await office(), { agendaId })).toMatchObject({ from: "ingediend", state: "teruggetrokken" });
    // In review -> Teruggetrokken.
    await reopenAgenda(await kwartiermaker(), { agendaId });
    await startReview(agendaId, kwartiermaker);
    expect(await stateOf(agendaId)).toBe("in_review");
    expect(await withdrawAgenda(await kwartiermaker(), { agendaId })).toMatchObject({ from: "in_review", state: "teruggetrokken" });
    const last = await database.db.selectFrom("agenda_transition").where("agenda_id", "=", agendaId).select("reason").orderBy("created_at", "desc").executeTakeFirstOrThrow();
    expect(last.reason).toBe("");
    // Aanpassen gevraagd -> Teruggetrokken; Positief advies -> terugsturen -> Aanpassen gevraagd.
    await reopenAgenda(await kwartiermaker(), { agendaId });
    await submitAgenda(await kwartiermaker(), { agendaId });
    expect(await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl")] })).toMatchObject({ from: "ingediend", state: "in_review", added: [] });
    await review(await eva(), agendaId, "positief");
    await review(await erik(), agendaId, "positief");
    expect(await stateOf(agendaId)).toBe("positief_advies");
    const sentBack = await sendBack(await coalition(), { agendaId, reason: "  De business case ontbreekt.  " });
    expect(sentBack).toMatchObject({ from: "positief_advies", state: "aanpassen_gevraagd" });
    expect((await getReviewState(await kwartiermaker(), { agendaId })).transitions[0]).toMatchObject({ event: "terugsturen", reason: "De business case ontbreekt.", actorName: "Cor Coalitie" });
    expect(await withdrawAgenda(await kwartiermaker(), { agendaId })).toMatchObject({ from: "aanpassen_gevraagd", state: "teruggetrokken" });
    // Positief advies -> Teruggetrokken.
    await reopenAgenda(await kwartiermaker(), { agendaId });
    await submitAgenda(await kwartiermaker(), { agendaId });
    await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl")] });
    await review(await eva(), agendaId, "positief_met_aanpassingen");
    await review(await erik(), agendaId, "positief");
    expect(await withdrawAgenda(await office(), { agendaId })).toMatchObject({ from: "positief_advies", state: "teruggetrokken" });
    await reopenAgenda(await kwartiermaker(), { agendaId });
    // The review keeps every step with who took it and why, newest first, not only the last one.
    const { transitions } = await getReviewState(await kwartiermaker(), { agendaId });
    expect(transitions.slice(0, 6).map((step) => step.event)).toEqual(["heropenen", "terugtrekken", "laatste_review_binnen", "reviewers_toewijzen", "indienen", "heropenen"]);
    expect(transitions[1]).toMatchObject({ from: "positief_advies", to: "teruggetrokken", actorName: "Petra Projectbureau" });
    expect(transitions.filter((step) => step.event === "terugtrekken").length).toBeGreaterThanOrEqual(5);
    expect(transitions).toContainEqual(expect.objectContaining({ event: "terugtrekken", from: "concept", reason: "Eerst de werksessie" }));
  });

  it("lets a reviewer from before a withdrawal start the review of the version submitted again, and both owe a review of it", async () => {
    const agendaId = agendas.foundation;
    await resetToConcept(agendaId);
    await startReview(agendaId, kwartiermaker);
    await review(await eva(), agendaId, "positief");
    await withdrawAgenda(await kwartiermaker(), { agendaId, reason: "Eerst de begroting rond" });
    await reopenAgenda(await kwartiermaker(), { agendaId });
    await submitAgenda(await kwartiermaker(), { agendaId });
    // Both experts are still assigned, so neither can pick themselves as a new reviewer: starting is what is left.
    const waiting = await getReviewState(await erik(), { agendaId });
    expect(waiting.state).toBe("ingediend");
    expect(waiting.reviewers.map((r) => r.name).sort()).toEqual(["Erik Expert", "Eva Expert"]);
    expect(waiting.allowedEvents.map((e) => e.event)).toContain("reviewers_toewijzen");
    expect(await assignReviewers(await erik(), { agendaId, expertIds: [await userId("expert2@demo.nl")] })).toMatchObject({ from: "ingediend", state: "in_review", added: [] });
    const started = await getReviewState(await office(), { agendaId });
    expect(started.reviewers.map((r) => r.submitted)).toEqual([false, false]);
    expect(started.progress?.label).toBe("0 van 2 reviews klaar");
  });

  it("refuses steps the state does not allow, naming what can happen now", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const expertId = await userId("expert@demo.nl");
    await expect(assignReviewers(await office(), { agendaId, expertIds: [expertId] })).rejects.toThrow(
      "Dit kan nu niet: de agenda is Concept. Wat nu kan: indienen of terugtrekken.",
    );
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-01-01", reference: "X" })).rejects.toThrow(InvalidTransitionError);
    await expect(sendBack(await coalition(), { agendaId, reason: "Nee" })).rejects.toThrow(describeRefusal("concept"));
    await expect(reopenAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId })).rejects.toThrow(describeRefusal("concept"));
    await expect(submitReview(await eva(), { agendaId, advice: "positief", ratings: [] })).rejects.toThrow(nl.review.reviewNotOpen);

    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    await expect(submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId })).rejects.toThrow(
      "Dit kan nu niet: de agenda is Ingediend. Wat nu kan: reviewers toewijzen of terugtrekken.",
    );
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-01-01", reference: "X" })).rejects.toThrow(describeRefusal("ingediend"));
    await assignReviewers(await office(), { agendaId, expertIds: [expertId] });
    await expect(submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId })).rejects.toThrow(describeRefusal("in_review"));
    await expect(sendBack(await coalition(), { agendaId, reason: "Nee" })).rejects.toThrow(describeRefusal("in_review"));
    await expect(reopenAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId })).rejects.toThrow(describeRefusal("in_review"));
    await resetToConcept(agendaId);
  });

  it("lets only the roles of the policy take each step", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    // Submitting is the lead of the owning werkgroep only: not a member, not another lead, not the projectbureau.
    for (const email of ["lid.wg2@demo.nl", "begeleider@demo.nl", "projectbureau@demo.nl", "kwartiermaker@demo.nl", "expert@demo.nl", "coalitie@demo.nl"]) {
      await expect(submitAgenda(await as(email), { agendaId }), email).rejects.toThrow(ForbiddenError);
    }
    await expect(submitAgenda(anonymous, { agendaId })).rejects.toThrow(UnauthenticatedError);
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    for (const email of ["begeleider.mentaal-gezond@demo.nl", "coalitie@demo.nl", "meelezer@demo.nl"]) {
      await expect(assignReviewers(await as(email), { agendaId, expertIds: [await userId("expert@demo.nl")] }), email).rejects.toThrow(ForbiddenError);
    }
    await assignReviewers(await eva(), { agendaId, expertIds: [await userId("expert@demo.nl")] });
    await review(await eva(), agendaId, "positief");
    for (const email of ["projectbureau@demo.nl", "begeleider.mentaal-gezond@demo.nl", "expert@demo.nl"]) {
      await expect(adoptAgenda(await as(email), { agendaId, decisionDate: "2026-01-01", reference: "X" }), email).rejects.toThrow(ForbiddenError);
      await expect(sendBack(await as(email), { agendaId, reason: "X" }), email).rejects.toThrow(ForbiddenError);
    }
    for (const email of ["lid.wg2@demo.nl", "expert@demo.nl", "coalitie@demo.nl", "begeleider@demo.nl"]) {
      await expect(withdrawAgenda(await as(email), { agendaId }), email).rejects.toThrow(ForbiddenError);
    }
    expect(await stateOf(agendaId)).toBe("positief_advies");
    await resetToConcept(agendaId);
  });
});

describe("the automatic step after the last review", () => {
  it("ends in the state DOMAIN.md prescribes for every mix of two advices", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const begeleider = () => as("begeleider.mentaal-gezond@demo.nl");
    for (const a of reviewAdvices) {
      for (const b of reviewAdvices) {
        await startReview(agendaId, begeleider);
        expect((await review(await eva(), agendaId, a)).state).toBe("in_review");
        const expected = [a, b].every((advice) => advice === "positief" || advice === "positief_met_aanpassingen") ? "positief_advies" : "aanpassen_gevraagd";
        expect((await review(await erik(), agendaId, b)).state, `${a} + ${b}`).toBe(expected);
        expect(await stateOf(agendaId)).toBe(expected);
        await withdrawAgenda(await begeleider(), { agendaId });
        await reopenAgenda(await begeleider(), { agendaId });
      }
    }
  });

  it("with three reviewers waits for the third", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const third = await database.db
      .insertInto("app_user")
      .values({ region_id: anonymous.regionId, email: `derde-${randomUUID()}@demo.nl`, name: "Derde Expert", password_hash: null, deactivated_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db.insertInto("role_assignment").values({ user_id: third.id, region_id: anonymous.regionId, role: "expert", working_group_id: null, foundation_id: null }).execute();
    const thirdCtx = await as((await database.db.selectFrom("app_user").where("id", "=", third.id).select("email").executeTakeFirstOrThrow()).email);
    await startReview(agendaId, () => as("begeleider.mentaal-gezond@demo.nl"));
    await assignReviewers(await office(), { agendaId, expertIds: [third.id] });
    await review(await eva(), agendaId, "positief");
    await review(await erik(), agendaId, "positief");
    const state = await getReviewState(await office(), { agendaId });
    expect(state).toMatchObject({ state: "in_review", progress: { done: 2, total: 3, label: "2 van 3 reviews klaar" } });
    expect(await review(thirdCtx, agendaId, "negatief")).toMatchObject({ state: "aanpassen_gevraagd" });
    await database.db.deleteFrom("review_assignment").where("expert_id", "=", third.id).execute();
    await resetToConcept(agendaId);
  });
});

describe("submission checks", () => {
  it("block a werkgroep whose focus card misses a scale, quarter or bouwsteen, and change nothing", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const card = await database.db
      .selectFrom("solution_direction as c")
      .innerJoin("working_group as g", "g.id", "c.working_group_id")
      .where("g.slug", "=", "mentaal-gezond")
      .where("c.focus", "=", true)
      .select(["c.id", "c.title", "c.scale_kind", "c.end_quarter"])
      .executeTakeFirstOrThrow();
    await database.db.updateTable("solution_direction").set({ scale_kind: null, end_quarter: null }).where("id", "=", card.id).execute();
    const versions = async () => (await database.db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).select("id").execute()).length;
    const before = await versions();
    const lead2 = await as("begeleider.mentaal-gezond@demo.nl");

    const preview = await checkSubmission(lead2, { agendaId });
    expect(preview.canSubmit).toBe(false);
    const error = await submitAgenda(lead2, { agendaId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("U kunt de agenda nog niet indienen. Los eerst dit punt op.");
    expect((error as ValidationError).issues).toEqual([
      { path: `card.${card.id}`, message: `Oplossingsrichting "${card.title}" mist nog een schaal (lokaal, subregionaal of regionaal) en een eindkwartaal. Vul dit aan op het bord.` },
    ]);
    expect(await stateOf(agendaId)).toBe("concept");
    expect(await versions()).toBe(before);

    await database.db.updateTable("solution_direction").set({ scale_kind: card.scale_kind, end_quarter: card.end_quarter }).where("id", "=", card.id).execute();
    expect((await checkSubmission(lead2, { agendaId })).canSubmit).toBe(true);
  });

  it("warn without blocking, and keep the warnings with the submitted version", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const group = await database.db.selectFrom("working_group").where("slug", "=", "mentaal-gezond").select("id").executeTakeFirstOrThrow();
    const focus = await database.db.selectFrom("solution_direction").where("working_group_id", "=", group.id).where("focus", "=", true).select("id").execute();
    await database.db.updateTable("solution_direction").set({ focus: false }).where("working_group_id", "=", group.id).execute();
    const result = await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    expect(result.warnings.map((w) => w.code)).toEqual(["no_focus"]);
    const version = await database.db.selectFrom("agenda_version").where("agenda_id", "=", agendaId).where("number", "=", result.version.number).select("checks").executeTakeFirstOrThrow();
    expect(version.checks).toEqual({ blocking: [], warnings: [{ code: "no_focus", message: nl.review.checks.noFocus }] });
    expect((await getReviewState(await eva(), { agendaId })).checks).toEqual(version.checks);
    await database.db.updateTable("solution_direction").set({ focus: true }).where("id", "in", focus.map((f) => f.id)).execute();
    await resetToConcept(agendaId);
  });

  it("block a werkagenda item without a responsible organisation; archived items do not count", async () => {
    const agendaId = agendas.foundation;
    await resetToConcept(agendaId);
    const item = await database.db
      .selectFrom("workplan_item as i")
      .innerJoin("foundation as f", "f.id", "i.foundation_id")
      .where("f.slug", "=", "arbeidsmarkt")
      .where("i.archived_at", "is", null)
      .select(["i.id", "i.title", "i.responsible_organisation"])
      .executeTakeFirstOrThrow();
    await database.db.updateTable("workplan_item").set({ responsible_organisation: "" }).where("id", "=", item.id).execute();
    await expect(submitAgenda(await kwartiermaker(), { agendaId })).rejects.toThrow(nl.review.checks.blocked(1));
    const checks = await checkSubmission(await as("meelezer@demo.nl"), { agendaId });
    expect(checks.blocking).toEqual([expect.objectContaining({ code: "item_incomplete", subject: { kind: "item", id: item.id, title: item.title }, fields: ["responsibleOrganisation"] })]);
    await database.db.updateTable("workplan_item").set({ archived_at: new Date() }).where("id", "=", item.id).execute();
    expect((await checkSubmission(await kwartiermaker(), { agendaId })).canSubmit).toBe(true);
    await database.db.updateTable("workplan_item").set({ archived_at: null, responsible_organisation: item.responsible_organisation }).where("id", "=", item.id).execute();
  });
});

describe("assigning reviewers", () => {
  it("lets an expert assign only themselves; the projectbureau anyone of the expert team", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    const [evaId, erikId] = [await userId("expert@demo.nl"), await userId("expert2@demo.nl")];
    await expect(assignReviewers(await eva(), { agendaId, expertIds: [erikId] })).rejects.toThrow(ForbiddenError);
    await expect(assignReviewers(await eva(), { agendaId, expertIds: [evaId, erikId] })).rejects.toThrow(ForbiddenError);
    expect(await stateOf(agendaId)).toBe("ingediend");
    expect(await assignReviewers(await eva(), { agendaId, expertIds: [evaId] })).toMatchObject({ from: "ingediend", state: "in_review", added: [evaId] });
    // More reviewers while In review: no state change.
    expect(await assignReviewers(await office(), { agendaId, expertIds: [erikId, erikId] })).toMatchObject({ from: "in_review", state: "in_review", added: [erikId] });
    expect(await assignReviewers(await erik(), { agendaId, expertIds: [erikId] })).toMatchObject({ added: [] });
  });

  it("refuses someone outside the expert team with a Dutch message", async () => {
    const agendaId = agendas.otherGroup;
    const lid = await userId("lid@demo.nl");
    await expect(assignReviewers(await office(), { agendaId, expertIds: [lid] })).rejects.toThrow("Lotte Lid zit niet in het expertteam. Kies iemand uit het expertteam.");
    await expect(assignReviewers(await office(), { agendaId, expertIds: [randomUUID()] })).rejects.toThrow(nl.review.expertNotFound);
    await expect(assignReviewers(await office(), { agendaId, expertIds: [] })).rejects.toThrow(nl.review.chooseExpert);
    await expect(assignReviewers(await office(), { agendaId, expertIds: ["eva"] })).rejects.toThrow(ValidationError);
    const former = await database.db
      .insertInto("app_user")
      .values({ region_id: anonymous.regionId, email: `oud-${randomUUID()}@demo.nl`, name: "Oud Expert", password_hash: null, active: false, deactivated_at: new Date() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db.insertInto("role_assignment").values({ user_id: former.id, region_id: anonymous.regionId, role: "expert", working_group_id: null, foundation_id: null }).execute();
    await expect(assignReviewers(await office(), { agendaId, expertIds: [former.id] })).rejects.toThrow(nl.review.notAnExpert("Oud Expert"));
  });

  it("takes a reviewer off only while their review of this version is not in, and never the last one", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    await startReview(agendaId, () => as("begeleider.mentaal-gezond@demo.nl"));
    const [evaId, erikId] = [await userId("expert@demo.nl"), await userId("expert2@demo.nl")];
    await review(await eva(), agendaId, "aanpassen");
    await expect(unassignReviewer(await office(), { agendaId, expertId: evaId })).rejects.toThrow(nl.review.unassignSubmitted("Eva Expert"));
    await expect(unassignReviewer(await eva(), { agendaId, expertId: erikId })).rejects.toThrow(ForbiddenError);
    // Erik takes himself off: Eva's review was the only one owed, so the review is complete.
    const result = await unassignReviewer(await erik(), { agendaId, expertId: erikId });
    expect(result).toMatchObject({ from: "in_review", state: "aanpassen_gevraagd", reviewers: [expect.objectContaining({ expertId: evaId })] });
    await expect(unassignReviewer(await office(), { agendaId, expertId: evaId })).rejects.toThrow(nl.review.unassignOnlyInReview);
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    await expect(unassignReviewer(await office(), { agendaId, expertId: evaId })).rejects.toThrow(nl.review.unassignLast);
    await expect(unassignReviewer(await office(), { agendaId, expertId: erikId })).rejects.toThrow(nl.review.notAReviewer("Erik Expert"));
    await resetToConcept(agendaId);
  });

  it("says which reviewers are no longer in the expert team (switched off or role taken away), so the projectbureau can take them off", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const region = await database.db.selectFrom("region").select("id").executeTakeFirstOrThrow();
    const leaving = await database.db
      .insertInto("app_user")
      .values({ region_id: region.id, email: `vertrekt-${randomUUID()}@demo.nl`, name: "Vera Vertrekt", password_hash: null, deactivated_at: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await database.db.insertInto("role_assignment").values({ user_id: leaving.id, region_id: region.id, role: "expert", working_group_id: null, foundation_id: null }).execute();
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    await assignReviewers(await office(), { agendaId, expertIds: [leaving.id, await userId("expert@demo.nl")] });
    const team = async () => Object.fromEntries((await getReviewState(await office(), { agendaId })).reviewers.map((r) => [r.name, r.inExpertTeam]));
    expect(await team()).toEqual({ "Vera Vertrekt": true, "Eva Expert": true });

    // Switching her off tells the projectbureau which review now waits for her.
    expect(await deactivatePerson(await office(), { userId: leaving.id })).toEqual({ openReviews: ["Mentaal gezond Flevoland"] });
    expect(await team()).toEqual({ "Vera Vertrekt": false, "Eva Expert": true });
    await database.db.updateTable("app_user").set({ deactivated_at: null }).where("id", "=", leaving.id).execute();
    await database.db.deleteFrom("role_assignment").where("user_id", "=", leaving.id).execute();
    expect(await team()).toEqual({ "Vera Vertrekt": false, "Eva Expert": true });

    // Taken off, the review no longer waits for her.
    await unassignReviewer(await office(), { agendaId, expertId: leaving.id });
    expect(await team()).toEqual({ "Eva Expert": true });
    await resetToConcept(agendaId);
  });
});

describe("writing a review", () => {
  it("saves a draft, refuses an incomplete submission without changing the draft, and refuses a second submission", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    await startReview(agendaId, () => as("begeleider.mentaal-gezond@demo.nl"));
    const ratings = await fullRatings(agendaId);
    const [first, second] = ratings;
    const draft = await saveReview(await eva(), { agendaId, ratings: [first!, { ...second!, motivation: "" }], summary: "Eerste indruk." });
    expect(draft).toMatchObject({ submitted: false, state: "in_review" });
    const mine = await getReviewState(await eva(), { agendaId });
    expect(mine.myDraft).toMatchObject({ summary: "Eerste indruk.", ratings: expect.arrayContaining([{ criterionId: first!.criterionId, score: 3, motivation: first!.motivation }]) });
    expect(mine.myDraft?.ratings).toHaveLength(2);
    expect((await getReviewState(await erik(), { agendaId })).myDraft).toBeNull();
    expect((await getReviewState(await erik(), { agendaId })).reviews).toEqual([]);

    // Submitting with the draft's gaps: every gap named; the extra score sent along is not kept.
    const error = await submitReview(await eva(), { agendaId, advice: "positief", ratings: [{ ...ratings[2]!, score: 1 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toEqual({ path: `ratings.${second!.criterionId}.motivation`, message: nl.review.motivationMissing(mine.criteria[1]!.title) });
    expect((error as ValidationError).issues).toHaveLength(ratings.length - 2);
    expect((error as ValidationError).message).toBe(nl.review.reviewIncomplete(ratings.length - 2));
    expect((await getReviewState(await eva(), { agendaId })).myDraft?.ratings).toHaveLength(2);

    await expect(saveReview(await eva(), { agendaId, ratings: [{ criterionId: randomUUID(), score: 2, motivation: "" }] })).rejects.toThrow(nl.review.unknownCriterion);
    await expect(saveReview(await eva(), { agendaId, ratings: [{ ...first!, score: 5 }] })).rejects.toThrow(nl.review.scoreRange);
    await expect(saveReview(await eva(), { agendaId, ratings: [first!, first!] })).rejects.toThrow(nl.review.duplicateCriterion);
    await expect(submitReview(await eva(), { agendaId, ratings })).rejects.toThrow(nl.review.adviceRequired);

    expect(await submitReview(await eva(), { agendaId, advice: "positief", ratings })).toMatchObject({ submitted: true });
    await expect(submitReview(await eva(), { agendaId, advice: "negatief", ratings })).rejects.toThrow(ConflictError);
    await expect(saveReview(await eva(), { agendaId, ratings })).rejects.toThrow(nl.review.reviewAlreadySubmitted);
    const state = await getReviewState(await as("lid.wg2@demo.nl"), { agendaId });
    expect(state.reviews).toEqual([expect.objectContaining({ expertName: "Eva Expert", advice: "positief", adviceLabel: "Positief", summary: "Eerste indruk." })]);
    await resetToConcept(agendaId);
  });

  it("is for assigned experts only", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    await assignReviewers(await eva(), { agendaId, expertIds: [await userId("expert@demo.nl")] });
    const ratings = await fullRatings(agendaId);
    await expect(submitReview(await erik(), { agendaId, advice: "positief", ratings })).rejects.toThrow(nl.review.notAssigned);
    for (const email of ["projectbureau@demo.nl", "coalitie@demo.nl", "begeleider.mentaal-gezond@demo.nl"]) {
      await expect(saveReview(await as(email), { agendaId, ratings }), email).rejects.toThrow(ForbiddenError);
    }
    await resetToConcept(agendaId);
  });
});

describe("adoption, sending back and concurrent steps", () => {
  async function positiveAdvice(agendaId: string) {
    await resetToConcept(agendaId);
    await startReview(agendaId, () => as("begeleider.mentaal-gezond@demo.nl"));
    await review(await eva(), agendaId, "positief");
    await review(await erik(), agendaId, "positief");
  }

  it("needs a real decision date that is not in the future, and a reference", async () => {
    const agendaId = agendas.otherGroup;
    await positiveAdvice(agendaId);
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-02-30", reference: "X" })).rejects.toThrow(nl.review.dateInvalid);
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2999-01-01", reference: "X" })).rejects.toThrow(nl.review.decisionDateInFuture);
    await expect(adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-01-01", reference: "  " })).rejects.toThrow(nl.validation.required);
    await expect(sendBack(await coalition(), { agendaId, reason: " " })).rejects.toThrow(nl.review.reasonRequired);
    expect(await stateOf(agendaId)).toBe("positief_advies");
  });

  it("lets one of two simultaneous steps win; the other gets the 'not possible now' message", async () => {
    const agendaId = agendas.otherGroup;
    await positiveAdvice(agendaId);
    const start = new Date();
    const results = await Promise.allSettled([
      adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-06-01", reference: "VC-1" }),
      sendBack(await coalition(), { agendaId, reason: "Toch aanpassen" }),
      // Three steps that each need Positief advies: whichever goes first, the others are refused.
      // (Withdrawing is not in the race: it is allowed after a send-back too, so in that order both win.)
      adoptAgenda(await coalition(), { agendaId, decisionDate: "2026-06-02", reference: "VC-2" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    const state = await stateOf(agendaId);
    for (const refusal of lost) {
      expect(refusal.reason).toBeInstanceOf(InvalidTransitionError);
      expect((refusal.reason as Error).message).toBe(describeRefusal(state));
    }
    const transitions = await database.db.selectFrom("agenda_transition").where("agenda_id", "=", agendaId).where("from_state", "=", "positief_advies").where("created_at", ">=", start).select("id").execute();
    expect(transitions).toHaveLength(1);
    await resetToConcept(agendaId);
  });

  it("counts two last reviews submitted at the same moment once", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    await startReview(agendaId, () => as("begeleider.mentaal-gezond@demo.nl"));
    const ratings = await fullRatings(agendaId);
    const start = new Date();
    const results = await Promise.all([
      submitReview(await eva(), { agendaId, advice: "positief", ratings }),
      submitReview(await erik(), { agendaId, advice: "negatief", ratings }),
    ]);
    expect(results.map((r) => r.state).sort()).toEqual(["aanpassen_gevraagd", "in_review"]);
    const completed = await database.db.selectFrom("agenda_transition").where("agenda_id", "=", agendaId).where("event", "=", "laatste_review_binnen").where("created_at", ">=", start).select("to_state").execute();
    expect(completed).toEqual([{ to_state: "aanpassen_gevraagd" }]);
    await resetToConcept(agendaId);
  });

  it("announces each step after commit on the agenda's topic", async () => {
    const agendaId = agendas.otherGroup;
    await resetToConcept(agendaId);
    const events = listen(await office(), `agenda:${agendaId}`);
    const access = listen(await office(), ACCESS_TOPIC);
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId });
    await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl")] });
    await setDeadline(await office(), { agendaId, deadline: "2027-06-30" });
    await expect(submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId })).rejects.toThrow(InvalidTransitionError);
    await settle();
    events.stop();
    access.stop();
    expect(events.seen.map((e) => e.type)).toEqual(["version.frozen", "review.state_changed", "review.assigned", "review.state_changed", "review.deadline_changed"]);
    expect(access.seen.filter((e) => e.id === agendaId)).toHaveLength(2);
    await resetToConcept(agendaId);
  });
});

describe("deadlines", () => {
  it("default to the end of Q2 of the plan year; the projectbureau sets or clears one", async () => {
    const agendaId = agendas.foundation;
    await resetToConcept(agendaId);
    const year = (await database.db.selectFrom("plan").select("year").executeTakeFirstOrThrow()).year;
    const withDefault = await getReviewState(await kwartiermaker(), { agendaId });
    expect(withDefault.deadline).toEqual({ date: `${year}-06-30`, isDefault: true, overdue: new Date().toISOString().slice(0, 10) > `${year}-06-30` });

    expect(await setDeadline(await office(), { agendaId, deadline: "2999-06-30" })).toEqual({ agendaId, deadline: { date: "2999-06-30", isDefault: false, overdue: false } });
    expect((await listAgendaStates(await coalition())).find((a) => a.id === agendaId)?.deadline).toEqual({ date: "2999-06-30", isDefault: false, overdue: false });
    await setDeadline(await office(), { agendaId, deadline: "2001-01-31" });
    expect((await getReviewState(await eva(), { agendaId })).deadline).toEqual({ date: "2001-01-31", isDefault: false, overdue: true });
    await withdrawAgenda(await kwartiermaker(), { agendaId });
    expect((await getReviewState(await eva(), { agendaId })).deadline?.overdue).toBe(false);
    await reopenAgenda(await kwartiermaker(), { agendaId });
    expect((await setDeadline(await office(), { agendaId, deadline: null })).deadline?.isDefault).toBe(true);

    for (const email of ["kwartiermaker@demo.nl", "coalitie@demo.nl", "expert@demo.nl"]) {
      await expect(setDeadline(await as(email), { agendaId, deadline: "2030-01-01" }), email).rejects.toThrow(ForbiddenError);
    }
    await expect(setDeadline(await office(), { agendaId, deadline: "30-06-2025" })).rejects.toThrow(nl.review.dateInvalid);
    const audit = await database.db.selectFrom("audit_event").where("action", "=", "agenda.deadline_set").where("subject_id", "=", agendaId).select("data").orderBy("seq").execute();
    expect(audit.map((a) => a.data)).toEqual([
      { from: null, to: "2999-06-30" },
      { from: "2999-06-30", to: "2001-01-31" },
      { from: "2001-01-31", to: null },
    ]);
  });
});

describe("the queue and the overview", () => {
  it("lists agendas waiting for the expert team, oldest first, with age and deadline", async () => {
    const [a, b] = [agendas.otherGroup, agendas.foundation];
    await resetToConcept(a);
    await resetToConcept(b);
    await submitAgenda(await kwartiermaker(), { agendaId: b });
    await submitAgenda(await as("begeleider.mentaal-gezond@demo.nl"), { agendaId: a });
    await database.db.updateTable("agenda").set({ state_changed_at: new Date(Date.now() - 5 * 86_400_000) }).where("id", "=", a).execute();
    const queue = await listReviewQueue(await eva());
    const mine = queue.filter((item) => item.id === a || item.id === b);
    expect(mine.map((item) => [item.owner.slug, item.state, item.ageDays])).toEqual([
      ["mentaal-gezond", "ingediend", 5],
      ["arbeidsmarkt", "ingediend", 0],
    ]);
    const ages = queue.map((item) => item.stateChangedAt.getTime());
    expect(ages).toEqual([...ages].sort((x, y) => x - y));
    expect(queue.every((item) => item.state === "ingediend" || (item.state === "in_review" && item.reviewsOwed > 0))).toBe(true);
    expect(mine[0]).toMatchObject({ allowedEvents: [{ event: "reviewers_toewijzen", label: "Reviewers toewijzen" }], deadline: expect.objectContaining({ isDefault: true }) });

    // Once every review is in, it leaves the queue.
    await assignReviewers(await eva(), { agendaId: a, expertIds: [await userId("expert@demo.nl")] });
    const owed = (await listReviewQueue(await eva())).find((item) => item.id === a);
    expect(owed).toMatchObject({ state: "in_review", reviewsOwed: 1, assignedToMe: true, owedByMe: true, progress: { label: "0 van 1 review klaar" } });
    expect((await listReviewQueue(await erik())).find((item) => item.id === a)).toMatchObject({ assignedToMe: false, owedByMe: false });
    await review(await eva(), a, "positief");
    expect((await listReviewQueue(await eva())).some((item) => item.id === a)).toBe(false);

    const overview = await listAgendaStates(await coalition());
    const agendaCount = (await database.db.selectFrom("agenda").where("region_id", "=", anonymous.regionId).select("id").execute()).length;
    expect(overview).toHaveLength(agendaCount);
    expect(overview.find((item) => item.id === a)).toMatchObject({
      owner: { kind: "werkgroep", slug: "mentaal-gezond", name: "Mentaal gezond Flevoland" },
      state: "positief_advies",
      stateLabel: "Positief advies",
      progress: { done: 1, total: 1 },
      reviewsOwed: 0,
      allowedEvents: [
        { event: "vaststellen", label: "Vaststellen" },
        { event: "terugsturen", label: "Terugsturen" },
      ],
    });
    expect(overview.find((item) => item.id === b)?.currentVersion).toBeGreaterThan(0);
    await resetToConcept(a);
    await resetToConcept(b);
  });

  it("needs someone signed in, and knows nothing of unknown agendas or those of another region", async () => {
    await expect(listReviewQueue(anonymous)).rejects.toThrow(UnauthenticatedError);
    await expect(listAgendaStates(anonymous)).rejects.toThrow(UnauthenticatedError);
    await expect(getReviewState(anonymous, { agendaId: agendas.group })).rejects.toThrow(UnauthenticatedError);
    await expect(getReviewState(await office(), { agendaId: randomUUID() })).rejects.toThrow(nl.review.agendaNotFound);
    await expect(submitAgenda(await lead(), { agendaId: randomUUID() })).rejects.toThrow(NotFoundError);

    const region = await database.db.insertInto("region").values({ slug: `elders-${randomUUID().slice(0, 6)}`, name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const group = await database.db.insertInto("working_group").values({ region_id: region.id, slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const foreign = await database.db.insertInto("agenda").values({ region_id: region.id, kind: "transformatieagenda", working_group_id: group.id, created_by: null }).returning("id").executeTakeFirstOrThrow();
    await expect(getReviewState(await office(), { agendaId: foreign.id })).rejects.toThrow(NotFoundError);
    await expect(withdrawAgenda(await office(), { agendaId: foreign.id })).rejects.toThrow(NotFoundError);
    expect((await listAgendaStates(await office())).some((a) => a.id === foreign.id)).toBe(false);
  });
});

describe("notifications of the review's steps", () => {
  /** The notifications this person got since `since` (ids), newest first, as text. */
  async function newNotes(email: string, since: Set<string>) {
    const { notifications } = await listMyNotifications(await as(email), { limit: 200 });
    return notifications.filter((n) => !since.has(n.id)).map((n) => ({ kind: n.kind, text: n.text, link: n.link }));
  }
  const everyone = ["kwartiermaker@demo.nl", "projectbureau@demo.nl", "expert@demo.nl", "expert2@demo.nl", "coalitie@demo.nl", "begeleider@demo.nl"];
  async function snapshot() {
    const seen = new Map<string, Set<string>>();
    for (const email of everyone) seen.set(email, new Set((await listMyNotifications(await as(email), { limit: 200 })).notifications.map((n) => n.id)));
    return seen;
  }

  it("tells the projectbureau and the expertteam of a submission, a reviewer of their assignment, the fundament and the coalitie of the advice", async () => {
    const agendaId = agendas.foundation;
    await resetToConcept(agendaId);
    const owner = "Toekomstbestendige arbeidsmarkt Zorg & Welzijn";
    const link = "/fundamenten/arbeidsmarkt/agenda/review";

    let seen = await snapshot();
    await submitAgenda(await kwartiermaker(), { agendaId });
    const submitted = { kind: "agenda.review_step", text: nl.notifications.kind.agendaSubmitted("Karim Kwartiermaker", owner), link };
    for (const email of ["projectbureau@demo.nl", "expert@demo.nl", "expert2@demo.nl"]) expect(await newNotes(email, seen.get(email)!), email).toEqual([submitted]);
    for (const email of ["kwartiermaker@demo.nl", "coalitie@demo.nl", "begeleider@demo.nl"]) expect(await newNotes(email, seen.get(email)!), email).toEqual([]);

    seen = await snapshot();
    await assignReviewers(await office(), { agendaId, expertIds: [await userId("expert@demo.nl")] });
    expect(await newNotes("expert@demo.nl", seen.get("expert@demo.nl")!)).toEqual([{ kind: "review.assigned", text: nl.notifications.kind.reviewAssigned("Petra Projectbureau", owner), link }]);
    expect(await newNotes("expert2@demo.nl", seen.get("expert2@demo.nl")!)).toEqual([]);

    seen = await snapshot();
    await review(await eva(), agendaId, "positief");
    const done = { kind: "agenda.review_step", text: nl.notifications.kind.reviewsDone(owner, "Positief advies"), link };
    for (const email of ["kwartiermaker@demo.nl", "coalitie@demo.nl"]) expect(await newNotes(email, seen.get(email)!), email).toEqual([done]);
    for (const email of ["expert@demo.nl", "begeleider@demo.nl"]) expect(await newNotes(email, seen.get(email)!), email).toEqual([]);

    seen = await snapshot();
    await sendBack(await coalition(), { agendaId, reason: "Maak de planning concreter." });
    expect(await newNotes("kwartiermaker@demo.nl", seen.get("kwartiermaker@demo.nl")!)).toEqual([
      { kind: "agenda.review_step", text: nl.notifications.kind.agendaSentBack(owner, "Maak de planning concreter."), link },
    ]);
    expect(await newNotes("coalitie@demo.nl", seen.get("coalitie@demo.nl")!)).toEqual([]);

    seen = await snapshot();
    await submitAgenda(await kwartiermaker(), { agendaId });
    expect(await newNotes("expert@demo.nl", seen.get("expert@demo.nl")!)).toEqual([
      { kind: "agenda.review_step", text: nl.notifications.kind.agendaResubmitted("Karim Kwartiermaker", owner), link },
    ]);
    expect(await newNotes("expert2@demo.nl", seen.get("expert2@demo.nl")!)).toEqual([]);
  });
});
