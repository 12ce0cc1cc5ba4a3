import { cardStatuses, emptyAssessment, type Assessment, type CardStatus, type Scale } from "../../../shared/domain/card-rules";
import { boardMessages } from "../../../shared/domain/messages";
import { formatQuarter, isQuarter } from "../../../shared/domain/quarter";
import { compareRanks } from "../../../shared/domain/rank";
import { nl } from "../../../shared/i18n/nl";

// The board's view of a card and the pure helpers the board, the panel and the table share.
// Isomorphic: no server imports, so the browser bundle can use all of it.

export interface BoardCard {
  id: string;
  title: string;
  description: string;
  status: CardStatus;
  rank: string;
  focus: boolean;
  scale: Scale | null;
  /** Stored form "2024-Q2". */
  startQuarter: string | null;
  endQuarter: string | null;
  buildingBlockIds: string[];
  foundationIds: string[];
  targetGroupIds: string[];
  themeIds: string[];
  taskIds: string[];
  initiativeIds: string[];
  responsibleUserId: string | null;
  assessment: Assessment;
  version: number;
  archived: boolean;
}

export interface NamedOption {
  id: string;
  slug?: string;
  name: string;
}

export interface CardOptions {
  buildingBlocks: NamedOption[];
  themes: NamedOption[];
  foundations: NamedOption[];
  targetGroups: NamedOption[];
  subregions: NamedOption[];
  municipalities: Array<NamedOption & { subregionId: string | null }>;
  catalogue: Array<{ id: string; name: string; buildingBlockId: string }>;
  tasks: NamedOption[];
  initiatives: NamedOption[];
  people: NamedOption[];
}

/** What the services return for a card, narrowed to what the pages show. */
export function toBoardCard(card: {
  id: string;
  title: string;
  description: string;
  status: CardStatus;
  rank: string;
  focus: boolean;
  scale: Scale | null;
  startQuarter: string | null;
  endQuarter: string | null;
  buildingBlockIds: string[];
  foundationIds: string[];
  targetGroupIds: string[];
  themeIds: string[];
  taskIds: string[];
  initiativeIds: string[];
  responsibleUserId: string | null;
  assessment: Partial<Assessment>;
  version: number;
  archivedAt: Date | string | null;
}): BoardCard {
  return {
    id: card.id,
    title: card.title,
    description: card.description,
    status: card.status,
    rank: card.rank,
    focus: card.focus,
    scale: card.scale,
    startQuarter: card.startQuarter,
    endQuarter: card.endQuarter,
    buildingBlockIds: card.buildingBlockIds,
    foundationIds: card.foundationIds,
    targetGroupIds: card.targetGroupIds,
    themeIds: card.themeIds,
    taskIds: card.taskIds,
    initiativeIds: card.initiativeIds,
    responsibleUserId: card.responsibleUserId,
    assessment: { ...emptyAssessment, ...card.assessment },
    version: card.version,
    archived: card.archivedAt !== null,
  };
}

export type Lanes = Record<CardStatus, BoardCard[]>;

/** The cards per lane, each lane in rank order. */
export function groupIntoLanes(cards: readonly BoardCard[]): Lanes {
  const lanes = Object.fromEntries(cardStatuses.map((status) => [status, [] as BoardCard[]])) as Lanes;
  for (const card of cards) lanes[card.status].push(card);
  for (const status of cardStatuses) lanes[status].sort((a, b) => compareRanks(a.rank, b.rank));
  return lanes;
}

/** Where a card is: its lane and index. */
export function locate(lanes: Lanes, cardId: string): { status: CardStatus; index: number } | null {
  for (const status of cardStatuses) {
    const index = lanes[status].findIndex((card) => card.id === cardId);
    if (index >= 0) return { status, index };
  }
  return null;
}

/** A copy of the lanes with the card taken out and put at `index` of lane `status`. */
export function placeCard(lanes: Lanes, cardId: string, status: CardStatus, index: number): Lanes {
  const from = locate(lanes, cardId);
  if (!from) return lanes;
  const card = lanes[from.status][from.index]!;
  const next = { ...lanes };
  next[from.status] = lanes[from.status].filter((c) => c.id !== cardId);
  const target = [...next[status]];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, { ...card, status });
  next[status] = target;
  return next;
}

/** The move a keyboard arrow makes: up/down within the lane, left/right to the neighbouring lane. */
export function stepMove(lanes: Lanes, cardId: string, key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight"): Lanes {
  const at = locate(lanes, cardId);
  if (!at) return lanes;
  const laneIndex = cardStatuses.indexOf(at.status);
  if (key === "ArrowUp") return at.index === 0 ? lanes : placeCard(lanes, cardId, at.status, at.index - 1);
  if (key === "ArrowDown") return at.index >= lanes[at.status].length - 1 ? lanes : placeCard(lanes, cardId, at.status, at.index + 1);
  const nextLane = cardStatuses[laneIndex + (key === "ArrowLeft" ? -1 : 1)];
  if (!nextLane) return lanes;
  return placeCard(lanes, cardId, nextLane, Math.min(at.index, lanes[nextLane].length));
}

/** The card just above `cardId` in its lane (what moveCard calls afterCardId), or null at the top. */
export function cardAbove(lanes: Lanes, cardId: string): string | null {
  const at = locate(lanes, cardId);
  if (!at || at.index === 0) return null;
  return lanes[at.status][at.index - 1]!.id;
}

export const statusLabel = (status: CardStatus) => boardMessages.statusLabel[status];

/** "Q2 2024" for a stored quarter; what was stored when it is not one. */
export function showQuarter(value: string | null): string | null {
  if (!value) return null;
  return isQuarter(value) ? formatQuarter(value) : value;
}

/** "Q2 2024 tot en met Q4 2025", one of them, or null when neither is set. */
export function showQuarterRange(start: string | null, end: string | null): string | null {
  const from = showQuarter(start);
  const to = showQuarter(end);
  if (from && to) return nl.board.quarterRange(from, to);
  if (from) return nl.board.quarterFrom(from);
  if (to) return nl.board.quarterUntil(to);
  return null;
}

export function namesOf(ids: readonly string[], options: readonly NamedOption[]): string[] {
  return ids.map((id) => options.find((o) => o.id === id)?.name ?? nl.board.unknownItem);
}

/** "Regionaal", "Lokaal: Almere, Lelystad", "Subregionaal: Noord" or null. */
export function describeScale(scale: Scale | null, options: Pick<CardOptions, "municipalities" | "subregions">): string | null {
  if (!scale) return null;
  const label = boardMessages.scaleLabel[scale.kind];
  if (scale.kind === "lokaal") return `${label}: ${namesOf(scale.municipalityIds, options.municipalities).join(", ")}`;
  if (scale.kind === "subregionaal") return `${label}: ${namesOf([scale.subregionId], options.subregions).join(", ")}`;
  return label;
}

/** "zojuist", "5 minuten geleden", "3 dagen geleden" relative to `now` (both from the loader, so SSR and hydration agree). */
export function timeAgo(moment: Date | string, now: number): string {
  const seconds = Math.max(0, Math.round((now - new Date(moment).getTime()) / 1000));
  if (seconds < 60) return nl.board.justNow;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return nl.board.minutesAgo(minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return nl.board.hoursAgo(hours);
  return nl.board.daysAgo(Math.round(hours / 24));
}
