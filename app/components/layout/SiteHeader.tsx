import { NavLink } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";

const items = [
  { to: "/", label: nl.nav.overview, end: true },
  { to: "/regioplan", label: nl.nav.plan, end: false },
];

/** The one top bar, the same on every page. */
export function SiteHeader() {
  return (
    <header className="rw-header">
      <div className="rw-header__inner">
        <a href="/" className="rw-header__brand">
          {nl.app.name}
        </a>
        <nav className="utrecht-nav-bar rw-nav" aria-label={nl.app.mainNavigation}>
          <ul className="utrecht-nav-list">
            {items.map((item) => (
              <li key={item.to} className="utrecht-nav-list__item">
                <NavLink to={item.to} end={item.end} className="utrecht-nav-list__link rw-nav__link" prefetch="intent">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
