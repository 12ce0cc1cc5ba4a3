import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { freezeVersionFromForm, loadVersionsPage } from "../components/agenda/agenda.server";
import agendaStyles from "../components/agenda/agenda.css";
import { VersionsPage } from "../components/agenda/VersionsPage";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

/** The fundament's werkagenda text versions; ?versie=N opens one, ?van=N&tot=M|live compares. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadVersionsPage(ctx, "fundament", params.slug ?? "", request);
};

/** "Versie vastleggen": freezes the live text under the name given. */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  return freezeVersionFromForm(ctx, "fundament", params.slug ?? "", await request.formData());
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${nl.versions.title} - ${nl.agenda.tab} - ${data.agenda.owner.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.versions.title, to: `/fundamenten/${params.slug ?? ""}/agenda/versies` }),
};

export default function FoundationAgendaVersionsPage() {
  return <VersionsPage data={useLoaderData<typeof loader>()} />;
}
