import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { ownerPath } from "../../shared/owner-paths";
import { loadPrintPage } from "../components/agenda/agenda.server";
import agendaStyles from "../components/agenda/agenda.css";
import { PrintPage } from "../components/agenda/PrintPage";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

/** The fundament's agenda to print or save as PDF: the text of now, or ?versie=N. Outside the fundament's tabs, so the paper starts with the agenda. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadPrintPage(ctx, "fundament", params.slug ?? "", request);
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${nl.agenda.print.pageTitle} - ${nl.agenda.tab} - ${data.agenda.owner.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ data }) => {
    const owner = (data as { agenda?: { owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } } } | undefined)?.agenda?.owner;
    return owner ? { label: `${owner.name}: ${nl.agenda.tab}`, to: ownerPath(owner, "/agenda") } : null;
  },
};

export default function FundamentAgendaPrintPage() {
  return <PrintPage data={useLoaderData<typeof loader>()} />;
}
