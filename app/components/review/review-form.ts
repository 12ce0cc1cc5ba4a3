import type { FieldIssue } from "../../../shared/errors";
import { nl } from "../../../shared/i18n/nl";

// Reading the review page's forms (pure, so the action stays a list of steps and this is tested on its own).

/** A text field of the form, or "" when it is missing or a file. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The ratings of the review form: `score:<criterionId>` (a radio group) and
 * `motivation:<criterionId>`. A motivation without a score cannot be stored, so it comes
 * back as a problem at the score instead of being dropped.
 */
export function readRatings(form: FormData, criteria: ReadonlyArray<{ id: string; title: string }>) {
  const ratings: Array<{
    criterionId: string;
    score: number;
    motivation: string;
  }> = [];
  const issues: FieldIssue[] = [];
  for (const criterion of criteria) {
    const score = text(form, `score:${criterion.id}`);
    const motivation = text(form, `motivation:${criterion.id}`);
    if (/^[1-4]$/.test(score))
      ratings.push({
        criterionId: criterion.id,
        score: Number(score),
        motivation,
      });
    else if (motivation.trim() !== "")
      issues.push({
        path: `ratings.${criterion.id}.score`,
        message: nl.review.ratingMissing(criterion.title),
      });
  }
  return { ratings, issues };
}

/** Zod names a rating by its place in the list; the form names it by its criterion. */
export function byCriterion(issues: readonly FieldIssue[], ratings: ReadonlyArray<{ criterionId: string }>): FieldIssue[] {
  return issues.map((issue) => {
    const match = /^ratings\.(\d+)\.(\w+)$/.exec(issue.path);
    const rating = match ? ratings[Number(match[1])] : undefined;
    return rating ? { ...issue, path: `ratings.${rating.criterionId}.${match![2]}` } : issue;
  });
}

/** What the review form sent (text fields only, without the button's intent), to fill it in again after a refusal. */
export function sentValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "intent"));
}
