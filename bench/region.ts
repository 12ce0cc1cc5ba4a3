import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { createSession } from "../server/auth/session.service";
import { sessionCookieName } from "../server/auth/cookie";
import type { GraphItem, GraphLink } from "../shared/domain/dependency-graph";
import type { Quarter } from "../shared/domain/quarter";
import { initialRanks } from "../shared/domain/rank";
import { seededRandom } from "./fixtures";

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

/** A synthetic graph for the pure at-risk computation: `items` items and `links` links. */
export function syntheticGraph(itemCount: number, linkCount: number): { items: GraphItem[]; links: GraphLink[] } {
  const random = seededRandom(10);
  const items: GraphItem[] = [];
  for (let i = 0; i < itemCount; i++) {
    const isCard = i % 10 < 7;
    const start = Math.floor(random() * 12);
    items.push({
      id: `i${i}`,
      type: isCard ? "card" : "item",
      owner: isCard ? { kind: "werkgroep", id: `g${i % 100}`, name: `Werkgroep ${i % 100}` } : { kind: "fundament", id: `f${i % 20}`, name: `Fundament ${i % 20}` },
      title: `Onderdeel ${i}`,
      focus: isCard && random() < 0.1,
      status: random() < 0.02 ? (isCard ? "gepauzeerd" : "vertraagd") : isCard ? "uitwerken" : "bezig",
      startQuarter: isCard ? quarter(start) : null,
      readyQuarter: quarter(start + 1 + Math.floor(random() * 6)),
    });
  }
  const links: GraphLink[] = [];
  for (let l = 0; l < linkCount; l++) {
    // vereist only towards a lower index: the graph has no cycles, as the rules guarantee.
    const from = 1 + Math.floor(random() * (itemCount - 1));
    const to = Math.floor(random() * from);
    const roll = random();
    links.push({
      id: `l${l}`,
      from: `i${from}`,
      to: `i${to}`,
      kind: roll < 0.7 ? "vereist" : roll < 0.85 ? "versterkt" : "overlapt",
      state: random() < 0.9 ? "bevestigd" : "afgewezen",
      agreedDate: null,
    });
  }
  return { items, links };
}
