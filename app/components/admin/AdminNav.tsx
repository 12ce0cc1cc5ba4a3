import { NavLink } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";

export const adminSections = [
  { to: "/beheer/mensen", label: nl.admin.sections.people, intro: nl.admin.sectionIntro.people },
  { to: "/beheer/werkgroepen", label: nl.admin.sections.groups, intro: nl.admin.sectionIntro.groups },
  { to: "/beheer/fundamenten", label: nl.admin.sections.foundations, intro: nl.admin.sectionIntro.foundations },
  { to: "/beheer/criteria", label: nl.admin.sections.criteria, intro: nl.admin.sectionIntro.criteria },
  { to: "/beheer/audit", label: nl.admin.sections.audit, intro: nl.admin.sectionIntro.audit },
] as const;

/** The sub-navigation of /beheer; the current section gets aria-current="page". */
export function AdminNav() {
  return (
    <nav aria-label={nl.admin.sectionsLabel}>
      <ul className="rw-toc">
        {adminSections.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} className="utrecht-link utrecht-link--html-a" prefetch="intent">
              {({ isActive }) => (isActive ? <strong>{section.label}</strong> : section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
