import { sql, type Kysely, type RawBuilder } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database, DependencyKind, DependencyState } from "../../db/schema";
import type { GraphItem, GraphLink } from "../../shared/domain/dependency-graph";

// The region's dependency graph as the pure rules (shared/domain/dependency-graph.ts) read it,
// in three queries whatever the size of the region: cards with their werkgroep, werkagenda
// items with their fundament, and the links. Never one query per item: the graph is loaded
// on every change that can move a risk (refreshRisks) and must stay fast at 10,000 items.

type Db = Kysely<Database>;

/** A card or werkagenda item with the slug of its werkgroep or fundament (for links in the UI). */
export type RegionGraphItem = GraphItem & { ownerSlug: string };

/** A link with what the views show besides the rules' facts. */
export type RegionGraphLink = GraphLink & {
  note: string;
  answerReason: string;
};

export interface RegionGraph {
  items: RegionGraphItem[];
  links: RegionGraphLink[];
}

interface CardFacts {
  id: string;
  title: string;
  focus: boolean;
  status: string;
  start_quarter: string | null;
  end_quarter: string | null;
  owner_id: string;
  owner_name: string;
  owner_slug: string;
}
interface ItemFacts {
  id: string;
  title: string;
  status: string;
  due_quarter: string | null;
  owner_id: string;
  owner_name: string;
  owner_slug: string;
}
interface LinkFacts {
  id: string;
  from_key: string;
  to_key: string;
  kind: string;
  state: string;
  agreed_date: string | null;
  note: string;
  answer_reason: string;
}

/** Rows to the graph the rules read; links whose ends are not both on a board are left out. */
function toGraph(cards: readonly CardFacts[], workplanItems: readonly ItemFacts[], rows: readonly LinkFacts[]): RegionGraph {
  const items = [
    ...cards.map((c) => ({
      id: c.id,
      type: "card" as const,
      owner: { kind: "werkgroep" as const, id: c.owner_id, name: c.owner_name },
      ownerSlug: c.owner_slug,
      title: c.title,
      focus: c.focus,
      status: c.status,
      startQuarter: c.start_quarter,
      readyQuarter: c.end_quarter,
    })),
    ...workplanItems.map((i) => ({
      id: i.id,
      type: "item" as const,
      owner: { kind: "fundament" as const, id: i.owner_id, name: i.owner_name },
      ownerSlug: i.owner_slug,
      title: i.title,
      focus: false,
      status: i.status,
      startQuarter: null,
      readyQuarter: i.due_quarter,
    })),
  ] as RegionGraphItem[];
  const onBoard = new Set(items.map((item) => item.id));
  const links: RegionGraphLink[] = rows
    .filter((row) => onBoard.has(row.from_key) && onBoard.has(row.to_key))
    .map((row) => ({
      id: row.id,
      from: row.from_key,
      to: row.to_key,
      kind: row.kind as DependencyKind,
      state: row.state as DependencyState,
      agreedDate: row.agreed_date,
      note: row.note,
      answerReason: row.answer_reason,
    }));
  return { items, links };
}

/**
 * The graph of a region: non-archived cards (ready when their end quarter is) and werkagenda
 * items (ready in their due quarter), and every link that has not lapsed (with `includeLapsed`:
 * every link) whose two ends are both on a board.
 */
export async function loadRegionGraph(db: Db, regionId: string, options: { includeLapsed?: boolean } = {}): Promise<RegionGraph> {
  const cards = await db
    .selectFrom("solution_direction as c")
    .innerJoin("working_group as g", "g.id", "c.working_group_id")
    .where("c.region_id", "=", regionId)
    .where("c.archived_at", "is", null)
    .select(["c.id", "c.title", "c.focus", "c.status", "c.start_quarter", "c.end_quarter", "g.id as owner_id", "g.name as owner_name", "g.slug as owner_slug"])
    .orderBy("g.position")
    .orderBy("c.rank")
    .execute();
  const workplanItems = await db
    .selectFrom("workplan_item as i")
    .innerJoin("foundation as f", "f.id", "i.foundation_id")
    .where("i.region_id", "=", regionId)
    .where("i.archived_at", "is", null)
    .select(["i.id", "i.title", "i.status", "i.due_quarter", "f.id as owner_id", "f.name as owner_name", "f.slug as owner_slug"])
    .orderBy("f.position")
    .orderBy("i.rank")
    .execute();
  const rows = await db
    .selectFrom("dependency")
    .where("region_id", "=", regionId)
    .$if(!options.includeLapsed, (qb) => qb.where("state", "<>", "vervallen"))
    .select(["id", "from_key", "to_key", "kind", "state", sql<string | null>`agreed_date::text`.as("agreed_date"), "note", "answer_reason"])
    .orderBy("created_at")
    .execute();

  return toGraph(cards, workplanItems, rows);
}

/**
 * Only what the risk rules read (no titles, notes, joins or order): the hot path of every card
 * and werkagenda change. Titles and owner names are empty; load the full graph to describe a risk.
 */
export async function loadRiskGraph(db: Db, regionId: string): Promise<RegionGraph> {
  const [cards, workplanItems, rows] = await Promise.all([
    selectLeanCards(db, regionId).execute(),
    selectLeanItems(db, regionId).execute(),
    db
      .selectFrom("dependency")
      .where("region_id", "=", regionId)
      .where("state", "<>", "vervallen")
      .select(["id", "from_key", "to_key", "kind", "state", sql<string | null>`agreed_date::text`.as("agreed_date")])
      .execute(),
  ]);
  return toLeanGraph(cards, workplanItems, rows);
}

/** What the risk rules read of a region's cards still on a board: no titles, no joins. */
function selectLeanCards(db: Db, regionId: string) {
  return db
    .selectFrom("solution_direction")
    .where("region_id", "=", regionId)
    .where("archived_at", "is", null)
    .select(["id", "focus", "status", "start_quarter", "end_quarter", "working_group_id"]);
}

/** What the risk rules read of a region's werkagenda items still on a board. */
function selectLeanItems(db: Db, regionId: string) {
  return db.selectFrom("workplan_item").where("region_id", "=", regionId).where("archived_at", "is", null).select(["id", "status", "due_quarter", "foundation_id"]);
}

type LeanCard = Omit<CardFacts, "title" | "owner_id" | "owner_name" | "owner_slug"> & { working_group_id: string };
type LeanItem = Omit<ItemFacts, "title" | "owner_id" | "owner_name" | "owner_slug"> & { foundation_id: string };

/** The graph from rows without names: titles and owner names stay empty. */
function toLeanGraph(cards: readonly LeanCard[], workplanItems: readonly LeanItem[], rows: ReadonlyArray<Omit<LinkFacts, "note" | "answer_reason">>): RegionGraph {
  const named = { title: "", owner_name: "", owner_slug: "" };
  return toGraph(
    cards.map((c) => ({ ...c, ...named, owner_id: c.working_group_id })),
    workplanItems.map((i) => ({ ...i, ...named, owner_id: i.foundation_id })),
    rows.map((row) => ({ ...row, note: "", answer_reason: "" }))
  );
}

/** The part of a region's graph a change can move risks in (see loadRiskNeighbourhood). */
export interface RiskNeighbourhood {
  /** The changed items and every item that (transitively) requires them: whose risk may move. */
  affected: string[];
  /** The affected items still on a board, the items they require, and their vereist links. */
  graph: RegionGraph;
}

/**
 * What refreshRisks needs after a change to `seeds` (items whose dates, status, archive state
 * or outgoing links changed): the seeds, the items that require a seed through any *vereist*
 * link (also one that just lapsed or was declined), and, over live *vereist* links, every
 * item that requires those, transitively; then their outgoing *vereist* links and the facts of
 * both ends. Only *vereist* links carry risk. A change near the edge of the graph reads a
 * handful of rows instead of the whole region, in one statement.
 */
export async function loadRiskNeighbourhood(db: Db, regionId: string, seeds: readonly string[]): Promise<RiskNeighbourhood> {
  if (seeds.length === 0) return { affected: [], graph: { items: [], links: [] } };
  const seedList = valuesList(seeds);
  const { reached, graph } = await loadRequirementsWithin(
    db,
    regionId,
    sql`
      select id from ${seedList}
      union
      select d.from_key from dependency d join ${seedList} on d.to_key = seed.id
      where d.region_id = ${regionId} and d.kind = 'vereist'
      union
      select d.from_key from dependency d join reach r on d.to_key = r.id
      where d.region_id = ${regionId} and d.kind = 'vereist' and d.state in ('voorgesteld', 'bevestigd')`,
    { named: false },
  );
  return { affected: reached, graph };
}

/**
 * Everything the risk of `itemIds` depends on: those items and, over live *vereist* links,
 * everything they require, transitively, with their outgoing *vereist* links and the facts
 * and names of both ends (a board's reason texts name the items along the chain), in one
 * statement. The rules give the same risk for `itemIds` on this part as on the whole region:
 * risk only travels from what is required to what requires it.
 */
export async function loadRiskBasis(db: Db, regionId: string, itemIds: readonly string[]): Promise<RegionGraph> {
  if (itemIds.length === 0) return { items: [], links: [] };
  const { graph } = await loadRequirementsWithin(
    db,
    regionId,
    sql`
      select id from ${valuesList(itemIds)}
      union
      select d.to_key from dependency d join reach r on d.from_key = r.id
      where d.region_id = ${regionId} and d.kind = 'vereist' and d.state in ('voorgesteld', 'bevestigd')`,
    { named: true },
  );
  return graph;
}

/** `(values ($1::uuid), ...) as seed(id)`: ids as a table, one parameter each (both drivers agree on that). */
function valuesList(ids: readonly string[]) {
  return sql`(values ${sql.join(ids.map((id) => sql`(${id}::uuid)`))}) as seed(id)`;
}

/**
 * The ids a recursive query `reach(id)` finds, the items among them still on a board, their
 * non-lapsed *vereist* links, and the items those point to: ONE statement, each list a json
 * array. Every board page and every card change runs this; as separate queries (the ids, the
 * links, the cards, the items) the ids went back and forth as parameters, and the embedded
 * database runs queries one after the other. `named`: with titles and owner names, else empty.
 * `= any(array(...))` lets PostgreSQL look the ids up by index even before it has statistics
 * (with `in (select ...)` a fresh database compared every row with every id). Links come in the
 * order they were made, so a reason text lists its causes in the same order on every read.
 */
async function loadRequirementsWithin(db: Db, regionId: string, reach: RawBuilder<unknown>, options: { named: boolean }) {
  const cardNames = options.named ? sql`c.title, g.id as owner_id, g.name as owner_name, g.slug as owner_slug` : sql`'' as title, c.working_group_id as owner_id, '' as owner_name, '' as owner_slug`;
  const cardOwners = options.named ? sql`join working_group g on g.id = c.working_group_id` : sql``;
  const itemNames = options.named ? sql`i.title, f.id as owner_id, f.name as owner_name, f.slug as owner_slug` : sql`'' as title, i.foundation_id as owner_id, '' as owner_name, '' as owner_slug`;
  const itemOwners = options.named ? sql`join foundation f on f.id = i.foundation_id` : sql``;
  const { rows } = await sql<{ reached: string[]; links: Array<Omit<LinkFacts, "note" | "answer_reason"> & { created_at: string }>; cards: CardFacts[]; items: ItemFacts[] }>`
    with recursive reach(id) as (${reach}),
    links as (
      select d.id, d.from_key, d.to_key, d.kind, d.state, d.agreed_date::text as agreed_date, d.created_at
      from dependency d
      where d.region_id = ${regionId} and d.from_key = any(array(select id from reach)) and d.kind = 'vereist' and d.state <> 'vervallen'
    ),
    ends as (select id from reach union select to_key from links)
    select
      (select coalesce(json_agg(id), '[]') from reach) as reached,
      (select coalesce(json_agg(l order by l.created_at, l.id), '[]') from links l) as links,
      (select coalesce(json_agg(c), '[]') from (
        select c.id, c.focus, c.status, c.start_quarter, c.end_quarter, ${cardNames}
        from solution_direction c ${cardOwners}
        where c.id = any(array(select id from ends)) and c.region_id = ${regionId} and c.archived_at is null
      ) c) as cards,
      (select coalesce(json_agg(i), '[]') from (
        select i.id, i.status, i.due_quarter, ${itemNames}
        from workplan_item i ${itemOwners}
        where i.id = any(array(select id from ends)) and i.region_id = ${regionId} and i.archived_at is null
      ) i) as items`.execute(db);
  const row = rows[0]!;
  return { reached: row.reached, graph: toGraph(row.cards, row.items, row.links.map((link) => ({ ...link, note: "", answer_reason: "" }))) };
}

/**
 * The ids of a board's items (a werkgroep's cards, a fundament's werkagenda items) and their
 * live links of any kind whose other end is on a board too: what the board's badges count.
 */
export async function listBoardLinks(db: Db, regionId: string, owner: { kind: "werkgroep" | "fundament"; id: string }) {
  const ownIds =
    owner.kind === "werkgroep"
      ? db.selectFrom("solution_direction").where("working_group_id", "=", owner.id).where("archived_at", "is", null).select("id")
      : db.selectFrom("workplan_item").where("foundation_id", "=", owner.id).where("archived_at", "is", null).select("id");
  const links = db
    .selectFrom("dependency as d")
    .where("d.region_id", "=", regionId)
    .where("d.state", "in", ["voorgesteld", "bevestigd"])
    .where((eb) => eb.or([eb("d.from_key", "in", ownIds), eb("d.to_key", "in", ownIds)]))
    .where(sql<boolean>`not exists (select 1 from solution_direction c where c.id in (d.from_key, d.to_key) and c.archived_at is not null)`)
    .where(sql<boolean>`not exists (select 1 from workplan_item i where i.id in (d.from_key, d.to_key) and i.archived_at is not null)`)
    .select(["d.id", "d.from_key as from", "d.to_key as to", "d.kind", "d.state"]);
  // One statement: every board page asks, and the embedded database answers one query at a time.
  return db.selectNoFrom([sql<string[]>`array(${ownIds})`.as("itemIds"), jsonArrayFrom(links).as("links")]).executeTakeFirstOrThrow();
}

/** The recorded reasons why a focus card needs no *vereist* link to a fundament, per card. */
export async function listJustifications(db: Db, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom("focus_link_justification as j")
    .leftJoin("app_user as u", "u.id", "j.recorded_by")
    .where("j.card_id", "in", cardIds)
    .select(["j.card_id as cardId", "j.foundation_id as foundationId", "j.reason", "j.recorded_at as recordedAt", "u.name as recordedByName"])
    .execute();
}

/**
 * For the submission check of a transformatieagenda: per focus card of the werkgroep and per
 * fundament it links, whether it has a live *vereist* link to one of that fundament's
 * werkagenda items, and whether a reason was recorded why it needs none.
 */
export async function listFocusFoundationLinks(db: Db, groupId: string) {
  const rows = await sql<{
    card_id: string;
    foundation_id: string;
    foundation_name: string;
    required: boolean;
    justified: boolean;
  }>`
    select c.id as card_id, f.id as foundation_id, f.name as foundation_name,
      exists (
        select 1 from dependency d join workplan_item i on i.id = d.to_item_id
        where d.from_card_id = c.id and d.kind = 'vereist' and d.state in ('voorgesteld', 'bevestigd')
          and i.foundation_id = f.id and i.archived_at is null
      ) as required,
      exists (select 1 from focus_link_justification j where j.card_id = c.id and j.foundation_id = f.id) as justified
    from solution_direction c
    cross join lateral unnest(c.foundation_ids) with ordinality as linked(foundation_id, position)
    join foundation f on f.id = linked.foundation_id
    where c.working_group_id = ${groupId} and c.archived_at is null and c.focus
    order by c.rank, linked.position`.execute(db);
  return rows.rows;
}

/** For the submission check of a werkagenda: how many live *vereist* links point at each item. */
export async function countItemDependents(db: Db, foundationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("workplan_item as i")
    .leftJoin("dependency as d", (join) =>
      join.onRef("d.to_item_id", "=", "i.id").on("d.kind", "=", "vereist").on("d.state", "in", ["voorgesteld", "bevestigd"])
    )
    .where("i.foundation_id", "=", foundationId)
    .where("i.archived_at", "is", null)
    .groupBy("i.id")
    .select(["i.id", (eb) => eb.fn.count<string>("d.id").as("count")])
    .execute();
  return new Map(rows.map((row) => [row.id, Number(row.count)]));
}

/** The stored risk of every item of the region (or of the given items) that was at risk when last computed. */
export async function listStoredRisks(db: Db, regionId: string, itemIds?: readonly string[]) {
  if (itemIds?.length === 0) return [];
  return db
    .selectFrom("item_risk")
    .where("region_id", "=", regionId)
    .$if(itemIds !== undefined, (qb) => qb.where("item_id", "in", itemIds!))
    .select(["item_id as itemId", "reasons"])
    .execute();
}

/** Writes changed and new risks in one statement; `since` stays for items already at risk. */
export async function upsertRisks(db: Db, regionId: string, risks: ReadonlyArray<{ itemId: string; reasons: unknown }>, now: Date) {
  if (risks.length === 0) return;
  await db
    .insertInto("item_risk")
    .values(
      risks.map((risk) => ({
        item_id: risk.itemId,
        region_id: regionId,
        // Sent as text and cast: the two drivers serialise a JS array parameter differently.
        reasons: sql<unknown>`${JSON.stringify(risk.reasons)}::text::jsonb`,
        since: now,
      }))
    )
    .onConflict((oc) => oc.column("item_id").doUpdateSet((eb) => ({ reasons: eb.ref("excluded.reasons") })))
    .execute();
}

/** Removes the stored risk of items that are no longer at risk, in one statement. */
export async function deleteRisks(db: Db, regionId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return;
  await db.deleteFrom("item_risk").where("region_id", "=", regionId).where("item_id", "in", itemIds).execute();
}

/**
 * Serialises risk refreshes of one region inside their transactions, so two changes at once
 * cannot both see an item as "newly" at risk and announce it twice.
 */
export async function lockRegionRisks(db: Db, regionId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`item_risk:${regionId}`}))`.execute(db);
}

/** The active leads and members of the given werkgroepen and fundamenten (who hear about their items). */
export async function listOwnerPeople(db: Db, regionId: string, owners: { groupIds: readonly string[]; foundationIds: readonly string[] }) {
  if (owners.groupIds.length === 0 && owners.foundationIds.length === 0) return [];
  return db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.region_id", "=", regionId)
    .where("u.deactivated_at", "is", null)
    .where((eb) =>
      eb.or([
        ...(owners.groupIds.length > 0 ? [eb.and([eb("r.role", "in", ["group_lead", "group_member"]), eb("r.working_group_id", "in", owners.groupIds)])] : []),
        ...(owners.foundationIds.length > 0
          ? [eb.and([eb("r.role", "in", ["foundation_lead", "foundation_member"]), eb("r.foundation_id", "in", owners.foundationIds)])]
          : []),
      ])
    )
    .select(["r.user_id as userId", "r.working_group_id as groupId", "r.foundation_id as foundationId"])
    .execute();
}
