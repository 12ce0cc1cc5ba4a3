import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { Heading1, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";

/** "Pagina niet gevonden" with a way back; shown for unknown URLs and unknown slugs. */
export function NotFoundPage({ message }: { message?: string }) {
  return (
    <div className="rw-stack">
      <Heading1>{nl.errors.notFoundTitle}</Heading1>
      <Paragraph>{message ?? nl.errors.notFoundBody}</Paragraph>
      <UnorderedList className="rw-plain-list">
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
