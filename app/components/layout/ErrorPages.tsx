import { useLocation } from "@remix-run/react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";

/** The list a lost visitor most likely wanted: all werkgroepen under /werkgroepen/…, all fundamenten under /fundamenten/…. */
function listFor(pathname: string): { to: string; label: string } | null {
  if (pathname.startsWith("/werkgroepen/")) return { to: "/werkgroepen", label: nl.errors.toGroups };
  if (pathname.startsWith("/fundamenten/")) return { to: "/fundamenten", label: nl.errors.toFoundations };
  return null;
}

/** "Pagina niet gevonden" with a way back; shown for unknown URLs and unknown slugs. */
export function NotFoundPage({ message }: { message?: string }) {
  const list = listFor(useLocation().pathname);
  return (
    <div className="rw-stack">
      <Heading1>{nl.errors.notFoundTitle}</Heading1>
      <Paragraph>{message ?? nl.errors.notFoundBody}</Paragraph>
      <UnorderedList className="rw-plain-list">
        {list && (
          <UnorderedListItem>
            <AppLink to={list.to}>{list.label}</AppLink>
          </UnorderedListItem>
        )}
        <UnorderedListItem>
          <AppLink to="/">{nl.errors.backHome}</AppLink>
        </UnorderedListItem>
        <UnorderedListItem>
          <AppLink to="/regioplan">{nl.errors.toPlan}</AppLink>
        </UnorderedListItem>
      </UnorderedList>
    </div>
  );
}

/** A calm error page; never a stack trace or a server message that was not meant for people. */
export function ServerErrorPage({ title, message }: { title: string; message?: string }) {
  return (
    <div className="rw-stack">
      <Heading1>{title}</Heading1>
      <Paragraph>{message ?? nl.errors.serverBody}</Paragraph>
      <Paragraph>
        <AppLink to="/">{nl.errors.backHome}</AppLink>
      </Paragraph>
    </div>
  );
}
