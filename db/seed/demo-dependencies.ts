import type { Kysely } from "kysely";
import { refreshRisks } from "../../server/dependencies/risk.service";
import type { Database } from "../schema";
import { demoDependencies, demoJustifications, demoUrgencyDecision, type DemoDependency, type DemoEnd, type DemoJustification } from "./data/demo-dependencies";

type Db = Kysely<Database>;

interface Data {
  dependencies: DemoDependency[];
  justifications: DemoJustification[];
  urgency: typeof demoUrgencyDecision | null;
}

/**
 * Loads the demo dependencies between the demo boards (db/seed/data/demo-dependencies.ts), the
 * focus-link reasons and the coalition's urgency order, then computes item_risk with
 * refreshRisks (which also tells the owners of at-risk items, so the demo bell has something
 * to show). Idempotent: a region that has any dependency, or any urgency decision, keeps what
 * it has. Run after the demo boards and people.
 */
export async function seedDemoDependencies(
  db: Db,
  regionId: string,
  data: Data = { dependencies: demoDependencies, justifications: demoJustifications, urgency: demoUrgencyDecision },
  now = new Date()
): Promise<void> {
  const ends = await loadEnds(db, regionId);
  const hasDependencies = await db.selectFrom("dependency").where("region_id", "=", regionId).select("id").limit(1).executeTakeFirst();
  if (!hasDependencies && data.dependencies.length > 0) {
    await db
      .insertInto("dependency")
      .values(
        data.dependencies.map((dependency) => {
          const from = ends.resolve(dependency.from);
          const to = ends.resolve(dependency.to);
          const at = daysBefore(now, dependency.daysAgo);
          const answered = dependency.state === "bevestigd" || dependency.state === "afgewezen";
          return {
            region_id: regionId,
            from_card_id: from.type === "card" ? from.id : null,
            from_item_id: from.type === "item" ? from.id : null,
            to_card_id: to.type === "card" ? to.id : null,
            to_item_id: to.type === "item" ? to.id : null,
            kind: dependency.kind,
            state: dependency.state,
            agreed_date: dependency.agreedDate ?? null,
            note: dependency.note,
            answer_reason: dependency.answerReason ?? "",
            proposed_by: from.leadId,
            answered_by: answered ? to.leadId : null,
            answered_at: answered ? daysBefore(at, -2) : null,
            lapsed_at: dependency.state === "vervallen" ? daysBefore(at, -5) : null,
            created_at: at,
            updated_at: at,
          };
        })
      )
      .execute();
  }

  for (const justification of data.justifications) {
    const card = ends.resolve({ group: justification.group, card: justification.card });
    const foundationId = ends.foundationIds.get(justification.foundation);
    if (!foundationId) throw new Error(`Demo dependencies: unknown fundament ${justification.foundation}`);
    await db
      .insertInto("focus_link_justification")
      .values({ card_id: card.id, foundation_id: foundationId, reason: justification.reason, recorded_by: card.leadId, recorded_at: now })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  const hasDecision = await db.selectFrom("foundation_urgency_decision").where("region_id", "=", regionId).select("id").limit(1).executeTakeFirst();
  if (!hasDecision && data.urgency) {
    const decider = await db.selectFrom("app_user").where("email", "=", data.urgency.by).select("id").executeTakeFirst();
    const order = data.urgency.order.map((slug) => {
      const id = ends.foundationIds.get(slug);
      if (!id) throw new Error(`Demo dependencies: unknown fundament ${slug}`);
      return id;
    });
    await db
      .insertInto("foundation_urgency_decision")
      .values({
        region_id: regionId,
        foundation_ids: order,
        note: data.urgency.note,
        decided_by: decider?.id ?? null,
        decided_at: daysBefore(now, data.urgency.daysAgo),
      })
      .execute();
  }

  await refreshRisks(db, regionId, { now });
}

/** Every card and werkagenda item of the region by owner slug and title (or catalogue slug), with the owner's lead. */
async function loadEnds(db: Db, regionId: string) {
  const cards = await db
    .selectFrom("solution_direction as c")
    .innerJoin("working_group as g", "g.id", "c.working_group_id")
    .leftJoin("catalogue_direction as cd", "cd.id", "c.origin_id")
    .where("c.region_id", "=", regionId)
    .where("c.archived_at", "is", null)
    .select(["c.id", "c.title", "cd.slug as catalogueSlug", "g.id as ownerId", "g.slug as ownerSlug"])
    .execute();
  const items = await db
    .selectFrom("workplan_item as i")
    .innerJoin("foundation as f", "f.id", "i.foundation_id")
    .where("i.region_id", "=", regionId)
    .where("i.archived_at", "is", null)
    .select(["i.id", "i.title", "f.id as ownerId", "f.slug as ownerSlug"])
    .execute();
  const foundations = await db
    .selectFrom("foundation as f")
    .innerJoin("plan as p", "p.id", "f.plan_id")
    .where("p.region_id", "=", regionId)
    .select(["f.id", "f.slug"])
    .execute();
  const leads = await db
    .selectFrom("role_assignment")
    .where("region_id", "=", regionId)
    .where("role", "in", ["group_lead", "foundation_lead"])
    .select(["user_id", "working_group_id", "foundation_id"])
    .orderBy("created_at")
    .execute();
  const leadOf = (ownerId: string) => leads.find((l) => l.working_group_id === ownerId || l.foundation_id === ownerId)?.user_id ?? null;

  return {
    foundationIds: new Map(foundations.map((f) => [f.slug, f.id])),
    resolve(end: DemoEnd) {
      if ("group" in end) {
        const card = cards.find((c) => c.ownerSlug === end.group && (c.catalogueSlug === end.card || c.title === end.card));
        if (!card) throw new Error(`Demo dependencies: no card "${end.card}" on the board of ${end.group}`);
        return { type: "card" as const, id: card.id, leadId: leadOf(card.ownerId) };
      }
      const item = items.find((i) => i.ownerSlug === end.foundation && i.title === end.item);
      if (!item) throw new Error(`Demo dependencies: no item "${end.item}" on the werkagenda of ${end.foundation}`);
      return { type: "item" as const, id: item.id, leadId: leadOf(item.ownerId) };
    },
  };
}

function daysBefore(moment: Date, days: number) {
  return new Date(moment.getTime() - days * 86_400_000);
}
