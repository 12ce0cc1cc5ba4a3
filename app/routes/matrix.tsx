import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import {
  Heading1,
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
import { boardMessages } from "../../shared/domain/messages";
import { nl } from "../../shared/i18n/nl";
import { getMatrix } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

/** ?bouwsteen=<slug>&fundament=<slug> chooses a cell; an unknown slug is a 404. */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const url = new URL(request.url);
  return fromService(
    getMatrix(ctx, { buildingBlock: url.searchParams.get("bouwsteen") ?? undefined, foundation: url.searchParams.get("fundament") ?? undefined }),
  );
};

const t = nl.structure.matrix;

export const meta: MetaFunction = () => [{ title: `${t.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.structure.nav.matrix, to: "/matrix" }),
};

function cellHref(block: string, foundation: string) {
  return `/matrix?${new URLSearchParams({ bouwsteen: block, fundament: foundation }).toString()}#kaarten`;
}

/** Bouwstenen x fundamenten: how many cards of all werkgroepen link both, and which. */
export default function MatrixPage() {
  const { columns, rows, chosen, selection } = useLoaderData<typeof loader>();
  const location = useLocation();
  const selectionHeading = useRef<HTMLHeadingElement>(null);
  // After choosing a number, focus moves to the list of its cards (without JavaScript the #kaarten anchor does this).
  useEffect(() => {
    if (location.hash === "#kaarten") selectionHeading.current?.focus();
  }, [location]);
  const anything = rows.some((row) => row.counts.some((count) => count > 0));
  const selectionTitle =
    chosen.buildingBlock && chosen.foundation
      ? t.selectionTitle(chosen.buildingBlock.name, chosen.foundation.name)
      : chosen.buildingBlock
        ? t.selectionBlock(chosen.buildingBlock.name)
        : chosen.foundation
          ? t.selectionFoundation(chosen.foundation.name)
          : "";
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {!anything && <Paragraph>{t.nothingLinked}</Paragraph>}

      <div className="rw-st-scroll" role="region" aria-label={t.scrollRegion} tabIndex={0}>
        <table className="rw-st-matrix">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.corner}</th>
              {columns.map((column) => (
                <th key={column.slug} scope="col">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">{row.name}</th>
                {row.counts.map((count, index) => {
                  const column = columns[index]!;
                  const isChosen = chosen.buildingBlock?.slug === row.slug && chosen.foundation?.slug === column.slug;
                  const label = t.cell(count, row.name, column.name);
                  return (
                    <td key={column.slug} className={isChosen ? "rw-st-matrix__chosen" : count === 0 ? "rw-st-matrix__zero" : undefined}>
                      {count > 0 ? (
                        <AppLink to={cellHref(row.slug, column.slug)} aria-current={isChosen ? "true" : undefined}>
                          {count}
                          <span className="rw-visually-hidden"> {label}</span>
                        </AppLink>
                      ) : (
                        <>
                          {count}
                          <span className="rw-visually-hidden"> {label}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {selection && (
        <section className="rw-section" aria-labelledby="kaarten" id="kaarten-sectie">
          <Heading2 id="kaarten" tabIndex={-1} ref={selectionHeading}>
            {selectionTitle}
          </Heading2>
          {selection.length === 0 ? (
            <Paragraph>{t.selectionEmpty}</Paragraph>
          ) : (
            <div className="rw-st-scroll rw-st-scroll--plain" role="region" aria-labelledby="kaarten-tabel" tabIndex={0}>
              <Table className="rw-table">
                <TableCaption id="kaarten-tabel" className="rw-visually-hidden">
                  {t.selectionCaption}: {selectionTitle}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.card}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.group}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.status}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.focus}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {selection.map((card) => (
                    <TableRow key={card.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/werkgroepen/${card.groupSlug}/bord?kaart=${card.id}`}>{card.title}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{card.groupName}</TableCell>
                      <TableCell>{boardMessages.statusLabel[card.status]}</TableCell>
                      <TableCell>{card.focus ? t.yes : t.no}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Paragraph>
            <AppLink to="/matrix">{t.clear}</AppLink>
          </Paragraph>
        </section>
      )}
    </>
  );
}
