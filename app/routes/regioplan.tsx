import { Outlet } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import type { RouteHandle } from "../lib/breadcrumbs";

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.nav.plan, to: "/regioplan" }),
};

export default function PlanLayout() {
  return <Outlet />;
}
