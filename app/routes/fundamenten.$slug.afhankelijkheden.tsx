import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { DependencyInbox, type DependencyTabView } from "../components/dependencies/DependencyInbox";
import { dependencyTabPath } from "../components/dependencies/dependency-view";
import { dependencyTabAction, loadDependencyTab } from "../components/dependencies/inbox.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { useLiveBoard } from "../lib/live-board";

/** The fundament's dependencies in and out, what waits for its answer, and the request flow (?van=&zoek=). */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadDependencyTab(ctx, "fundament", params.slug ?? "", request);
};

/** intent = propose | confirm | decline | withdraw (plain form posts). */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  return dependencyTabAction(ctx, "fundament", params.slug ?? "", await request.formData());
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: [nl.dependencyInbox.title, data?.owner.name, nl.app.name].filter(Boolean).join(" - ") },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.dependencyInbox.tab, to: dependencyTabPath("fundament", params.slug ?? "") }),
};

export default function FoundationDependenciesPage() {
  const data = useLoaderData<typeof loader>();
  // A proposal or answer on either side reloads the lists (the service announces on both boards and werkagenda's).
  useLiveBoard("workplan", data.owner.id);
  return <DependencyInbox data={data as unknown as DependencyTabView} />;
}
