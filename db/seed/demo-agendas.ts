import type { Kysely } from "kysely";
import { documentToState, updateToDocument } from "../../shared/agenda/document";
import { insertAgendaIfMissing, findAgendaIdFor } from "../../server/agendas/agendas.repository";
import { buildAgendaDocument, type AgendaPrefill } from "../../server/agendas/templates";
import { freezeVersionInTransaction } from "../../server/agendas/versions.service";
import { appendUpdates, insertInitialSnapshot } from "../../server/collab/collab.repository";
import type { Database } from "../schema";
import { demoAgendaTexts, type DemoAgendaText, type DemoSections } from "./data/demo-agendas";
import { demoWorkingGroups } from "./data/demo";

type Owner = { kind: "transformatieagenda"; groupId: string; slug: string } | { kind: "werkagenda"; foundationId: string; slug: string };

/**
 * Gives every demo werkgroep and every fundament its agenda: the template from its board or
 * werkagenda (server/agendas/templates.ts), with the demo paragraphs of data/demo-agendas.ts
 * written in, and for some a frozen version 1 followed by a later edit by a member. Idempotent:
 * an agenda that exists (also one a visitor opened) is left alone. Run after the demo boards
 * (seedDemoData calls it last, inside its transaction).
 */
export async function seedDemoAgendas(db: Kysely<Database>, regionId: string, texts: DemoAgendaText[] = demoAgendaTexts): Promise<void> {
  for (const owner of await listOwners(db, regionId)) {
    const ref = owner.kind === "transformatieagenda" ? { groupId: owner.groupId } : { foundationId: owner.foundationId };
    if (await findAgendaIdFor(db, ref)) continue;
    const [lead, member] = await findWriters(db, owner);
    const agendaId = await insertAgendaIfMissing(db, { regionId, kind: owner.kind, ...ref, createdBy: lead });
    if (!agendaId) continue;
    const text = texts.find((t) => ("group" in t.owner ? t.owner.group : t.owner.foundation) === owner.slug);
    const first = documentToState(await buildAgendaDocument(db, agendaId, await toPrefill(db, owner, text?.sections ?? {})));
    await insertInitialSnapshot(db, agendaId, first);
    if (!text?.version) continue;
    await freezeVersionInTransaction(db, { agendaId, name: text.version.name, reason: "manual", authorId: lead });
    const later = await buildAgendaDocument(db, agendaId, await toPrefill(db, owner, mergeSections(text.sections, text.version.later)));
    // Written as a member's edit in the update log, as the collab server would store it.
    await appendUpdates(db, [{ agendaId, update: updateToDocument(first, later), authorId: member ?? lead, receivedAt: Date.now() }]);
  }
}

/** The demo werkgroepen and every fundament of the region's plan. */
async function listOwners(db: Kysely<Database>, regionId: string): Promise<Owner[]> {
  const groups = await db
    .selectFrom("working_group")
    .where("region_id", "=", regionId)
    .where("slug", "in", demoWorkingGroups.map((g) => g.slug))
    .select(["id", "slug"])
    .orderBy("position")
    .execute();
  const foundations = await db
    .selectFrom("foundation")
    .innerJoin("plan", "plan.id", "foundation.plan_id")
    .where("plan.region_id", "=", regionId)
    .select(["foundation.id", "foundation.slug"])
    .orderBy("foundation.position")
    .execute();
  return [
    ...groups.map((g): Owner => ({ kind: "transformatieagenda", groupId: g.id, slug: g.slug })),
    ...foundations.map((f): Owner => ({ kind: "werkagenda", foundationId: f.id, slug: f.slug })),
  ];
}

/** The lead (begeleider or kwartiermaker) and another member who writes later, by e-mail order. */
async function findWriters(db: Kysely<Database>, owner: Owner): Promise<[string | null, string | null]> {
  const rows = await db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .$if(owner.kind === "transformatieagenda", (qb) => qb.where("r.working_group_id", "=", (owner as { groupId: string }).groupId))
    .$if(owner.kind === "werkagenda", (qb) => qb.where("r.foundation_id", "=", (owner as { foundationId: string }).foundationId))
    .select(["u.id", "r.role"])
    .orderBy("u.email")
    .execute();
  const lead = rows.find((r) => r.role === "group_lead" || r.role === "foundation_lead")?.id ?? null;
  const member = rows.find((r) => r.role === "group_member" || r.role === "foundation_member")?.id ?? null;
  return [lead, member];
}

/** Section texts by card or item title -> by card or item id. */
async function toPrefill(db: Kysely<Database>, owner: Owner, sections: DemoSections): Promise<AgendaPrefill> {
  const titles = Object.keys(sections);
  if (titles.length === 0) return {};
  const rows =
    owner.kind === "transformatieagenda"
      ? await db.selectFrom("solution_direction").where("working_group_id", "=", owner.groupId).where("title", "in", titles).select(["id", "title"]).execute()
      : await db.selectFrom("workplan_item").where("foundation_id", "=", owner.foundationId).where("title", "in", titles).select(["id", "title"]).execute();
  // A title people renamed on a demo board is skipped (db/seed/demo-agendas.test.ts checks
  // that every title in the data exists on the freshly seeded boards).
  const prefill: AgendaPrefill = {};
  for (const row of rows) prefill[row.id] ??= sections[row.title]!;
  return prefill;
}

function mergeSections(first: DemoSections, later: DemoSections): DemoSections {
  const merged: DemoSections = structuredClone(first);
  for (const [title, parts] of Object.entries(later)) {
    const target = (merged[title] ??= {});
    for (const [key, paragraphs] of Object.entries(parts) as Array<[keyof typeof parts, string[]]>) target[key] = [...(target[key] ?? []), ...paragraphs];
  }
  return merged;
}
