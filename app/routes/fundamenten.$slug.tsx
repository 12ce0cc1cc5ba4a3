import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { Heading1 } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { getFoundationTeam } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AgendaStatus } from "../components/review/AgendaStatus";
import reviewStyles from "../components/review/review.css";
import { loadAgendaStateOf, reviewPathOf } from "../components/review/review.server";
import dependencyStyles from "../components/dependencies/inbox.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: structureStyles },
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: dependencyStyles },
];

/** The fundament's name above its tabs; an unknown fundament is a 404 for every tab. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [{ foundation }, agendaState] = await Promise.all([
    fromService(getFoundationTeam(ctx, { slug: params.slug })),
    loadAgendaStateOf(ctx, "fundament", params.slug ?? ""),
  ]);
  return { foundation: { slug: foundation.slug, name: foundation.name }, agendaState, reviewPath: reviewPathOf({ kind: "fundament", slug: foundation.slug }) };
};

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const foundation = (data as { foundation?: { name: string } } | undefined)?.foundation;
    return foundation ? { label: foundation.name, to: `/fundamenten/${params.slug ?? ""}` } : null;
  },
};

const t = nl.structure.foundations;

/** One fundament: the only h1 of its pages, its werkagenda's review state and deadline, and the tabs (each its own URL). */
export default function FoundationLayout() {
  const { foundation, agendaState, reviewPath } = useLoaderData<typeof loader>();
  const tabs = [
    { path: "werkagenda", label: t.tabWorkplan },
    { path: "agenda", label: nl.agenda.tab },
    { path: "afhankelijkheden", label: nl.dependencyInbox.tab },
    { path: "team", label: t.tabTeam },
  ];
  return (
    <>
      <p className="rw-muted">{t.label}</p>
      <Heading1>{foundation.name}</Heading1>
      <AgendaStatus status={agendaState} reviewPath={reviewPath} />
      <p>
        <AppLink to={`/regioplan/fundamenten/${foundation.slug}`}>{t.inPlan}</AppLink>
      </p>
      <nav className="rw-st-tabs" aria-label={t.tabs}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/fundamenten/${foundation.slug}/${tab.path}`} prefetch="intent">
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
