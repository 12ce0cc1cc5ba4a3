/**
 * The one authorization policy (docs/permissions.md is its source of truth). Pages, tRPC
 * and the collaboration socket all ask `can(actor, action, resource)`; nothing else decides.
 * Pure and isomorphic: the browser uses it only to hide what a person cannot do.
 */

export const globalRoles = ["programme_office", "expert", "coalition", "reader"] as const;
export const groupRoles = ["group_lead", "group_member"] as const;
export const foundationRoles = ["foundation_lead", "foundation_member"] as const;

export type GlobalRole = (typeof globalRoles)[number];
export type GroupRole = (typeof groupRoles)[number];
export type FoundationRole = (typeof foundationRoles)[number];
export type Role = GlobalRole | GroupRole | FoundationRole;

export type RoleGrant =
  | { role: GlobalRole }
  | { role: GroupRole; groupId: string }
  | { role: FoundationRole; foundationId: string };

/** A signed-in, active person acting in one region. `null` is an anonymous visitor. */
export interface Actor {
  userId: string;
  regionId: string;
  grants: RoleGrant[];
}

/** What an action is about. Region-level actions name only the region. */
export interface Resource {
  regionId: string;
  /** The werkgroep that owns the thing (card, agenda, membership). */
  groupId?: string;
  /** The fundament that owns the thing (werkagenda item, werkagenda, team membership). */
  foundationId?: string;
  /** Who started the thing (a comment thread). */
  authorId?: string;
  /** Who is being assigned (a reviewer). */
  assigneeId?: string;
}

export const actions = [
  "plan.read",
  "workspace.read",
  "group.edit",
  "foundation.edit",
  "comment.write",
  "thread.resolve",
  "agenda.submit",
  "agenda.withdraw",
  "version.freeze",
  "review.assign",
  "review.configure",
  "review.write",
  "agenda.adopt",
  "dependency.propose",
  "dependency.answer",
  "focus.justify",
  "urgency.set",
  "people.manage",
  "structure.manage",
  "group.members.manage",
  "foundation.team.manage",
  "sessions.manage",
  "audit.read",
  "monitoring.configure",
  "monitoring.record",
  "self.manage",
] as const;
export type Action = (typeof actions)[number];

/**
 * How a role holds an action: everywhere in its region, only for its own werkgroep or
 * fundament, only for itself (an expert assigning themselves), or only for threads it started.
 */
type Rule = "any" | "own" | "self" | "own-thread";
type Holder = Role | "anonymous";

const Y: Rule = "any";
const everyRole = { programme_office: Y, group_lead: Y, group_member: Y, foundation_lead: Y, foundation_member: Y, expert: Y, coalition: Y, reader: Y };

const policy: Record<Action, Partial<Record<Holder, Rule>>> = {
  "plan.read": { ...everyRole, anonymous: Y },
  "workspace.read": everyRole,
  "group.edit": { programme_office: Y, group_lead: "own", group_member: "own" },
  "foundation.edit": { programme_office: Y, foundation_lead: "own", foundation_member: "own" },
  "comment.write": everyRole,
  "thread.resolve": {
    programme_office: Y,
    group_lead: "own",
    group_member: "own",
    foundation_lead: "own",
    foundation_member: "own",
    expert: "own-thread",
    coalition: "own-thread",
    reader: "own-thread",
  },
  "agenda.submit": { group_lead: "own", foundation_lead: "own" },
  "agenda.withdraw": { programme_office: Y, group_lead: "own", foundation_lead: "own" },
  "version.freeze": { programme_office: Y, group_lead: "own", group_member: "own", foundation_lead: "own", foundation_member: "own" },
  "review.assign": { programme_office: Y, expert: "self" },
  "review.configure": { programme_office: Y },
  "review.write": { expert: Y },
  "agenda.adopt": { coalition: Y },
  "dependency.propose": { programme_office: Y, group_lead: "own", group_member: "own", foundation_lead: "own", foundation_member: "own" },
  "dependency.answer": { programme_office: Y, group_lead: "own", group_member: "own", foundation_lead: "own", foundation_member: "own" },
  "focus.justify": { programme_office: Y, group_lead: "own", group_member: "own" },
  "urgency.set": { coalition: Y },
  "people.manage": { programme_office: Y },
  "structure.manage": { programme_office: Y },
  "group.members.manage": { programme_office: Y, group_lead: "own" },
  "foundation.team.manage": { programme_office: Y, foundation_lead: "own" },
  "sessions.manage": { programme_office: Y },
  "audit.read": { programme_office: Y },
  "monitoring.configure": { programme_office: Y },
  // An indicator may name the werkgroep or fundament that reports it: then its people record too.
  "monitoring.record": { programme_office: Y, group_lead: "own", group_member: "own", foundation_lead: "own", foundation_member: "own" },
  "self.manage": everyRole,
};

/** Whether the actor may do the action on the resource. The only place that decides. */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  const rules = policy[action];
  if (!actor) return rules.anonymous === "any";
  if (resource && resource.regionId !== actor.regionId) return false;
  return actor.grants.some((grant) => holdsThrough(grant, rules[grant.role], actor, resource));
}

/** The werkgroepen and fundamenten the actor belongs to (each once), from their grants. */
export function ownScopes(actor: Actor): { groupIds: string[]; foundationIds: string[] } {
  return {
    groupIds: [...new Set(actor.grants.flatMap((g) => ("groupId" in g ? [g.groupId] : [])))],
    foundationIds: [...new Set(actor.grants.flatMap((g) => ("foundationId" in g ? [g.foundationId] : [])))],
  };
}

function holdsThrough(grant: RoleGrant, rule: Rule | undefined, actor: Actor, resource: Resource | undefined) {
  switch (rule) {
    case "any":
      return true;
    case "own":
      if ("groupId" in grant) return resource?.groupId !== undefined && resource.groupId === grant.groupId;
      if ("foundationId" in grant) return resource?.foundationId !== undefined && resource.foundationId === grant.foundationId;
      return false;
    case "self":
      return resource?.assigneeId === actor.userId;
    case "own-thread":
      return resource?.authorId === actor.userId;
    default:
      return false;
  }
}

export type Abilities<A extends Action> = Record<A, boolean>;

/** The map loaders send to the UI so it shows only what the person may do. */
export function abilitiesFor<A extends Action>(actor: Actor | null, wanted: readonly A[], resource?: Resource): Abilities<A> {
  return Object.fromEntries(wanted.map((action) => [action, can(actor, action, resource)])) as Abilities<A>;
}

/** Whether the person may open /beheer (and so sees "Beheer" in the navigation). */
export function canEnterAdminArea(actor: Actor | null, regionId: string): boolean {
  return (["people.manage", "structure.manage", "audit.read"] as const).some((action) => can(actor, action, { regionId }));
}

/** Whether /review is in the person's navigation: those who assign, review or adopt (everyone signed in may still open it). */
export function canUseReviewQueue(actor: Actor | null, regionId: string): boolean {
  return (["review.configure", "review.write", "agenda.adopt"] as const).some((action) => can(actor, action, { regionId }));
}

export function isGlobalRole(role: string): role is GlobalRole {
  return (globalRoles as readonly string[]).includes(role);
}
