import { boardMessages } from "./messages";

/** The longest title of a card or werkagenda item, counted after trimming spaces. */
export const titleMaxLength = 160;

/** What is wrong with a title (1..titleMaxLength characters after trimming), or null. */
export function findTitleProblem(title: string): string | null {
  const length = title.trim().length;
  if (length === 0) return boardMessages.titleRequired;
  if (length > titleMaxLength) return boardMessages.titleTooLong(titleMaxLength, length);
  return null;
}
