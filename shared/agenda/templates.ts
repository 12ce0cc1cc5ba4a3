import { type CardStatus, needsScaleAndQuarters } from "../domain/card-rules";
import { compareQuarters, formatQuarter, type Quarter } from "../domain/quarter";
import { nl } from "../i18n/nl";
import type { AgendaDocument, AgendaNode } from "./document";

// The first text of a new agenda, built from the board (a werkgroep's concept
// transformatieagenda) or the werkagenda (a fundament's werkagenda). Pure: the server reads the
// board through its repositories and passes plain facts in (server/agendas/templates.ts).

const t = nl.versions.template;

/** The subsections of a focus oplossingsrichting, in the order they appear. */
export const focusSubsections = ["doel", "aanpak", "schaal", "partijen", "tijdlijn", "fundamenten", "financiering", "monitoring"] as const;
export type FocusSubsection = (typeof focusSubsections)[number];

/** The subsections of a werkagenda item, in the order they appear. */
export const itemSubsections = ["doel", "opdracht", "partijen", "planning", "wachtend"] as const;
export type ItemSubsection = (typeof itemSubsections)[number];

/** Where a card runs, with the names already looked up. */
export type TemplateScale =
  | { kind: "lokaal"; municipalities: string[] }
  | { kind: "subregionaal"; subregion: string; municipalities: string[] }
  | { kind: "regionaal"; municipalities: string[] };

/** What a template needs to know of a card on the board (archived cards are never passed). */
export interface TemplateCard {
  id: string;
  title: string;
  description: string;
  status: CardStatus;
  focus: boolean;
  scale: TemplateScale | null;
  startQuarter: Quarter | null;
  endQuarter: Quarter | null;
  /** Names of the linked fundamenten, in the plan's order. */
  foundations: string[];
}

/** Paragraphs written in advance per section (by card or item id); used by the demo data. */
export type Prefill<K extends string> = Record<string, Partial<Record<K, string[]>>>;

export interface GroupAgendaFacts {
  groupName: string;
  regionName: string;
  /** The werkgroep's cards that are not archived, in board order. */
  cards: TemplateCard[];
  /** The plan's financing streams (SPUK IZA, SPUK GALA, ...): data, not code. */
  financingStreams: string[];
  prefill?: Prefill<FocusSubsection>;
}

/** A card that waits for a fundament: shown with its werkgroep in the werkagenda. */
export interface TemplateWaitingCard {
  id: string;
  title: string;
  groupName: string;
}

export interface TemplateWorkplanItem {
  id: string;
  title: string;
  description: string;
  dueQuarter: Quarter;
  responsibleOrganisation: string;
  /** The cards that require this item (its live *vereist* links), which wait for it. */
  waitingCards: TemplateWaitingCard[];
}

export interface FoundationAgendaFacts {
  foundationName: string;
  /** The fundament's items that are not archived. */
  items: TemplateWorkplanItem[];
  prefill?: Prefill<ItemSubsection>;
}

/**
 * The cards that get a full section (focus) and those that get a short one: the other cards the
 * werkgroep has chosen (Gekozen, Uitwerken, In agenda). Cards still in Verkennen or paused are
 * left out: the agenda is about what the werkgroep has decided to do.
 */
export function selectAgendaCards(cards: readonly TemplateCard[]) {
  return {
    focus: cards.filter((card) => card.focus),
    otherChosen: cards.filter((card) => !card.focus && needsScaleAndQuarters(card.status)),
  };
}

/** A werkgroep's concept transformatieagenda, generated from its board. */
export function buildGroupAgenda(facts: GroupAgendaFacts): AgendaDocument {
  const { focus, otherChosen } = selectAgendaCards(facts.cards);
  const content: AgendaNode[] = [heading(1, [text(t.groupTitle(facts.groupName))]), paragraph(t.groupIntro(facts.groupName))];
  if (focus.length === 0) content.push(paragraph(t.noFocus));
  for (const card of focus) content.push(...focusSection(card, facts));
  if (otherChosen.length > 0) {
    content.push(heading(2, [text(t.otherChosenTitle)]), paragraph(t.otherChosenIntro));
    for (const card of otherChosen) content.push(...shortSection(card, facts.regionName));
  }
  return { type: "doc", content };
}

function focusSection(card: TemplateCard, facts: GroupAgendaFacts): AgendaNode[] {
  const prefill = facts.prefill?.[card.id] ?? {};
  const scale = describeScale(card.scale, facts.regionName);
  const timeline = describeTimeline(card.startQuarter, card.endQuarter);
  const generated: Record<FocusSubsection, AgendaNode[]> = {
    doel: [],
    aanpak: [],
    schaal: scale ? [paragraph(scale)] : [],
    partijen: [],
    tijdlijn: timeline ? [paragraph(timeline)] : [],
    fundamenten: bulletList(card.foundations.map((name) => [text(name)])),
    financiering: bulletList(facts.financingStreams.map((name) => [text(name)])),
    monitoring: [],
  };
  const nodes: AgendaNode[] = [heading(2, titleWithChip(card, "card"))];
  // The card's own description (often the plan's words) is the starting point people edit.
  if (card.description.trim() !== "") nodes.push(paragraph(card.description));
  for (const key of focusSubsections) {
    nodes.push(heading(3, [text(t.focusHeadings[key])]), ...subsectionBody(generated[key], prefill[key]));
  }
  return nodes;
}

function shortSection(card: TemplateCard, regionName: string): AgendaNode[] {
  const scale = describeScale(card.scale, regionName);
  const timeline = describeTimeline(card.startQuarter, card.endQuarter);
  const facts = [...(scale ? [t.scaleLine(scale)] : []), ...(timeline ? [t.timelineLine(timeline)] : [])];
  return [
    heading(3, titleWithChip(card, "card")),
    card.description.trim() === "" ? emptyParagraph() : paragraph(card.description),
    ...bulletList(facts.map((line) => [text(line)])),
  ];
}

/** A fundament's werkagenda text, generated from its werkagenda items (in planning order). */
export function buildFoundationAgenda(facts: FoundationAgendaFacts): AgendaDocument {
  const content: AgendaNode[] = [heading(1, [text(t.foundationTitle(facts.foundationName))]), paragraph(t.foundationIntro(facts.foundationName))];
  if (facts.items.length === 0) content.push(paragraph(t.noItems));
  const items = [...facts.items].sort((a, b) => compareQuarters(a.dueQuarter, b.dueQuarter));
  for (const item of items) {
    const prefill = facts.prefill?.[item.id] ?? {};
    const generated: Record<ItemSubsection, AgendaNode[]> = {
      doel: item.description.trim() === "" ? [] : [paragraph(item.description)],
      opdracht: [],
      partijen: item.responsibleOrganisation.trim() === "" ? [] : [paragraph(item.responsibleOrganisation)],
      planning: [paragraph(t.dueBy(formatQuarter(item.dueQuarter)))],
      wachtend: bulletList(item.waitingCards.map((card) => [chip("card", card.id, card.title), text(t.waitingCard(card.groupName))])),
    };
    content.push(heading(2, titleWithChip(item, "workplanItem")));
    for (const key of itemSubsections) {
      content.push(heading(3, [text(t.itemHeadings[key])]), ...subsectionBody(generated[key], prefill[key]));
    }
  }
  return { type: "doc", content };
}

/** "Lokaal: Almere, Lelystad.", or null when the card has no scale yet. */
export function describeScale(scale: TemplateScale | null, regionName: string): string | null {
  if (!scale) return null;
  const names = scale.municipalities.join(", ");
  switch (scale.kind) {
    case "lokaal":
      return names === "" ? null : t.scaleLocal(names);
    case "subregionaal":
      return t.scaleSubregional(scale.subregion, names);
    case "regionaal":
      return t.scaleRegional(regionName, names);
  }
}

/** "Q1 2025 tot en met Q2 2026", or null when neither quarter is known. */
export function describeTimeline(start: Quarter | null, end: Quarter | null): string | null {
  if (start && end) return nl.board.quarterRange(formatQuarter(start), formatQuarter(end));
  if (start) return nl.board.quarterFrom(formatQuarter(start));
  if (end) return nl.board.quarterUntil(formatQuarter(end));
  return null;
}

/** Prefilled paragraphs come first, then what the board knows; an empty section gets an empty paragraph to type in. */
function subsectionBody(generated: AgendaNode[], prefill: string[] | undefined): AgendaNode[] {
  const nodes = [...(prefill ?? []).map((p) => paragraph(p)), ...generated];
  return nodes.length > 0 ? nodes : [emptyParagraph()];
}

function titleWithChip(card: { id: string; title: string }, kind: "card" | "workplanItem"): AgendaNode[] {
  return [text(`${card.title} `), chip(kind, card.id, card.title)];
}

function heading(level: 1 | 2 | 3, content: AgendaNode[]): AgendaNode {
  return { type: "heading", attrs: { level }, content };
}

function paragraph(value: string): AgendaNode {
  return value === "" ? emptyParagraph() : { type: "paragraph", content: [text(value)] };
}

function emptyParagraph(): AgendaNode {
  return { type: "paragraph" };
}

function text(value: string): AgendaNode {
  return { type: "text", text: value };
}

/** A live status chip: the browser shows the current status of the card or item next to the label. */
function chip(kind: "card" | "workplanItem", refId: string, label: string): AgendaNode {
  return { type: "statusChip", attrs: { kind, refId, label } };
}

/** A bullet list with one item per entry (nothing when there are no entries). */
function bulletList(items: AgendaNode[][]): AgendaNode[] {
  if (items.length === 0) return [];
  return [{ type: "bulletList", content: items.map((content) => ({ type: "listItem", content: [{ type: "paragraph", content }] })) }];
}
