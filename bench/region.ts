import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { createSession } from "../server/auth/session.service";
import { sessionCookieName } from "../server/auth/cookie";
import type { GraphItem, GraphLink } from "../shared/domain/dependency-graph";
import type { Quarter } from "../shared/domain/quarter";
import { initialRanks } from "../shared/domain/rank";
import { seededRandom } from "../shared/seeded-random";

// A realistic generated region for the boards and API scenarios: 10 werkgroepen with 30
// oplossingsrichtingen each, 150 werkagenda items over the fundamenten, and 1,000
// dependencies (vereist from cards to items and between items, versterkt/overlapt between
// cards), in the states and with the dates people give them. Deterministic (seeded).

export interface GeneratedRegion {
  regionId: string;
  groups: Array<{ id: string; slug: string }>;
  cards: Array<{ id: string; groupId: string; startQuarter: Quarter; endQuarter: Quarter }>;
  items: string[];
  dependencies: number;
  /** A lead of the first werkgroep, signed in. */
  lead: { userId: string; token: string; cookie: string };
}

const quarter = (index: number): Quarter => `${2025 + Math.floor(index / 4)}-Q${(index % 4) + 1}` as Quarter;

export async function generateRegion(db: Kysely<Database>, sizes = { groups: 10, cardsPerGroup: 30, items: 150, dependencies: 1000 }): Promise<GeneratedRegion> {
  const random = seededRandom(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const region = await db.selectFrom("region").where("slug", "=", "flevoland").select("id").executeTakeFirstOrThrow();
  const foundations = await db.selectFrom("foundation").select("id").execute();
  const buildingBlocks = (await db.selectFrom("building_block").select("id").execute()).map((b) => b.id);
  const groups = await db
    .insertInto("working_group")
    .values(Array.from({ length: sizes.groups }, (_, i) => ({ region_id: region.id, slug: `bench-werkgroep-${i + 1}`, name: `Bench werkgroep ${i + 1}`, description: "", position: 500 + i })))
    .returning(["id", "slug"])
    .execute();
  const leads = await db
    .insertInto("app_user")
    .values(groups.map((g, i) => ({ region_id: region.id, email: `lead${i}@bench.invalid`, name: `Lead ${g.slug}`, password_hash: null, deactivated_at: null })))
    .returning("id")
    .execute();
  await db
    .insertInto("role_assignment")
    .values(groups.map((g, i) => ({ user_id: leads[i]!.id, region_id: region.id, role: "group_lead" as const, working_group_id: g.id, foundation_id: null })))
    .execute();

  const statuses = ["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd"] as const;
  const cards: GeneratedRegion["cards"] = [];
  for (const group of groups) {
    const ranks = initialRanks(sizes.cardsPerGroup);
    const rows = ranks.map((rank, i) => {
      const start = Math.floor(random() * 8);
      return {
        region_id: region.id,
        working_group_id: group.id,
        origin_id: null,
        title: `Oplossingsrichting ${group.slug} ${i + 1}`,
        description: "Een oplossingsrichting met een korte beschrijving, zoals werkgroepen ze schrijven.",
        status: random() < 0.05 ? "gepauzeerd" : pick(statuses.slice(0, 4)),
        rank,
        focus: i < 3,
        scale_kind: "regionaal" as const,
        building_block_ids: [pick(buildingBlocks)],
        subregion_id: null,
        start_quarter: quarter(start),
        end_quarter: quarter(start + 1 + Math.floor(random() * 6)),
        responsible_user_id: null,
        archived_at: null,
        created_by: null,
        updated_by: null,
      };
    });
    const inserted = await db.insertInto("solution_direction").values(rows).returning(["id", "start_quarter", "end_quarter"]).execute();
    for (const row of inserted) cards.push({ id: row.id, groupId: group.id, startQuarter: row.start_quarter as Quarter, endQuarter: row.end_quarter as Quarter });
  }

  const itemRanks = initialRanks(sizes.items);
  const items = (
    await db
      .insertInto("workplan_item")
      .values(
        itemRanks.map((rank, i) => ({
          region_id: region.id,
          foundation_id: foundations[i % foundations.length]!.id,
          title: `Werkagenda-item ${i + 1}`,
          description: "",
          due_quarter: quarter(Math.floor(random() * 12)),
          status: random() < 0.05 ? ("vertraagd" as const) : pick(["gepland", "bezig", "gereed"] as const),
          rank,
          archived_at: null,
          created_by: null,
          updated_by: null,
        })),
      )
      .returning("id")
      .execute()
  ).map((r) => r.id);

  // Dependencies: 60% card vereist item, 20% item vereist an earlier item (no cycles), 20%
  // card versterkt/overlapt card. A live pair may exist once.
  const pairs = new Set<string>();
  const rows = [];
  while (rows.length < sizes.dependencies) {
    const roll = random();
    let from: { card?: string; item?: string };
    let to: { card?: string; item?: string };
    let kind: "vereist" | "versterkt" | "overlapt" = "vereist";
    if (roll < 0.6) {
      from = { card: pick(cards).id };
      to = { item: pick(items) };
    } else if (roll < 0.8) {
      const a = 1 + Math.floor(random() * (items.length - 1));
      from = { item: items[a]! };
      to = { item: items[Math.floor(random() * a)]! };
    } else {
      from = { card: pick(cards).id };
      to = { card: pick(cards).id };
      kind = random() < 0.5 ? "versterkt" : "overlapt";
    }
    const a = from.card ?? from.item!;
    const b = to.card ?? to.item!;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const stateRoll = random();
    rows.push({
      region_id: region.id,
      from_card_id: from.card ?? null,
      from_item_id: from.item ?? null,
      to_card_id: to.card ?? null,
      to_item_id: to.item ?? null,
      kind,
      state: stateRoll < 0.65 ? ("bevestigd" as const) : stateRoll < 0.9 ? ("voorgesteld" as const) : ("afgewezen" as const),
      agreed_date: random() < 0.3 ? `${2025 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-15` : null,
      proposed_by: null,
      answered_by: null,
      answered_at: null,
      lapsed_at: null,
    });
  }
  for (let i = 0; i < rows.length; i += 250) await db.insertInto("dependency").values(rows.slice(i, i + 250)).execute();

  const { token } = await createSession(db, leads[0]!.id, { ip: "127.0.0.1", userAgent: "bench" }, new Date());
  return {
    regionId: region.id,
    groups,
    cards,
    items,
    dependencies: rows.length,
    lead: { userId: leads[0]!.id, token, cookie: `${sessionCookieName(false)}=${token}` },
  };
}

/**
 * A synthetic graph for the pure at-risk computation: `itemCount` items and `linkCount` links.
 * "realistic": a prerequisite is mostly planned before what needs it (items are planned in
 * index order, vereist points to a lower index), with a few late or stalled ones, so a
 * minority ends up at risk; "dense": random quarters, so risk spreads to nearly everything
 * (the worst case for the rules' work).
 */
export function syntheticGraph(itemCount: number, linkCount: number, shape: "realistic" | "dense" = "realistic"): { items: GraphItem[]; links: GraphLink[] } {
  const random = seededRandom(10);
  const items: GraphItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const isCard = i % 10 < 7;
    const planned = shape === "dense" ? Math.floor(random() * 12) : Math.floor((i / itemCount) * 20);
    const late = shape === "realistic" && random() < 0.03 ? 4 : 0;
    const stalled = random() < (shape === "dense" ? 0.02 : 0.005);
    items.push({
      id: `i${i}`,
      type: isCard ? "card" : "item",
      owner: isCard ? { kind: "werkgroep", id: `g${i % 100}`, name: `Werkgroep ${i % 100}` } : { kind: "fundament", id: `f${i % 20}`, name: `Fundament ${i % 20}` },
      title: `Onderdeel ${i}`,
      focus: isCard && random() < 0.1,
      status: stalled ? (isCard ? "gepauzeerd" : "vertraagd") : isCard ? "uitwerken" : "bezig",
      startQuarter: isCard ? quarter(planned + (shape === "dense" ? 0 : 1)) : null,
      readyQuarter: quarter(planned + (shape === "dense" ? 1 + Math.floor(random() * 6) : 1) + late),
    });
  }
  const links: GraphLink[] = [];
  const cards = items.filter((item) => item.type === "card");
  const workItems = items.filter((item) => item.type === "item");
  const index = new Map(items.map((item, i) => [item.id, i]));
  const near = (list: GraphItem[], below: number) => {
    // An item planned a little earlier than index `below` (vereist points to a lower index: no cycles).
    const candidates = Math.max(1, Math.floor((below / itemCount) * list.length));
    return list[Math.max(0, candidates - 1 - Math.floor(random() * Math.min(candidates, list.length / 20)))]!;
  };
  for (let l = 0; l < linkCount; l++) {
    const roll = random();
    let from: GraphItem;
    let to: GraphItem;
    let kind: GraphLink["kind"] = "vereist";
    if (shape === "dense") {
      const a = 1 + Math.floor(random() * (itemCount - 1));
      from = items[a]!;
      to = items[Math.floor(random() * a)]!;
      kind = roll < 0.7 ? "vereist" : roll < 0.85 ? "versterkt" : "overlapt";
    } else if (roll < 0.6) {
      from = cards[Math.floor(random() * cards.length)]!;
      to = near(workItems, index.get(from.id)!);
    } else if (roll < 0.7) {
      from = workItems[1 + Math.floor(random() * (workItems.length - 1))]!;
      to = near(workItems, index.get(from.id)!);
    } else {
      from = cards[Math.floor(random() * cards.length)]!;
      to = cards[Math.floor(random() * cards.length)]!;
      kind = random() < 0.5 ? "versterkt" : "overlapt";
    }
    const declined = random() < (shape === "dense" ? 0.1 : 0.02);
    links.push({ id: `l${l}`, from: from.id, to: to.id, kind, state: declined ? "afgewezen" : "bevestigd", agreedDate: null });
  }
  return { items, links };
}
