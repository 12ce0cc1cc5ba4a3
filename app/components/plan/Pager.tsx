import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";

type Neighbour = { slug: string; name: string } | null;

/** "Vorige / Volgende" through the plan's bouwstenen or fundamenten, in the plan's order. */
export function Pager({ basePath, previous, next, label }: { basePath: string; previous: Neighbour; next: Neighbour; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="rw-pager">
        <li>
          {previous && (
            <AppLink to={`${basePath}/${previous.slug}`} rel="prev">
              ← {nl.plan.previous}: {previous.name}
            </AppLink>
          )}
        </li>
        <li>
          {next && (
            <AppLink to={`${basePath}/${next.slug}`} rel="next">
              {nl.plan.next}: {next.name} →
            </AppLink>
          )}
        </li>
      </ul>
    </nav>
  );
}
