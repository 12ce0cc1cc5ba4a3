import { describe, expect, it } from "vitest";
import { emptyAssessment, type CardStatus } from "../../../shared/domain/card-rules";
import { cardAbove, groupIntoLanes, placeCard, stepMove, type BoardCard } from "./model";
import { filterCards, readTableQuery, sortCards } from "./table";

function card(id: string, status: CardStatus, rank: string, extra: Partial<BoardCard> = {}): BoardCard {
  return {
    id,
    title: id,
    description: "",
    status,
    rank,
    focus: false,
    scale: null,
    startQuarter: null,
    endQuarter: null,
    buildingBlockIds: [],
    foundationIds: [],
    targetGroupIds: [],
    themeIds: [],
    taskIds: [],
    initiativeIds: [],
    responsibleUserId: null,
    assessment: { ...emptyAssessment },
    version: 1,
    archived: false,
    ...extra,
  };
}

const ids = (cards: BoardCard[]) => cards.map((c) => c.id);

describe("lanes and keyboard moves", () => {
  const lanes = groupIntoLanes([card("b", "verkennen", "m"), card("a", "verkennen", "c"), card("x", "gekozen", "i")]);

  it("groups cards per lane in rank order", () => {
    expect(ids(lanes.verkennen)).toEqual(["a", "b"]);
    expect(ids(lanes.gekozen)).toEqual(["x"]);
    expect(lanes.gepauzeerd).toEqual([]);
  });

  it("moves up and down within a lane and stops at the ends", () => {
    expect(ids(stepMove(lanes, "b", "ArrowUp").verkennen)).toEqual(["b", "a"]);
    expect(stepMove(lanes, "a", "ArrowUp")).toBe(lanes);
    expect(stepMove(lanes, "b", "ArrowDown")).toBe(lanes);
  });

  it("moves to the neighbouring lane at the same place or its end; not past the first or last lane", () => {
    const next = stepMove(lanes, "b", "ArrowRight");
    expect(ids(next.verkennen)).toEqual(["a"]);
    expect(ids(next.gekozen)).toEqual(["x", "b"]);
    expect(next.gekozen[1]!.status).toBe("gekozen");
    expect(cardAbove(next, "b")).toBe("x");
    expect(stepMove(lanes, "a", "ArrowLeft")).toBe(lanes);
    const last = placeCard(lanes, "a", "gepauzeerd", 0);
    expect(stepMove(last, "a", "ArrowRight")).toBe(last);
  });

  it("names the card above as afterCardId, null at the top", () => {
    expect(cardAbove(lanes, "a")).toBeNull();
    expect(cardAbove(lanes, "b")).toBe("a");
  });
});

describe("the table's filters and sorting", () => {
  const options = {
    buildingBlocks: [{ id: "bb1", slug: "proactief", name: "Proactief" }],
    themes: [],
    foundations: [],
    targetGroups: [],
    subregions: [{ id: "s1", slug: "noord", name: "Noord" }],
    municipalities: [
      { id: "m1", slug: "urk", name: "Urk", subregionId: "s1" },
      { id: "m2", slug: "almere", name: "Almere", subregionId: null },
    ],
    catalogue: [],
    tasks: [],
    initiatives: [],
    people: [],
  };
  const cards = [
    card("lokaal-urk", "gekozen", "a", { scale: { kind: "lokaal", municipalityIds: ["m1"] }, startQuarter: "2025-Q1", buildingBlockIds: ["bb1"] }),
    card("noord", "uitwerken", "b", { scale: { kind: "subregionaal", subregionId: "s1" }, startQuarter: "2024-Q3" }),
    card("overal", "verkennen", "c", { scale: { kind: "regionaal" } }),
    card("nergens", "verkennen", "d"),
  ];

  it("reads only known values from the URL", () => {
    const query = readTableQuery(new URLSearchParams("status=onzin&schaal=geen&sorteer=start&richting=af&gemeente=urk"));
    expect(query.filters).toMatchObject({ status: "", schaal: "geen", gemeente: "urk" });
    expect(query).toMatchObject({ sort: "start", direction: "af" });
    expect(readTableQuery(new URLSearchParams("sorteer=x")).sort).toBeNull();
  });

  it("filters by status, scale, bouwsteen and gemeente (subregion and region included)", () => {
    const filter = (query: string) => ids(filterCards(cards, readTableQuery(new URLSearchParams(query)).filters, options));
    expect(filter("status=verkennen")).toEqual(["overal", "nergens"]);
    expect(filter("schaal=geen")).toEqual(["nergens"]);
    expect(filter("bouwsteen=proactief")).toEqual(["lokaal-urk"]);
    expect(filter("gemeente=urk")).toEqual(["lokaal-urk", "noord", "overal"]);
    expect(filter("gemeente=almere")).toEqual(["overal"]);
    expect(filter("bouwsteen=bestaat-niet")).toEqual([]);
  });

  it("sorts by start quarter with empty quarters last in both directions", () => {
    expect(ids(sortCards(cards, "start", "op"))).toEqual(["noord", "lokaal-urk", "nergens", "overal"]);
    expect(ids(sortCards(cards, "start", "af"))).toEqual(["lokaal-urk", "noord", "nergens", "overal"]);
    expect(ids(sortCards(cards, "status", "op"))).toEqual(["nergens", "overal", "lokaal-urk", "noord"]);
  });
});
