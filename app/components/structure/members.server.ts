import type { ServiceContext } from "../../../server/request-context";
import { runAdminAction, text, unknownIntent } from "../admin/form.server";
import { grantRole, revokeRole } from "./services.server";

// The action behind the Leden (werkgroep) and Team (fundament) pages: add someone as member,
// or remove a member. The services decide who may: a werkgroep's lead its group_member roles,
// a kwartiermaker the foundation_member roles, the programme office both.

export type MemberScope = { groupId: string } | { foundationId: string };

export interface MemberCopy {
  added: (name: string) => string;
  alreadyMember: string;
  removed: (name: string) => string;
}

/** Runs the posted intent (addMember or removeMember) for this werkgroep or fundament. */
export async function runMemberAction(
  ctx: ServiceContext,
  form: FormData,
  scope: MemberScope,
  copy: MemberCopy,
  nameOf: (userId: string) => Promise<string>,
) {
  const intent = text(form, "intent");
  if (intent === "addMember") {
    const userId = text(form, "userId");
    const grant = "groupId" in scope ? { role: "group_member", groupId: scope.groupId } : { role: "foundation_member", foundationId: scope.foundationId };
    const work = grantRole(ctx, { userId, ...grant }).then(async ({ assignmentId }) => ({ assignmentId, name: await nameOf(userId) }));
    return runAdminAction(work, {
      intent,
      values: { userId },
      messageField: "userId",
      success: ({ assignmentId, name }) => (assignmentId ? copy.added(name) : copy.alreadyMember),
    });
  }
  if (intent === "removeMember") {
    const assignmentId = text(form, "target");
    return runAdminAction(revokeRole(ctx, { userId: text(form, "userId"), assignmentId }), {
      intent,
      target: assignmentId,
      success: () => copy.removed(text(form, "personName")),
    });
  }
  return unknownIntent();
}
