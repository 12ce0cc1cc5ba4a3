import { describe, expect, it } from "vitest";
import { nl } from "../i18n/nl";
import type { AgendaDocument, AgendaNode } from "./document";
import { agendaSchema } from "./editor-schema";
import { renderDocumentText } from "./render-text";
import { buildFoundationAgenda, buildGroupAgenda, describeScale, describeTimeline, selectAgendaCards, type TemplateCard } from "./templates";

const t = nl.versions.template;

const card = (overrides: Partial<TemplateCard> & Pick<TemplateCard, "id" | "title">): TemplateCard => ({
  description: "",
  status: "gekozen",
  focus: false,
  scale: null,
  startQuarter: null,
  endQuarter: null,
  foundations: [],
  ...overrides,
});

const financing = ["SPUK IZA", "SPUK GALA", "Transformatiemiddelen", "Bestaande budgetten"];

const reablement = card({
  id: "card-1",
  title: "Reablement",
  description: "Inwoners worden weer zelfredzaam na ziekte.",
  status: "uitwerken",
  focus: true,
  scale: { kind: "lokaal", municipalities: ["Almere", "Lelystad"] },
  startQuarter: "2025-Q2",
  endQuarter: "2026-Q4",
  foundations: ["Toekomstbestendige arbeidsmarkt Zorg & Welzijn", "Gezonde leefomgeving"],
});
const acp = card({ id: "card-2", title: "Proactieve levens- en zorgplanning", status: "gekozen", focus: true });
const capacity = card({
  id: "card-3",
  title: "Regionale coördinatie van beschikbare capaciteit",
  status: "in_agenda",
  scale: { kind: "regionaal", municipalities: ["Almere", "Dronten"] },
  startQuarter: "2024-Q3",
  endQuarter: "2025-Q4",
});
const exploring = card({ id: "card-4", title: "Valpreventie in de wijk", status: "verkennen" });
const paused = card({ id: "card-5", title: "Respijtzorg", status: "gepauzeerd" });

/** Throws when the document is not valid for the editor's schema. */
function checkAgainstSchema(document: AgendaDocument) {
  agendaSchema().nodeFromJSON(document).check();
}

/** The blocks between a heading with this text (chips left out) and the next heading of the same or a higher level. */
function section(document: AgendaDocument, headingText: string, occurrence = 0): AgendaNode[] {
  const plain = (node: AgendaNode) => (node.content ?? []).filter((n) => n.type === "text").map((n) => n.text).join("").trim();
  const starts = document.content.flatMap((node, index) => (node.type === "heading" && plain(node) === headingText ? [index] : []));
  const start = starts[occurrence];
  if (start === undefined) throw new Error(`No heading "${headingText}"`);
  const level = Number(document.content[start]!.attrs!.level);
  const end = document.content.findIndex((node, index) => index > start && node.type === "heading" && Number(node.attrs!.level) <= level);
  return document.content.slice(start + 1, end < 0 ? undefined : end);
}

describe("selectAgendaCards", () => {
  it("gives focus cards a full section and other chosen cards (gekozen, uitwerken, in agenda) a short one", () => {
    const { focus, otherChosen } = selectAgendaCards([reablement, exploring, capacity, paused, acp, card({ id: "x", title: "Uitwerken", status: "uitwerken" })]);
    expect(focus.map((c) => c.id)).toEqual(["card-1", "card-2"]);
    expect(otherChosen.map((c) => c.id)).toEqual(["card-3", "x"]);
  });
});

describe("buildGroupAgenda", () => {
  const document = buildGroupAgenda({ groupName: "Gezond ouder worden", regionName: "Flevoland", cards: [reablement, exploring, acp, capacity, paused], financingStreams: financing });

  it("is a valid document for the editor", () => {
    expect(() => checkAgainstSchema(document)).not.toThrow();
  });

  it("starts with the title and an introduction", () => {
    expect(document.content[0]).toEqual({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Concept transformatieagenda Gezond ouder worden" }] });
    expect(document.content[1]!.type).toBe("paragraph");
  });

  it("has a section per focus card with its title and a status chip, then the subsections in order", () => {
    const headings = document.content.filter((n) => n.type === "heading" && n.attrs!.level === 2);
    expect(headings[0]!.content).toEqual([
      { type: "text", text: "Reablement " },
      { type: "statusChip", attrs: { kind: "card", refId: "card-1", label: "Reablement" } },
    ]);
    expect(headings.map((h) => h.content![0]!.text!.trim())).toEqual(["Reablement", "Proactieve levens- en zorgplanning", t.otherChosenTitle]);
    const subheadings = section(document, "Reablement")
      .filter((n) => n.type === "heading")
      .map((n) => n.content![0]!.text);
    expect(subheadings).toEqual(Object.values(t.focusHeadings));
  });

  it("fills in what the board knows: description, scale with gemeenten, quarters, fundamenten and financing", () => {
    const text = renderDocumentText({ type: "doc", content: section(document, "Reablement") });
    expect(text).toBe(
      [
        "Inwoners worden weer zelfredzaam na ziekte.",
        "### Doel",
        "### Aanpak",
        "### Schaal en gemeenten",
        "Lokaal: Almere, Lelystad.",
        "### Betrokken partijen",
        "### Tijdlijn",
        "Q2 2025 tot en met Q4 2026",
        "### Benodigde fundamenten",
        "- Toekomstbestendige arbeidsmarkt Zorg & Welzijn\n- Gezonde leefomgeving",
        "### Financiering",
        "- SPUK IZA\n- SPUK GALA\n- Transformatiemiddelen\n- Bestaande budgetten",
        "### Monitoring",
      ].join("\n\n"),
    );
  });

  it("gives every subsection the board knows nothing about an empty paragraph to type in", () => {
    for (const heading of ["Doel", "Aanpak", "Schaal en gemeenten", "Betrokken partijen", "Tijdlijn", "Benodigde fundamenten", "Monitoring"]) {
      expect(section(document, heading, 1)).toEqual([{ type: "paragraph" }]);
    }
  });

  it("lists the other chosen cards shortly, with a chip, and leaves out cards in Verkennen or Gepauzeerd", () => {
    const other = section(document, t.otherChosenTitle);
    expect(renderDocumentText({ type: "doc", content: other })).toBe(
      [
        t.otherChosenIntro,
        "### Regionale coördinatie van beschikbare capaciteit [Regionale coördinatie van beschikbare capaciteit]",
        "- Schaal en gemeenten: Regionaal: heel Flevoland (Almere, Dronten).\n- Tijdlijn: Q3 2024 tot en met Q4 2025.",
      ].join("\n\n"),
    );
    const all = renderDocumentText(document);
    expect(all).not.toContain("Valpreventie");
    expect(all).not.toContain("Respijtzorg");
  });

  it("puts prefilled paragraphs in their subsection", () => {
    const filled = buildGroupAgenda({
      groupName: "G",
      regionName: "Flevoland",
      cards: [reablement],
      financingStreams: financing,
      prefill: { "card-1": { doel: ["Eerste.", "Tweede."], financiering: ["Eerst bestaande budgetten."] } },
    });
    expect(section(filled, "Doel")).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Eerste." }] },
      { type: "paragraph", content: [{ type: "text", text: "Tweede." }] },
    ]);
    expect(section(filled, "Financiering")[0]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Eerst bestaande budgetten." }] });
    expect(section(filled, "Financiering")[1]!.type).toBe("bulletList");
  });

  it("says what to do when the werkgroep has no focus yet, and has no empty 'other' section", () => {
    const empty = buildGroupAgenda({ groupName: "Nieuw", regionName: "Flevoland", cards: [exploring], financingStreams: financing });
    expect(() => checkAgainstSchema(empty)).not.toThrow();
    expect(renderDocumentText(empty)).toBe(`# Concept transformatieagenda Nieuw\n\n${t.groupIntro("Nieuw")}\n\n${t.noFocus}`);
  });
});

describe("buildFoundationAgenda", () => {
  const document = buildFoundationAgenda({
    foundationName: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn",
    items: [
      { id: "i-2", title: "Leerwerkplekken", description: "", dueQuarter: "2026-Q1", responsibleOrganisation: "", waitingCards: [] },
      {
        id: "i-1",
        title: "Regionaal werkgeverschap",
        description: "Eén plek voor vacatures.",
        dueQuarter: "2025-Q3",
        responsibleOrganisation: "Regionaal Werkbedrijf Flevoland",
        waitingCards: [{ id: "card-1", title: "Reablement", groupName: "Gezond ouder worden" }],
      },
    ],
  });

  it("is a valid document for the editor", () => {
    expect(() => checkAgainstSchema(document)).not.toThrow();
  });

  it("has a section per item in planning order, with a chip and the item's facts", () => {
    expect(renderDocumentText(document)).toBe(
      [
        "# Werkagenda Toekomstbestendige arbeidsmarkt Zorg & Welzijn",
        t.foundationIntro("Toekomstbestendige arbeidsmarkt Zorg & Welzijn"),
        "## Regionaal werkgeverschap [Regionaal werkgeverschap]",
        "### Doel",
        "Eén plek voor vacatures.",
        "### Opdracht",
        "### Betrokken partijen",
        "Regionaal Werkbedrijf Flevoland",
        "### Planning",
        "Klaar in Q3 2025.",
        "### Welke oplossingsrichtingen wachten hierop",
        "- [Reablement] (werkgroep Gezond ouder worden)",
        "## Leerwerkplekken [Leerwerkplekken]",
        "### Doel",
        "### Opdracht",
        "### Betrokken partijen",
        "### Planning",
        "Klaar in Q1 2026.",
        "### Welke oplossingsrichtingen wachten hierop",
      ].join("\n\n"),
    );
    const itemHeading = document.content.find((n) => n.type === "heading" && n.attrs!.level === 2)!;
    expect(itemHeading.content![1]).toEqual({ type: "statusChip", attrs: { kind: "workplanItem", refId: "i-1", label: "Regionaal werkgeverschap" } });
    const waiting = section(document, t.itemHeadings.wachtend)[0]!;
    expect(waiting.content![0]!.content![0]!.content![0]).toEqual({ type: "statusChip", attrs: { kind: "card", refId: "card-1", label: "Reablement" } });
  });

  it("gives empty subsections an empty paragraph, and says what to do without items", () => {
    expect(section(document, "Opdracht")).toEqual([{ type: "paragraph" }]);
    const empty = buildFoundationAgenda({ foundationName: "Gezonde leefomgeving", items: [] });
    expect(renderDocumentText(empty)).toBe(`# Werkagenda Gezonde leefomgeving\n\n${t.foundationIntro("Gezonde leefomgeving")}\n\n${t.noItems}`);
  });

  it("shows an empty paragraph when no card waits for the item", () => {
    const alone = buildFoundationAgenda({
      foundationName: "F",
      items: [{ id: "i", title: "Punt", description: "", dueQuarter: "2025-Q1", responsibleOrganisation: "", waitingCards: [] }],
      prefill: { i: { opdracht: ["De opdracht."] } },
    });
    expect(section(alone, t.itemHeadings.wachtend)).toEqual([{ type: "paragraph" }]);
    expect(section(alone, "Opdracht")).toEqual([{ type: "paragraph", content: [{ type: "text", text: "De opdracht." }] }]);
  });
});

describe("describeScale and describeTimeline", () => {
  it("names the gemeenten for each scale, and nothing without one", () => {
    expect(describeScale({ kind: "lokaal", municipalities: ["Urk"] }, "Flevoland")).toBe("Lokaal: Urk.");
    expect(describeScale({ kind: "lokaal", municipalities: [] }, "Flevoland")).toBeNull();
    expect(describeScale({ kind: "subregionaal", subregion: "Lelystad/Dronten", municipalities: ["Lelystad", "Dronten"] }, "Flevoland")).toBe(
      "Subregionaal: Lelystad/Dronten (Lelystad, Dronten).",
    );
    expect(describeScale({ kind: "regionaal", municipalities: [] }, "Flevoland")).toBe("Regionaal: heel Flevoland.");
    expect(describeScale(null, "Flevoland")).toBeNull();
  });

  it("shows quarters as people say them", () => {
    expect(describeTimeline("2025-Q1", "2026-Q2")).toBe("Q1 2025 tot en met Q2 2026");
    expect(describeTimeline("2025-Q1", null)).toBe("Vanaf Q1 2025");
    expect(describeTimeline(null, "2026-Q2")).toBe("Tot en met Q2 2026");
    expect(describeTimeline(null, null)).toBeNull();
  });
});
