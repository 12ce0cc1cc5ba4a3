import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";

/** "Pagina niet gevonden" with a way back; shown for unknown URLs and unknown slugs. */
export function NotFoundPage({ message }: { message?: string }) {
  return (
    <div className="rw-stack">
      <h1 className="utrecht-heading-1">{nl.errors.notFoundTitle}</h1>
      <p className="utrecht-paragraph">{message ?? nl.errors.notFoundBody}</p>
      <ul className="utrecht-unordered-list rw-plain-list">
        <li>
          <AppLink to="/">{nl.errors.backHome}</AppLink>
        </li>
        <li>
          <AppLink to="/regioplan">{nl.errors.toPlan}</AppLink>
        </li>
      </ul>
    </div>
  );
}

/** A calm error page; never a stack trace or a server message that was not meant for people. */
export function ServerErrorPage({ title, message }: { title: string; message?: string }) {
  return (
    <div className="rw-stack">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{message ?? nl.errors.serverBody}</p>
      <p className="utrecht-paragraph">
        <AppLink to="/">{nl.errors.backHome}</AppLink>
      </p>
    </div>
  );
}
