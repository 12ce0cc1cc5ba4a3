import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { auditActionLabel } from "../components/admin/labels";
import { formatMoment } from "../../shared/dutch-time";
import { describeChange } from "../components/structure/history";
import { listGroupHistory } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const history = await fromService(listGroupHistory(ctx, { slug: params.slug }));
  return { group: { slug: history.group.slug, name: history.group.name }, events: history.events, names: history.names, limit: history.limit };
};

const t = nl.structure.history;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${t.title} - ${data.group.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: t.title, to: `/werkgroepen/${params.slug ?? ""}/geschiedenis` }),
};

/** Geschiedenis: the werkgroep's recent card changes, newest first. */
export default function GroupHistoryPage() {
  const { group, events, names, limit } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="geschiedenis-titel">
      <Heading2 id="geschiedenis-titel">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {events.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <>
          <div className="rw-st-scroll rw-st-scroll--plain" role="region" aria-labelledby="geschiedenis-tabel" tabIndex={0}>
            <Table className="rw-table">
              <TableCaption id="geschiedenis-tabel" className="rw-visually-hidden">
                {t.caption(group.name)}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.when}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.who}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.what}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.card}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.changes}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.map((event) => (
                  <TableRow key={event.id}>
                    <TableCell>
                      <time dateTime={new Date(event.createdAt).toISOString()}>{formatMoment(event.createdAt)}</time>
                    </TableCell>
                    <TableCell>{event.actorName || t.unknownPerson}</TableCell>
                    <TableCell>{auditActionLabel(event.action)}</TableCell>
                    <TableCell>
                      {event.card.archived ? (
                        <>
                          {event.card.title} {t.archivedCard}
                        </>
                      ) : (
                        <AppLink to={`/werkgroepen/${group.slug}/bord?kaart=${event.card.id}`}>{event.card.title}</AppLink>
                      )}
                    </TableCell>
                    <TableCell>
                      {event.changes.length > 0 && (
                        <ul className="rw-st-changes">
                          {event.changes.map((change, index) => (
                            <li key={`${change.field}-${index}`}>{describeChange(change, names)}</li>
                          ))}
                        </ul>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {events.length >= limit && <Paragraph className="rw-muted">{t.limit(limit)}</Paragraph>}
        </>
      )}
    </section>
  );
}
