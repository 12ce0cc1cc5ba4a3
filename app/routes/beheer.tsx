import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { requireAdminArea } from "../components/admin/access.server";
import { AdminNav } from "../components/admin/AdminNav";
import type { RouteHandle } from "../lib/breadcrumbs";

/** Visitors go to /login; people without an admin right get the 403 page. */
export const loader = ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireAdminArea(ctx, request);
  return null;
};

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.title, to: "/beheer" }),
};

/** The programme office's administration: a sub-navigation above each section. */
export default function AdminLayout() {
  return (
    <>
      <AdminNav />
      <Outlet />
    </>
  );
}
