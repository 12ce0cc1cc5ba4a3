import { describe, expect, it } from "vitest";
import {
  type GraphItem,
  type GraphLink,
  type ItemRisk,
  buildNeedsMatrix,
  computeRisks,
  describeCycle,
  describeRisk,
  findRequiresCycle,
  isLive,
  listEnabledCards,
  quarterOfDate,
  rankFoundationUrgency,
} from "./dependency-graph";
import { type Quarter } from "./quarter";

const ouderenzorg = { kind: "werkgroep", id: "wg-ouderen", name: "Ouderenzorg" } as const;
const ggz = { kind: "werkgroep", id: "wg-ggz", name: "Mentale gezondheid" } as const;
const data = { kind: "fundament", id: "f-data", name: "Digitale gegevensuitwisseling" } as const;
const arbeid = { kind: "fundament", id: "f-arbeid", name: "Arbeidsmarkt" } as const;

function card(id: string, title: string, owner: GraphItem["owner"], start: Quarter | null, end: Quarter | null, extra: Partial<GraphItem> = {}): GraphItem {
  return { id, type: "card", owner, title, focus: false, status: "gekozen", startQuarter: start, readyQuarter: end, ...extra };
}

function item(id: string, title: string, owner: GraphItem["owner"], due: Quarter | null, extra: Partial<GraphItem> = {}): GraphItem {
  return { id, type: "item", owner, title, focus: false, status: "gepland", startQuarter: null, readyQuarter: due, ...extra };
}

let linkCount = 0;
function requires(from: string, to: string, extra: Partial<GraphLink> = {}): GraphLink {
  linkCount += 1;
  return { id: `l${linkCount}`, from, to, kind: "vereist", state: "bevestigd", agreedDate: null, ...extra };
}

const mapOf = (items: readonly GraphItem[]) => new Map(items.map((i) => [i.id, i]));

const wijkteam = card("c-wijk", "Wijkteams", ouderenzorg, "2024-Q3", "2025-Q4");
const valpreventie = card("c-val", "Valpreventie", ouderenzorg, "2025-Q1", "2025-Q4");
const huisarts = card("c-ha", "Huisarts en POH-GGZ", ggz, "2024-Q4", "2026-Q2");
const datalandschap = item("i-data", "Datalandschap", data, "2025-Q1");
const toestemming = item("i-toest", "Toestemmingsvoorziening", data, "2024-Q2");
const opleiden = item("i-opl", "Samen opleiden", arbeid, "2024-Q4");
const all = [wijkteam, valpreventie, huisarts, datalandschap, toestemming, opleiden];
const items = mapOf(all);

describe("isLive", () => {
  it("counts proposed and confirmed links, not declined or lapsed ones", () => {
    expect(isLive(requires("a", "b", { state: "voorgesteld" }))).toBe(true);
    expect(isLive(requires("a", "b", { state: "bevestigd" }))).toBe(true);
    expect(isLive(requires("a", "b", { state: "afgewezen" }))).toBe(false);
    expect(isLive(requires("a", "b", { state: "vervallen" }))).toBe(false);
  });
});

describe("quarterOfDate", () => {
  it("reads the quarter from the date text, independent of time zones", () => {
    expect(quarterOfDate("2024-03-31")).toBe("2024-Q1");
    expect(quarterOfDate("2024-04-01")).toBe("2024-Q2");
    expect(quarterOfDate("2024-12-31")).toBe("2024-Q4");
    expect(quarterOfDate("2024-13-01")).toBeNull();
    expect(quarterOfDate("morgen")).toBeNull();
  });
});

describe("findRequiresCycle", () => {
  it("finds no cycle in a chain that only goes one way", () => {
    const links = [requires("c-wijk", "c-ha"), requires("c-ha", "i-data")];
    expect(findRequiresCycle(links, "c-val", "c-wijk")).toBeNull();
  });

  it("names the items from the new link's target back to its source", () => {
    // Wijkteams needs Huisarts, Huisarts needs Datalandschap; Datalandschap needing Wijkteams would close the circle.
    const links = [requires("c-wijk", "c-ha"), requires("c-ha", "i-data")];
    expect(findRequiresCycle(links, "i-data", "c-wijk")).toEqual(["c-wijk", "c-ha", "i-data"]);
  });

  it("refuses a link to the item itself", () => {
    expect(findRequiresCycle([], "c-wijk", "c-wijk")).toEqual(["c-wijk"]);
  });

  it("follows only live vereist links", () => {
    const links = [
      requires("c-wijk", "c-ha", { kind: "versterkt" }),
      requires("c-ha", "i-data", { state: "afgewezen" }),
      requires("c-ha", "i-data", { state: "vervallen" }),
      requires("c-wijk", "c-ha", { kind: "overlapt" }),
    ];
    expect(findRequiresCycle(links, "i-data", "c-wijk")).toBeNull();
    expect(findRequiresCycle(links, "c-ha", "c-wijk")).toBeNull();
  });

  it("counts proposed links, so two proposals cannot close a circle together", () => {
    const links = [requires("c-wijk", "c-ha", { state: "voorgesteld" })];
    expect(findRequiresCycle(links, "c-ha", "c-wijk")).toEqual(["c-wijk", "c-ha"]);
  });

  it("names the shortest cycle when there are several", () => {
    const links = [requires("a", "b"), requires("b", "c"), requires("c", "d"), requires("b", "d")];
    expect(findRequiresCycle(links, "d", "a")).toEqual(["a", "b", "d"]);
  });
});

describe("describeCycle", () => {
  it("names each item with its owner, in the order they wait for each other", () => {
    const cycle = ["c-wijk", "c-ha", "i-data"];
    expect(describeCycle(cycle, "i-data", items)).toBe(
      "Dit kan niet: dan wachten ze op elkaar. " +
        "Datalandschap (fundament Digitale gegevensuitwisseling) vereist Wijkteams (werkgroep Ouderenzorg), " +
        "Wijkteams (werkgroep Ouderenzorg) vereist Huisarts en POH-GGZ (werkgroep Mentale gezondheid) en " +
        "Huisarts en POH-GGZ (werkgroep Mentale gezondheid) vereist Datalandschap (fundament Digitale gegevensuitwisseling).",
    );
  });

  it("describes a two-item cycle as one sentence with 'en'", () => {
    expect(describeCycle(["c-wijk", "c-val"], "c-val", items)).toBe(
      "Dit kan niet: dan wachten ze op elkaar. Valpreventie (werkgroep Ouderenzorg) vereist Wijkteams (werkgroep Ouderenzorg) en " +
        "Wijkteams (werkgroep Ouderenzorg) vereist Valpreventie (werkgroep Ouderenzorg).",
    );
  });

  it("still says something when an item is unknown", () => {
    expect(describeCycle(["x"], "c-wijk", items)).toContain("Wijkteams (werkgroep Ouderenzorg) vereist een onbekend onderdeel");
  });
});

describe("computeRisks and describeRisk", () => {
  function risksOf(graphItems: readonly GraphItem[], links: readonly GraphLink[]): Map<string, ItemRisk> {
    return computeRisks(graphItems, links);
  }

  it("marks a card whose prerequisite is ready after its start", () => {
    const link = requires("c-wijk", "i-data");
    const risks = risksOf(all, [link]);
    expect([...risks.keys()]).toEqual(["c-wijk"]);
    const risk = risks.get("c-wijk") as ItemRisk;
    expect(risk.causes).toEqual([
      { type: "late", linkId: link.id, prerequisite: "i-data", readyQuarter: "2025-Q1", neededQuarter: "2024-Q3", basis: "start" },
    ]);
    expect(risk.chain).toEqual(["c-wijk"]);
    expect(describeRisk(risk, items)).toBe(
      "Loopt risico: Datalandschap (fundament Digitale gegevensuitwisseling) is pas klaar in Q1 2025, dit start in Q3 2024.",
    );
  });

  it("is no risk when the prerequisite is ready in the start quarter itself", () => {
    expect(risksOf(all, [requires("c-val", "i-data")]).size).toBe(0);
  });

  it("uses the end (or due) quarter when there is no start", () => {
    const ready = item("i-ready", "Regionaal dashboard", data, "2025-Q3");
    const needy = item("i-needy", "Gedeelde zorgpaden", arbeid, "2025-Q2");
    const link = requires("i-needy", "i-ready");
    const risk = risksOf([ready, needy], [link]).get("i-needy") as ItemRisk;
    expect(risk.causes[0]).toMatchObject({ type: "late", basis: "end", neededQuarter: "2025-Q2", readyQuarter: "2025-Q3" });
    expect(describeRisk(risk, mapOf([ready, needy]))).toBe(
      "Loopt risico: Regionaal dashboard (fundament Digitale gegevensuitwisseling) is pas klaar in Q3 2025, dit moet klaar zijn in Q2 2025.",
    );
  });

  it("tests the agreed date on the link, also when the start is later", () => {
    // Valpreventie starts Q1 2025, in time for Datalandschap, but it was agreed for Q4 2024.
    const link = requires("c-val", "i-data", { agreedDate: "2024-11-15" });
    const risk = risksOf(all, [link]).get("c-val") as ItemRisk;
    expect(risk.causes).toEqual([
      { type: "late", linkId: link.id, prerequisite: "i-data", readyQuarter: "2025-Q1", neededQuarter: "2024-Q4", basis: "agreed" },
    ]);
    expect(describeRisk(risk, items)).toBe(
      "Loopt risico: Datalandschap (fundament Digitale gegevensuitwisseling) is pas klaar in Q1 2025, afgesproken was uiterlijk Q4 2024.",
    );
  });

  it("names the earliest missed date when both the start and the agreed date are missed", () => {
    const link = requires("c-wijk", "i-data", { agreedDate: "2024-12-01" });
    const risk = risksOf(all, [link]).get("c-wijk") as ItemRisk;
    expect(risk.causes[0]).toMatchObject({ basis: "start", neededQuarter: "2024-Q3" });
  });

  it("does no date test when the card has no dates, or the prerequisite has none", () => {
    const undated = card("c-undated", "Nog verkennen", ouderenzorg, null, null, { status: "verkennen" });
    const undatedItem = item("i-undated", "Nog te plannen", data, null);
    const links = [requires("c-undated", "i-data"), requires("c-wijk", "i-undated")];
    expect(risksOf([...all, undated, undatedItem], links).size).toBe(0);
  });

  it("still tests the agreed date when the card has no dates", () => {
    const undated = card("c-undated", "Nog verkennen", ouderenzorg, null, null, { status: "verkennen" });
    const risks = risksOf([...all, undated], [requires("c-undated", "i-data", { agreedDate: "2024-06-30" })]);
    expect(risks.get("c-undated")?.causes[0]).toMatchObject({ type: "late", basis: "agreed", neededQuarter: "2024-Q2" });
  });

  it("marks a card whose prerequisite is Vertraagd or Gepauzeerd, whatever the dates", () => {
    const delayed = item("i-delayed", "Toestemmingsvoorziening", data, "2024-Q2", { status: "vertraagd" });
    const paused = card("c-paused", "Huisarts en POH-GGZ", ggz, "2024-Q1", "2024-Q2", { status: "gepauzeerd" });
    const links = [requires("c-wijk", "i-delayed"), requires("c-val", "c-paused")];
    const graph = [wijkteam, valpreventie, delayed, paused];
    const risks = risksOf(graph, links);
    expect(risks.get("c-wijk")?.causes).toEqual([{ type: "stalled", linkId: links[0]?.id, prerequisite: "i-delayed", status: "vertraagd" }]);
    expect(describeRisk(risks.get("c-wijk") as ItemRisk, mapOf(graph))).toBe(
      "Loopt risico: Toestemmingsvoorziening (fundament Digitale gegevensuitwisseling) is vertraagd.",
    );
    expect(describeRisk(risks.get("c-val") as ItemRisk, mapOf(graph))).toBe(
      "Loopt risico: Huisarts en POH-GGZ (werkgroep Mentale gezondheid) is gepauzeerd.",
    );
  });

  it("lists both lateness and a stall of the same prerequisite", () => {
    const delayed = item("i-data", "Datalandschap", data, "2025-Q1", { status: "vertraagd" });
    const risk = risksOf([wijkteam, delayed], [requires("c-wijk", "i-data")]).get("c-wijk") as ItemRisk;
    expect(risk.causes.map((c) => c.type)).toEqual(["late", "stalled"]);
    expect(describeRisk(risk, mapOf([wijkteam, delayed]))).toBe(
      "Loopt risico: Datalandschap (fundament Digitale gegevensuitwisseling) is pas klaar in Q1 2025, dit start in Q3 2024. " +
        "Datalandschap (fundament Digitale gegevensuitwisseling) is vertraagd.",
    );
  });

  it("marks a card whose vereist link was declined", () => {
    const link = requires("c-val", "i-opl", { state: "afgewezen" });
    const risk = risksOf(all, [link]).get("c-val") as ItemRisk;
    expect(risk.causes).toEqual([{ type: "declined", linkId: link.id, prerequisite: "i-opl" }]);
    expect(describeRisk(risk, items)).toBe("Loopt risico: Dit vereist Samen opleiden (fundament Arbeidsmarkt), maar dat is afgewezen.");
  });

  it("ignores lapsed links and versterkt or overlapt links", () => {
    const delayed = item("i-delayed", "Toestemmingsvoorziening", data, "2026-Q1", { status: "vertraagd" });
    const links = [
      requires("c-wijk", "i-delayed", { state: "vervallen" }),
      requires("c-wijk", "i-delayed", { kind: "versterkt" }),
      requires("c-wijk", "i-delayed", { kind: "overlapt" }),
      requires("c-wijk", "i-delayed", { kind: "versterkt", state: "afgewezen" }),
    ];
    expect(risksOf([wijkteam, delayed], links).size).toBe(0);
  });

  // Cards that start after what they need is ready: any risk they have came along the chain.
  const valLater = { ...valpreventie, startQuarter: "2026-Q1", readyQuarter: "2026-Q4" } satisfies GraphItem;
  const haLater = { ...huisarts, startQuarter: "2027-Q1", readyQuarter: "2027-Q4" } satisfies GraphItem;
  const chained = [wijkteam, valLater, haLater, datalandschap, toestemming, opleiden];

  it("spreads risk along vereist links and explains it through the chain", () => {
    // Valpreventie needs Wijkteams, Wijkteams needs Datalandschap, which comes too late for Wijkteams.
    const links = [requires("c-val", "c-wijk"), requires("c-wijk", "i-data"), requires("c-ha", "c-val")];
    const risks = risksOf(chained, links);
    expect(new Set(risks.keys())).toEqual(new Set(["c-wijk", "c-val", "c-ha"]));
    expect(risks.get("c-val")?.causes).toEqual([{ type: "via", linkId: links[0]?.id, prerequisite: "c-wijk" }]);
    expect(risks.get("c-ha")?.chain).toEqual(["c-ha", "c-val", "c-wijk"]);
    expect(describeRisk(risks.get("c-val") as ItemRisk, items)).toBe(
      "Loopt risico via Wijkteams (werkgroep Ouderenzorg): Datalandschap (fundament Digitale gegevensuitwisseling) is pas klaar in Q1 2025, " +
        "de start van Wijkteams (werkgroep Ouderenzorg) is Q3 2024.",
    );
    expect(describeRisk(risks.get("c-ha") as ItemRisk, items)).toBe(
      "Loopt risico via Valpreventie (werkgroep Ouderenzorg) en Wijkteams (werkgroep Ouderenzorg): " +
        "Datalandschap (fundament Digitale gegevensuitwisseling) is pas klaar in Q1 2025, de start van Wijkteams (werkgroep Ouderenzorg) is Q3 2024.",
    );
  });

  it("explains a declined link further down the chain", () => {
    const links = [requires("c-ha", "c-val"), requires("c-val", "i-opl", { state: "afgewezen" })];
    const risk = risksOf(chained, links).get("c-ha") as ItemRisk;
    expect(describeRisk(risk, items)).toBe(
      "Loopt risico via Valpreventie (werkgroep Ouderenzorg): Valpreventie (werkgroep Ouderenzorg) vereist Samen opleiden (fundament Arbeidsmarkt), maar dat is afgewezen.",
    );
  });

  it("does not spread risk over declined, lapsed or non-vereist links", () => {
    const links = [
      requires("c-wijk", "i-data"),
      requires("c-val", "c-wijk", { state: "afgewezen" }),
      requires("c-ha", "c-wijk", { kind: "versterkt" }),
      requires("i-opl", "c-wijk", { state: "vervallen" }),
    ];
    const risks = risksOf(all, links);
    // Valpreventie is at risk, but for its own declined link, not via Wijkteams.
    expect(risks.get("c-val")?.causes.map((c) => c.type)).toEqual(["declined"]);
    expect(risks.has("c-ha")).toBe(false);
    expect(risks.has("i-opl")).toBe(false);
  });

  it("names the shortest chain and lists every at-risk prerequisite as a cause", () => {
    const links = [requires("c-ha", "c-val"), requires("c-val", "c-wijk"), requires("c-wijk", "i-data"), requires("c-ha", "c-wijk")];
    const risk = risksOf(chained, links).get("c-ha") as ItemRisk;
    expect(risk.chain).toEqual(["c-ha", "c-wijk"]);
    expect(risk.causes.map((c) => c.prerequisite).sort()).toEqual(["c-val", "c-wijk"]);
  });

  it("terminates and marks the whole cycle when given one", () => {
    // Undated cards, so the only direct risk is Huisarts's declined link.
    const undated = chained.map((i) => (i.type === "card" ? { ...i, startQuarter: null, readyQuarter: null } : i));
    const links = [requires("c-wijk", "c-val"), requires("c-val", "c-ha"), requires("c-ha", "c-wijk"), requires("c-ha", "i-opl", { state: "afgewezen" })];
    const risks = risksOf(undated, links);
    expect(new Set(risks.keys())).toEqual(new Set(["c-wijk", "c-val", "c-ha"]));
    expect(risks.get("c-wijk")?.chain).toEqual(["c-wijk", "c-val", "c-ha"]);
  });

  it("ignores links to items it was not given (archived, other region)", () => {
    expect(risksOf([wijkteam], [requires("c-wijk", "i-gone", { state: "afgewezen" })]).size).toBe(0);
  });
});

describe("rankFoundationUrgency", () => {
  const foundations = [
    { id: "f-data", name: "Digitale gegevensuitwisseling" },
    { id: "f-arbeid", name: "Arbeidsmarkt" },
    { id: "f-geld", name: "Bekostiging" },
    { id: "f-huis", name: "Huisvesting" },
  ];

  it("puts more focus cards first, then more cards, then the earliest need, then the name", () => {
    const focusWijk = { ...wijkteam, focus: true };
    const links = [
      requires("c-wijk", "i-opl"), // arbeid: 1 focus card, needed Q3 2024
      requires("c-val", "i-data"), // data: 2 cards, no focus
      requires("c-ha", "i-toest"),
      requires("c-ha", "i-data"), // the same card twice counts once
    ];
    const ranking = rankFoundationUrgency([focusWijk, valpreventie, huisarts, datalandschap, toestemming, opleiden], links, foundations);
    expect(ranking).toEqual([
      { foundationId: "f-arbeid", name: "Arbeidsmarkt", focusCards: 1, cards: 1, earliestNeeded: "2024-Q3", rank: 1 },
      { foundationId: "f-data", name: "Digitale gegevensuitwisseling", focusCards: 0, cards: 2, earliestNeeded: "2024-Q4", rank: 2 },
      { foundationId: "f-geld", name: "Bekostiging", focusCards: 0, cards: 0, earliestNeeded: null, rank: 3 },
      { foundationId: "f-huis", name: "Huisvesting", focusCards: 0, cards: 0, earliestNeeded: null, rank: 4 },
    ]);
  });

  it("breaks a tie in cards by the earliest needed quarter", () => {
    const links = [requires("c-val", "i-data"), requires("c-wijk", "i-opl")];
    const ranking = rankFoundationUrgency(all, links, foundations);
    expect(ranking.slice(0, 2).map((r) => [r.foundationId, r.earliestNeeded])).toEqual([
      ["f-arbeid", "2024-Q3"],
      ["f-data", "2025-Q1"],
    ]);
  });

  it("counts only live vereist links from cards", () => {
    const links = [
      requires("c-val", "i-data", { state: "afgewezen" }),
      requires("c-val", "i-data", { kind: "versterkt" }),
      requires("i-opl", "i-data"),
      requires("c-wijk", "c-ha"),
    ];
    expect(rankFoundationUrgency(all, links, foundations).every((r) => r.cards === 0)).toBe(true);
  });
});

describe("buildNeedsMatrix", () => {
  it("counts a werkgroep's cards per fundament with the earliest needed quarter", () => {
    const undated = card("c-undated", "Mantelzorg", ouderenzorg, null, "2026-Q1", { status: "verkennen" });
    const links = [
      requires("c-val", "i-data"), // start Q1 2025
      requires("c-wijk", "i-toest"), // start Q3 2024: earliest
      requires("c-wijk", "i-data"), // the same card again
      requires("c-ha", "i-data", { state: "voorgesteld" }),
      requires("c-undated", "i-opl"), // no start, no agreed date: its end quarter
    ];
    const matrix = buildNeedsMatrix([...all, undated], links);
    expect(matrix).toEqual([
      { groupId: "wg-ouderen", foundationId: "f-data", count: 2, earliestNeeded: "2024-Q3" },
      { groupId: "wg-ggz", foundationId: "f-data", count: 1, earliestNeeded: "2024-Q4" },
      { groupId: "wg-ouderen", foundationId: "f-arbeid", count: 1, earliestNeeded: "2026-Q1" },
    ]);
  });

  it("uses the agreed date when the card has no start", () => {
    const undated = card("c-undated", "Mantelzorg", ouderenzorg, null, "2026-Q1");
    const matrix = buildNeedsMatrix([undated, opleiden], [requires("c-undated", "i-opl", { agreedDate: "2025-05-01" })]);
    expect(matrix).toEqual([{ groupId: "wg-ouderen", foundationId: "f-arbeid", count: 1, earliestNeeded: "2025-Q2" }]);
  });

  it("leaves out declined and lapsed links", () => {
    const links = [requires("c-val", "i-data", { state: "afgewezen" }), requires("c-val", "i-data", { state: "vervallen" })];
    expect(buildNeedsMatrix(all, links)).toEqual([]);
  });
});

describe("listEnabledCards", () => {
  it("lists the cards that require the item through live links, each once, by title", () => {
    const links = [
      requires("c-wijk", "i-data"),
      requires("c-val", "i-data", { state: "voorgesteld" }),
      requires("c-wijk", "i-data", { state: "voorgesteld" }),
      requires("c-ha", "i-data", { state: "afgewezen" }),
      requires("c-ha", "i-data", { kind: "versterkt" }),
      requires("i-opl", "i-data"),
    ];
    expect(listEnabledCards("i-data", items, links).map((c) => c.title)).toEqual(["Valpreventie", "Wijkteams"]);
  });
});

describe("computeRisks at region scale", () => {
  // Speed is measured by the bench harness (npm run bench); this checks a long chain is complete.
  it("handles a chain of 20,000 items, each at risk through the one below it", () => {
    const n = 20_000;
    const chainItems = Array.from({ length: n }, (_, i) => card(`c${i}`, `Kaart ${i}`, ouderenzorg, null, null));
    const links = chainItems.slice(1).map((c, i) => requires(c.id, `c${i}`));
    links.push(requires("c0", "i-opl", { state: "afgewezen" }));
    const risks = computeRisks([...chainItems, opleiden], links);
    expect(risks.size).toBe(n);
    expect(risks.get("c3")?.chain).toEqual(["c3", "c2", "c1", "c0"]);
    expect(risks.get(`c${n - 1}`)?.chain).toHaveLength(n);
  });

  it("gives chains that survive JSON and spreading, as the server sends them", () => {
    const undated = card("c-undated", "Mantelzorg", ouderenzorg, null, null);
    const links = [requires("c-undated", "c-wijk"), requires("c-wijk", "i-data")];
    const risk = computeRisks([undated, wijkteam, datalandschap], links).get("c-undated") as ItemRisk;
    expect(JSON.parse(JSON.stringify(risk)).chain).toEqual(["c-undated", "c-wijk"]);
    expect({ ...risk }.chain).toEqual(["c-undated", "c-wijk"]);
    expect(risk.chainNext).toBe("c-wijk");
  });
});
