import { sql, type Kysely } from "kysely";
import type { Database, ReviewAdvice, ReviewStateName } from "../../db/schema";

// All SQL of the review workflow: the agenda's review state and its history, reviewers,
// reviews with their ratings, criteria sets, and the facts the submission checks read.
// Functions take db or a transaction first; the service opens the transaction.

type Db = Kysely<Database>;

// Dates without time come back as text ("YYYY-MM-DD") from both drivers this way; as a Date
// they would depend on the driver's time zone handling.
const deadlineText = sql<string | null>`a.deadline::text`.as("deadline");
const adoptionDateText = sql<string | null>`a.adoption_date::text`.as("adoption_date");

/** An agenda with what the review pages need: owner, state, deadline, adoption, plan year. */
export async function findReviewAgenda(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .where("a.id", "=", agendaId)
    .select([
      "a.id",
      "a.region_id",
      "a.kind",
      "a.working_group_id",
      "a.foundation_id",
      "a.review_state",
      "a.state_changed_at",
      "a.adopted_version_id",
      "a.adoption_reference",
      deadlineText,
      adoptionDateText,
      "g.slug as group_slug",
      "g.name as group_name",
      "f.slug as foundation_slug",
      "f.name as foundation_name",
    ])
    .executeTakeFirst();
}
export type ReviewAgendaRow = NonNullable<Awaited<ReturnType<typeof findReviewAgenda>>>;

/**
 * Locks the agenda row until the transaction ends, and reads its state after the lock: a
 * second transition of the same agenda waits here and then sees the first one's result.
 * FOR NO KEY UPDATE (not FOR UPDATE) serialises transitions and version freezes just the
 * same, without stopping the collab server's inserts into collab_update meanwhile (their
 * foreign key check takes FOR KEY SHARE on this row, which FOR UPDATE would block).
 */
export async function lockAgendaState(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda")
    .where("id", "=", agendaId)
    .select(["id", "region_id", "review_state", "adopted_version_id"])
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function updateReviewState(db: Db, agendaId: string, state: ReviewStateName, at: Date) {
  await db.updateTable("agenda").set({ review_state: state, state_changed_at: at }).where("id", "=", agendaId).execute();
}

/**
 * Records the adoption. Only while nothing was adopted yet: the adopted version never changes
 * once set. Returns whether the row was updated.
 */
export async function recordAdoption(db: Db, agendaId: string, adoption: { versionId: string; decisionDate: string; reference: string; at: Date }) {
  const result = await db
    .updateTable("agenda")
    .set({
      review_state: "vastgesteld",
      state_changed_at: adoption.at,
      adopted_version_id: adoption.versionId,
      adoption_date: adoption.decisionDate,
      adoption_reference: adoption.reference,
    })
    .where("id", "=", agendaId)
    .where("adopted_version_id", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateDeadline(db: Db, agendaId: string, deadline: string | null) {
  await db.updateTable("agenda").set({ deadline }).where("id", "=", agendaId).execute();
}

export async function insertTransition(
  db: Db,
  transition: { agendaId: string; event: string; from: ReviewStateName; to: ReviewStateName; actorId: string | null; versionId: string | null; reason?: string; at: Date },
) {
  await db
    .insertInto("agenda_transition")
    .values({
      agenda_id: transition.agendaId,
      event: transition.event,
      from_state: transition.from,
      to_state: transition.to,
      actor_id: transition.actorId,
      version_id: transition.versionId,
      reason: transition.reason ?? "",
      created_at: transition.at,
    })
    .execute();
}

/** Every transition of the agenda with who made it (null: it happened by itself), newest first. */
export async function listTransitions(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda_transition as t")
    .leftJoin("app_user as u", "u.id", "t.actor_id")
    .leftJoin("agenda_version as v", "v.id", "t.version_id")
    .where("t.agenda_id", "=", agendaId)
    .select(["t.id", "t.event", "t.from_state", "t.to_state", "t.reason", "t.created_at", "u.name as actor_name", "v.number as version_number"])
    .orderBy("t.created_at", "desc")
    .orderBy("t.id", "desc")
    .execute();
}

const versionColumns = ["v.id", "v.number", "v.name", "v.created_at", "v.checks", "u.name as author_name"] as const;

/** The version under review: the latest one frozen on submission (reason 'submit'). */
export async function findCurrentSubmitVersion(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda_version as v")
    .leftJoin("app_user as u", "u.id", "v.created_by")
    .where("v.agenda_id", "=", agendaId)
    .where("v.reason", "=", "submit")
    .select(versionColumns)
    .orderBy("v.number", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Every version frozen on submission, newest first. */
export async function listSubmitVersions(db: Db, agendaId: string) {
  return db
    .selectFrom("agenda_version as v")
    .leftJoin("app_user as u", "u.id", "v.created_by")
    .where("v.agenda_id", "=", agendaId)
    .where("v.reason", "=", "submit")
    .select(versionColumns)
    .orderBy("v.number", "desc")
    .execute();
}

export async function findVersionNumber(db: Db, versionId: string) {
  return (await db.selectFrom("agenda_version").where("id", "=", versionId).select("number").executeTakeFirst())?.number ?? null;
}

/** Stores the submission checks with the version frozen on submission. */
export async function storeVersionChecks(db: Db, versionId: string, checks: Record<string, unknown>) {
  await db.updateTable("agenda_version").set({ checks }).where("id", "=", versionId).execute();
}

/** The werkgroep's cards as the submission checks read them (archived ones are off the board). */
export async function listCardsForChecks(db: Db, groupId: string) {
  return db
    .selectFrom("solution_direction")
    .where("working_group_id", "=", groupId)
    .where("archived_at", "is", null)
    .select(["id", "title", "focus", "scale_kind as scaleKind", "start_quarter as startQuarter", "end_quarter as endQuarter", "building_block_ids as buildingBlockIds"])
    .orderBy("rank")
    .execute();
}

/** The fundament's werkagenda items as the submission checks read them. */
export async function listItemsForChecks(db: Db, foundationId: string) {
  return db
    .selectFrom("workplan_item")
    .where("foundation_id", "=", foundationId)
    .where("archived_at", "is", null)
    .select(["id", "title", "due_quarter as dueQuarter", "responsible_organisation as responsibleOrganisation"])
    .orderBy("rank")
    .execute();
}

/** People of the region among the ids, with whether they are active members of the expert team. */
export async function findExpertCandidates(db: Db, regionId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom("app_user as u")
    .where("u.region_id", "=", regionId)
    .where("u.id", "in", userIds)
    .select([
      "u.id",
      "u.name",
      (eb) =>
        eb
          .exists(eb.selectFrom("role_assignment as r").whereRef("r.user_id", "=", "u.id").where("r.region_id", "=", regionId).where("r.role", "=", "expert"))
          .as("holds_expert_role"),
      "u.active",
    ])
    .execute();
}

/** The experts assigned to the agenda, first assigned first. */
export async function listAssignments(db: Db, agendaId: string) {
  return db
    .selectFrom("review_assignment as a")
    .innerJoin("app_user as u", "u.id", "a.expert_id")
    .leftJoin("app_user as by", "by.id", "a.assigned_by")
    .where("a.agenda_id", "=", agendaId)
    .select([
      "a.expert_id",
      "u.name",
      "a.created_at",
      "by.name as assigned_by_name",
      // Still able to review: not switched off and still in the expert team.
      (eb) =>
        eb
          .and([
            eb("u.deactivated_at", "is", null),
            eb.exists(eb.selectFrom("role_assignment as r").whereRef("r.user_id", "=", "a.expert_id").where("r.role", "=", "expert").select(sql`1`.as("one"))),
          ])
          .as("in_expert_team"),
    ])
    .orderBy("a.created_at")
    .orderBy("u.name")
    .execute();
}

/** Assigns the experts who are not assigned yet; returns the ids that are new. */
export async function insertAssignments(db: Db, agendaId: string, expertIds: readonly string[], assignedBy: string, at: Date) {
  if (expertIds.length === 0) return [];
  const rows = await db
    .insertInto("review_assignment")
    .values(expertIds.map((expertId) => ({ agenda_id: agendaId, expert_id: expertId, assigned_by: assignedBy, created_at: at })))
    .onConflict((oc) => oc.columns(["agenda_id", "expert_id"]).doNothing())
    .returning("expert_id")
    .execute();
  return rows.map((row) => row.expert_id);
}

export async function deleteAssignment(db: Db, agendaId: string, expertId: string) {
  await db.deleteFrom("review_assignment").where("agenda_id", "=", agendaId).where("expert_id", "=", expertId).execute();
}

/** One expert's review of one version (draft or submitted). */
export async function findReview(db: Db, versionId: string, expertId: string) {
  return db
    .selectFrom("review")
    .where("version_id", "=", versionId)
    .where("expert_id", "=", expertId)
    .select(["id", "advice", "summary", "submitted_at", "updated_at"])
    .executeTakeFirst();
}

/** Creates the expert's draft of the version, or updates its summary; returns its id. */
export async function upsertReviewDraft(db: Db, draft: { agendaId: string; versionId: string; expertId: string; summary: string | undefined; at: Date }) {
  const row = await db
    .insertInto("review")
    .values({ agenda_id: draft.agendaId, version_id: draft.versionId, expert_id: draft.expertId, summary: draft.summary ?? "", created_at: draft.at, updated_at: draft.at })
    .onConflict((oc) =>
      oc.columns(["version_id", "expert_id"]).doUpdateSet(draft.summary === undefined ? { updated_at: draft.at } : { summary: draft.summary, updated_at: draft.at }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves scores and motivations; a criterion rated before gets the new values. */
export async function upsertRatings(db: Db, reviewId: string, ratings: ReadonlyArray<{ criterionId: string; score: number; motivation: string }>) {
  if (ratings.length === 0) return;
  await db
    .insertInto("review_rating")
    .values(ratings.map((r) => ({ review_id: reviewId, criterion_id: r.criterionId, score: r.score, motivation: r.motivation })))
    .onConflict((oc) =>
      oc.columns(["review_id", "criterion_id"]).doUpdateSet((eb) => ({ score: eb.ref("excluded.score"), motivation: eb.ref("excluded.motivation") })),
    )
    .execute();
}

export async function listRatings(db: Db, reviewId: string) {
  return db
    .selectFrom("review_rating")
    .where("review_id", "=", reviewId)
    .select(["criterion_id as criterionId", "score", "motivation"])
    .execute();
}

export async function markReviewSubmitted(db: Db, reviewId: string, advice: ReviewAdvice, at: Date) {
  await db.updateTable("review").set({ advice, submitted_at: at, updated_at: at }).where("id", "=", reviewId).execute();
}

/** The experts who submitted a review of the version, with their advice. */
export async function listSubmittedAdvices(db: Db, versionId: string) {
  const rows = await db
    .selectFrom("review")
    .where("version_id", "=", versionId)
    .where("submitted_at", "is not", null)
    .select(["expert_id", "advice"])
    .execute();
  return rows.map((row) => ({ expertId: row.expert_id, advice: row.advice! }));
}

/** Every submitted review of the agenda (all versions), with its ratings, newest version first. */
export async function listSubmittedReviews(db: Db, agendaId: string) {
  const reviews = await db
    .selectFrom("review as r")
    .innerJoin("agenda_version as v", "v.id", "r.version_id")
    .leftJoin("app_user as u", "u.id", "r.expert_id")
    .where("r.agenda_id", "=", agendaId)
    .where("r.submitted_at", "is not", null)
    .select(["r.id", "r.version_id", "v.number as version_number", "r.expert_id", "u.name as expert_name", "r.advice", "r.summary", "r.submitted_at"])
    .orderBy("v.number", "desc")
    .orderBy("r.submitted_at")
    .execute();
  const ratings = reviews.length
    ? await db
        .selectFrom("review_rating")
        .where("review_id", "in", reviews.map((r) => r.id))
        .select(["review_id", "criterion_id as criterionId", "score", "motivation"])
        .execute()
    : [];
  return reviews.map((review) => ({ ...review, ratings: ratings.filter((rating) => rating.review_id === review.id).map(({ review_id: _, ...rating }) => rating) }));
}

/** The criteria of the region's active sets, in set order and then criterion order. */
export async function listActiveCriteria(db: Db, regionId: string) {
  return db
    .selectFrom("criterion as c")
    .innerJoin("criteria_set as s", "s.id", "c.criteria_set_id")
    .where("s.region_id", "=", regionId)
    .where("s.active", "=", true)
    .select(["c.id", "c.slug", "c.title", "c.description", "s.id as set_id", "s.name as set_name"])
    .orderBy("s.position")
    .orderBy("c.position")
    .execute();
}

/** Every criteria set of the region with its criteria (active or not). */
export async function listCriteriaSets(db: Db, regionId: string) {
  const sets = await db
    .selectFrom("criteria_set")
    .where("region_id", "=", regionId)
    .select(["id", "slug", "name", "description", "active"])
    .orderBy("position")
    .execute();
  const criteria = sets.length
    ? await db
        .selectFrom("criterion")
        .where("criteria_set_id", "in", sets.map((s) => s.id))
        .select(["id", "criteria_set_id", "slug", "title", "description"])
        .orderBy("position")
        .execute()
    : [];
  return sets.map((set) => ({ ...set, criteria: criteria.filter((c) => c.criteria_set_id === set.id).map(({ criteria_set_id: _, ...c }) => c) }));
}

/** Locks the region's criteria sets, so two people switching sets off cannot leave none on. */
export async function lockCriteriaSets(db: Db, regionId: string) {
  return db.selectFrom("criteria_set").where("region_id", "=", regionId).select(["id", "name", "active"]).orderBy("id").forUpdate().execute();
}

export async function updateCriteriaSetActive(db: Db, criteriaSetId: string, active: boolean) {
  await db.updateTable("criteria_set").set({ active }).where("id", "=", criteriaSetId).execute();
}

/**
 * A criterion of the region with its current text, locked until the transaction ends (two
 * rewordings in turn, never at once); its set is not locked.
 */
export async function lockCriterion(db: Db, regionId: string, criterionId: string) {
  return db
    .selectFrom("criterion as c")
    .innerJoin("criteria_set as s", "s.id", "c.criteria_set_id")
    .where("c.id", "=", criterionId)
    .where("s.region_id", "=", regionId)
    .select(["c.title", "c.description"])
    .forUpdate("c")
    .executeTakeFirst();
}

export async function updateCriterion(db: Db, criterionId: string, text: { title: string; description: string }) {
  await db.updateTable("criterion").set(text).where("id", "=", criterionId).execute();
}

/** The set, locked: criteria added at once get positions one after the other. */
export async function lockCriteriaSet(db: Db, regionId: string, criteriaSetId: string) {
  return db.selectFrom("criteria_set").where("id", "=", criteriaSetId).where("region_id", "=", regionId).select(["id", "name"]).forUpdate().executeTakeFirst();
}

export async function criterionSlugTaken(db: Db, criteriaSetId: string, slug: string) {
  const row = await db.selectFrom("criterion").where("criteria_set_id", "=", criteriaSetId).where("slug", "=", slug).select("id").executeTakeFirst();
  return Boolean(row);
}

/** Appends a criterion to its set. */
export async function insertCriterion(db: Db, criterion: { criteriaSetId: string; slug: string; title: string; description: string }) {
  const last = await db
    .selectFrom("criterion")
    .where("criteria_set_id", "=", criterion.criteriaSetId)
    .select((eb) => eb.fn.max("position").as("position"))
    .executeTakeFirst();
  return db
    .insertInto("criterion")
    .values({
      criteria_set_id: criterion.criteriaSetId,
      slug: criterion.slug,
      title: criterion.title,
      description: criterion.description,
      position: (last?.position ?? -1) + 1,
    })
    .returning(["id", "slug", "title", "description"])
    .executeTakeFirstOrThrow();
}

/**
 * Every agenda of the region with its owner, its latest submitted version, its reviewers and
 * who of them submitted a review of that version: one query (every werkgroep and fundament
 * page shows its agenda's state from this; four region-wide reads cost four round trips).
 */
export async function listRegionAgendas(db: Db, regionId: string) {
  return db
    .selectFrom("agenda as a")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("agenda_version as v")
          .whereRef("v.agenda_id", "=", "a.id")
          .where("v.reason", "=", "submit")
          .select(["v.id as version_id", "v.number as version_number"])
          .orderBy("v.number", "desc")
          .limit(1)
          .as("v"),
      (join) => join.onTrue(),
    )
    .where("a.region_id", "=", regionId)
    .select((eb) => [
      "a.id",
      "a.region_id",
      "a.kind",
      "a.working_group_id",
      "a.foundation_id",
      "a.review_state",
      "a.state_changed_at",
      deadlineText,
      "g.slug as group_slug",
      "g.name as group_name",
      "f.slug as foundation_slug",
      "f.name as foundation_name",
      "v.version_id",
      "v.version_number",
      sql<string[]>`array(${eb.selectFrom("review_assignment as r").whereRef("r.agenda_id", "=", "a.id").select("r.expert_id")})`.as("assigned"),
      sql<string[]>`array(${eb
        .selectFrom("review as r")
        .whereRef("r.version_id", "=", "v.version_id")
        .where("r.submitted_at", "is not", null)
        .select("r.expert_id")})`.as("reviewed"),
    ])
    .orderBy("a.kind")
    .orderBy(sql`coalesce(g.name, f.name)`)
    .execute();
}

/** The plan year of the region (deadlines default to the end of its Q2). */
export async function findPlanYear(db: Db, regionId: string) {
  return (await db.selectFrom("plan").where("region_id", "=", regionId).select("year").orderBy("year", "desc").executeTakeFirst())?.year ?? null;
}

/** The active people who hold one of these region-wide roles (projectbureau, expertteam, coalitie). */
export async function listRoleHolders(db: Db, regionId: string, roles: ReadonlyArray<"programme_office" | "expert" | "coalition">): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom("role_assignment as r")
    .innerJoin("app_user as u", "u.id", "r.user_id")
    .where("r.region_id", "=", regionId)
    .where("r.role", "in", [...roles])
    .where("u.deactivated_at", "is", null)
    .select("r.user_id")
    .distinct()
    .execute();
  return rows.map((row) => row.user_id);
}

/**
 * The agendas in review that still wait for this expert's review of the version under review,
 * by the name of their werkgroep or fundament: what switching them off leaves waiting.
 */
export async function listOpenReviewsOf(db: Db, expertId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("review_assignment as ra")
    .innerJoin("agenda as a", "a.id", "ra.agenda_id")
    .leftJoin("working_group as g", "g.id", "a.working_group_id")
    .leftJoin("foundation as f", "f.id", "a.foundation_id")
    .where("ra.expert_id", "=", expertId)
    .where("a.review_state", "=", "in_review")
    .where(
      sql<boolean>`not exists (
        select 1 from review r
        where r.agenda_id = a.id and r.expert_id = ra.expert_id and r.submitted_at is not null
          and r.version_id = (select v.id from agenda_version v where v.agenda_id = a.id and v.reason = 'submit' order by v.number desc limit 1))`,
    )
    .select(sql<string>`coalesce(g.name, f.name)`.as("ownerName"))
    .orderBy("ownerName")
    .execute();
  return rows.map((row) => row.ownerName);
}
