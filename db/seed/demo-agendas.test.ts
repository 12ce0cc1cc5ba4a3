import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAgendaText } from "../../shared/agenda/render-text";
import { nl } from "../../shared/i18n/nl";
import { loadDocumentState } from "../../server/collab/collab.repository";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { demoWorkingGroups } from "./data/demo";
import { demoReviewScripts } from "./data/demo-reviews";
import { demoAgendaTexts, type DemoSections } from "./data/demo-agendas";
import { seedDemoAgendas } from "./demo-agendas";

// The demo template (createTestDatabase's default) ends with seedDemoAgendas: what a visitor
// of a demo finds behind every werkgroep's and fundament's Agenda tab.

const paragraphsOf = (sections: DemoSections) => Object.values(sections).flatMap((parts) => Object.values(parts).flat());
const slugOf = (owner: { group: string } | { foundation: string }) => ("group" in owner ? owner.group : owner.foundation);

describe("the demo agendas", () => {
  let database: TestDatabase;
  let regionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    regionId = (await database.db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.destroy());

  const agendas = () =>
    database.db
      .selectFrom("agenda as a")
      .leftJoin("working_group as g", "g.id", "a.working_group_id")
      .leftJoin("foundation as f", "f.id", "a.foundation_id")
      .leftJoin("app_user as u", "u.id", "a.created_by")
      .select(["a.id", "a.kind", "a.review_state", "g.slug as groupSlug", "g.name as groupName", "f.slug as foundationSlug", "f.name as foundationName", "u.email as creator"])
      .execute();

  const liveText = async (slug: string) => {
    const agenda = (await agendas()).find((a) => a.groupSlug === slug || a.foundationSlug === slug)!;
    return renderAgendaText(await loadDocumentState(database.db, agenda.id));
  };

  it("gives every demo werkgroep and every fundament a concept agenda, made by its begeleider or kwartiermaker", async () => {
    const all = await agendas();
    const foundations = await database.db.selectFrom("foundation").select("slug").execute();
    expect(all.filter((a) => a.kind === "transformatieagenda").map((a) => a.groupSlug).sort()).toEqual(demoWorkingGroups.map((g) => g.slug).sort());
    expect(all.filter((a) => a.kind === "werkagenda").map((a) => a.foundationSlug).sort()).toEqual(foundations.map((f) => f.slug).sort());
    // The demo review scripts (db/seed/data/demo-reviews.ts) move some on; the rest stay Concept.
    const reviewed = demoReviewScripts.map((script) => ("group" in script.owner ? script.owner.group : script.owner.foundation));
    expect(all.filter((a) => !reviewed.includes(a.groupSlug ?? a.foundationSlug!)).every((a) => a.review_state === "concept")).toBe(true);
    expect(all.find((a) => a.groupSlug === "gezond-ouder-worden")!.creator).toBe("begeleider@demo.nl");
    expect(all.find((a) => a.foundationSlug === "arbeidsmarkt")!.creator).toBe("kwartiermaker@demo.nl");
  });

  it("starts each agenda from its template: title, and the focus cards or werkagenda items as sections", async () => {
    for (const agenda of await agendas()) {
      const text = await liveText(agenda.groupSlug ?? agenda.foundationSlug!);
      const title = agenda.groupName ? nl.versions.template.groupTitle(agenda.groupName) : nl.versions.template.foundationTitle(agenda.foundationName!);
      expect(text.startsWith(`# ${title}\n\n`), title).toBe(true);
    }
    const group = await liveText("gezond-ouder-worden");
    expect(group).toContain("## Reablement [Reablement]");
    expect(group).toContain("Lokaal: Almere.");
    expect(group).toContain("Subregionaal: Lelystad/Dronten (Lelystad, Dronten).");
    expect(group).toContain("- SPUK IZA\n- SPUK GALA\n- Transformatiemiddelen\n- Bestaande budgetten");
    expect(group).toContain(`## ${nl.versions.template.otherChosenTitle}`);
    const werkagenda = await liveText("arbeidsmarkt");
    expect(werkagenda).toContain("## Leerwerkplekken voor zij-instromers [Leerwerkplekken voor zij-instromers]");
    expect(werkagenda).toContain("Klaar in Q2 2025.");
    expect(werkagenda).toContain("- [Reablement] (werkgroep Gezond ouder worden)");
  });

  it("writes every demo paragraph into its section (so every title in the data is on the seeded boards)", async () => {
    for (const text of demoAgendaTexts) {
      const live = await liveText(slugOf(text.owner));
      for (const paragraph of [...paragraphsOf(text.sections), ...paragraphsOf(text.version?.later ?? {})]) {
        expect(live, slugOf(text.owner)).toContain(paragraph);
      }
    }
    // In the right section, not just anywhere.
    expect(await liveText("gezond-ouder-worden")).toMatch(/### Doel\n\nOuderen in Almere die thuis zorg krijgen/);
  });

  it("freezes version 1 before the later paragraphs, which a member wrote into the update log", async () => {
    for (const text of demoAgendaTexts.filter((t) => t.version)) {
      const agenda = (await agendas()).find((a) => a.groupSlug === slugOf(text.owner) || a.foundationSlug === slugOf(text.owner))!;
      const versions = await database.db
        .selectFrom("agenda_version as v")
        .leftJoin("app_user as u", "u.id", "v.created_by")
        .where("v.agenda_id", "=", agenda.id)
        .select(["v.number", "v.name", "v.reason", "v.text", "u.email"])
        .execute();
      expect(versions.map((v) => [v.number, v.name, v.reason, v.email])).toEqual([[1, text.version!.name, "manual", agenda.creator]]);
      for (const paragraph of paragraphsOf(text.sections)) expect(versions[0]!.text).toContain(paragraph);
      for (const paragraph of paragraphsOf(text.version!.later)) expect(versions[0]!.text).not.toContain(paragraph);
      const log = await database.db
        .selectFrom("collab_update as c")
        .innerJoin("app_user as u", "u.id", "c.author_id")
        .innerJoin("role_assignment as r", "r.user_id", "u.id")
        .where("c.agenda_id", "=", agenda.id)
        .select("r.role")
        .execute();
      expect(log.map((row) => row.role)).toEqual([agenda.groupSlug ? "group_member" : "foundation_member"]);
    }
    expect(demoAgendaTexts.filter((t) => t.version).length).toBeGreaterThanOrEqual(1);
  });

  it("is idempotent: agendas that exist are left alone, missing ones are made", async () => {
    const before = await agendas();
    const missing = before.find((a) => a.foundationSlug === "gezonde-leefomgeving")!;
    await database.db.deleteFrom("agenda").where("id", "=", missing.id).execute();
    const counts = async () => ({
      versions: (await database.db.selectFrom("agenda_version").select("id").execute()).length,
      updates: (await database.db.selectFrom("collab_update").select("id").execute()).length,
      snapshots: (await database.db.selectFrom("collab_snapshot").select("agenda_id").execute()).length,
    });
    const countsBefore = await counts();
    await seedDemoAgendas(database.db, regionId);
    await seedDemoAgendas(database.db, regionId);
    const after = await agendas();
    expect(after).toHaveLength(before.length);
    const remade = after.find((a) => a.foundationSlug === "gezonde-leefomgeving")!;
    expect(remade.id).not.toBe(missing.id);
    expect(after.filter((a) => a.id !== remade.id).map((a) => a.id).sort()).toEqual(before.filter((a) => a.id !== missing.id).map((a) => a.id).sort());
    expect(await counts()).toEqual({ ...countsBefore, snapshots: countsBefore.snapshots + 1 });
    expect(await liveText("gezonde-leefomgeving")).toContain("De GGD helpt elke gemeente om gezondheid een vaste plek te geven");
  });
});
