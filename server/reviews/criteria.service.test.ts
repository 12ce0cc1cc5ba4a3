import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCriteriaSets } from "../../db/seed/data/criteria-sets";
import { defaultRegionSeed, seedRegion } from "../../db/seed/seed";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { createSession, validateSessionToken } from "../auth/session.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { addCriterion, listCriteriaSets, setCriteriaSetActive, updateCriterion } from "./criteria.service";
import { listActiveCriteria } from "./reviews.repository";

let database: TestDatabase;
let anonymous: ServiceContext;

async function as(email: string): Promise<ServiceContext> {
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token, sessionId } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const session = await validateSessionToken(database.db, token, new Date());
  return { ...anonymous, actor: session!.actor, sessionId };
}

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = await createTestContext(database);
});
afterAll(() => database.destroy());

describe("criteria sets", () => {
  it("are seeded for the region: the Regioplan's uitgangspunten and the IZA quick scan, both on", async () => {
    const { sets, abilities } = await listCriteriaSets(await as("expert@demo.nl"));
    expect(abilities).toEqual({ "review.configure": false });
    expect(sets.map((s) => [s.name, s.active, s.criteria.length])).toEqual([
      ["Uitgangspunten Regioplan", true, 6],
      ["IZA Beoordelingskader (quick scan)", true, 7],
    ]);
    expect(sets[0]!.criteria.map((c) => c.title)).toEqual([
      "Transformatief karakter",
      "Financiële haalbaarheid",
      "Verwacht verschil voor gezondheid, kwaliteit van zorg, kosten en werkplezier",
      "Versterkt de basis",
      "Past bij de prioritaire doelgroepen",
      "Keuze lokaal, subregionaal of regionaal",
    ]);
    expect(sets[1]!.criteria.map((c) => c.slug)).toEqual([
      "impact-zorggebruik",
      "impact-patientenstromen",
      "impact-schaars-personeel",
      "impact-zorgvastgoed",
      "smart-resultaten",
      "business-case",
      "verantwoordelijkheden-en-mijlpalen",
    ]);
    expect(sets.flatMap((s) => s.criteria).every((c) => c.description.length > 20)).toBe(true);
    await expect(listCriteriaSets(anonymous)).rejects.toThrow(UnauthenticatedError);
  });

  it("are configured by the projectbureau only: on/off (never all off) and reworded, with an audit trail", async () => {
    const office = await as("projectbureau@demo.nl");
    const { sets, abilities } = await listCriteriaSets(office);
    expect(abilities).toEqual({ "review.configure": true });
    const [own, iza] = sets;
    for (const email of ["expert@demo.nl", "coalitie@demo.nl", "begeleider@demo.nl"]) {
      await expect(setCriteriaSetActive(await as(email), { criteriaSetId: iza!.id, active: false }), email).rejects.toThrow(ForbiddenError);
      await expect(updateCriterion(await as(email), { criterionId: own!.criteria[0]!.id, title: "X" }), email).rejects.toThrow(ForbiddenError);
    }

    const off = await setCriteriaSetActive(office, { criteriaSetId: iza!.id, active: false });
    expect(off.sets.map((s) => s.active)).toEqual([true, false]);
    await expect(setCriteriaSetActive(office, { criteriaSetId: own!.id, active: false })).rejects.toThrow(nl.review.lastActiveSet);
    await expect(setCriteriaSetActive(office, { criteriaSetId: randomUUID(), active: true })).rejects.toThrow(NotFoundError);
    await setCriteriaSetActive(office, { criteriaSetId: iza!.id, active: true });

    const criterion = own!.criteria[1]!;
    expect(await updateCriterion(office, { criterionId: criterion.id, title: "  Financieel haalbaar  ", description: "Wie betaalt wat?" })).toEqual({
      id: criterion.id,
      title: "Financieel haalbaar",
      description: "Wie betaalt wat?",
    });
    await expect(updateCriterion(office, { criterionId: criterion.id, title: " " })).rejects.toThrow(ValidationError);
    await expect(updateCriterion(office, { criterionId: randomUUID(), title: "Nieuw" })).rejects.toThrow(nl.review.criterionNotFound);

    const audit = await database.db.selectFrom("audit_event").where("action", "in", ["criteria_set.updated", "criterion.updated"]).select(["action", "data"]).orderBy("seq").execute();
    expect(audit).toEqual([
      { action: "criteria_set.updated", data: { name: "IZA Beoordelingskader (quick scan)", active: false } },
      { action: "criteria_set.updated", data: { name: "IZA Beoordelingskader (quick scan)", active: true } },
      {
        action: "criterion.updated",
        data: { from: { title: criterion.title, description: criterion.description }, to: { title: "Financieel haalbaar", description: "Wie betaalt wat?" } },
      },
    ]);
  });

  it("keep the projectbureau's changes when the seed runs again, and gain criteria added to the seed data", async () => {
    const office = await as("projectbureau@demo.nl");
    const before = (await listCriteriaSets(office)).sets;
    await setCriteriaSetActive(office, { criteriaSetId: before[1]!.id, active: false });
    const extended = defaultCriteriaSets.map((set, i) => (i === 0 ? { ...set, criteria: [...set.criteria, { slug: "nieuw-criterium", title: "Nieuw criterium", description: "Later toegevoegd." }] } : set));
    await seedRegion(database.db, { ...defaultRegionSeed, criteriaSets: extended });
    const after = (await listCriteriaSets(office)).sets;
    expect(after.map((s) => s.active)).toEqual([true, false]);
    expect(after[0]!.criteria.find((c) => c.id === before[0]!.criteria[1]!.id)?.title).toBe("Financieel haalbaar");
    expect(after[0]!.criteria.at(-1)?.title).toBe("Nieuw criterium");
  });

  it("gain a criterion the projectbureau adds: at the end of its set, asked of reviewers from then on, once per name", async () => {
    const office = await as("projectbureau@demo.nl");
    const [own] = (await listCriteriaSets(office)).sets;
    await expect(addCriterion(await as("expert@demo.nl"), { criteriaSetId: own!.id, title: "Draagvlak" })).rejects.toThrow(ForbiddenError);
    await expect(addCriterion(office, { criteriaSetId: randomUUID(), title: "Draagvlak" })).rejects.toThrow(nl.review.criteriaSetNotFound);
    await expect(addCriterion(office, { criteriaSetId: own!.id, title: "  " })).rejects.toThrow(nl.review.criterionTitleRequired);
    await expect(addCriterion(office, { criteriaSetId: own!.id, title: "?!" })).rejects.toThrow(nl.review.criterionTitleRequired);
    await expect(addCriterion(office, { criteriaSetId: own!.id, title: "x".repeat(201) })).rejects.toThrow(nl.review.criterionTitleTooLong(200));

    const added = await addCriterion(office, { criteriaSetId: own!.id, title: " Draagvlak bij de sectoren ", description: "Staan de sectoren erachter?" });
    expect(added).toMatchObject({ slug: "draagvlak-bij-de-sectoren", title: "Draagvlak bij de sectoren", description: "Staan de sectoren erachter?" });
    const [after] = (await listCriteriaSets(office)).sets;
    expect(after!.criteria.map((c) => c.title)).toEqual([...own!.criteria.map((c) => c.title), "Draagvlak bij de sectoren"]);
    expect((await listActiveCriteria(database.db, office.regionId)).map((c) => c.id)).toContain(added.id);

    // The same name (or one that only differs in case and accents) is refused; nothing is added.
    await expect(addCriterion(office, { criteriaSetId: own!.id, title: "Dráagvlak bij de SECTOREN" })).rejects.toThrow(nl.review.criterionTitleTaken);
    expect((await listCriteriaSets(office)).sets[0]!.criteria).toHaveLength(after!.criteria.length);
    const audit = await database.db.selectFrom("audit_event").where("action", "=", "criterion.created").select(["subject_id", "data"]).execute();
    expect(audit).toEqual([{ subject_id: added.id, data: { set: own!.name, title: "Draagvlak bij de sectoren", description: "Staan de sectoren erachter?" } }]);
  });

  it("refuse a rewording that started from text someone else has changed meanwhile, and keep theirs", async () => {
    const office = await as("projectbureau@demo.nl");
    const criterion = (await listCriteriaSets(office)).sets[0]!.criteria[0]!;
    const seen = { title: criterion.title, description: criterion.description };
    await updateCriterion(office, { criterionId: criterion.id, title: "Transformatief", description: criterion.description, previous: seen });
    const late = updateCriterion(office, { criterionId: criterion.id, title: "Echt anders", description: "Mijn uitleg", previous: seen });
    await expect(late).rejects.toThrow(ConflictError);
    await expect(late).rejects.toThrow(nl.review.criterionChangedMeanwhile);
    const now = (await listCriteriaSets(office)).sets[0]!.criteria[0]!;
    expect([now.title, now.description]).toEqual(["Transformatief", criterion.description]);
    // Starting from the text as it is now, the change goes through.
    await updateCriterion(office, { criterionId: criterion.id, title: "Echt anders", description: "Mijn uitleg", previous: { title: now.title, description: now.description } });
    expect((await listCriteriaSets(office)).sets[0]!.criteria[0]!.title).toBe("Echt anders");
  });
});
