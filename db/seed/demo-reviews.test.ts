import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../server/auth/session.service";
import { getReviewState, listAgendaStates, listReviewQueue } from "../../server/reviews/reviews.service";
import type { ServiceContext } from "../../server/request-context";
import { createTestContext } from "../../server/test-context";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { demoReviewScripts } from "./data/demo-reviews";
import { seedDemoReviews } from "./demo-reviews";

// The demo's review workflow (db/seed/data/demo-reviews.ts) as a newcomer sees it after npm start.

let database: TestDatabase;
let reader: ServiceContext;

beforeAll(async () => {
  database = await createTestDatabase();
  const anonymous = await createTestContext(database);
  const user = await database.db.selectFrom("app_user").where("email", "=", "meelezer@demo.nl").select("id").executeTakeFirstOrThrow();
  const { token } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  reader = { ...anonymous, actor: (await validateSessionToken(database.db, token, new Date()))!.actor };
});
afterAll(() => database.destroy());

const stateBySlug = async () => Object.fromEntries((await listAgendaStates(reader)).map((a) => [a.owner.slug, a]));

describe("demo reviews", () => {
  it("show agendas in every state of the workflow, and leave the ones tests write in as Concept", async () => {
    const states = await stateBySlug();
    expect(Object.fromEntries(Object.entries(states).map(([slug, a]) => [slug, a.state]))).toEqual({
      "gezond-ouder-worden": "concept",
      "mentaal-gezond": "concept",
      gezondheidsvaardigheden: "vastgesteld",
      "sterke-wijken": "concept",
      "gezond-opgroeien": "in_review",
      "slimme-zorg": "concept",
      arbeidsmarkt: "concept",
      "digitale-gegevensuitwisseling": "aanpassen_gevraagd",
      "gezonde-leefomgeving": "concept",
      "datagedreven-werken": "positief_advies",
      "domeinoverstijgend-samenwerken": "ingediend",
      "maatschappelijke-dialoog": "concept",
    });
    expect(states["gezond-opgroeien"]!.progress?.label).toBe("1 van 2 reviews klaar");
    expect(states["datagedreven-werken"]!.deadline).toEqual({ date: "2027-06-30", isDefault: false, overdue: expect.any(Boolean) });
  });

  it("have reviews from both demo experts with one criterion 2 or more apart", async () => {
    for (const slug of ["gezondheidsvaardigheden", "digitale-gegevensuitwisseling", "datagedreven-werken"]) {
      const agenda = (await stateBySlug())[slug]!;
      const review = await getReviewState(reader, { agendaId: agenda.id });
      expect(review.reviews.map((r) => r.expertName).sort(), slug).toEqual(["Erik Expert", "Eva Expert"]);
      expect(review.comparison.filter((row) => row.differs), slug).toHaveLength(1);
      expect(review.reviews.every((r) => r.ratings.length === review.criteria.length && r.ratings.every((rating) => rating.motivation.length > 0)), slug).toBe(true);
    }
  });

  it("show a resubmission with the earlier reviews as history and what changed since", async () => {
    const agenda = (await stateBySlug())["gezond-opgroeien"]!;
    const review = await getReviewState(reader, { agendaId: agenda.id });
    expect(review.reviewedVersions.map((v) => v.name)).toEqual(["Opnieuw ingediend voor review", "Ingediend voor review"]);
    expect(review.history.map((r) => r.adviceLabel).sort()).toEqual(["Aanpassen", "Positief met aanpassingen"]);
    expect(review.reviews.map((r) => [r.expertName, r.advice])).toEqual([["Eva Expert", "positief"]]);
    expect(review.changesSinceReview?.chunks.some((c) => c.kind === "inserted" && c.text.includes("vijf scholen"))).toBe(true);
    expect(review.transitions[0]).toMatchObject({ event: "opnieuw_indienen", to: "in_review" });
  });

  it("show an adopted agenda with its version, decision date and reference, read-only", async () => {
    const agenda = (await stateBySlug()).gezondheidsvaardigheden!;
    const review = await getReviewState(reader, { agendaId: agenda.id });
    expect(review.adoption).toEqual({ versionNumber: review.currentVersion!.number, decisionDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), reference: "VC-2026-03" });
    expect(review.allowedEvents).toEqual([]);
  });

  it("fill the expert team's queue oldest first", async () => {
    const queue = await listReviewQueue(reader);
    expect(queue.map((a) => [a.owner.slug, a.state])).toEqual([
      ["gezond-opgroeien", "in_review"],
      ["domeinoverstijgend-samenwerken", "ingediend"],
    ]);
    expect(queue.map((a) => a.ageDays)).toEqual([10, 3]);
  });

  it("are played once: running the seed again changes nothing", async () => {
    const count = async () => (await database.db.selectFrom("agenda_transition").select("id").execute()).length;
    const before = await count();
    const region = await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow();
    await database.db.transaction().execute((trx) => seedDemoReviews(trx, region.id));
    expect(await count()).toBe(before);
    expect(before).toBe(
      demoReviewScripts.reduce((n, script) => n + script.steps.filter((s) => s.step === "submit" || s.step === "adopt").length, 0) + 4 /* reviewers_toewijzen */ + 4 /* laatste_review_binnen */,
    );
  });
});
