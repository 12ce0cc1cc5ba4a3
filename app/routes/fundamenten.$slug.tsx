import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { Heading1 } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { getFoundationTeam } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

/** The fundament's name above its tabs; an unknown fundament is a 404 for every tab. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { foundation } = await fromService(getFoundationTeam(ctx, { slug: params.slug }));
  return { foundation: { slug: foundation.slug, name: foundation.name } };
};

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const foundation = (data as { foundation?: { name: string } } | undefined)?.foundation;
    return foundation ? { label: foundation.name, to: `/fundamenten/${params.slug ?? ""}` } : null;
  },
};

const t = nl.structure.foundations;

/** One fundament: the only h1 of its pages and the tabs Werkagenda and Team (each its own URL). */
export default function FoundationLayout() {
  const { foundation } = useLoaderData<typeof loader>();
  const tabs = [
    { path: "werkagenda", label: t.tabWorkplan },
    { path: "team", label: t.tabTeam },
  ];
  return (
    <>
      <p className="rw-muted">{t.label}</p>
      <Heading1>{foundation.name}</Heading1>
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
