import { hash } from "@node-rs/argon2";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, RoleName } from "../schema";
import { demoAccounts, demoPassword, demoWorkingGroups, type DemoAccount } from "./data/demo";
import { seedDemoAgendas } from "./demo-agendas";
import { seedDemoBoards } from "./demo-boards";
import { seedDemoDependencies } from "./demo-dependencies";
import { seedDemoReviews } from "./demo-reviews";
import { seedDemoMonitoring } from "./demo-monitoring";
import { seedDemoThreads } from "./demo-threads";

/**
 * Loads the demo werkgroepen, fundament teams and accounts into the default region, then the
 * demo boards (db/seed/demo-boards.ts), their agendas (db/seed/demo-agendas.ts) and the review
 * workflow on some of them (db/seed/demo-reviews.ts), with comments on passages
 * (db/seed/demo-threads.ts), and dependencies between the boards (db/seed/demo-dependencies.ts).
 * Idempotent: existing people, groups, roles, boards, agendas, reviews, comments and
 * dependencies are left as they are. Only outside production.
 */
export async function seedDemoData(db: Kysely<Database>, regionSlug = "flevoland"): Promise<void> {
  // One argon2id hash for every demo account: they share the published demo password anyway.
  const passwordHash = await hash(demoPassword, { algorithm: 2 });
  await db.transaction().execute(async (trx) => {
    const region = await trx.selectFrom("region").where("slug", "=", regionSlug).select("id").executeTakeFirstOrThrow();
    const groups = await upsertWorkingGroups(trx, region.id);
    const foundations = await trx
      .selectFrom("foundation")
      .innerJoin("plan", "plan.id", "foundation.plan_id")
      .where("plan.region_id", "=", region.id)
      .select(["foundation.id", "foundation.slug"])
      .orderBy("foundation.position")
      .execute();
    for (const account of [...demoAccounts, ...generatedAccounts(foundations.map((f) => f.slug))]) {
      const userId = await upsertUser(trx, region.id, account, passwordHash);
      const scopeId = account.scope ? (groups.get(account.scope) ?? foundations.find((f) => f.slug === account.scope)?.id) : undefined;
      await grantRole(trx, region.id, userId, account.role, scopeId);
    }
    // Cards on the werkgroepen's boards and items on the fundamenten's werkagenda's.
    await seedDemoBoards(trx, region.id);
    // Dependencies between the boards, the coalition's urgency order and what is at risk
    // (before the agendas: a werkagenda's text names the cards that require each item).
    await seedDemoDependencies(trx, region.id);
    // Their agendas, generated from those boards, with some text written in.
    await seedDemoAgendas(trx, region.id);
    // Some of those agendas through the review workflow, in several states.
    await seedDemoReviews(trx, region.id);
    // Comments on passages of some agendas (after the reviews: one is on a version under review).
    await seedDemoThreads(trx, region.id);
    // A reporting werkgroep and some measurements for the monitoring dashboard.
    await seedDemoMonitoring(trx, region.id);
  });
}

/** Seeds the demo data when the database has nobody in it yet (first start outside production). */
export async function seedDemoIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const anyone = await db.selectFrom("app_user").select("id").limit(1).executeTakeFirst();
  if (anyone) return false;
  await seedDemoData(db);
  return true;
}

/**
 * Names for the generated demo people, handed out in order. They show in histories, teams and
 * review steps, so they read like people ("ingediend door Sanne Visser"), not like slugs.
 */
const generatedNames = [
  "Sanne Visser", "Daan Bakker", "Noor Jansen", "Ahmed El Amrani", "Fleur de Boer", "Joris Mulder",
  "Lisa Smit", "Mehmet Yilmaz", "Eline Bos", "Ruben Dekker", "Yara Peters", "Tim van Dijk",
  "Ilse Hendriks", "Bas Vermeulen", "Priya Ramdin", "Koen Schouten", "Anouk Kok", "Thijs Brouwer",
  "Nadia Bouzid", "Wouter Jacobs", "Sophie Willems", "Jesse Hoekstra",
];

/** A lead for every other werkgroep, and a kwartiermaker with a team of two for every fundament. */
function generatedAccounts(foundationSlugs: string[]): DemoAccount[] {
  const named = new Set(demoAccounts.map((a) => `${a.role}:${a.scope ?? ""}`));
  const accounts: DemoAccount[] = [];
  const nextName = () => {
    const name = generatedNames[accounts.length];
    if (!name) throw new Error("Too few names for the generated demo people: add some to generatedNames.");
    return name;
  };
  for (const group of demoWorkingGroups) {
    if (!named.has(`group_lead:${group.slug}`)) {
      accounts.push({ email: `begeleider.${group.slug}@demo.nl`, name: nextName(), organisation: "Demo-organisatie", roleLabel: "Werkgroepbegeleider", role: "group_lead", scope: group.slug });
    }
  }
  for (const slug of foundationSlugs) {
    if (!named.has(`foundation_lead:${slug}`)) {
      accounts.push({ email: `kwartiermaker.${slug}@demo.nl`, name: nextName(), organisation: "Demo-organisatie", roleLabel: "Kwartiermaker", role: "foundation_lead", scope: slug });
    }
    for (const n of [1, 2]) {
      accounts.push({ email: `team${n}.${slug}@demo.nl`, name: nextName(), organisation: "Demo-organisatie", roleLabel: "Fundamentteam", role: "foundation_member", scope: slug });
    }
  }
  return accounts;
}

async function upsertWorkingGroups(trx: Transaction<Database>, regionId: string) {
  const ids = new Map<string, string>();
  for (const [position, group] of demoWorkingGroups.entries()) {
    const row = await trx
      .insertInto("working_group")
      .values({ region_id: regionId, slug: group.slug, name: group.name, description: group.description, position })
      .onConflict((oc) => oc.columns(["region_id", "slug"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    const id =
      row?.id ??
      (await trx.selectFrom("working_group").where("region_id", "=", regionId).where("slug", "=", group.slug).select("id").executeTakeFirstOrThrow()).id;
    ids.set(group.slug, id);
    if (row) {
      await linkBySlug(trx, "working_group_building_block", "building_block", id, group.buildingBlocks);
      await linkBySlug(trx, "working_group_theme", "theme", id, group.themes);
      await linkBySlug(trx, "working_group_target_group", "target_group", id, group.targetGroups);
    }
  }
  return ids;
}

async function linkBySlug(
  trx: Transaction<Database>,
  table: "working_group_building_block" | "working_group_theme" | "working_group_target_group",
  source: "building_block" | "theme" | "target_group",
  groupId: string,
  slugs: string[],
) {
  if (slugs.length === 0) return;
  const column = `${source}_id`;
  await sql`
    insert into ${sql.table(table)} (working_group_id, ${sql.ref(column)})
    select ${groupId}::uuid, s.id from ${sql.table(source)} s where s.slug in (${sql.join(slugs)})
    on conflict do nothing`.execute(trx);
}

async function upsertUser(trx: Transaction<Database>, regionId: string, account: DemoAccount, passwordHash: string) {
  const existing = await trx.selectFrom("app_user").where(sql`lower(email)`, "=", account.email).select("id").executeTakeFirst();
  if (existing) return existing.id;
  const row = await trx
    .insertInto("app_user")
    .values({ region_id: regionId, email: account.email, name: account.name, organisation: account.organisation, password_hash: passwordHash, deactivated_at: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function grantRole(trx: Transaction<Database>, regionId: string, userId: string, role: RoleName, scopeId: string | undefined) {
  const isGroupRole = role === "group_lead" || role === "group_member";
  const isFoundationRole = role === "foundation_lead" || role === "foundation_member";
  await trx
    .insertInto("role_assignment")
    .values({
      user_id: userId,
      region_id: regionId,
      role,
      working_group_id: isGroupRole ? scopeId! : null,
      foundation_id: isFoundationRole ? scopeId! : null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
