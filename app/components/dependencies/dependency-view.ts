import { ownerPath } from "../../../shared/owner-paths";

// What the dependency tabs, badges, card panel and Overzicht show of a link, as the loaders
// send it (server/dependencies/dependencies.service.ts: DependencyView and ItemRef).

export interface ItemRefData {
  id: string;
  type: "card" | "item";
  title: string;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  status: string;
  statusLabel?: string;
  quarter: string | null;
}

export interface DependencyData {
  id: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  agreedDate: string | null;
  note: string;
  answerReason: string;
  from: ItemRefData;
  to: ItemRefData;
  proposedByName: string | null;
  answeredByName: string | null;
  answeredAt: Date | string | null;
  createdAt: Date | string;
  abilities: { answer: boolean; withdraw: boolean };
}

/** Per card or werkagenda item of a board: live links in and out, and its risk with the reason. */
export interface BadgeData {
  incoming: number;
  outgoing: number;
  atRisk: boolean;
  riskText: string | null;
  /** For a werkagenda item: the cards that require it (live vereist links). */
  enables?: Array<{ id: string; title: string; owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } }>;
}

/** Where an item lives: a card opens in its board's side panel, a werkagenda item on its werkagenda. */
export function itemHref(item: Pick<ItemRefData, "id" | "type" | "owner">): string {
  const slug = encodeURIComponent(item.owner.slug);
  return item.type === "card" ? `/werkgroepen/${slug}/bord?kaart=${item.id}` : `/fundamenten/${slug}/werkagenda#punt-${item.id}`;
}

/** "/werkgroepen/<slug>/afhankelijkheden" or "/fundamenten/<slug>/afhankelijkheden". */
export function dependencyTabPath(kind: "werkgroep" | "fundament", slug: string): string {
  return ownerPath({ kind, slug }, "/afhankelijkheden");
}

interface RiskEnd {
  atRisk: boolean;
  riskText: string | null;
}

/** Why a link is at risk, in words: the reason of the end that is at risk (the one that needs, first); null when it is not. */
export function riskReasonOf(link: { atRisk: boolean }, from: RiskEnd | undefined, to: RiskEnd | undefined): string | null {
  if (!link.atRisk) return null;
  const risky = from?.atRisk ? from : to?.atRisk ? to : null;
  return risky?.riskText ?? from?.riskText ?? "";
}
