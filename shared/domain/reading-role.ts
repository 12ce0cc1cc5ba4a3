import type { Role, RoleGrant } from "../permissions";

// "U bekijkt deze agenda als lid van het expertteam": a read-only page names the role the
// person reads it in (UX.md), so they know why they cannot write and whom to ask.

/** Most telling first: an expert who is also a meelezer reads as the expert. */
const readingOrder: readonly Role[] = ["expert", "coalition", "group_lead", "group_member", "foundation_lead", "foundation_member", "reader", "programme_office"];

/** The role to name on a page this person may read but not change; null without any role. */
export function readingRoleOf(grants: readonly RoleGrant[]): Role | null {
  return readingOrder.find((role) => grants.some((grant) => grant.role === role)) ?? null;
}
