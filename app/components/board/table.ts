import { cardStatuses, isCardStatus, scaleKinds } from "../../../shared/domain/card-rules";
import { compareQuarters, isQuarter } from "../../../shared/domain/quarter";
import type { BoardCard, CardOptions } from "./model";

// The werkgroep table's filters and sorting: pure, so the loader and tests share them.
// Filters name things by slug (readable URLs); cards hold ids.

export const tableFilterNames = ["bouwsteen", "fundament", "schaal", "status", "doelgroep", "gemeente"] as const;
export type TableFilterName = (typeof tableFilterNames)[number];
export type TableFilters = Record<TableFilterName, string>;

export const sortKeys = ["titel", "status", "start", "eind"] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = "op" | "af";

export interface TableQuery {
  filters: TableFilters;
  sort: SortKey | null;
  direction: SortDirection;
}

/** The filters and sort order from the URL; unknown values are ignored. */
export function readTableQuery(params: URLSearchParams): TableQuery {
  const filters = Object.fromEntries(tableFilterNames.map((name) => [name, (params.get(name) ?? "").trim()])) as TableFilters;
  if (filters.status && !isCardStatus(filters.status)) filters.status = "";
  if (filters.schaal && filters.schaal !== "geen" && !(scaleKinds as readonly string[]).includes(filters.schaal)) filters.schaal = "";
  const sortParam = params.get("sorteer");
  const sort = (sortKeys as readonly string[]).includes(sortParam ?? "") ? (sortParam as SortKey) : null;
  return { filters, sort, direction: params.get("richting") === "af" ? "af" : "op" };
}

function idOf(slug: string, list: ReadonlyArray<{ id: string; slug?: string }>): string | null {
  return list.find((item) => item.slug === slug)?.id ?? null;
}

/**
 * The cards that pass every filter that is set. "gemeente" keeps cards that run there:
 * lokaal in that gemeente, subregionaal in its subregio, and regionaal ones (all of the region).
 */
export function filterCards(cards: readonly BoardCard[], filters: TableFilters, options: CardOptions): BoardCard[] {
  const linked = (slug: string, list: ReadonlyArray<{ id: string; slug?: string }>, ids: (card: BoardCard) => string[]) => {
    if (!slug) return () => true;
    const id = idOf(slug, list);
    return (card: BoardCard) => id !== null && ids(card).includes(id);
  };
  const tests: Array<(card: BoardCard) => boolean> = [
    linked(filters.bouwsteen, options.buildingBlocks, (c) => c.buildingBlockIds),
    linked(filters.fundament, options.foundations, (c) => c.foundationIds),
    linked(filters.doelgroep, options.targetGroups, (c) => c.targetGroupIds),
    (card) => !filters.status || card.status === filters.status,
    (card) => !filters.schaal || (filters.schaal === "geen" ? card.scale === null : card.scale?.kind === filters.schaal),
  ];
  if (filters.gemeente) {
    const municipality = options.municipalities.find((m) => m.slug === filters.gemeente);
    tests.push((card) => {
      if (!municipality || !card.scale) return false;
      if (card.scale.kind === "regionaal") return true;
      if (card.scale.kind === "lokaal") return card.scale.municipalityIds.includes(municipality.id);
      return card.scale.subregionId === municipality.subregionId;
    });
  }
  return cards.filter((card) => tests.every((test) => test(card)));
}

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareOptionalQuarters(a: string | null, b: string | null): number {
  const left = a && isQuarter(a) ? a : null;
  const right = b && isQuarter(b) ? b : null;
  if (left && right) return compareQuarters(left, right);
  return left ? -1 : right ? 1 : 0;
}

/** Sorted by one column; cards without a quarter go last either way; ties by title. */
export function sortCards(cards: readonly BoardCard[], sort: SortKey | null, direction: SortDirection): BoardCard[] {
  const sign = direction === "af" ? -1 : 1;
  const byTitle = (a: BoardCard, b: BoardCard) => collator.compare(a.title, b.title);
  const compare = (a: BoardCard, b: BoardCard): number => {
    switch (sort) {
      case "titel":
        return sign * byTitle(a, b);
      case "status":
        return sign * (cardStatuses.indexOf(a.status) - cardStatuses.indexOf(b.status)) || byTitle(a, b);
      case "start":
      case "eind": {
        const key = sort === "start" ? "startQuarter" : "endQuarter";
        const missing = Number(!a[key]) - Number(!b[key]);
        return missing || sign * compareOptionalQuarters(a[key], b[key]) || byTitle(a, b);
      }
      default:
        return cardStatuses.indexOf(a.status) - cardStatuses.indexOf(b.status) || (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0);
    }
  };
  return [...cards].sort(compare);
}
