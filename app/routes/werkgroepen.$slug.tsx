import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { maxFocusPerGroup } from "../../shared/domain/card-rules";
import { nl } from "../../shared/i18n/nl";
import { getGroupHeader } from "../components/board/services.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import boardStyles from "../components/board/board.css";
import { AgendaStatus } from "../components/review/AgendaStatus";
import reviewStyles from "../components/review/review.css";
import { loadAgendaStateOf, reviewPathOf } from "../components/review/review.server";
import dependencyStyles from "../components/dependencies/inbox.css";

export const links = () => [
  { rel: "stylesheet", href: boardStyles },
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: dependencyStyles },
];

/** The werkgroep's header (name, description, focus count) above its tabs. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [board, agendaState] = await Promise.all([fromService(getGroupHeader(ctx, { slug: params.slug })), loadAgendaStateOf(ctx, "werkgroep", params.slug ?? "")]);
  return {
    group: { slug: board.group.slug, name: board.group.name, description: board.group.description },
    focusCount: board.focusCount,
    agendaState,
    reviewPath: reviewPathOf({ kind: "werkgroep", slug: board.group.slug }),
  };
};

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const group = (data as { group?: { name: string } } | undefined)?.group;
    return group ? { label: group.name, to: `/werkgroepen/${params.slug ?? ""}` } : null;
  },
};

const tabs = [
  { path: "bord", label: nl.board.tabs.board },
  { path: "tabel", label: nl.board.tabs.table },
  { path: "agenda", label: nl.agenda.tab },
  { path: "afhankelijkheden", label: nl.dependencyInbox.tab },
  { path: "leden", label: nl.board.tabs.members },
  { path: "geschiedenis", label: nl.board.tabs.history },
] as const;

/**
 * One werkgroep: the only h1 of its pages, the focus count ("Focus 1/2"), the agenda's review
 * state and deadline, and the tabs.
 * The tabs are links (each tab is its own page and URL), marked with aria-current.
 */
export default function WorkingGroupLayout() {
  const { group, focusCount, agendaState, reviewPath } = useLoaderData<typeof loader>();
  return (
    <>
      <header className="rw-group-header">
        <Heading1>{group.name}</Heading1>
        <p className="rw-chip rw-chip--focus" title={nl.board.focusCountHint}>
          {nl.board.focusCount(focusCount, maxFocusPerGroup)}
          <span className="rw-visually-hidden"> {nl.board.focusCountHint}</span>
        </p>
      </header>
      <AgendaStatus status={agendaState} reviewPath={reviewPath} />
      {group.description && (
        <Paragraph appearance="lead" className="rw-lead">
          {group.description}
        </Paragraph>
      )}
      <nav className="rw-tabs" aria-label={nl.board.tabsLabel(group.name)}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={`/werkgroepen/${group.slug}/${tab.path}`} className="rw-tabs__link" prefetch="intent">
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
