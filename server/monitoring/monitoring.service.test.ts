import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { createSession, validateSessionToken } from "../auth/session.service";
import type { ServiceContext } from "../request-context";
import { createTestContext } from "../test-context";
import { addIndicator, correctMeasurement, getMonitoring, recordMeasurement, updateIndicator } from "./monitoring.service";

let database: TestDatabase;
let anonymous: ServiceContext;
const now = new Date(Date.UTC(2026, 10, 20)); // Q4 2026

async function as(email: string): Promise<ServiceContext> {
  const user = await database.db.selectFrom("app_user").where("email", "=", email).select("id").executeTakeFirstOrThrow();
  const { token, sessionId } = await createSession(database.db, user.id, { ip: "127.0.0.1", userAgent: "vitest" }, new Date());
  const session = await validateSessionToken(database.db, token, new Date());
  return { ...anonymous, actor: session!.actor, sessionId };
}

async function indicator(ctx: ServiceContext, slug: string) {
  const found = (await getMonitoring(ctx)).indicators.find((i) => i.slug === slug);
  if (!found) throw new Error(`no indicator ${slug}`);
  return found;
}

async function measurementCount() {
  const row = await database.db.selectFrom("measurement").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  database = await createTestDatabase();
  anonymous = { ...(await createTestContext(database)), now: () => now };
});
afterAll(() => database.destroy());

describe("the monitoring dashboard", () => {
  it("is public: the plan's indicators in process, output and outcome, with the demo measurements and the workspace's own figures", async () => {
    const { indicators, workspace, abilities } = await getMonitoring(anonymous);
    expect(indicators.map((i) => [i.slug, i.kind])).toEqual([
      ["werksessies", "process"],
      ["welzijn-op-recept", "output"],
      ["vrijwilligersverlof", "output"],
      ["ervaren-gezondheid", "outcome"],
      ["wachttijd-ggz", "outcome"],
      ["personeelstekort", "outcome"],
    ]);
    expect(abilities).toEqual({ "monitoring.configure": false });
    expect(indicators.every((i) => !i.canRecord)).toBe(true);
    const welzijn = indicators.find((i) => i.slug === "welzijn-op-recept")!;
    expect(welzijn.group_name).toBe("Gezond ouder worden");
    expect(welzijn.values.map((v) => [v.quarter, v.value])).toEqual([
      ["2024-Q4", 510],
      ["2025-Q1", 640],
      ["2025-Q2", 700],
    ]);
    expect(welzijn.trend).toBe("better");
    expect(welzijn.measurements.some((m) => m.value === null && m.story.includes("Lelystad"))).toBe(true);
    expect(indicators.find((i) => i.slug === "personeelstekort")?.foundation_name).toBe("Toekomstbestendige arbeidsmarkt Zorg & Welzijn");
    expect(indicators.find((i) => i.slug === "personeelstekort")?.trend).toBe("worse");

    const groups = await database.db.selectFrom("working_group").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(workspace.groups).toBe(Number(groups.n));
    expect(workspace.adoptedAgendas).toBeLessThanOrEqual(workspace.groups);
    expect(workspace.doneItems).toBeLessThanOrEqual(workspace.items);
    expect(workspace.items).toBeGreaterThan(0);
  });

  it("lets a werkgroep record on the indicator it reports, and the fundament on its own; others get 403, visitors 401", async () => {
    const member = await as("lid@demo.nl");
    expect((await indicator(member, "welzijn-op-recept")).canRecord).toBe(true);
    expect((await indicator(member, "personeelstekort")).canRecord).toBe(false);
    const welzijn = await indicator(member, "welzijn-op-recept");
    const saved = await recordMeasurement(member, { indicatorId: welzijn.id, quarter: "Q3 2025", value: "1.020" });
    expect(saved).toMatchObject({ quarter: "2025-Q3", value: 1020 });

    const team = await as("team1.arbeidsmarkt@demo.nl");
    const shortage = await indicator(team, "personeelstekort");
    await recordMeasurement(team, { indicatorId: shortage.id, quarter: "2025-Q4", value: "9,4", story: "Iets meer vacatures." });

    const before = await measurementCount();
    await expect(recordMeasurement(team, { indicatorId: welzijn.id, quarter: "2025-Q4", value: "1" })).rejects.toThrow(ForbiddenError);
    await expect(recordMeasurement(await as("expert@demo.nl"), { indicatorId: welzijn.id, quarter: "2025-Q4", value: "1" })).rejects.toThrow(ForbiddenError);
    await expect(recordMeasurement(anonymous, { indicatorId: welzijn.id, quarter: "2025-Q4", value: "1" })).rejects.toThrow(UnauthenticatedError);
    await expect(recordMeasurement(member, { indicatorId: "00000000-0000-4000-8000-000000000000", quarter: "2025-Q4", value: "1" })).rejects.toThrow(NotFoundError);
    expect(await measurementCount()).toBe(before);
  });

  it("refuses a second value for a quarter and a quarter that has not begun, in Dutch, and saves nothing", async () => {
    const member = await as("begeleider@demo.nl");
    const welzijn = await indicator(member, "welzijn-op-recept");
    const before = await measurementCount();
    const second = recordMeasurement(member, { indicatorId: welzijn.id, quarter: "2025-Q2", value: "710" });
    await expect(second).rejects.toThrow(ValidationError);
    await expect(second).rejects.toThrow(nl.monitoring.quarterHasValue("700 inwoners", "Q2 2025"));
    await expect(recordMeasurement(member, { indicatorId: welzijn.id, quarter: "2027-Q1", value: "5" })).rejects.toThrow(nl.monitoring.quarterInFuture);
    await expect(recordMeasurement(member, { indicatorId: welzijn.id, quarter: "2025-Q4", value: "veel" })).rejects.toThrow(nl.monitoring.valueNotANumber);
    await expect(recordMeasurement(member, { indicatorId: welzijn.id, quarter: "2025-Q4" })).rejects.toThrow(nl.monitoring.valueOrStoryRequired);
    expect(await measurementCount()).toBe(before);
    // A story may join a quarter that has a value.
    await recordMeasurement(member, { indicatorId: welzijn.id, quarter: "2025-Q2", story: "Ook Dronten doet mee." });
    expect(await measurementCount()).toBe(before + 1);
  });

  it("corrects a value without losing the old one, and refuses the second of two corrections of the same value", async () => {
    const office = await as("projectbureau@demo.nl");
    const sessions = await indicator(office, "werksessies");
    const q2 = sessions.values.find((v) => v.quarter === "2025-Q2")!;
    await correctMeasurement(office, { measurementId: q2.measurementId, value: "15", story: "Eén sessie was niet meegeteld." });
    const conflict = correctMeasurement(office, { measurementId: q2.measurementId, value: "13" });
    await expect(conflict).rejects.toThrow(ConflictError);
    await expect(conflict).rejects.toThrow(nl.monitoring.correctedMeanwhile("15 sessies"));

    const after = await indicator(office, "werksessies");
    expect(after.values.map((v) => [v.quarter, v.value, v.corrected])).toEqual([
      ["2025-Q1", 6, false],
      ["2025-Q2", 15, true],
    ]);
    const old = after.measurements.find((m) => m.id === q2.measurementId)!;
    expect([old.value, old.current]).toEqual([14, false]);
    await expect(correctMeasurement(await as("lid@demo.nl"), { measurementId: after.values[1]!.measurementId, value: "1" })).rejects.toThrow(ForbiddenError);
    await expect(correctMeasurement(office, { measurementId: after.values[1]!.measurementId, value: "" })).rejects.toThrow(nl.monitoring.correctionNeedsValue);
  });

  it("records two values for one quarter at the same moment as one value and one refusal", async () => {
    const office = await as("projectbureau@demo.nl");
    const health = await indicator(office, "ervaren-gezondheid");
    const results = await Promise.allSettled([
      recordMeasurement(office, { indicatorId: health.id, quarter: "2026-Q1", value: "77" }),
      recordMeasurement(office, { indicatorId: health.id, quarter: "2026-Q1", value: "78" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await indicator(office, "ervaren-gezondheid")).values.filter((v) => v.quarter === "2026-Q1")).toHaveLength(1);
  });
});

describe("adding an indicator", () => {
  it("is for the projectbureau: with a target, a reporter and an audit line; progress shows once measured", async () => {
    const office = await as("projectbureau@demo.nl");
    const group = await database.db.selectFrom("working_group").where("slug", "=", "mentaal-gezond").select("id").executeTakeFirstOrThrow();
    const added = await addIndicator(office, {
      kind: "outcome",
      name: "Inwoners met eenzaamheid",
      unit: "%",
      direction: "down",
      target: "40",
      targetQuarter: "Q4 2027",
      workingGroupId: group.id,
    });
    await recordMeasurement(office, { indicatorId: added.id, quarter: "2025-Q1", value: "50" });
    await recordMeasurement(office, { indicatorId: added.id, quarter: "2026-Q1", value: "45" });
    const shown = await indicator(anonymous, added.slug);
    expect(shown).toMatchObject({ kind: "outcome", target: 40, target_quarter: "2027-Q4", group_name: "Mentaal gezond Flevoland", trend: "better" });
    expect(shown.progress).toMatchObject({ reached: false, share: 0.5 });
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", added.id).select("action").execute();
    expect(audit.map((a) => a.action)).toEqual(["indicator.created"]);
  });

  it("refuses others, a name twice, a bad target and two reporters, and adds nothing", async () => {
    const office = await as("projectbureau@demo.nl");
    const count = async () => (await getMonitoring(anonymous)).indicators.length;
    const before = await count();
    await expect(addIndicator(await as("begeleider@demo.nl"), { kind: "output", name: "Iets" })).rejects.toThrow(ForbiddenError);
    await expect(addIndicator(office, { kind: "output", name: "Ervaren gezondheid" })).rejects.toThrow(nl.monitoring.nameTaken);
    await expect(addIndicator(office, { kind: "output", name: "Nieuw", target: "hoog" })).rejects.toThrow(nl.monitoring.targetNotANumber);
    await expect(addIndicator(office, { kind: "output", name: "Nieuw", targetQuarter: "Q4 2027" })).rejects.toThrow(nl.monitoring.targetQuarterWithoutTarget);
    await expect(addIndicator(office, { kind: "output", name: "Nieuw", targetQuarter: "ooit", target: "3" })).rejects.toThrow(nl.monitoring.targetQuarterInvalid);
    await expect(addIndicator(office, { kind: "output", name: "Nieuw", workingGroupId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow(NotFoundError);
    const [group, foundation] = await Promise.all([
      database.db.selectFrom("working_group").select("id").executeTakeFirstOrThrow(),
      database.db.selectFrom("foundation").select("id").executeTakeFirstOrThrow(),
    ]);
    await expect(addIndicator(office, { kind: "output", name: "Nieuw", workingGroupId: group.id, foundationId: foundation.id })).rejects.toThrow(ValidationError);
    expect(await count()).toBe(before);
  });
});

describe("changing an indicator", () => {
  it("sets a target for the projectbureau, and refuses a change that started from an older version without overwriting", async () => {
    const office = await as("projectbureau@demo.nl");
    const before = await indicator(office, "wachttijd-ggz");
    const fields = { kind: before.kind, name: before.name, description: before.description, unit: before.unit, direction: before.direction, source: before.source };
    const saved = await updateIndicator(office, { indicatorId: before.id, version: before.version, ...fields, target: "4", targetQuarter: "Q4 2027" });
    expect(saved.version).toBe(before.version + 1);
    const stale = updateIndicator(office, { indicatorId: before.id, version: before.version, ...fields, target: "8" });
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toThrow(nl.monitoring.indicatorChangedMeanwhile);
    const after = await indicator(anonymous, "wachttijd-ggz");
    expect([after.target, after.target_quarter, after.version]).toEqual([4, "2027-Q4", before.version + 1]);
    const audit = await database.db.selectFrom("audit_event").where("subject_id", "=", before.id).select(["action", "data"]).execute();
    expect(audit).toEqual([{ action: "indicator.updated", data: expect.objectContaining({ changed: ["target", "target_quarter"], from: { target: null, target_quarter: null } }) }]);
  });

  it("refuses others, a name another indicator has, and an unknown indicator", async () => {
    const office = await as("projectbureau@demo.nl");
    const health = await indicator(office, "ervaren-gezondheid");
    const fields = { indicatorId: health.id, version: health.version, kind: health.kind, unit: health.unit, direction: health.direction };
    await expect(updateIndicator(await as("begeleider@demo.nl"), { ...fields, name: "Gezond" })).rejects.toThrow(ForbiddenError);
    await expect(updateIndicator(office, { ...fields, name: "Wachttijd in de GGZ" })).rejects.toThrow(nl.monitoring.nameTaken);
    await expect(updateIndicator(office, { ...fields, indicatorId: "00000000-0000-4000-8000-000000000000", name: "Gezond" })).rejects.toThrow(NotFoundError);
    expect((await indicator(office, "ervaren-gezondheid")).name).toBe("Ervaren gezondheid");
  });
});
