import type { RoleName } from "../../db/schema";
import { ConflictError, NotFoundError, ValidationError } from "../../shared/errors";
import { nl } from "../../shared/i18n/nl";
import { isGlobalRole } from "../../shared/permissions";
import { grantRoleInput, invitePersonInput, revokeRoleInput, userIdInput, type RoleGrantInput } from "../../shared/schemas/people";
import { announceAccessChange } from "../events/access-changed";
import { recordAudit } from "../audit/audit";
import * as authRepo from "../auth/auth.repository";
import { invitationValidityMs } from "../auth/auth.service";
import { requirePermission } from "../auth/authorize";
import { issueToken } from "../auth/tokens";
import type { ServiceContext } from "../request-context";
import { parseInput } from "../validate";
import { listOpenReviewsOf } from "../reviews/reviews.repository";
import * as repo from "./people.repository";

// People and their roles. The programme office manages everyone; a werkgroep's lead manages
// its members, a kwartiermaker its team (docs/permissions.md).

/** Everyone in the region with roles and session counts (programme office). */
export async function listPeople(ctx: ServiceContext) {
  requirePermission(ctx, "people.manage");
  return repo.listPeopleWithRoles(ctx.db, ctx.regionId, ctx.now());
}

/** Creates an account without a password, gives its roles and e-mails a 7-day invitation link. */
export async function invitePerson(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "people.manage");
  const { email, name, roles } = parseInput(invitePersonInput, input);
  const scopes = await Promise.all(roles.map((role) => resolveScope(ctx, role)));
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.emailExists(trx, email)) throw new ConflictError(nl.people.emailTaken);
    const userId = await repo.insertUser(trx, { regionId: ctx.regionId, email, name });
    for (const scope of scopes) {
      await repo.insertRoleAssignment(trx, { userId, regionId: ctx.regionId, ...scope });
      await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "role.granted", subjectType: "user", subjectId: userId, data: { ...scope } });
    }
    const { id, token, secretHash } = issueToken();
    const now = ctx.now();
    await authRepo.insertOneTimeToken(trx, { id, secretHash, purpose: "invitation", userId, createdBy: actor.userId, expiresAt: new Date(now.getTime() + invitationValidityMs) });
    await ctx.mailer.send(trx, { to: email, subject: nl.auth.inviteSubject, body: nl.auth.inviteBody(name, `${ctx.publicUrl}/uitnodiging/${token}`) });
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "invitation.sent", subjectType: "user", subjectId: userId, data: { email } });
    return { userId };
  });
}

/** Switches an account off: the person cannot log in and every session ends at once. */
export async function deactivatePerson(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "people.manage");
  const { userId } = parseInput(userIdInput, input);
  if (userId === actor.userId) throw new ValidationError(nl.people.cannotDeactivateSelf);
  await requirePerson(ctx, userId);
  const openReviews = await ctx.db.transaction().execute(async (trx) => {
    await repo.setUserActive(trx, userId, false, ctx.now());
    await authRepo.deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "user.deactivated", subjectType: "user", subjectId: userId });
    return listOpenReviewsOf(trx, userId);
  });
  announceAccessChange(ctx, { userId });
  // Those reviews now wait for someone who cannot give them: the projectbureau is told which.
  return { openReviews };
}

export async function reactivatePerson(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "people.manage");
  const { userId } = parseInput(userIdInput, input);
  await requirePerson(ctx, userId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setUserActive(trx, userId, true, ctx.now());
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "user.reactivated", subjectType: "user", subjectId: userId });
  });
}

/** Gives a person a role; leads may only add members to their own werkgroep or team. */
export async function grantRole(ctx: ServiceContext, input: unknown) {
  const { userId, ...grant } = parseInput(grantRoleInput, input);
  const actor = requireRoleManagement(ctx, grant);
  await requirePerson(ctx, userId);
  const scope = await resolveScope(ctx, grant);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const assignmentId = await repo.insertRoleAssignment(trx, { userId, regionId: ctx.regionId, ...scope });
    if (assignmentId) {
      await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "role.granted", subjectType: "user", subjectId: userId, data: { ...scope } });
    }
    return { assignmentId };
  });
  // A new role can turn a reader's open agenda into one they may write in.
  announceAccessChange(ctx, { userId });
  return result;
}

/** Takes a role away; the same limits as granting it. */
export async function revokeRole(ctx: ServiceContext, input: unknown) {
  const { userId, assignmentId } = parseInput(revokeRoleInput, input);
  requirePermission(ctx, "workspace.read");
  const assignment = await repo.findRoleAssignment(ctx.db, ctx.regionId, userId, assignmentId);
  if (!assignment) throw new NotFoundError(nl.people.roleNotFound);
  const actor = requireRoleManagement(ctx, {
    role: assignment.role,
    groupId: assignment.working_group_id ?? undefined,
    foundationId: assignment.foundation_id ?? undefined,
  });
  if (assignment.role === "programme_office" && userId === actor.userId) throw new ValidationError(nl.people.cannotRemoveOwnAdmin);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteRoleAssignment(trx, assignmentId);
    await recordAudit(trx, {
      regionId: ctx.regionId,
      actorId: actor.userId,
      action: "role.revoked",
      subjectType: "user",
      subjectId: userId,
      data: { role: assignment.role, groupId: assignment.working_group_id, foundationId: assignment.foundation_id },
    });
  });
  // Open co-editing connections of this person are downgraded or closed at once.
  announceAccessChange(ctx, { userId });
}

/** Ends every session of another person (programme office). */
export async function endSessionsOfPerson(ctx: ServiceContext, input: unknown) {
  const actor = requirePermission(ctx, "sessions.manage");
  const { userId } = parseInput(userIdInput, input);
  await requirePerson(ctx, userId);
  return ctx.db.transaction().execute(async (trx) => {
    const ended = await authRepo.deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, { regionId: ctx.regionId, actorId: actor.userId, action: "sessions.ended_by_admin", subjectType: "user", subjectId: userId, data: { ended } });
    return { ended };
  }).finally(() => announceAccessChange(ctx, { userId }));
}

/**
 * people.manage covers every role; a group lead may manage group_member roles of their own
 * werkgroep, a kwartiermaker foundation_member roles of their own fundament.
 */
function requireRoleManagement(ctx: ServiceContext, grant: { role: RoleName; groupId?: string; foundationId?: string }) {
  if (grant.role === "group_member" && grant.groupId) return requirePermission(ctx, "group.members.manage", { groupId: grant.groupId });
  if (grant.role === "foundation_member" && grant.foundationId) {
    return requirePermission(ctx, "foundation.team.manage", { foundationId: grant.foundationId });
  }
  return requirePermission(ctx, "people.manage");
}

async function requirePerson(ctx: ServiceContext, userId: string) {
  const person = await repo.findUserInRegion(ctx.db, ctx.regionId, userId);
  if (!person) throw new NotFoundError(nl.people.userNotFound);
  return person;
}

/** Checks that a role names the scope it needs, in this region. */
async function resolveScope(ctx: ServiceContext, grant: RoleGrantInput) {
  if (isGlobalRole(grant.role)) {
    if (grant.groupId || grant.foundationId) throw new ValidationError(nl.people.scopeNotAllowed);
    return { role: grant.role, groupId: null, foundationId: null };
  }
  if (grant.role === "group_lead" || grant.role === "group_member") {
    if (!grant.groupId || grant.foundationId) throw new ValidationError(nl.people.scopeMissingGroup);
    if (!(await repo.findGroupInRegion(ctx.db, ctx.regionId, grant.groupId))) throw new NotFoundError(nl.people.groupNotFound);
    return { role: grant.role, groupId: grant.groupId, foundationId: null };
  }
  if (!grant.foundationId || grant.groupId) throw new ValidationError(nl.people.scopeMissingFoundation);
  if (!(await repo.findFoundationInRegion(ctx.db, ctx.regionId, grant.foundationId))) throw new NotFoundError(nl.people.foundationNotFound);
  return { role: grant.role, groupId: null, foundationId: grant.foundationId };
}
