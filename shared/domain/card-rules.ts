/**
 * The rules of a werkgroep's card (an oplossingsrichting on the board). Pure and
 * isomorphic: the browser shows the problems while someone types, the server refuses a
 * save that still has them.
 */
import { boardMessages } from "./messages";
import { type Quarter, formatQuarter, isQuarter, isQuarterAfter } from "./quarter";
import { findTitleProblem } from "./title";

/** The lanes of the board, in this order. */
export const cardStatuses = ["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd"] as const;
export type CardStatus = (typeof cardStatuses)[number];

export function isCardStatus(value: unknown): value is CardStatus {
  return (cardStatuses as readonly unknown[]).includes(value);
}

/** The statuses that need a scale and a start and end quarter: from Gekozen on, not Gepauzeerd. */
export const plannedCardStatuses: readonly CardStatus[] = ["gekozen", "uitwerken", "in_agenda"];

/** Whether a card in this status must have a scale and both quarters. */
export function needsScaleAndQuarters(status: CardStatus): boolean {
  return plannedCardStatuses.includes(status);
}

export const scaleKinds = ["lokaal", "subregionaal", "regionaal"] as const;
export type ScaleKind = (typeof scaleKinds)[number];

/** Where it runs: in named gemeenten, in one subregion, or in all of Flevoland. */
export type Scale =
  | { kind: "lokaal"; municipalityIds: string[] }
  | { kind: "subregionaal"; subregionId: string }
  | { kind: "regionaal" };

export interface CardFacts {
  status: CardStatus;
  title: string;
  buildingBlockIds: string[];
  scale: Scale | null;
  startQuarter: Quarter | null;
  endQuarter: Quarter | null;
}

/** `field` is the CardFacts key, or "scale.municipalityIds" / "scale.subregionId". */
export interface CardProblem {
  field: string;
  message: string;
}

/** Everything that must be fixed before the card can be saved as it is; empty when all is well. */
export function findCardProblems(card: CardFacts): CardProblem[] {
  const problems: CardProblem[] = [];
  const planned = needsScaleAndQuarters(card.status);
  const fromStatus = boardMessages.statusLabel.gekozen;

  const titleProblem = findTitleProblem(card.title);
  if (titleProblem) problems.push({ field: "title", message: titleProblem });

  if (!card.buildingBlockIds.some((id) => id.trim() !== "")) {
    problems.push({ field: "buildingBlockIds", message: boardMessages.buildingBlockRequired });
  }

  if (card.scale === null) {
    if (planned) problems.push({ field: "scale", message: boardMessages.scaleRequired(fromStatus) });
  } else if (card.scale.kind === "lokaal") {
    if (!card.scale.municipalityIds.some((id) => id.trim() !== "")) {
      problems.push({ field: "scale.municipalityIds", message: boardMessages.municipalityRequired });
    }
  } else if (card.scale.kind === "subregionaal") {
    if (card.scale.subregionId.trim() === "") {
      problems.push({ field: "scale.subregionId", message: boardMessages.subregionRequired });
    }
  }

  const start = checkQuarter(card.startQuarter);
  const end = checkQuarter(card.endQuarter);
  if (start === "invalid") problems.push({ field: "startQuarter", message: boardMessages.quarterInvalid });
  else if (start === null && planned) problems.push({ field: "startQuarter", message: boardMessages.startQuarterRequired(fromStatus) });
  if (end === "invalid") problems.push({ field: "endQuarter", message: boardMessages.quarterInvalid });
  else if (end === null && planned) problems.push({ field: "endQuarter", message: boardMessages.endQuarterRequired(fromStatus) });

  if (start !== null && start !== "invalid" && end !== null && end !== "invalid" && isQuarterAfter(start, end)) {
    problems.push({ field: "endQuarter", message: boardMessages.endBeforeStart(formatQuarter(start), formatQuarter(end)) });
  }
  return problems;
}

function checkQuarter(value: Quarter | null): Quarter | null | "invalid" {
  if (value === null) return null;
  return isQuarter(value) ? value : "invalid";
}

/** A werkgroep focuses on one, at most two, oplossingsrichtingen (Regioplan, STAP 1). */
export const maxFocusPerGroup = 2;

export type FocusCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether card `cardId` may get focus, given the cards of the same werkgroep that have focus
 * now. A card that already has focus is fine (turning it on twice changes nothing).
 */
export function checkFocusRule(currentFocus: Array<{ id: string; title: string }>, cardId: string): FocusCheck {
  if (currentFocus.some((card) => card.id === cardId)) return { ok: true };
  const others = new Map<string, string>();
  for (const card of currentFocus) if (!others.has(card.id)) others.set(card.id, card.title.trim() || boardMessages.untitled);
  if (others.size < maxFocusPerGroup) return { ok: true };
  return { ok: false, message: boardMessages.focusLimitReached([...others.values()], maxFocusPerGroup) };
}

/** How large a difference a card makes on one criterion of STAP 1. */
export const assessmentLevels = ["geen", "enig", "groot"] as const;
export type AssessmentLevel = (typeof assessmentLevels)[number];

/** The four criteria: health and quality of life, quality of care, care costs, job satisfaction. */
export const assessmentCriteria = ["health", "careQuality", "careCosts", "jobSatisfaction"] as const;
export type AssessmentCriterion = (typeof assessmentCriteria)[number];

/** A werkgroep's own estimate; null means "not filled in yet". */
export type Assessment = Record<AssessmentCriterion, AssessmentLevel | null> & {
  /** Does it strengthen "de basis" (the Regioplan's first priority)? */
  strengthensBasis: boolean | null;
};

export const emptyAssessment: Readonly<Assessment> = Object.freeze({
  health: null,
  careQuality: null,
  careCosts: null,
  jobSatisfaction: null,
  strengthensBasis: null,
});

export function isAssessmentLevel(value: unknown): value is AssessmentLevel {
  return (assessmentLevels as readonly unknown[]).includes(value);
}
