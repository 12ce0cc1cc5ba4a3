import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { renderAgendaText } from "../../shared/agenda/render-text";
import { nl } from "../../shared/i18n/nl";
import { archiveCard, createCard, updateCard } from "../boards/cards.service";
import { archiveWorkplanItem } from "../boards/workplan.service";
import { proposeDependency } from "../dependencies/dependencies.service";
import { loadDocumentState } from "../collab/collab.repository";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { openFoundationAgenda, openGroupAgenda } from "./agendas.service";
import { buildAgendaDocument } from "./templates";

// The first text of an agenda, generated from the board or werkagenda as it is when someone
// first opens the agenda. The demo already has agendas, so each test removes one first.

const t = nl.versions.template;

describe("agenda templates from the board", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;

  const as = (email: string) => signInAs(anonymous, email);

  async function removeAgenda(owner: { group: string } | { foundation: string }) {
    const query = database.db.selectFrom("agenda as a").leftJoin("working_group as g", "g.id", "a.working_group_id").leftJoin("foundation as f", "f.id", "a.foundation_id");
    const row = await ("group" in owner ? query.where("g.slug", "=", owner.group) : query.where("f.slug", "=", owner.foundation)).select("a.id").executeTakeFirst();
    if (row) await database.db.deleteFrom("agenda").where("id", "=", row.id).execute();
  }

  const cardId = (title: string) => database.db.selectFrom("solution_direction").where("title", "=", title).select("id").executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
  });
  afterAll(() => database.destroy());

  it("builds a werkgroep's concept transformatieagenda from its board when it is first opened", async () => {
    await removeAgenda({ group: "gezond-ouder-worden" });
    const office = await as("projectbureau@demo.nl");
    // Archived cards leave the agenda like they leave the board.
    await archiveCard(office, { cardId: (await cardId("Regionale coördinatie van beschikbare capaciteit")).id });
    // Financing streams are the plan's data.
    await database.db.updateTable("financing_stream").set({ name: "SPUK IZA (2024-2026)" }).where("slug", "=", "spuk-iza").execute();

    const opened = await openGroupAgenda(await as("lid@demo.nl"), "gezond-ouder-worden");
    expect(opened.access).toBe("write");
    const text = renderAgendaText(await loadDocumentState(database.db, opened.agenda.id));
    const acp = await cardId("Proactieve levens- en zorgplanning (ALP/ACP)");

    expect(text.startsWith(`# ${t.groupTitle("Gezond ouder worden")}\n\n${t.groupIntro("Gezond ouder worden")}\n\n`)).toBe(true);
    // Focus cards in board order (both in Uitwerken), each with its subsections.
    const focus = text.split("\n").filter((line) => line.startsWith("## "));
    expect(focus).toEqual(["## Proactieve levens- en zorgplanning (ALP/ACP) [Proactieve levens- en zorgplanning (ALP/ACP)]", "## Reablement [Reablement]"]);
    const section = text.slice(text.indexOf("## Proactieve"), text.indexOf("## Reablement"));
    expect(section).toContain("### Schaal en gemeenten\n\nSubregionaal: Lelystad/Dronten (Lelystad, Dronten).");
    expect(section).toContain("### Tijdlijn\n\nQ1 2025 tot en met Q2 2026");
    // Fundamenten in the plan's order.
    expect(section).toContain("### Benodigde fundamenten\n\n- Digitale gegevensuitwisseling en gegevensbescherming\n- Domeinoverstijgend samenwerken");
    expect(section).toContain("### Financiering\n\n- SPUK IZA (2024-2026)\n- SPUK GALA\n- Transformatiemiddelen\n- Bestaande budgetten");
    expect(text).toContain("### Schaal en gemeenten\n\nLokaal: Almere.");
    // No other chosen card is left once the in-agenda card is archived; Verkennen and Gepauzeerd never show.
    expect(text).not.toContain(t.otherChosenTitle);
    expect(text).not.toContain("Regionale coördinatie");
    expect(text).not.toContain("Valpreventie");
    expect(text).not.toContain("Respijtzorg");
    // The heading carries a live chip for the card.
    const document = await buildAgendaDocument(database.db, opened.agenda.id);
    expect(document.content.find((n) => n.type === "heading" && n.attrs!.level === 2)!.content![1]).toEqual({
      type: "statusChip",
      attrs: { kind: "card", refId: acp.id, label: "Proactieve levens- en zorgplanning (ALP/ACP)" },
    });
  });

  it("lists a werkgroep's other chosen cards shortly, and the regional scale with every gemeente", async () => {
    await removeAgenda({ group: "slimme-zorg" });
    const opened = await openGroupAgenda(await as("meelezer@demo.nl"), "slimme-zorg");
    expect(opened.access).toBe("read");
    const text = renderAgendaText(await loadDocumentState(database.db, opened.agenda.id));
    const municipalities = (await database.db.selectFrom("municipality").select("name").orderBy("position").execute()).map((m) => m.name).join(", ");
    expect(text).toContain(`### Schaal en gemeenten\n\nRegionaal: heel Flevoland (${municipalities}).`);
    expect(text).toContain(
      `## ${t.otherChosenTitle}\n\n${t.otherChosenIntro}\n\n### Eén overzicht van vrije bedden in Flevoland [Eén overzicht van vrije bedden in Flevoland]`,
    );
    expect(text).not.toContain("Slim medicijnbeheer thuis");
  });

  it("builds a fundament's werkagenda from its items, each with the cards that require it", async () => {
    await removeAgenda({ foundation: "arbeidsmarkt" });
    const office = await as("projectbureau@demo.nl");
    const items = await database.db
      .selectFrom("workplan_item as i")
      .innerJoin("foundation as f", "f.id", "i.foundation_id")
      .where("f.slug", "=", "arbeidsmarkt")
      .select(["i.id", "i.title", "i.foundation_id"])
      .execute();
    await archiveWorkplanItem(office, { itemId: items.find((i) => i.title === "Regionale flexpool voor zorg en welzijn")!.id });
    // A card of another werkgroep requires the last item (a proposed vereist link): it waits for
    // that item. A card that only names the fundament on its board waits for nothing in particular.
    const group = await database.db.selectFrom("working_group").where("slug", "=", "mentaal-gezond").select("id").executeTakeFirstOrThrow();
    const block = await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow();
    const card = await createCard(office, { groupId: group.id, title: "Meer GGZ-verpleegkundigen in de wijk", buildingBlockIds: [block.id] });
    const trials = items.find((i) => i.title === "Drie proeven met technologie die werkdruk verlaagt")!;
    await proposeDependency(await as("lid.wg2@demo.nl"), { fromId: card.id, toId: trials.id, kind: "vereist" });
    const naming = await createCard(office, { groupId: group.id, title: "Alleen het fundament genoemd", buildingBlockIds: [block.id] });
    await updateCard(office, { cardId: naming.id, edits: { foundationIds: [items[0]!.foundation_id] }, base: { foundationIds: [] } });

    const opened = await openFoundationAgenda(await as("team1.arbeidsmarkt@demo.nl"), "arbeidsmarkt");
    expect(opened.access).toBe("write");
    const text = renderAgendaText(await loadDocumentState(database.db, opened.agenda.id));
    expect(text.startsWith(`# ${t.foundationTitle("Toekomstbestendige arbeidsmarkt Zorg & Welzijn")}\n\n`)).toBe(true);
    // Items in planning order (due quarter), the archived one left out.
    expect(text.split("\n").filter((line) => line.startsWith("## "))).toEqual([
      "## Onderzoek: waarom stoppen nieuwe medewerkers? [Onderzoek: waarom stoppen nieuwe medewerkers?]",
      "## Leerwerkplekken voor zij-instromers [Leerwerkplekken voor zij-instromers]",
      "## Drie proeven met technologie die werkdruk verlaagt [Drie proeven met technologie die werkdruk verlaagt]",
    ]);
    expect(text).toContain("### Betrokken partijen\n\nROC Flevoland\n\n### Planning\n\nKlaar in Q2 2025.");
    // Under each item, the cards whose live vereist links point at it (demo links and the new one).
    const waitingFor = (title: string) => {
      const from = text.indexOf(`## ${title} [`);
      const next = text.indexOf("\n## ", from + 1);
      const part = text.slice(from, next < 0 ? undefined : next);
      return part.slice(part.indexOf(`### ${t.itemHeadings.wachtend}`)).split("\n").filter((line) => line.startsWith("- "));
    };
    const smart = await database.db.selectFrom("working_group").where("slug", "=", "slimme-zorg").select("name").executeTakeFirstOrThrow();
    expect(waitingFor("Drie proeven met technologie die werkdruk verlaagt")).toEqual([
      `- [Hybride zorg en zorg op afstand] (werkgroep ${smart.name})`,
      "- [Meer GGZ-verpleegkundigen in de wijk] (werkgroep Mentaal gezond Flevoland)",
    ]);
    expect(waitingFor("Leerwerkplekken voor zij-instromers")).toEqual(["- [Reablement] (werkgroep Gezond ouder worden)"]);
    expect(waitingFor("Onderzoek: waarom stoppen nieuwe medewerkers?")).toEqual([]);
    expect(text).not.toContain("Alleen het fundament genoemd");
  });

  it("says what to do when the board has no focus yet or the werkagenda has no items", async () => {
    await removeAgenda({ group: "sterke-wijken" });
    await database.db.updateTable("solution_direction").set({ focus: false }).where("title", "in", ["Fysieke ontmoetingsplekken", "Eén wijknetwerk"]).execute();
    const group = await openGroupAgenda(await as("projectbureau@demo.nl"), "sterke-wijken");
    const text = renderAgendaText(await loadDocumentState(database.db, group.agenda.id));
    expect(text).toContain(t.noFocus);
    // The former focus cards are still chosen, so they get a short section.
    expect(text).toContain("### Fysieke ontmoetingsplekken [Fysieke ontmoetingsplekken]");

    await removeAgenda({ foundation: "gezonde-leefomgeving" });
    await database.db.deleteFrom("workplan_item").where("title", "in", ["Gezondheid in elke omgevingsvisie", "Woonzorgvisies van de gemeenten op elkaar afstemmen", "Handreiking gezonde wijk voor projectontwikkelaars"]).execute();
    const foundation = await openFoundationAgenda(await as("projectbureau@demo.nl"), "gezonde-leefomgeving");
    expect(renderAgendaText(await loadDocumentState(database.db, foundation.agenda.id))).toBe(
      `# ${t.foundationTitle("Gezonde leefomgeving")}\n\n${t.foundationIntro("Gezonde leefomgeving")}\n\n${t.noItems}`,
    );
  });
});
