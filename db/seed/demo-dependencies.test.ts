import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../server/auth/session.service";
import { getFoundationUrgency, getNeedsMatrix, getRegionGraph } from "../../server/dependencies/views.service";
import type { ServiceContext } from "../../server/request-context";
import { createTestContext } from "../../server/test-context";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { demoDependencies } from "./data/demo-dependencies";
import { seedDemoDependencies } from "./demo-dependencies";

// The demo's dependencies (db/seed/data/demo-dependencies.ts) as a newcomer sees them after npm start.

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

describe("demo dependencies", () => {
  it("show every kind and every state", async () => {
    const graph = await getRegionGraph(reader, {});
    expect(new Set(graph.links.map((l) => l.kind))).toEqual(new Set(["vereist", "versterkt", "overlapt"]));
    expect(new Set(graph.links.map((l) => l.state))).toEqual(new Set(["voorgesteld", "bevestigd", "afgewezen"]));
    const lapsed = await getRegionGraph(reader, { state: "vervallen" });
    expect(lapsed.links.length).toBeGreaterThan(0);
    expect(graph.links.filter((l) => l.agreedDate !== null).length).toBeGreaterThan(0);
    expect(graph.links).toHaveLength(demoDependencies.filter((d) => d.state !== "vervallen").length);
  });

  it("have items at risk with a reason people can read, remembered in item_risk", async () => {
    const graph = await getRegionGraph(reader, {});
    const byTitle = new Map(graph.nodes.map((n) => [n.title, n]));
    expect(byTitle.get("Hybride zorg en zorg op afstand")!.riskText).toMatch(/^Loopt risico: /);
    const atRisk = graph.nodes.filter((n) => n.atRisk);
    expect(atRisk.length).toBeGreaterThanOrEqual(3);
    const texts = atRisk.map((n) => n.riskText).join("\n");
    expect(texts).toContain(
      "Drie proeven met technologie die werkdruk verlaagt (fundament Toekomstbestendige arbeidsmarkt Zorg & Welzijn) is pas klaar in Q3 2025"
    );
    expect(texts).toContain("Dashboard gezondheid per wijk (fundament Datagedreven werken aan gezondheid en zorg), maar dat is afgewezen.");
    expect(byTitle.get("Dashboard gezondheid per wijk")!.riskText).toMatch(/^Loopt risico via Informatiearchitectuur voor de regio vastleggen/);
    expect(graph.links.filter((l) => l.atRisk).length).toBeGreaterThanOrEqual(3);

    const stored = await database.db.selectFrom("item_risk").where("region_id", "=", reader.regionId).select("item_id").execute();
    expect(new Set(stored.map((r) => r.item_id))).toEqual(new Set(atRisk.map((n) => n.id)));
  });

  it("have the coalition's decided urgency order beside the computed one, and a needs matrix", async () => {
    const urgency = await getFoundationUrgency(reader);
    expect(urgency.decided).toMatchObject({ decidedByName: "Cor Coalitie" });
    expect(urgency.decided!.order.map((f) => f.slug)).toEqual([
      "digitale-gegevensuitwisseling",
      "arbeidsmarkt",
      "domeinoverstijgend-samenwerken",
      "datagedreven-werken",
      "maatschappelijke-dialoog",
      "gezonde-leefomgeving",
    ]);
    expect(urgency.computed).toHaveLength(6);
    expect(urgency.computed[0]!.focusCards).toBeGreaterThan(0);
    const matrix = await getNeedsMatrix(reader);
    expect(matrix.cells.length).toBeGreaterThan(0);
  });

  it("are seeded once: a second run changes nothing", async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom("dependency")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    await seedDemoDependencies(database.db, reader.regionId);
    expect(await count()).toBe(before);
    expect(await database.db.selectFrom("foundation_urgency_decision").selectAll().execute()).toHaveLength(1);
  });
});
