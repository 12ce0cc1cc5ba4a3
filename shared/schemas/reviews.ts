import { isCalendarDate, maxScore, minScore, reviewAdvices } from "../domain/review-flow";
import { nl } from "../i18n/nl";
import { z } from "./zod-nl";

// Inputs of the review services (server/reviews/*). Lengths match the database's checks.

const uuid = z.string().uuid();
const agendaId = uuid;

/** "YYYY-MM-DD", a real calendar date (what <input type="date"> sends). */
const calendarDate = z
  .string({ errorMap: () => ({ message: nl.review.dateInvalid }) })
  .trim()
  .refine(isCalendarDate, { message: nl.review.dateInvalid });

export const MAX_REVIEWERS_PER_CALL = 20;
export const MAX_MOTIVATION = 3000;
export const MAX_SUMMARY = 5000;
export const MAX_REASON = 2000;
export const MAX_REFERENCE = 200;

export const agendaIdInput = z.object({ agendaId });

export const assignReviewersInput = z.object({
  agendaId,
  expertIds: z
    .array(uuid)
    .min(1, nl.review.chooseExpert)
    .max(MAX_REVIEWERS_PER_CALL)
    .transform((ids) => [...new Set(ids)]),
});

export const unassignReviewerInput = z.object({ agendaId, expertId: uuid });

/** null: back to the default deadline (end of Q2 of the plan year). */
export const setDeadlineInput = z.object({ agendaId, deadline: calendarDate.nullable() });

export const ratingInput = z.object({
  criterionId: uuid,
  score: z.number({ errorMap: () => ({ message: nl.review.scoreRange }) }).int(nl.review.scoreRange).min(minScore, nl.review.scoreRange).max(maxScore, nl.review.scoreRange),
  motivation: z.string().trim().max(MAX_MOTIVATION).default(""),
});
export type RatingInput = z.infer<typeof ratingInput>;

const ratings = z
  .array(ratingInput)
  .max(200)
  .default([])
  .refine((list) => new Set(list.map((r) => r.criterionId)).size === list.length, { message: nl.review.duplicateCriterion });

/** A draft: some or all ratings and the summary; saving again overwrites what is given. */
export const saveReviewInput = z.object({
  agendaId,
  ratings,
  summary: z.string().trim().max(MAX_SUMMARY).optional(),
});

/** Submitting: the same, plus the advice; every criterion must then have a score and a motivation. */
export const submitReviewInput = saveReviewInput.extend({
  advice: z.enum(reviewAdvices, { errorMap: () => ({ message: nl.review.adviceRequired }) }),
});

export const adoptAgendaInput = z.object({
  agendaId,
  decisionDate: calendarDate,
  reference: z.string().trim().min(1).max(MAX_REFERENCE),
});

export const sendBackInput = z.object({
  agendaId,
  reason: z
    .string({ errorMap: () => ({ message: nl.review.reasonRequired }) })
    .trim()
    .min(1, nl.review.reasonRequired)
    .max(MAX_REASON),
});

export const withdrawAgendaInput = z.object({ agendaId, reason: z.string().trim().max(MAX_REASON).default("") });

export const setCriteriaSetActiveInput = z.object({ criteriaSetId: uuid, active: z.boolean() });

export const MAX_CRITERION_TITLE = 200;
export const MAX_CRITERION_DESCRIPTION = 2000;

const criterionText = {
  title: z.string().trim().min(1, nl.review.criterionTitleRequired).max(MAX_CRITERION_TITLE, nl.review.criterionTitleTooLong(MAX_CRITERION_TITLE)),
  description: z.string().trim().max(MAX_CRITERION_DESCRIPTION, nl.review.criterionDescriptionTooLong(MAX_CRITERION_DESCRIPTION)).default(""),
};

/**
 * Rewording a criterion. `previous` is the text the person started from: when someone else
 * changed it meanwhile, the change is refused instead of overwriting theirs.
 */
export const updateCriterionInput = z.object({
  criterionId: uuid,
  ...criterionText,
  previous: z.object({ title: z.string(), description: z.string() }).optional(),
});

/** A new criterion at the end of a set. */
export const addCriterionInput = z.object({ criteriaSetId: uuid, ...criterionText });
