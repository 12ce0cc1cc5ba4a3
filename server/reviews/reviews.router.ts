import {
  addCriterionInput,
  adoptAgendaInput,
  agendaIdInput,
  assignReviewersInput,
  saveReviewInput,
  sendBackInput,
  setCriteriaSetActiveInput,
  setDeadlineInput,
  submitReviewInput,
  unassignReviewerInput,
  updateCriterionInput,
  withdrawAgendaInput,
} from "../../shared/schemas/reviews";
import { publicProcedure, router } from "../trpc/init";
import * as criteria from "./criteria.service";
import * as reviews from "./reviews.service";

// The review workflow over tRPC: one line per procedure over the services.

export const reviewsRouter = router({
  /** { agendaId } -> state, allowed events, deadline, reviewers, progress, reviews side by side, history, checks, diff since the review. */
  state: publicProcedure.input(agendaIdInput).query(({ ctx, input }) => reviews.getReviewState(ctx, input)),
  /** The expert team's queue: agendas waiting, oldest first, with age and deadline. */
  queue: publicProcedure.query(({ ctx }) => reviews.listReviewQueue(ctx)),
  /** Every agenda of the region: state, version under review, reviews done/owed, deadline. */
  agendas: publicProcedure.query(({ ctx }) => reviews.listAgendaStates(ctx)),
  /** { agendaId } -> the submission checks as they would run now: { blocking, warnings, canSubmit }. */
  checkSubmission: publicProcedure.input(agendaIdInput).query(({ ctx, input }) => reviews.checkSubmission(ctx, input)),
  /** { agendaId } -> submit (or resubmit) for review. */
  submit: publicProcedure.input(agendaIdInput).mutation(({ ctx, input }) => reviews.submitAgenda(ctx, input)),
  /** { agendaId, expertIds } -> assign reviewers (an expert: only themselves). */
  assign: publicProcedure.input(assignReviewersInput).mutation(({ ctx, input }) => reviews.assignReviewers(ctx, input)),
  /** { agendaId, expertId } -> take a reviewer off while the review runs. */
  unassign: publicProcedure.input(unassignReviewerInput).mutation(({ ctx, input }) => reviews.unassignReviewer(ctx, input)),
  /** { agendaId, deadline: "YYYY-MM-DD" | null } */
  setDeadline: publicProcedure.input(setDeadlineInput).mutation(({ ctx, input }) => reviews.setDeadline(ctx, input)),
  /** { agendaId, ratings, summary? } -> save the expert's draft review of the current version. */
  saveReview: publicProcedure.input(saveReviewInput).mutation(({ ctx, input }) => reviews.saveReview(ctx, input)),
  /** { agendaId, ratings, summary?, advice } -> submit the expert's review of the current version. */
  submitReview: publicProcedure.input(submitReviewInput).mutation(({ ctx, input }) => reviews.submitReview(ctx, input)),
  /** { agendaId, decisionDate, reference } -> Vastgesteld. */
  adopt: publicProcedure.input(adoptAgendaInput).mutation(({ ctx, input }) => reviews.adoptAgenda(ctx, input)),
  /** { agendaId, reason } -> Aanpassen gevraagd. */
  sendBack: publicProcedure.input(sendBackInput).mutation(({ ctx, input }) => reviews.sendBack(ctx, input)),
  /** { agendaId, reason? } -> Teruggetrokken. */
  withdraw: publicProcedure.input(withdrawAgendaInput).mutation(({ ctx, input }) => reviews.withdrawAgenda(ctx, input)),
  /** { agendaId } -> Concept again. */
  reopen: publicProcedure.input(agendaIdInput).mutation(({ ctx, input }) => reviews.reopenAgenda(ctx, input)),
  criteria: router({
    /** Every criteria set with its criteria, and whether the person may configure them. */
    list: publicProcedure.query(({ ctx }) => criteria.listCriteriaSets(ctx)),
    /** { criteriaSetId, active } */
    setActive: publicProcedure.input(setCriteriaSetActiveInput).mutation(({ ctx, input }) => criteria.setCriteriaSetActive(ctx, input)),
    /** { criterionId, title, description, previous? } */
    update: publicProcedure.input(updateCriterionInput).mutation(({ ctx, input }) => criteria.updateCriterion(ctx, input)),
    /** { criteriaSetId, title, description } -> a new criterion at the end of the set. */
    add: publicProcedure.input(addCriterionInput).mutation(({ ctx, input }) => criteria.addCriterion(ctx, input)),
  }),
});
