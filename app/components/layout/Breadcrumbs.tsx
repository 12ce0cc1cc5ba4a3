import { Link, useMatches } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";
import type { Crumb, RouteHandle } from "../../lib/breadcrumbs";

/** Regio > ... > this page, built from the matched routes' handles. */
export function Breadcrumbs() {
  const crumbs = useMatches()
    .flatMap((match) => (match.handle as RouteHandle | undefined)?.breadcrumb?.({ data: match.data, params: match.params }) ?? [])
    .filter((crumb): crumb is Crumb => Boolean(crumb));
  if (crumbs.length < 2) return null;
  return (
    <nav className="utrecht-breadcrumb-nav rw-breadcrumbs" aria-label={nl.app.breadcrumb}>
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1;
          return (
            <li key={crumb.to} className="utrecht-breadcrumb-nav__item">
              {current ? (
                <span aria-current="page" className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current">
                  {crumb.label}
                </span>
              ) : (
                <Link to={crumb.to} className="utrecht-breadcrumb-nav__link utrecht-link utrecht-link--html-a">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
