/**
 * The colour of a person's caret and name label. Derived from the user id, so the same person
 * has the same colour in every document and on every instance, without storing it. All
 * colours are dark enough for white text (contrast >= 4.5:1, WCAG AA).
 */
export const caretColours = ["#1d4ed8", "#b91c1c", "#047857", "#7e22ce", "#a16207", "#0e7490", "#be185d", "#4d7c0f"] as const;

export function colourFor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return caretColours[hash % caretColours.length] ?? caretColours[0];
}

/** What the server puts in a connection's awareness state; the client may not change it. */
export interface CollabIdentity {
  id: string;
  name: string;
  color: string;
}
