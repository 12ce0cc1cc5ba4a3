/**
 * The rules of one review and of reviews side by side: when a review is complete enough to
 * submit, how far the experts are ("2 van 3 reviews klaar"), and where they disagree. Pure.
 */
import { nl } from "../i18n/nl";
import { scoresDiffer } from "./review-flow";

export interface CriterionRef {
  id: string;
  title: string;
}

export interface RatingFacts {
  criterionId: string;
  score: number;
  motivation: string;
}

/** One thing missing before a review can be submitted: `path` points at the criterion's field. */
export interface RatingProblem {
  criterionId: string;
  path: string;
  message: string;
}

/** Every criterion needs a score and a motivation before the review is submitted. */
export function findMissingRatings(criteria: readonly CriterionRef[], ratings: readonly RatingFacts[]): RatingProblem[] {
  const byCriterion = new Map(ratings.map((rating) => [rating.criterionId, rating]));
  const problems: RatingProblem[] = [];
  for (const criterion of criteria) {
    const rating = byCriterion.get(criterion.id);
    if (!rating) problems.push({ criterionId: criterion.id, path: `ratings.${criterion.id}.score`, message: nl.review.ratingMissing(criterion.title) });
    else if (rating.motivation.trim() === "") {
      problems.push({ criterionId: criterion.id, path: `ratings.${criterion.id}.motivation`, message: nl.review.motivationMissing(criterion.title) });
    }
  }
  return problems;
}

export interface ReviewProgress {
  done: number;
  total: number;
  /** "2 van 3 reviews klaar" */
  label: string;
}

/** How many of the assigned experts have submitted their review of the current version. */
export function reviewProgress(assignedExpertIds: readonly string[], submittedExpertIds: readonly string[]): ReviewProgress {
  const submitted = new Set(submittedExpertIds);
  const total = new Set(assignedExpertIds).size;
  const done = [...new Set(assignedExpertIds)].filter((id) => submitted.has(id)).length;
  return { done, total, label: nl.review.progress(done, total) };
}

/** Whether every assigned expert has submitted (and there is at least one). */
export function allReviewsIn(assignedExpertIds: readonly string[], submittedExpertIds: readonly string[]): boolean {
  const progress = reviewProgress(assignedExpertIds, submittedExpertIds);
  return progress.total > 0 && progress.done === progress.total;
}

export interface ComparedCriterion {
  criterionId: string;
  /** Per review, in the order given; null when that expert gave no score. */
  scores: Array<{ expertId: string; score: number | null }>;
  /** The scores are 2 or more apart: the agenda page marks this criterion. */
  differs: boolean;
}

/** The reviews side by side, one row per criterion, with disagreement marked. */
export function compareReviews(criteria: readonly CriterionRef[], reviews: ReadonlyArray<{ expertId: string; ratings: readonly RatingFacts[] }>): ComparedCriterion[] {
  return criteria.map((criterion) => {
    const scores = reviews.map((review) => ({
      expertId: review.expertId,
      score: review.ratings.find((rating) => rating.criterionId === criterion.id)?.score ?? null,
    }));
    const given = scores.map((s) => s.score).filter((score): score is number => score !== null);
    return { criterionId: criterion.id, scores, differs: scoresDiffer(given) };
  });
}
