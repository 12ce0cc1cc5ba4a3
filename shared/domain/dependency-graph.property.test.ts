/**
 * Property-based tests of the dependency-graph rules: random graphs checked against independent
 * reference implementations written straight from DOMAIN.md, so a shortcut taken for speed in
 * dependency-graph.ts cannot quietly change what the rule means.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DependencyKind,
  type DependencyState,
  type GraphItem,
  type GraphLink,
  computeRisks,
  dependencyKinds,
  dependencyStates,
  findRequiresCycle,
} from "./dependency-graph";
import { type Quarter } from "./quarter";

const numRuns = 200;

// A few years only, so random dates often collide and every comparison outcome happens.
const quarters: Quarter[] = ["2024-Q1", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q4", "2026-Q1"];
const agreedDates = ["2024-02-10", "2024-06-30", "2024-07-01", "2024-12-31", "2025-04-15", "2025-09-01", "2026-03-31"];
const statuses = ["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd", "gepland", "bezig", "gereed", "vertraagd"];

const idOf = (n: number) => `n${n}`;

/** Kahn's algorithm over the live vereist links: true when every item can be ordered. */
function isAcyclic(links: readonly GraphLink[]): boolean {
  const live = links.filter((l) => l.kind === "vereist" && (l.state === "voorgesteld" || l.state === "bevestigd"));
  const nodes = new Set(live.flatMap((l) => [l.from, l.to]));
  const indegree = new Map([...nodes].map((n) => [n, 0]));
  for (const l of live) indegree.set(l.to, (indegree.get(l.to) ?? 0) + 1);
  const ready = [...nodes].filter((n) => indegree.get(n) === 0);
  let ordered = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    ordered += 1;
    for (const l of live) {
      if (l.from !== node) continue;
      const left = (indegree.get(l.to) ?? 0) - 1;
      indegree.set(l.to, left);
      if (left === 0) ready.push(l.to);
    }
  }
  return ordered === nodes.size;
}

describe("findRequiresCycle (property)", () => {
  const proposal = fc.record({
    from: fc.nat(7),
    to: fc.nat(7),
    state: fc.constantFrom<DependencyState>("voorgesteld", "bevestigd"),
  });
  // Links that must not count: other kinds and declined or lapsed vereist links.
  const noise = fc.array(
    fc.record({
      from: fc.nat(7),
      to: fc.nat(7),
      kind: fc.constantFrom<DependencyKind>(...dependencyKinds),
      state: fc.constantFrom<DependencyState>(...dependencyStates),
    }),
    { maxLength: 10 },
  );

  it("never lets an accepted set of vereist links contain a cycle, and refuses only links that would close one", () => {
    fc.assert(
      fc.property(fc.array(proposal, { maxLength: 40 }), noise, (proposals, noiseLinks) => {
        const ignored: GraphLink[] = noiseLinks
          .filter((n) => !(n.kind === "vereist" && (n.state === "voorgesteld" || n.state === "bevestigd")))
          .map((n, i) => ({ id: `x${i}`, from: idOf(n.from), to: idOf(n.to), kind: n.kind, state: n.state, agreedDate: null }));
        const accepted: GraphLink[] = [];
        proposals.forEach((p, i) => {
          const link: GraphLink = { id: `p${i}`, from: idOf(p.from), to: idOf(p.to), kind: "vereist", state: p.state, agreedDate: null };
          const cycle = findRequiresCycle([...accepted, ...ignored], link.from, link.to);
          if (cycle === null) {
            accepted.push(link);
            expect(isAcyclic(accepted)).toBe(true);
            return;
          }
          // Refused: with it the set would really have a cycle...
          expect(isAcyclic([...accepted, link])).toBe(false);
          // ...and the named cycle is a real path of accepted links from `to` back to `from`.
          expect(cycle[0]).toBe(link.to);
          expect(cycle[cycle.length - 1]).toBe(link.from);
          for (let k = 0; k + 1 < cycle.length; k++) {
            expect(accepted.some((a) => a.from === cycle[k] && a.to === cycle[k + 1])).toBe(true);
          }
          expect(new Set(cycle).size).toBe(cycle.length);
        });
      }),
      { numRuns },
    );
  });
});

/** Reference: the quarter of a yyyy-mm-dd date, by month arithmetic. */
function naiveQuarterOfDate(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** Reference: DOMAIN.md's direct risk of one link, for its depending item. Quarters compare as text ("2024-Q3" < "2025-Q1"). */
function isNaiveDirectRisk(link: GraphLink, dependent: GraphItem, prerequisite: GraphItem): boolean {
  if (link.kind !== "vereist") return false;
  if (link.state === "afgewezen") return true;
  if (link.state !== "voorgesteld" && link.state !== "bevestigd") return false;
  if (prerequisite.status === "gepauzeerd" || prerequisite.status === "vertraagd") return true;
  const ready = prerequisite.readyQuarter;
  if (ready === null) return false;
  const own = dependent.startQuarter ?? dependent.readyQuarter;
  if (own !== null && ready > own) return true;
  return link.agreedDate !== null && ready > naiveQuarterOfDate(link.agreedDate);
}

/**
 * Reference: the at-risk items by fixpoint iteration, as DOMAIN.md says it: an item is at risk
 * when it has a direct risk or a live vereist link to an at-risk item. Also the distance of each
 * at-risk item to a direct risk, to check that chains are shortest.
 */
function computeNaiveRisks(items: readonly GraphItem[], links: readonly GraphLink[]) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const known = links.filter((l) => byId.has(l.from) && byId.has(l.to));
  const direct = new Set(known.filter((l) => isNaiveDirectRisk(l, byId.get(l.from) as GraphItem, byId.get(l.to) as GraphItem)).map((l) => l.from));
  const live = known.filter((l) => l.kind === "vereist" && (l.state === "voorgesteld" || l.state === "bevestigd"));
  const distance = new Map([...direct].map((id) => [id, 0]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const l of live) {
      const via = distance.get(l.to);
      if (via === undefined) continue;
      const current = distance.get(l.from);
      if (current === undefined || via + 1 < current) {
        distance.set(l.from, via + 1);
        changed = true;
      }
    }
  }
  return { direct, distance, live, known, byId };
}

const graphArbitrary = fc.integer({ min: 1, max: 9 }).chain((size) =>
  fc.record({
    items: fc.tuple(
      ...Array.from({ length: size }, (_, n) =>
        fc.record({
          id: fc.constant(idOf(n)),
          type: fc.constantFrom<"card" | "item">("card", "item"),
          owner: fc.constantFrom(
            { kind: "werkgroep" as const, id: "wg", name: "Ouderenzorg" },
            { kind: "fundament" as const, id: "f", name: "Arbeidsmarkt" },
          ),
          title: fc.constant(`Onderdeel ${n}`),
          focus: fc.boolean(),
          status: fc.constantFrom(...statuses),
          startQuarter: fc.option(fc.constantFrom(...quarters)),
          readyQuarter: fc.option(fc.constantFrom(...quarters)),
        }),
      ),
    ),
    links: fc.array(
      fc.record({
        // One past the last item stands for an item that is not in the list (archived).
        from: fc.nat(size),
        to: fc.nat(size),
        kind: fc.constantFrom<DependencyKind>(...dependencyKinds),
        state: fc.constantFrom<DependencyState>(...dependencyStates),
        agreedDate: fc.option(fc.constantFrom(...agreedDates)),
      }),
      { maxLength: 3 * size },
    ),
  }),
);

describe("computeRisks (property)", () => {
  it("marks exactly the items the fixpoint reference marks, with shortest valid chains to a direct cause", () => {
    fc.assert(
      fc.property(graphArbitrary, ({ items, links: raw }) => {
        const links: GraphLink[] = raw.map((l, i) => ({ ...l, id: `l${i}`, from: idOf(l.from), to: idOf(l.to) }));
        const risks = computeRisks(items, links);
        const naive = computeNaiveRisks(items, links);

        expect(new Set(risks.keys())).toEqual(new Set(naive.distance.keys()));
        for (const [id, risk] of risks) {
          expect(risk.itemId).toBe(id);
          const { chain } = risk;
          expect(chain[0]).toBe(id);
          expect(chain.length - 1).toBe(naive.distance.get(id));
          for (let k = 0; k + 1 < chain.length; k++) {
            expect(naive.live.some((l) => l.from === chain[k] && l.to === chain[k + 1])).toBe(true);
          }
          expect(naive.direct.has(chain[chain.length - 1] as string)).toBe(true);

          // The direct causes name exactly the links that are a direct risk for this item.
          const directLinks = new Set(risk.causes.filter((c) => c.type !== "via").map((c) => c.linkId));
          const expectedLinks = new Set(
            naive.known.filter((l) => l.from === id && isNaiveDirectRisk(l, naive.byId.get(l.from) as GraphItem, naive.byId.get(l.to) as GraphItem)).map((l) => l.id),
          );
          expect(directLinks).toEqual(expectedLinks);
          // Every via cause points at an at-risk item over a live vereist link.
          for (const cause of risk.causes.filter((c) => c.type === "via")) {
            expect(risks.has(cause.prerequisite)).toBe(true);
            expect(naive.live.some((l) => l.id === cause.linkId && l.from === id && l.to === cause.prerequisite)).toBe(true);
          }
        }
      }),
      { numRuns },
    );
  });

  it("gives the same answer whatever order the links come in", () => {
    fc.assert(
      fc.property(
        graphArbitrary.chain((g) => fc.record({ g: fc.constant(g), order: fc.shuffledSubarray(g.links.map((_, i) => i), { minLength: g.links.length }) })),
        ({ g, order }) => {
          const links: GraphLink[] = g.links.map((l, i) => ({ ...l, id: `l${i}`, from: idOf(l.from), to: idOf(l.to) }));
          const shuffled = order.map((i) => links[i] as GraphLink);
          const ids = (m: Map<string, unknown>) => new Set(m.keys());
          expect(ids(computeRisks(g.items, shuffled))).toEqual(ids(computeRisks(g.items, links)));
        },
      ),
      { numRuns },
    );
  });
});
