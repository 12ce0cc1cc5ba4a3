import { Outlet } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import type { RouteHandle } from "../lib/breadcrumbs";

// Holds the "Fundamenten" crumb for the list and every page under it.
export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.structure.foundations.title, to: "/fundamenten" }),
};

export default function FundamentenLayout() {
  return <Outlet />;
}
