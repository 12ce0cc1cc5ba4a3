import { describe, expect, it } from "vitest";
import { canSubmit, checkTransformatieagenda, checkWerkagenda, type CheckedCard, type CheckedItem } from "./submission-checks";

const complete: CheckedCard = {
  id: "c1",
  title: "Reablement",
  focus: true,
  scaleKind: "lokaal",
  startQuarter: "2025-Q2",
  endQuarter: "2026-Q4",
  buildingBlockIds: ["bb1"],
};

const item: CheckedItem = { id: "i1", title: "Leerwerkplekken", dueQuarter: "2025-Q2", responsibleOrganisation: "Regionaal Werkbedrijf" };

describe("checks of a concept transformatieagenda", () => {
  it("passes one or two complete focus cards, whatever the other cards lack", () => {
    const loose: CheckedCard = { id: "c3", title: "Idee", focus: false, scaleKind: null, startQuarter: null, endQuarter: null, buildingBlockIds: [] };
    expect(checkTransformatieagenda([complete, loose])).toEqual({ blocking: [], warnings: [] });
    expect(checkTransformatieagenda([complete, { ...complete, id: "c2", title: "Eén wijknetwerk" }, loose])).toEqual({ blocking: [], warnings: [] });
  });

  it("blocks more than two focus oplossingsrichtingen", () => {
    const cards = ["a", "b", "c"].map((id) => ({ ...complete, id, title: id }));
    const { blocking } = checkTransformatieagenda(cards);
    expect(blocking).toEqual([
      {
        code: "too_many_focus",
        message: "De werkgroep heeft 3 oplossingsrichtingen met focus. Dat mogen er hoogstens twee zijn. Haal op het bord de focus weg bij de andere.",
      },
    ]);
    expect(canSubmit(checkTransformatieagenda(cards))).toBe(false);
  });

  it("lists per focus card what it misses: scale, quarters, bouwsteen", () => {
    const bare: CheckedCard = { ...complete, id: "c9", title: "Valpreventie", scaleKind: null, startQuarter: null, endQuarter: null, buildingBlockIds: [] };
    const noEnd: CheckedCard = { ...complete, id: "c8", title: "Reablement", endQuarter: null };
    const { blocking, warnings } = checkTransformatieagenda([bare, noEnd]);
    expect(warnings).toEqual([]);
    expect(blocking).toEqual([
      {
        code: "focus_incomplete",
        message: 'Oplossingsrichting "Valpreventie" mist nog een schaal (lokaal, subregionaal of regionaal), een startkwartaal, een eindkwartaal en een bouwsteen. Vul dit aan op het bord.',
        subject: { kind: "card", id: "c9", title: "Valpreventie" },
        fields: ["scale", "startQuarter", "endQuarter", "buildingBlocks"],
      },
      {
        code: "focus_incomplete",
        message: 'Oplossingsrichting "Reablement" mist nog een eindkwartaal. Vul dit aan op het bord.',
        subject: { kind: "card", id: "c8", title: "Reablement" },
        fields: ["endQuarter"],
      },
    ]);
  });

  it("treats a malformed quarter and blank bouwsteen ids as missing", () => {
    const { blocking } = checkTransformatieagenda([{ ...complete, startQuarter: "Q2 2025", buildingBlockIds: [" "] }]);
    expect(blocking[0]!.fields).toEqual(["startQuarter", "buildingBlocks"]);
  });

  it("warns, without blocking, when the werkgroep has no focus card at all", () => {
    const checks = checkTransformatieagenda([{ ...complete, focus: false }]);
    expect(checks).toEqual({
      blocking: [],
      warnings: [{ code: "no_focus", message: "De werkgroep heeft nog geen oplossingsrichting met focus. Kies er op het bord één of twee." }],
    });
    expect(canSubmit(checks)).toBe(true);
  });
});

describe("the dependency check of a focus card that links a fundament", () => {
  const links = [
    { foundationId: "f1", name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn", required: false, justified: false },
    { foundationId: "f2", name: "Domeinoverstijgend samenwerken", required: true, justified: false },
    { foundationId: "f3", name: "Maatschappelijke dialoog", required: false, justified: true },
  ];

  it("warns, without blocking, per fundament with neither a vereist link to its werkagenda nor a recorded reason", () => {
    const checks = checkTransformatieagenda([{ ...complete, foundationLinks: links }]);
    expect(checks).toEqual({
      blocking: [],
      warnings: [
        {
          code: "focus_link_without_dependency",
          message:
            'Oplossingsrichting "Reablement" noemt fundament "Toekomstbestendige arbeidsmarkt Zorg & Welzijn", maar vereist nog geen punt van de werkagenda van dat fundament. Leg die afhankelijkheid vast, of schrijf op waarom die niet nodig is.',
          subject: { kind: "card", id: "c1", title: "Reablement" },
          foundation: { id: "f1", name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn" },
        },
      ],
    });
    expect(canSubmit(checks)).toBe(true);
  });

  it("asks nothing of cards without focus, of cards whose links are all covered, or while the links are unknown", () => {
    expect(checkTransformatieagenda([complete, { ...complete, id: "c2", focus: false, foundationLinks: links }]).warnings).toEqual([]);
    expect(checkTransformatieagenda([{ ...complete, foundationLinks: links.slice(1) }]).warnings).toEqual([]);
    expect(checkTransformatieagenda([{ ...complete, foundationLinks: [] }]).warnings).toEqual([]);
  });
});

describe("checks of a werkagenda", () => {
  it("passes items with a due quarter and a responsible organisation", () => {
    expect(checkWerkagenda([item, { ...item, id: "i2", title: "Zij-instroom" }])).toEqual({ blocking: [], warnings: [] });
  });

  it("blocks an item without a due quarter or a responsible organisation, per item", () => {
    const { blocking } = checkWerkagenda([item, { ...item, id: "i2", title: "Zij-instroom", responsibleOrganisation: "  " }, { ...item, id: "i3", title: "Stages", dueQuarter: null, responsibleOrganisation: null }]);
    expect(blocking).toEqual([
      {
        code: "item_incomplete",
        message: 'Punt "Zij-instroom" mist nog een verantwoordelijke organisatie. Vul dit aan op de werkagenda.',
        subject: { kind: "item", id: "i2", title: "Zij-instroom" },
        fields: ["responsibleOrganisation"],
      },
      {
        code: "item_incomplete",
        message: 'Punt "Stages" mist nog een kwartaal waarin het klaar is en een verantwoordelijke organisatie. Vul dit aan op de werkagenda.',
        subject: { kind: "item", id: "i3", title: "Stages" },
        fields: ["dueQuarter", "responsibleOrganisation"],
      },
    ]);
  });

  it("warns about an item nobody depends on once the count is known, and about an empty werkagenda", () => {
    expect(checkWerkagenda([{ ...item, dependentCount: 0 }, { ...item, id: "i2", dependentCount: 2 }])).toEqual({
      blocking: [],
      warnings: [
        {
          code: "item_without_dependents",
          message: 'Geen enkele oplossingsrichting heeft punt "Leerwerkplekken" nodig. Klopt dat?',
          subject: { kind: "item", id: "i1", title: "Leerwerkplekken" },
        },
      ],
    });
    expect(checkWerkagenda([]).warnings.map((w) => w.code)).toEqual(["no_items"]);
    expect(canSubmit(checkWerkagenda([]))).toBe(true);
  });
});
