import xyflowStyles from "@xyflow/react/dist/style.css";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import { DependenciesOverview } from "../components/dependencies/DependenciesOverview";
import dependencyStyles from "../components/dependencies/dependencies.css";
import { loadDependencyViews, setUrgencyAction, type UrgencyFormProblem } from "../components/dependencies/dependencies.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

const t = nl.dependencyUi;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: xyflowStyles },
  { rel: "stylesheet", href: dependencyStyles },
];

/** Signed-in people only; the filters come from the URL (?werkgroep=&fundament=&soort=&status=). */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadDependencyViews(ctx, request);
};

/** The coalition's order of the fundamenten (the origin check runs for every POST in server/http). */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  return setUrgencyAction(ctx, await request.formData());
};

export const meta: MetaFunction = () => [{ title: `${t.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: t.title, to: "/afhankelijkheden" }),
};

export default function DependenciesPage() {
  const views = useLoaderData<typeof loader>();
  const problem = useActionData<typeof action>() as UrgencyFormProblem | undefined;
  return <DependenciesOverview views={views} problem={problem} />;
}
