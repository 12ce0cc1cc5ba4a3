import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { nl } from "../../../shared/i18n/nl";
import { ownerPath } from "../../../shared/owner-paths";
import type { RouteHandle } from "../../lib/breadcrumbs";
import agendaStyles from "./agenda.css";

// What the werkgroep's and the fundament's print routes share (…/agenda/afdrukken): they differ
// only in whose agenda the loader opens.

type PrintedOwner = { agenda?: { owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } } } | undefined;

export const printLinks: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const printMeta: MetaFunction = ({ data }) => {
  const owner = (data as PrintedOwner)?.agenda?.owner;
  return [{ title: owner ? `${nl.agenda.print.pageTitle} - ${nl.agenda.tab} - ${owner.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` }];
};

export const printHandle: RouteHandle = {
  breadcrumb: ({ data }) => {
    const owner = (data as PrintedOwner)?.agenda?.owner;
    return owner ? { label: `${owner.name}: ${nl.agenda.tab}`, to: ownerPath(owner, "/agenda") } : null;
  },
};
