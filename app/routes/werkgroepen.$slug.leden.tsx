import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { AdminErrorSummary, AdminStatus } from "../components/admin/FormFeedback";
import { AddMemberForm, MemberTable, addMemberFields } from "../components/structure/Members";
import { runMemberAction } from "../components/structure/members.server";
import { getWorkingGroup, listCandidateMembers } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

const t = nl.structure.members;

/** The werkgroep's people without e-mail addresses; for its lead also who could join. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { group, members, abilities } = await fromService(getWorkingGroup(ctx, { slug: params.slug }));
  const canManage = abilities["group.members.manage"];
  const candidates = canManage ? await fromService(listCandidateMembers(ctx, { groupId: group.id })) : [];
  return {
    group: { id: group.id, slug: group.slug, name: group.name },
    members: members.map(({ assignmentId, userId, name, organisation, role, active }) => ({ assignmentId, userId, name: name || t.noName, organisation, role, active })),
    candidates,
    canManage,
  };
};

/** Add a werkgroeplid or remove one; grantRole/revokeRole refuse whoever may not (403). */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { group } = await fromService(getWorkingGroup(ctx, { slug: params.slug }));
  const form = await request.formData();
  const nameOf = async (userId: string) => {
    const { members } = await getWorkingGroup(ctx, { slug: group.slug });
    return members.find((m) => m.userId === userId)?.name || t.noName;
  };
  return runMemberAction(ctx, form, { groupId: group.id }, { added: t.added, alreadyMember: t.alreadyMember, removed: t.removed }, nameOf);
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${t.title} - ${data.group.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: t.title, to: `/werkgroepen/${params.slug ?? ""}/leden` }),
};

/** Leden: who is in the werkgroep; the lead adds and removes werkgroepleden here. */
export default function GroupMembersPage() {
  const { group, members, candidates, canManage } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <section aria-labelledby="leden-titel">
        <Heading2 id="leden-titel">{t.title}</Heading2>
        <Paragraph>{t.intro}</Paragraph>
        <AdminErrorSummary outcome={outcome} fields={addMemberFields} />
        <AdminStatus outcome={outcome} />
        {members.length === 0 ? (
          <Paragraph>{t.empty}</Paragraph>
        ) : (
          <MemberTable
            caption={t.caption(group.name)}
            members={members}
            canRemove={(member) => canManage && member.role === "group_member"}
            removeWho={t.removeWho}
            outcome={outcome}
          />
        )}
        {canManage && <Paragraph className="rw-muted">{t.leadsViaAdmin}</Paragraph>}
      </section>
      {canManage && (
        <AddMemberForm intro={t.addIntro} candidates={candidates} noCandidates={t.noCandidates} buttonLabel={t.addButton} outcome={outcome} />
      )}
    </>
  );
}
