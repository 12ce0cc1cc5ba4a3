import { sql, type Kysely } from "kysely";
import type { Database, DependencyKind, DependencyState } from "../../db/schema";

// The SQL of proposing and answering dependencies (dependencies.service.ts). The graph the
// rules read is loaded by graph.repository.ts; this module finds the two ends of a link, the
// link itself, and the rows the inbox and an item's panel show.

type Db = Kysely<Database>;

/** One end of a link: a card (oplossingsrichting) or a werkagenda item, with its owner. */
export interface ItemRow {
  id: string;
  type: "card" | "item";
  regionId: string;
  title: string;
  ownerKind: "werkgroep" | "fundament";
  ownerId: string;
  ownerSlug: string;
  ownerName: string;
  status: string;
  /** The end quarter of a card, the due quarter of a werkagenda item. */
  quarter: string | null;
  archivedAt: Date | null;
}

function cardsQuery(db: Db) {
  return db
    .selectFrom("solution_direction as c")
    .innerJoin("working_group as g", "g.id", "c.working_group_id")
    .select([
      "c.id",
      "c.region_id as regionId",
      "c.title",
      "c.status",
      "c.end_quarter as quarter",
      "c.archived_at as archivedAt",
      "g.id as ownerId",
      "g.slug as ownerSlug",
      "g.name as ownerName",
    ]);
}

function itemsQuery(db: Db) {
  return db
    .selectFrom("workplan_item as i")
    .innerJoin("foundation as f", "f.id", "i.foundation_id")
    .select([
      "i.id",
      "i.region_id as regionId",
      "i.title",
      "i.status",
      "i.due_quarter as quarter",
      "i.archived_at as archivedAt",
      "f.id as ownerId",
      "f.slug as ownerSlug",
      "f.name as ownerName",
    ]);
}

/**
 * Cards and werkagenda items by id, archived ones included, whatever their region (the service
 * turns another region's into a 404). With `lock`, the rows are locked FOR SHARE until the end
 * of the transaction, so an item cannot be archived between the check and the new link.
 */
export async function findItems(db: Db, ids: readonly string[], options: { lock?: boolean } = {}): Promise<Map<string, ItemRow>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, ItemRow>();
  if (unique.length === 0) return found;
  const cards = await cardsQuery(db)
    .where("c.id", "in", unique)
    .$if(options.lock === true, (qb) => qb.forShare("c"))
    .execute();
  for (const c of cards) found.set(c.id, { ...c, type: "card", ownerKind: "werkgroep" });
  const rest = unique.filter((id) => !found.has(id));
  if (rest.length > 0) {
    const items = await itemsQuery(db)
      .where("i.id", "in", rest)
      .$if(options.lock === true, (qb) => qb.forShare("i"))
      .execute();
    for (const i of items) found.set(i.id, { ...i, type: "item", ownerKind: "fundament" });
  }
  return found;
}

/**
 * Serialises proposals within one region inside their transactions, so two proposals at once
 * that together would make a cycle or a duplicate cannot both pass. A different key from the
 * risk refresh's lock (graph.repository.ts lockRegionRisks), which it takes after this one.
 */
export async function lockRegionDependencies(db: Db, regionId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`dependency:${regionId}`}))`.execute(db);
}

/** The live (voorgesteld or bevestigd) link between two items, whichever way round. */
export async function findLivePair(db: Db, a: string, b: string) {
  return db
    .selectFrom("dependency")
    .where("state", "in", ["voorgesteld", "bevestigd"])
    .where((eb) => eb.or([eb.and([eb("from_key", "=", a), eb("to_key", "=", b)]), eb.and([eb("from_key", "=", b), eb("to_key", "=", a)])]))
    .select(["id", "state"])
    .executeTakeFirst();
}

export async function insertDependency(
  db: Db,
  values: {
    regionId: string;
    from: Pick<ItemRow, "id" | "type">;
    to: Pick<ItemRow, "id" | "type">;
    kind: DependencyKind;
    agreedDate: string | null;
    note: string;
    proposedBy: string;
    now: Date;
  }
) {
  return db
    .insertInto("dependency")
    .values({
      region_id: values.regionId,
      from_card_id: values.from.type === "card" ? values.from.id : null,
      from_item_id: values.from.type === "item" ? values.from.id : null,
      to_card_id: values.to.type === "card" ? values.to.id : null,
      to_item_id: values.to.type === "item" ? values.to.id : null,
      kind: values.kind,
      agreed_date: values.agreedDate,
      note: values.note,
      proposed_by: values.proposedBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
}

const linkColumns = [
  "id",
  "region_id as regionId",
  "from_key as fromId",
  "to_key as toId",
  "kind",
  "state",
  "proposed_by as proposedBy",
  "answered_by as answeredBy",
  "version",
] as const;

/** A link of the region, locked FOR UPDATE so of two answers at once the second sees the first. */
export async function lockDependency(db: Db, regionId: string, id: string) {
  return db.selectFrom("dependency").where("region_id", "=", regionId).where("id", "=", id).select(linkColumns).forUpdate().executeTakeFirst();
}

/** Moves a link to a new state; answering fills answered_by/at and the reason, lapsing lapsed_at. */
export async function updateDependencyState(
  db: Db,
  id: string,
  values: { state: DependencyState; now: Date; answeredBy?: string; answerReason?: string; lapsed?: boolean }
) {
  return db
    .updateTable("dependency")
    .set((eb) => ({
      state: values.state,
      updated_at: values.now,
      version: eb("version", "+", 1),
      ...(values.answeredBy !== undefined ? { answered_by: values.answeredBy, answered_at: values.now } : {}),
      ...(values.answerReason !== undefined ? { answer_reason: values.answerReason } : {}),
      ...(values.lapsed ? { lapsed_at: values.now } : {}),
    }))
    .where("id", "=", id)
    .returning(["id", "version"])
    .executeTakeFirstOrThrow();
}

/** The live links touching an item, locked FOR UPDATE (for lapsing them when it is archived). */
export async function lockLiveLinksOf(db: Db, itemId: string) {
  return db
    .selectFrom("dependency")
    .where((eb) => eb.or([eb("from_key", "=", itemId), eb("to_key", "=", itemId)]))
    .where("state", "in", ["voorgesteld", "bevestigd"])
    .select(linkColumns)
    .orderBy("created_at")
    .forUpdate()
    .execute();
}

export interface DependencyRow {
  id: string;
  fromId: string;
  toId: string;
  kind: DependencyKind;
  state: DependencyState;
  agreedDate: string | null;
  note: string;
  answerReason: string;
  proposedBy: string | null;
  proposedByName: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

/**
 * The links of the region, newest first, with the names of who proposed and answered:
 * those touching the given owner (a werkgroep's cards or a fundament's werkagenda items), or
 * the given item, and/or in the given states.
 */
export async function listDependencies(
  db: Db,
  regionId: string,
  filter: { ownerId?: string; itemId?: string; states?: readonly DependencyState[] }
): Promise<DependencyRow[]> {
  let query = db
    .selectFrom("dependency as d")
    .leftJoin("app_user as p", "p.id", "d.proposed_by")
    .leftJoin("app_user as a", "a.id", "d.answered_by")
    .where("d.region_id", "=", regionId);
  const { itemId, ownerId, states } = filter;
  if (itemId !== undefined) {
    query = query.where((eb) => eb.or([eb("d.from_key", "=", itemId), eb("d.to_key", "=", itemId)]));
  }
  if (ownerId !== undefined) {
    const owned = (key: "d.from_key" | "d.to_key") =>
      sql<boolean>`(${sql.ref(key)} in (select id from solution_direction where working_group_id = ${ownerId})
        or ${sql.ref(key)} in (select id from workplan_item where foundation_id = ${ownerId}))`;
    query = query.where((eb) => eb.or([owned("d.from_key"), owned("d.to_key")]));
  }
  if (states !== undefined) {
    if (states.length === 0) return [];
    query = query.where("d.state", "in", [...states]);
  }
  return query
    .select([
      "d.id",
      "d.from_key as fromId",
      "d.to_key as toId",
      "d.kind",
      "d.state",
      sql<string | null>`d.agreed_date::text`.as("agreedDate"),
      "d.note",
      "d.answer_reason as answerReason",
      "d.proposed_by as proposedBy",
      "p.name as proposedByName",
      "a.name as answeredByName",
      "d.answered_at as answeredAt",
      "d.created_at as createdAt",
    ])
    .orderBy("d.created_at", "desc")
    .orderBy("d.id")
    .execute() as Promise<DependencyRow[]>;
}

/** A werkgroep or fundament of the region by slug. */
export async function findOwner(db: Db, regionId: string, ownerKind: "werkgroep" | "fundament", slug: string) {
  if (ownerKind === "werkgroep") {
    return db.selectFrom("working_group").where("region_id", "=", regionId).where("slug", "=", slug).select(["id", "slug", "name"]).executeTakeFirst();
  }
  return db
    .selectFrom("foundation as f")
    .innerJoin("plan as p", "p.id", "f.plan_id")
    .where("p.region_id", "=", regionId)
    .where("f.slug", "=", slug)
    .select(["f.id", "f.slug", "f.name"])
    .executeTakeFirst();
}

/** The items linked live (voorgesteld or bevestigd) with an item, either way round. */
export async function listLiveLinkedIds(db: Db, itemId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("dependency")
    .where("state", "in", ["voorgesteld", "bevestigd"])
    .where((eb) => eb.or([eb("from_key", "=", itemId), eb("to_key", "=", itemId)]))
    .select(["from_key as fromId", "to_key as toId"])
    .execute();
  return rows.map((r) => (r.fromId === itemId ? r.toId : r.fromId));
}

/**
 * The cards and werkagenda items of the region that are not archived, except `excludeIds`,
 * optionally only those whose title contains `query`; werkgroepen first, each owner in its
 * own order, its items as on its board.
 */
export async function listCandidateItems(db: Db, regionId: string, options: { excludeIds: readonly string[]; query?: string; limit: number }): Promise<ItemRow[]> {
  const pattern = options.query ? `%${options.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const exclude = options.excludeIds.length > 0 ? [...options.excludeIds] : null;
  const cards = await cardsQuery(db)
    .where("c.region_id", "=", regionId)
    .where("c.archived_at", "is", null)
    .$if(exclude !== null, (qb) => qb.where("c.id", "not in", exclude!))
    .$if(pattern !== null, (qb) => qb.where("c.title", "ilike", pattern!))
    .orderBy("g.position")
    .orderBy("g.name")
    .orderBy("c.rank")
    .limit(options.limit)
    .execute();
  const items = await itemsQuery(db)
    .where("i.region_id", "=", regionId)
    .where("i.archived_at", "is", null)
    .$if(exclude !== null, (qb) => qb.where("i.id", "not in", exclude!))
    .$if(pattern !== null, (qb) => qb.where("i.title", "ilike", pattern!))
    .orderBy("f.position")
    .orderBy("f.name")
    .orderBy("i.rank")
    .limit(options.limit)
    .execute();
  return [
    ...cards.map((c): ItemRow => ({ ...c, type: "card", ownerKind: "werkgroep" })),
    ...items.map((i): ItemRow => ({ ...i, type: "item", ownerKind: "fundament" })),
  ];
}

export interface OwnerRow {
  kind: "werkgroep" | "fundament";
  id: string;
  slug: string;
  name: string;
}

/** The werkgroepen and fundamenten of the region, or only those with the given ids; werkgroepen first, each in its own order. */
export async function listOwners(db: Db, regionId: string, only?: { groupIds: readonly string[]; foundationIds: readonly string[] }): Promise<OwnerRow[]> {
  const groups =
    only && only.groupIds.length === 0
      ? []
      : await db
          .selectFrom("working_group")
          .where("region_id", "=", regionId)
          .$if(only !== undefined, (qb) => qb.where("id", "in", [...only!.groupIds]))
          .select(["id", "slug", "name"])
          .orderBy("position")
          .orderBy("name")
          .execute();
  const foundations =
    only && only.foundationIds.length === 0
      ? []
      : await db
          .selectFrom("foundation as f")
          .innerJoin("plan as p", "p.id", "f.plan_id")
          .where("p.region_id", "=", regionId)
          .$if(only !== undefined, (qb) => qb.where("f.id", "in", [...only!.foundationIds]))
          .select(["f.id", "f.slug", "f.name"])
          .orderBy("f.position")
          .orderBy("f.name")
          .execute();
  return [...groups.map((g) => ({ kind: "werkgroep" as const, ...g })), ...foundations.map((f) => ({ kind: "fundament" as const, ...f }))];
}

export async function findUserName(db: Db, userId: string) {
  const row = await db.selectFrom("app_user").where("id", "=", userId).select("name").executeTakeFirst();
  return row?.name ?? null;
}
