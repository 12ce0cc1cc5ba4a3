/**
 * The rules of dependencies between oplossingsrichtingen (cards of a werkgroep) and werkagenda
 * items (of a fundament), as ../shared/DOMAIN.md "Rules the product enforces or shows" states
 * them: no cycles of *vereist* links, what is at risk and why, who needs what from whom, and how
 * urgent each fundament is. Pure and isomorphic: the server runs it for the whole region, the
 * browser for what is on screen. Every region-wide function is linear in items + links, because
 * a region can hold thousands of items (see the bench issue).
 */
import { compareQuarters, formatQuarter, isQuarter, isQuarterAfter, type Quarter } from "./quarter";

export const dependencyKinds = ["vereist", "versterkt", "overlapt"] as const;
export type DependencyKind = (typeof dependencyKinds)[number];
export const dependencyStates = ["voorgesteld", "bevestigd", "afgewezen", "vervallen"] as const;
export type DependencyState = (typeof dependencyStates)[number];

/** A card (oplossingsrichting of a werkgroep) or a werkagenda item (of a fundament). */
export interface GraphItem {
  id: string;
  type: "card" | "item";
  owner: { kind: "werkgroep" | "fundament"; id: string; name: string };
  title: string;
  /** Cards only; false for items. */
  focus: boolean;
  /** Card status (verkennen|gekozen|uitwerken|in_agenda|gepauzeerd) or item status (gepland|bezig|gereed|vertraagd). */
  status: string;
  /** Cards: start quarter; items: null. */
  startQuarter: Quarter | null;
  /** When it is ready: a card's end quarter, a werkagenda item's due quarter. */
  readyQuarter: Quarter | null;
}

export interface GraphLink {
  id: string;
  /** The depending item ("from requires/strengthens/overlaps to"). */
  from: string;
  /** The item it needs. */
  to: string;
  kind: DependencyKind;
  state: DependencyState;
  /** yyyy-mm-dd: `to` must be delivered by then. */
  agreedDate: string | null;
}

/** Statuses of a prerequisite that make everything requiring it at risk. */
export const stalledStatuses: readonly string[] = ["gepauzeerd", "vertraagd"];

/** Whether a link counts for "who needs what" and risk spreading: proposed or confirmed. */
export function isLive(link: GraphLink): boolean {
  return link.state === "voorgesteld" || link.state === "bevestigd";
}

/** Whether a link is a proposed or confirmed *vereist* link: the only edges risk spreads over. */
export function isLiveRequirement(link: GraphLink): boolean {
  return link.kind === "vereist" && isLive(link);
}

/** The quarter an agreed date (yyyy-mm-dd) falls in; null when it is not such a date. */
export function quarterOfDate(date: string): Quarter | null {
  // Read from the text, not through Date: a date has no time zone, so neither may its quarter.
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const quarter = `${match[1]}-Q${Math.floor((month - 1) / 3) + 1}`;
  return isQuarter(quarter) ? quarter : null;
}

/** Adjacency of live *vereist* links, built once per call so searches stay linear. */
function groupLiveRequirements(links: readonly GraphLink[], by: "from" | "to"): Map<string, GraphLink[]> {
  const grouped = new Map<string, GraphLink[]>();
  for (const link of links) {
    if (!isLiveRequirement(link)) continue;
    const key = link[by];
    const list = grouped.get(key);
    if (list) list.push(link);
    else grouped.set(key, [link]);
  }
  return grouped;
}

/** The path start..goal as ids, walking back over the `cameFrom` trail of a breadth-first search. */
function tracePath(cameFrom: ReadonlyMap<string, string>, start: string, goal: string): string[] {
  const path = [goal];
  let current = goal;
  while (current !== start) {
    current = cameFrom.get(current) as string;
    path.push(current);
  }
  return path.reverse();
}

/**
 * The cycle a new 'vereist' link from -> to would close, as item ids [to, ..., from] following
 * live vereist links from `to` back to `from`; null if none. Linear in items + links.
 * A self-link (from === to) is its own cycle: [from].
 */
export function findRequiresCycle(links: readonly GraphLink[], from: string, to: string): string[] | null {
  if (from === to) return [from];
  const requires = groupLiveRequirements(links, "from");
  // Breadth-first, so the cycle we name is the shortest one: easiest to read and to break.
  const cameFrom = new Map<string, string>();
  const seen = new Set([to]);
  const queue = [to];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    for (const link of requires.get(current) ?? []) {
      if (seen.has(link.to)) continue;
      seen.add(link.to);
      cameFrom.set(link.to, current);
      if (link.to === from) return tracePath(cameFrom, to, from);
      queue.push(link.to);
    }
  }
  return null;
}

/** "Datalandschap (fundament Digitale gegevensuitwisseling)": the title with whose it is. */
export function nameItem(item: GraphItem | undefined): string {
  if (!item) return dependencyMessages.unknownItem;
  return `${item.title} (${item.owner.kind} ${item.owner.name})`;
}

/** "A", "A en B", "A, B en C". */
function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}

/**
 * Dutch message naming the cycle item by item, e.g. "Dit kan niet: dan wachten ze op elkaar.
 * A vereist B, B vereist C en C vereist A." using titles with owner: "A (werkgroep X)".
 * `cycle` is what findRequiresCycle returned for the new link from -> cycle[0].
 */
export function describeCycle(cycle: readonly string[], from: string, items: ReadonlyMap<string, GraphItem>): string {
  // The new link comes first, so the sentence starts where the person is: their own item.
  const order = [from, ...cycle];
  const steps: string[] = [];
  for (let i = 0; i + 1 < order.length; i++) {
    const requirer = items.get(order[i] as string);
    const required = items.get(order[i + 1] as string);
    steps.push(`${nameItem(requirer)} vereist ${nameItem(required)}`);
  }
  return `${dependencyMessages.cycleIntro} ${joinDutch(steps)}.`;
}

export type RiskCause =
  | { type: "late"; linkId: string; prerequisite: string; readyQuarter: Quarter; neededQuarter: Quarter; basis: "start" | "end" | "agreed" }
  | { type: "stalled"; linkId: string; prerequisite: string; status: string }
  | { type: "declined"; linkId: string; prerequisite: string }
  /** Requires an item that is itself at risk. */
  | { type: "via"; linkId: string; prerequisite: string };

export interface ItemRisk {
  itemId: string;
  /** Direct causes first (in link order), then every at-risk item it requires (type "via"). */
  causes: RiskCause[];
  /**
   * The chain of item ids from this item to the root cause, for the reason text. From
   * computeRisks it is built on first read from `chainNext`, so computing stays linear.
   */
  chain: string[];
  /** The next item on the chain (the at-risk prerequisite it goes through); null at the root cause. */
  chainNext?: string | null;
  /** The direct causes at the end of the chain (this item's own when it is the root). Always set by computeRisks. */
  rootCauses?: RiskCause[];
}

/**
 * When the dependent needs a live *vereist* prerequisite and the prerequisite is later than
 * that, the "late" cause; else null. Of the dates that are missed, it names the earliest
 * (on a tie the agreed date, because that is what both sides said to each other).
 */
export function findLateness(dependent: GraphItem, prerequisite: GraphItem, link: GraphLink): Extract<RiskCause, { type: "late" }> | null {
  const ready = prerequisite.readyQuarter;
  if (ready === null) return null;
  const needs: Array<{ quarter: Quarter; basis: "start" | "end" | "agreed" }> = [];
  const agreed = link.agreedDate === null ? null : quarterOfDate(link.agreedDate);
  if (agreed !== null) needs.push({ quarter: agreed, basis: "agreed" });
  if (dependent.startQuarter !== null) needs.push({ quarter: dependent.startQuarter, basis: "start" });
  else if (dependent.readyQuarter !== null) needs.push({ quarter: dependent.readyQuarter, basis: "end" });
  let earliest: (typeof needs)[number] | null = null;
  for (const need of needs) {
    if (!isQuarterAfter(ready, need.quarter)) continue;
    if (earliest === null || compareQuarters(need.quarter, earliest.quarter) < 0) earliest = need;
  }
  if (earliest === null) return null;
  return { type: "late", linkId: link.id, prerequisite: prerequisite.id, readyQuarter: ready, neededQuarter: earliest.quarter, basis: earliest.basis };
}

/** The direct risk causes one *vereist* link gives its depending item (empty for other links). */
export function findDirectCauses(link: GraphLink, dependent: GraphItem, prerequisite: GraphItem): RiskCause[] {
  if (link.kind !== "vereist") return [];
  if (link.state === "afgewezen") return [{ type: "declined", linkId: link.id, prerequisite: prerequisite.id }];
  if (!isLive(link)) return [];
  const causes: RiskCause[] = [];
  const late = findLateness(dependent, prerequisite, link);
  if (late) causes.push(late);
  if (stalledStatuses.includes(prerequisite.status)) {
    causes.push({ type: "stalled", linkId: link.id, prerequisite: prerequisite.id, status: prerequisite.status });
  }
  return causes;
}

/**
 * Every at-risk item of the region, exactly per DOMAIN.md; linear in items + links (no per-item
 * search). Links to or from an item not in `items` (archived, other region) are ignored.
 *
 * `knownAtRisk`: for a part of the region (see refreshRisks), items whose own prerequisites are
 * left out but which are known to be at risk; risk spreads from them as from a root cause.
 */
export function computeRisks(items: readonly GraphItem[], links: readonly GraphLink[], knownAtRisk: ReadonlySet<string> = new Set()): Map<string, ItemRisk> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const known = links.filter((link) => byId.has(link.from) && byId.has(link.to));
  const risks = new Map<string, ItemRisk>();
  const queue: string[] = [];
  for (const link of known) {
    const causes = findDirectCauses(link, byId.get(link.from) as GraphItem, byId.get(link.to) as GraphItem);
    if (causes.length === 0) continue;
    const risk = risks.get(link.from);
    if (risk) risk.causes.push(...causes);
    else {
      risks.set(link.from, { itemId: link.from, causes, chain: [link.from], chainNext: null });
      queue.push(link.from);
    }
  }
  for (const risk of risks.values()) risk.rootCauses = [...risk.causes];
  for (const itemId of knownAtRisk) {
    if (risks.has(itemId) || !byId.has(itemId)) continue;
    risks.set(itemId, { itemId, causes: [], chain: [itemId], chainNext: null, rootCauses: [] });
    queue.push(itemId);
  }
  // Breadth-first from all root causes at once over reverse edges: each item is reached first
  // along a shortest chain, and the visited check makes a (refused, but possible) cycle harmless.
  const dependents = groupLiveRequirements(known, "to");
  for (let head = 0; head < queue.length; head++) {
    const prerequisite = risks.get(queue[head] as string) as ItemRisk;
    for (const link of dependents.get(prerequisite.itemId) ?? []) {
      if (risks.has(link.from)) continue;
      risks.set(link.from, defineLazyChain({ itemId: link.from, causes: [], chainNext: prerequisite.itemId, rootCauses: prerequisite.rootCauses }, risks));
      queue.push(link.from);
    }
  }
  // Every at-risk prerequisite is a cause, not only the one on the chain, so a list of causes
  // shows all there is to solve.
  for (const link of known) {
    if (!isLiveRequirement(link) || link.from === link.to || !risks.has(link.to)) continue;
    (risks.get(link.from) as ItemRisk).causes.push({ type: "via", linkId: link.id, prerequisite: link.to });
  }
  return risks;
}

/**
 * Gives the risk a `chain` that is walked from `chainNext` pointers when first read. Copying the
 * chain into every item would cost items x depth, which is not linear on a long chain. The
 * property is enumerable, so JSON, spreading and structuredClone see a plain array.
 */
function defineLazyChain(risk: Omit<ItemRisk, "chain">, risks: ReadonlyMap<string, ItemRisk>): ItemRisk {
  return Object.defineProperty(risk as ItemRisk, "chain", {
    enumerable: true,
    configurable: true,
    get(this: ItemRisk) {
      const chain = [this.itemId];
      for (let next = this.chainNext; next != null; next = risks.get(next)?.chainNext) chain.push(next);
      Object.defineProperty(this, "chain", { value: chain, enumerable: true, writable: true, configurable: true });
      return chain;
    },
  });
}

/** Who a cause is about: the reader's own item, or the item further along the chain. */
type Subject = { own: true } | { own: false; name: string };

function describeCause(cause: RiskCause, subject: Subject, items: ReadonlyMap<string, GraphItem>): string {
  const prerequisite = nameItem(items.get(cause.prerequisite));
  const m = dependencyMessages;
  switch (cause.type) {
    case "late": {
      const ready = formatQuarter(cause.readyQuarter);
      const needed = formatQuarter(cause.neededQuarter);
      return m.late(prerequisite, ready, m.neededBy(cause.basis, needed, subject.own ? null : subject.name));
    }
    case "stalled":
      return m.stalled(prerequisite, m.statusWord[cause.status] ?? cause.status);
    case "declined":
      return m.declined(prerequisite, subject.own ? null : subject.name);
    case "via":
      return m.viaShort(prerequisite);
  }
}

/**
 * Dutch reason, e.g. "Loopt risico: Datalandschap (fundament Digitale gegevensuitwisseling) is
 * pas klaar in Q1 2025, dit start in Q3 2024." and for via: "Loopt risico via X: ..."
 * following the chain to the root cause.
 */
export function describeRisk(risk: ItemRisk, items: ReadonlyMap<string, GraphItem>): string {
  const m = dependencyMessages;
  const own = risk.causes.filter((cause) => cause.type !== "via");
  if (own.length > 0) {
    return `${m.atRisk}: ${own.map((cause) => describeCause(cause, { own: true }, items)).join(" ")}`;
  }
  const via = risk.chain.slice(1);
  const rootId = risk.chain[risk.chain.length - 1] as string;
  const rootCauses = risk.rootCauses ?? [];
  const through = joinDutch(via.map((id) => nameItem(items.get(id))));
  if (rootCauses.length === 0) return `${m.atRisk} ${m.via} ${through}.`;
  const subject: Subject = { own: false, name: nameItem(items.get(rootId)) };
  return `${m.atRisk} ${m.via} ${through}: ${rootCauses.map((cause) => describeCause(cause, subject, items)).join(" ")}`;
}

/**
 * Urgency of the fundamenten: how many (focus) cards require their items (live vereist links)
 * and how soon (earliest needed quarter). Sorted most urgent first: more focus cards, then more
 * cards, then earlier needed quarter, then name. `rank` counts from 1.
 */
export interface FoundationUrgency {
  foundationId: string;
  name: string;
  focusCards: number;
  cards: number;
  earliestNeeded: Quarter | null;
  rank: number;
}

/**
 * When a card needs what a live *vereist* link points to: its start quarter, else the agreed
 * date's quarter, else its end quarter.
 */
export function findNeededQuarter(card: GraphItem, link: GraphLink): Quarter | null {
  if (card.startQuarter !== null) return card.startQuarter;
  const agreed = link.agreedDate === null ? null : quarterOfDate(link.agreedDate);
  return agreed ?? card.readyQuarter;
}

function earlierQuarter(a: Quarter | null, b: Quarter | null): Quarter | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareQuarters(a, b) <= 0 ? a : b;
}

/** A live *vereist* link from a card to a fundament's werkagenda item, with both ends. */
interface CardNeed {
  card: GraphItem;
  item: GraphItem;
  needed: Quarter | null;
}

/** Every live *vereist* link from a card to a werkagenda item of a fundament. */
function listCardNeeds(items: readonly GraphItem[], links: readonly GraphLink[]): CardNeed[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const needs: CardNeed[] = [];
  for (const link of links) {
    if (!isLiveRequirement(link)) continue;
    const card = byId.get(link.from);
    const item = byId.get(link.to);
    if (card?.type !== "card" || item?.type !== "item" || item.owner.kind !== "fundament") continue;
    needs.push({ card, item, needed: findNeededQuarter(card, link) });
  }
  return needs;
}

/** Nulls last: a fundament nobody has dated yet is less urgent than one needed in 2030. */
function compareNullableQuarters(a: Quarter | null, b: Quarter | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return compareQuarters(a, b);
}

/** See FoundationUrgency. Every given fundament is listed, also those nobody needs yet. */
export function rankFoundationUrgency(
  items: readonly GraphItem[],
  links: readonly GraphLink[],
  foundations: ReadonlyArray<{ id: string; name: string }>,
): FoundationUrgency[] {
  const tally = new Map(foundations.map((f) => [f.id, { cards: new Set<string>(), focusCards: new Set<string>(), earliest: null as Quarter | null }]));
  for (const need of listCardNeeds(items, links)) {
    const entry = tally.get(need.item.owner.id);
    if (!entry) continue;
    entry.cards.add(need.card.id);
    if (need.card.focus) entry.focusCards.add(need.card.id);
    entry.earliest = earlierQuarter(entry.earliest, need.needed);
  }
  const rows = foundations.map((f) => {
    const entry = tally.get(f.id) as { cards: Set<string>; focusCards: Set<string>; earliest: Quarter | null };
    return { foundationId: f.id, name: f.name, focusCards: entry.focusCards.size, cards: entry.cards.size, earliestNeeded: entry.earliest, rank: 0 };
  });
  rows.sort(
    (a, b) =>
      b.focusCards - a.focusCards ||
      b.cards - a.cards ||
      compareNullableQuarters(a.earliestNeeded, b.earliestNeeded) ||
      a.name.localeCompare(b.name, "nl"),
  );
  rows.forEach((row, index) => (row.rank = index + 1));
  return rows;
}

/**
 * The "needs from" matrix: werkgroep x fundament, counting the group's cards with a live vereist
 * link to that fundament's items, with the earliest needed quarter (the card's start quarter,
 * else the link's agreed date's quarter, else the card's end quarter).
 */
export interface NeedsCell {
  groupId: string;
  foundationId: string;
  count: number;
  earliestNeeded: Quarter | null;
}

/** See NeedsCell. Only pairs with at least one card are returned, in order of first appearance. */
export function buildNeedsMatrix(items: readonly GraphItem[], links: readonly GraphLink[]): NeedsCell[] {
  const cells = new Map<string, { cell: NeedsCell; cards: Set<string> }>();
  for (const need of listCardNeeds(items, links)) {
    // JSON keeps the key unambiguous whatever characters the ids hold.
    const key = JSON.stringify([need.card.owner.id, need.item.owner.id]);
    let entry = cells.get(key);
    if (!entry) {
      entry = { cell: { groupId: need.card.owner.id, foundationId: need.item.owner.id, count: 0, earliestNeeded: null }, cards: new Set() };
      cells.set(key, entry);
    }
    entry.cards.add(need.card.id);
    entry.cell.count = entry.cards.size;
    entry.cell.earliestNeeded = earlierQuarter(entry.cell.earliestNeeded, need.needed);
  }
  return [...cells.values()].map((entry) => entry.cell);
}

/**
 * For a werkagenda item: the cards it enables (live vereist links pointing to it), each once,
 * sorted by title.
 */
export function listEnabledCards<T extends GraphItem>(itemId: string, items: ReadonlyMap<string, T>, links: readonly GraphLink[]): T[] {
  const cards = new Map<string, T>();
  for (const link of links) {
    if (link.to !== itemId || !isLiveRequirement(link)) continue;
    const card = items.get(link.from);
    if (card?.type === "card") cards.set(card.id, card);
  }
  return [...cards.values()].sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

/** The Dutch words of this module (B1: short, concrete). Quarters come in formatted ("Q2 2024"). */
export const dependencyMessages = {
  kindLabel: { vereist: "Vereist", versterkt: "Versterkt", overlapt: "Overlapt" } satisfies Record<DependencyKind, string>,
  stateLabel: { voorgesteld: "Voorgesteld", bevestigd: "Bevestigd", afgewezen: "Afgewezen", vervallen: "Vervallen" } satisfies Record<
    DependencyState,
    string
  >,
  unknownItem: "een onbekend onderdeel",
  cycleIntro: "Dit kan niet: dan wachten ze op elkaar.",
  atRisk: "Loopt risico",
  via: "via",
  statusWord: { gepauzeerd: "gepauzeerd", vertraagd: "vertraagd" } as Record<string, string>,
  /** "dit start in Q3 2024" (the item the text is about) or "de start van X is Q3 2024". */
  neededBy: (basis: "start" | "end" | "agreed", quarter: string, of: string | null) => {
    if (basis === "agreed") return `afgesproken was uiterlijk ${quarter}`;
    if (basis === "start") return of === null ? `dit start in ${quarter}` : `de start van ${of} is ${quarter}`;
    return of === null ? `dit moet klaar zijn in ${quarter}` : `${of} moet klaar zijn in ${quarter}`;
  },
  late: (prerequisite: string, ready: string, needed: string) => `${prerequisite} is pas klaar in ${ready}, ${needed}.`,
  stalled: (prerequisite: string, status: string) => `${prerequisite} is ${status}.`,
  declined: (prerequisite: string, of: string | null) =>
    of === null ? `Dit vereist ${prerequisite}, maar dat is afgewezen.` : `${of} vereist ${prerequisite}, maar dat is afgewezen.`,
  viaShort: (prerequisite: string) => `${prerequisite} loopt risico.`,
};
