import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { ReviewState } from "../../shared/domain/review-flow";
import { freezeVersionInTransaction } from "../agendas/versions.service";

/**
 * Test factory (never used by the app): puts an agenda straight into a review state, without
 * the workflow, so a test can start where it needs to. Clears any adoption. For every state
 * but Concept and Teruggetrokken it freezes a fresh 'submit' version, so nobody has reviewed
 * the version under review yet; `reviewers` become the assigned experts (default: none).
 */
export async function putAgendaInState(db: Kysely<Database>, agendaId: string, state: ReviewState, options: { reviewers?: string[] } = {}) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("review_assignment").where("agenda_id", "=", agendaId).execute();
    if (state !== "concept" && state !== "teruggetrokken") {
      await freezeVersionInTransaction(trx, { agendaId, name: "Ingediend voor review", reason: "submit", authorId: null });
    }
    const reviewers = options.reviewers ?? [];
    if (reviewers.length > 0) {
      await trx
        .insertInto("review_assignment")
        .values(reviewers.map((expertId) => ({ agenda_id: agendaId, expert_id: expertId, assigned_by: null })))
        .execute();
    }
    await trx
      .updateTable("agenda")
      .set({ review_state: state, adopted_version_id: null, adoption_date: null, adoption_reference: null })
      .where("id", "=", agendaId)
      .execute();
  });
}
