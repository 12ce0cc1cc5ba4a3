import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { AdminErrorSummary, AdminStatus } from "../components/admin/FormFeedback";
import { AddMemberForm, MemberTable, addMemberFields } from "../components/structure/Members";
import { runMemberAction } from "../components/structure/members.server";
import { getFoundationTeam, listCandidateTeamMembers } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

const t = nl.structure.team;

/** The kwartiermaker and team; for the kwartiermaker also who could join. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { foundation, team, abilities } = await fromService(getFoundationTeam(ctx, { slug: params.slug }));
  const canManage = abilities["foundation.team.manage"];
  const candidates = canManage ? await fromService(listCandidateTeamMembers(ctx, { foundationId: foundation.id })) : [];
  return {
    foundation: { id: foundation.id, slug: foundation.slug, name: foundation.name },
    team: team.map((member) => ({ ...member, name: member.name || nl.structure.members.noName })),
    candidates,
    canManage,
  };
};

/** Add someone to the team or remove a team member; the services refuse whoever may not (403). */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { foundation } = await fromService(getFoundationTeam(ctx, { slug: params.slug }));
  const form = await request.formData();
  const nameOf = async (userId: string) => {
    const { team } = await getFoundationTeam(ctx, { slug: foundation.slug });
    return team.find((m) => m.userId === userId)?.name || nl.structure.members.noName;
  };
  return runMemberAction(ctx, form, { foundationId: foundation.id }, { added: t.added, alreadyMember: t.alreadyMember, removed: t.removed }, nameOf);
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${t.title} - ${data.foundation.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: t.title, to: `/fundamenten/${params.slug ?? ""}/team` }),
};

/** Team: the kwartiermaker adds and removes team members here. */
export default function FoundationTeamPage() {
  const { foundation, team, candidates, canManage } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <section aria-labelledby="team-titel">
        <Heading2 id="team-titel">{t.title}</Heading2>
        <Paragraph>{t.intro}</Paragraph>
        <AdminErrorSummary outcome={outcome} fields={addMemberFields} />
        <AdminStatus outcome={outcome} />
        {team.length === 0 ? (
          <Paragraph>{t.empty}</Paragraph>
        ) : (
          <MemberTable
            caption={t.caption(foundation.name)}
            members={team}
            canRemove={(member) => canManage && member.role === "foundation_member"}
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
