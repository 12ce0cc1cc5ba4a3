import { Form, Link, NavLink, useLocation, useSubmit } from "@remix-run/react";
import { useEffect, useState, type FormEvent, type KeyboardEvent } from "react";
import { nl } from "../../../shared/i18n/nl";
import { clearOfflineAgendas } from "../../lib/offline-agendas";

export interface HeaderProps {
  user: { name: string; email: string } | null;
  abilities: { admin: boolean; review?: boolean };
  /** Unread notifications, the number on the bell. */
  unreadNotifications?: number;
}

/**
 * On a narrow screen the menu folds behind a "Menu" button, so the page starts near the top.
 * Only once JavaScript runs: without it the header shows everything, as on a wide screen.
 * It folds again after every navigation and on Escape.
 */
function useFoldingMenu() {
  const [menu, setMenu] = useState<"open" | "closed" | undefined>(undefined);
  const { pathname, search } = useLocation();
  useEffect(() => setMenu("closed"), [pathname, search]);
  const toggle = () => setMenu((state) => (state === "open" ? "closed" : "open"));
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || menu !== "open") return;
    setMenu("closed");
    document.getElementById("menu-knop")?.focus();
  };
  return { menu, toggle, closeOnEscape };
}

/** The one top bar, the same on every page; it shows only what the person may use. */
export function SiteHeader({ user, abilities, unreadNotifications = 0 }: HeaderProps) {
  const submit = useSubmit();
  const { menu, toggle, closeOnEscape } = useFoldingMenu();
  // Logging out first deletes this browser's offline copies of agenda texts (without
  // JavaScript there are none, and the plain form posts as it is).
  const logout = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void clearOfflineAgendas().finally(() => submit(form, { method: "post", action: "/uitloggen" }));
  };
  const items = [
    { to: "/", label: nl.nav.overview, end: true },
    { to: "/regioplan", label: nl.nav.plan, end: false },
    ...(user
      ? [
          { to: "/werkgroepen", label: nl.structure.nav.groups, end: false },
          { to: "/fundamenten", label: nl.structure.nav.foundations, end: false },
          { to: "/afhankelijkheden", label: nl.dependencyUi.nav, end: false },
          { to: "/matrix", label: nl.structure.nav.matrix, end: false },
        ]
      : []),
    ...(user && abilities.review ? [{ to: "/review", label: nl.reviewUi.nav, end: false }] : []),
    ...(abilities.admin ? [{ to: "/beheer", label: nl.nav.admin, end: false }] : []),
  ];
  return (
    // Signed out, the bar holds three links and fits a phone: nothing to fold.
    <header className="rw-header" data-menu={user ? menu : undefined} onKeyDown={closeOnEscape}>
      <div className="rw-header__inner">
        <a href="/" className="rw-header__brand">
          {nl.app.name}
        </a>
        {menu && user && (
          <button type="button" id="menu-knop" className="rw-menu-button" aria-expanded={menu === "open"} aria-controls="hoofdmenu" onClick={toggle}>
            <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
              <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
            </svg>{" "}
            {nl.nav.menu}
            {unreadNotifications > 0 && (
              <>
                {" "}
                <span className="rw-tag rw-bell__count">
                  <span aria-hidden="true">{unreadNotifications}</span>
                  <span className="rw-visually-hidden">{nl.nav.menuUnread(unreadNotifications)}</span>
                </span>
              </>
            )}
          </button>
        )}
        <div className="rw-header__menu" id="hoofdmenu">
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
          <div className="rw-header__account">
            {user ? (
              <nav aria-label={nl.nav.userMenu} className="rw-account">
                <NavLink to="/meldingen" className="rw-nav__link rw-bell" aria-label={nl.notifications.bellLabel(unreadNotifications)}>
                  <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" className="rw-bell__icon">
                    <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
                  </svg>{" "}
                  {nl.notifications.bell}
                  {unreadNotifications > 0 && (
                    <>
                      {" "}
                      <span className="rw-tag rw-bell__count" aria-hidden="true">
                        {unreadNotifications}
                      </span>
                    </>
                  )}
                </NavLink>
                <span className="rw-account__name">{nl.nav.signedInAs(user.name)}</span>
                <Link to="/mijn-sessies" className="rw-nav__link">
                  {nl.nav.mySessions}
                </Link>
                <Form method="post" action="/uitloggen" className="rw-account__logout" onSubmit={logout}>
                  <button type="submit" className="rw-nav__link rw-link-button">
                    {nl.auth.logoutButton}
                  </button>
                </Form>
              </nav>
            ) : (
              <Link to="/login" className="rw-nav__link">
                {nl.nav.login}
              </Link>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
