import type { Kysely } from "kysely";
import type { Database } from "../schema";

type Db = Kysely<Database>;

interface DemoMeasurement {
  quarter: string;
  value: number | null;
  story?: string;
  source?: string;
  by: string;
}

/** Measurements for the seeded indicators (db/seed/data/flevoland.ts), so the dashboard has something to show. Invented: demo only. */
const demoMeasurements: Record<string, DemoMeasurement[]> = {
  werksessies: [
    { quarter: "2025-Q1", value: 6, by: "projectbureau@demo.nl" },
    { quarter: "2025-Q2", value: 14, by: "projectbureau@demo.nl", story: "Twee werkgroepen kwamen vaker samen dan gepland: zij wilden hun keuze voor de focus goed onderbouwen." },
  ],
  "welzijn-op-recept": [
    { quarter: "2024-Q4", value: 510, by: "begeleider@demo.nl" },
    { quarter: "2025-Q1", value: 640, by: "begeleider@demo.nl" },
    { quarter: "2025-Q2", value: 700, by: "begeleider@demo.nl" },
    {
      quarter: "2025-Q2",
      value: null,
      by: "lid@demo.nl",
      story: "In Lelystad verwijzen meer huisartsen door sinds de welzijnscoach op vaste dagen in de praktijk zit.",
      source: "Gesprek met huisartsen in Lelystad",
    },
  ],
  "ervaren-gezondheid": [{ quarter: "2024-Q4", value: 76, by: "projectbureau@demo.nl", source: "Gezondheidsmonitor 2024" }],
  personeelstekort: [
    { quarter: "2025-Q1", value: 8.5, by: "kwartiermaker@demo.nl" },
    { quarter: "2025-Q3", value: 9.1, by: "kwartiermaker@demo.nl", story: "Vooral in de wijkverpleging en de jeugdzorg blijven vacatures lang open." },
  ],
};

/**
 * Demo monitoring: "Gebruikers van Welzijn op Recept" is reported by the werkgroep Gezond ouder
 * worden, and some indicators get measurements. Idempotent: an indicator that has any
 * measurement, or a reporter already, is left alone.
 */
export async function seedDemoMonitoring(db: Db, regionId: string): Promise<void> {
  const group = await db.selectFrom("working_group").where("region_id", "=", regionId).where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirst();
  if (group) {
    await db
      .updateTable("indicator")
      .set({ working_group_id: group.id })
      .where("region_id", "=", regionId)
      .where("slug", "=", "welzijn-op-recept")
      .where("working_group_id", "is", null)
      .where("foundation_id", "is", null)
      .execute();
  }
  const people = new Map((await db.selectFrom("app_user").where("region_id", "=", regionId).select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  const indicators = await db.selectFrom("indicator").where("region_id", "=", regionId).select(["id", "slug"]).execute();
  const measured = new Set(
    (
      await db
        .selectFrom("measurement as m")
        .innerJoin("indicator as i", "i.id", "m.indicator_id")
        .where("i.region_id", "=", regionId)
        .select("m.indicator_id")
        .distinct()
        .execute()
    ).map((m) => m.indicator_id),
  );
  const rows = indicators
    .filter((indicator) => !measured.has(indicator.id))
    .flatMap((indicator) =>
      (demoMeasurements[indicator.slug] ?? []).map((m, i) => ({
        indicator_id: indicator.id,
        quarter: m.quarter,
        value: m.value,
        story: m.story ?? "",
        source: m.source ?? "",
        recorded_by: people.get(m.by) ?? null,
        // In the order written, a day apart, in the quarter after the one measured.
        recorded_at: recordedAfter(m.quarter, i),
      })),
    );
  if (rows.length > 0) await db.insertInto("measurement").values(rows).execute();
}

function recordedAfter(quarter: string, nth: number): Date {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return new Date(Date.UTC(year, q * 3, 10 + nth));
}
