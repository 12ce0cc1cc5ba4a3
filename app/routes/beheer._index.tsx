import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listPeople, listWorkingGroups } from "../components/admin/services.server";
import { nl } from "../../shared/i18n/nl";
import { adminSections } from "../components/admin/AdminNav";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [people, groups] = await fromService(Promise.all([listPeople(ctx), listWorkingGroups(ctx)]));
  return {
    people: people.length,
    openInvitations: people.filter((person) => person.active && !person.hasPassword).length,
    groups: groups.length,
  };
};

export const meta: MetaFunction = () => [{ title: `${nl.admin.title} - ${nl.app.name}` }];

/** The layout route already shows "Beheer" in the breadcrumb. */
export const handle: RouteHandle = { breadcrumb: () => null };

export default function AdminHome() {
  const counts = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{nl.admin.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.admin.intro}
      </Paragraph>
      <Paragraph>{nl.admin.overviewCounts(counts.people, counts.openInvitations, counts.groups)}</Paragraph>
      <ul className="rw-grid">
        {adminSections.map((section) => (
          <li key={section.to} className="rw-card">
            <Heading2>
              <AppLink to={section.to}>{section.label}</AppLink>
            </Heading2>
            <Paragraph>{section.intro}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
