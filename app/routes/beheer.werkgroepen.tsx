import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

/** Visitors go to /login (the pages below read and change werkgroepen). */
export const loader = ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return null;
};

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.groups.title, to: "/beheer/werkgroepen" }),
};

/** The werkgroepen list and one werkgroep share the "Werkgroepen" breadcrumb. */
export default function WorkingGroupsLayout() {
  return <Outlet />;
}
