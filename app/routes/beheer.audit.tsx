import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { listAudit, listFoundationTeams, listPeople, listWorkingGroups } from "../components/admin/services.server";
import { nl } from "../../shared/i18n/nl";
import { auditActionLabel, auditDetails, auditSubject, type NameLookup } from "../components/admin/labels";
import { formatMoment } from "../../shared/dutch-time";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";

/**
 * The audit log, newest first. Times are written out here on the server (Dutch time), so
 * the page reads the same with or without JavaScript.
 */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const [events, people, groups, foundations] = await fromService(
    Promise.all([listAudit(ctx), listPeople(ctx), listWorkingGroups(ctx), listFoundationTeams(ctx)]),
  );
  const names: NameLookup = {
    people: new Map(people.map((p) => [p.id, p.name ? `${p.name} (${p.email})` : p.email])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
    foundations: new Map(foundations.map((f) => [f.id, f.name])),
  };
  return {
    events: events.map((event) => ({
      id: event.id,
      at: new Date(event.createdAt).toISOString(),
      when: formatMoment(event.createdAt),
      who: event.actorName || event.actorEmail || nl.admin.audit.nobody,
      what: auditActionLabel(event.action),
      about: auditSubject(event, names),
      details: auditDetails(event.action, event.data, names),
    })),
  };
};

export const meta: MetaFunction = () => [{ title: `${nl.admin.audit.title} - ${nl.admin.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.admin.audit.title, to: "/beheer/audit" }),
};

const t = nl.admin.audit;

export default function AuditPage() {
  const { events } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {events.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <TableContainer>
          <Table className="rw-table">
            <TableCaption className="rw-visually-hidden">{t.caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.time}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.who}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.what}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.about}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.details}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {events.map((event) => (
                <TableRow key={event.id}>
                  <TableCell>
                    <time dateTime={event.at}>{event.when}</time>
                  </TableCell>
                  <TableCell>{event.who}</TableCell>
                  <TableCell>{event.what}</TableCell>
                  <TableCell>{event.about}</TableCell>
                  <TableCell>{event.details}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
