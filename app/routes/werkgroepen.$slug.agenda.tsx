import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { loadAgendaPage } from "../components/agenda/agenda.server";
import agendaStyles from "../components/agenda/agenda.css";
import { AgendaPage } from "../components/agenda/AgendaPage";
import reviewStyles from "../components/review/review.css";
import { loadAgendaStateById } from "../components/review/review.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: agendaStyles },
  { rel: "stylesheet", href: reviewStyles },
];

/** The werkgroep's concept transformatieagenda: who may write, and the linked cards' statuses. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const page = await loadAgendaPage(ctx, "werkgroep", params.slug ?? "");
  return { ...page, review: await loadAgendaStateById(ctx, page.agenda.id) };
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${nl.agenda.tab} - ${data.agenda.owner.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.agenda.tab, to: `/werkgroepen/${params.slug ?? ""}/agenda` }),
};

export default function GroupAgendaPage() {
  return <AgendaPage data={useLoaderData<typeof loader>()} />;
}
