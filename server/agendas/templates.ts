import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { documentToState, type AgendaDocument } from "../../shared/agenda/document";
import {
  buildFoundationAgenda,
  buildGroupAgenda,
  type FocusSubsection,
  type ItemSubsection,
  type Prefill,
  type TemplateCard,
  type TemplateScale,
} from "../../shared/agenda/templates";
import type { CardStatus } from "../../shared/domain/card-rules";
import { listEnabledCards } from "../../shared/domain/dependency-graph";
import type { Quarter } from "../../shared/domain/quarter";
import { listBoardCards, type CardRow } from "../boards/cards.repository";
import { findNames, listPlanAxis } from "../boards/views.repository";
import { listWorkplanItems } from "../boards/workplan.repository";
import { loadRegionGraph } from "../dependencies/graph.repository";
import { findPlanByRegionId, listMunicipalities, listNamedItems } from "../plan/plan.repository";
import { findAgendaById, type AgendaRow } from "./agendas.repository";

// The first text of a new agenda: the facts of the board or werkagenda, read through the
// features' repositories, handed to the pure builders in shared/agenda/templates.ts.

type Db = Kysely<Database>;

/** Paragraphs to write into sections in advance, per card or item id (the demo data uses this). */
export type AgendaPrefill = Prefill<FocusSubsection | ItemSubsection>;

/** The first text of a new agenda, as the Yjs state stored as its snapshot. */
export async function buildInitialAgendaState(db: Db, agenda: { id: string; groupId?: string; foundationId?: string }): Promise<Uint8Array> {
  return documentToState(await buildAgendaDocument(db, agenda.id));
}

/**
 * The template of an existing agenda record: from the werkgroep's board for a concept
 * transformatieagenda, from the fundament's werkagenda for a werkagenda.
 */
export async function buildAgendaDocument(db: Db, agendaId: string, prefill: AgendaPrefill = {}): Promise<AgendaDocument> {
  const agenda = await findAgendaById(db, agendaId);
  if (!agenda) throw new Error(`Agenda ${agendaId} does not exist`);
  const plan = await findPlanByRegionId(db, agenda.region_id);
  if (!plan) throw new Error(`The region of agenda ${agendaId} has no plan`);
  return agenda.working_group_id
    ? buildGroupAgenda({ ...(await readGroupFacts(db, agenda, plan.id)), regionName: plan.regionName, prefill })
    : buildFoundationAgenda({ ...(await readFoundationFacts(db, agenda)), prefill });
}

async function readGroupFacts(db: Db, agenda: AgendaRow, planId: string) {
  const [cards, municipalities, foundations, financing] = await Promise.all([
    listBoardCards(db, agenda.working_group_id!),
    listMunicipalities(db, agenda.region_id),
    listPlanAxis(db, "foundation", planId),
    listNamedItems(db, "financing_stream", planId),
  ]);
  const subregionIds = [...new Set(cards.flatMap((card) => (card.subregion_id ? [card.subregion_id] : [])))];
  const subregionNames = new Map((await findNames(db, agenda.region_id, planId, subregionIds)).map((row) => [row.id, row.name]));
  const places = { municipalities, subregionNames };
  return {
    groupName: agenda.group_name ?? "",
    cards: cards.map(
      (card): TemplateCard => ({
        id: card.id,
        title: card.title,
        description: card.description,
        status: card.status as CardStatus,
        focus: card.focus,
        scale: toTemplateScale(card, places),
        startQuarter: card.start_quarter as Quarter | null,
        endQuarter: card.end_quarter as Quarter | null,
        // In the plan's order, whatever order the card stores them in.
        foundations: foundations.filter((f) => card.foundation_ids.includes(f.id)).map((f) => f.name),
      }),
    ),
    financingStreams: financing.map((stream) => stream.name),
  };
}

function toTemplateScale(
  card: CardRow,
  places: { municipalities: Array<{ id: string; name: string; subregionId: string | null }>; subregionNames: Map<string, string> },
): TemplateScale | null {
  const namesWhere = (keep: (m: { id: string; subregionId: string | null }) => boolean) => places.municipalities.filter(keep).map((m) => m.name);
  switch (card.scale_kind) {
    case "lokaal":
      return { kind: "lokaal", municipalities: namesWhere((m) => card.municipality_ids.includes(m.id)) };
    case "subregionaal":
      return {
        kind: "subregionaal",
        subregion: places.subregionNames.get(card.subregion_id ?? "") ?? "",
        municipalities: namesWhere((m) => m.subregionId !== null && m.subregionId === card.subregion_id),
      };
    case "regionaal":
      return { kind: "regionaal", municipalities: namesWhere(() => true) };
    default:
      return null;
  }
}

async function readFoundationFacts(db: Db, agenda: AgendaRow) {
  const foundationId = agenda.foundation_id!;
  const [items, graph] = await Promise.all([listWorkplanItems(db, foundationId), loadRegionGraph(db, agenda.region_id)]);
  const byId = new Map(graph.items.map((item) => [item.id, item]));
  return {
    foundationName: agenda.foundation_name ?? "",
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      dueQuarter: item.due_quarter as Quarter,
      responsibleOrganisation: item.responsible_organisation,
      // The cards waiting for this item: its live vereist links are the only record of that.
      waitingCards: listEnabledCards(item.id, byId, graph.links).map((card) => ({ id: card.id, title: card.title, groupName: card.owner.name })),
    })),
  };
}
