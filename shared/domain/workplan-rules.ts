/**
 * The rules of a kwartiermaker's werkagenda item. Pure and isomorphic, like card-rules.ts.
 */
import { boardMessages } from "./messages";
import { isQuarter } from "./quarter";
import { findTitleProblem } from "./title";

export const workplanStatuses = ["gepland", "bezig", "gereed", "vertraagd"] as const;
export type WorkplanStatus = (typeof workplanStatuses)[number];

export function isWorkplanStatus(value: unknown): value is WorkplanStatus {
  return (workplanStatuses as readonly unknown[]).includes(value);
}

export const responsibleOrganisationMaxLength = 160;

export interface WorkplanItemFacts {
  title: string;
  /** Stored form ("2025-Q2"); a werkagenda item always has one. */
  dueQuarter: string | null;
  /** Optional while drafting; the submission checks ask for it. */
  responsibleOrganisation: string | null;
}

export interface WorkplanItemProblem {
  field: "title" | "dueQuarter" | "responsibleOrganisation";
  message: string;
}

/** Everything that must be fixed before the item can be saved; empty when all is well. */
export function findWorkplanItemProblems(item: WorkplanItemFacts): WorkplanItemProblem[] {
  const problems: WorkplanItemProblem[] = [];
  const titleProblem = findTitleProblem(item.title);
  if (titleProblem) problems.push({ field: "title", message: titleProblem });

  if (item.dueQuarter === null || item.dueQuarter.trim() === "") {
    problems.push({ field: "dueQuarter", message: boardMessages.dueQuarterRequired });
  } else if (!isQuarter(item.dueQuarter)) {
    problems.push({ field: "dueQuarter", message: boardMessages.quarterInvalid });
  }

  const organisationLength = item.responsibleOrganisation?.trim().length ?? 0;
  if (organisationLength > responsibleOrganisationMaxLength) {
    problems.push({
      field: "responsibleOrganisation",
      message: boardMessages.organisationTooLong(responsibleOrganisationMaxLength, organisationLength),
    });
  }
  return problems;
}
