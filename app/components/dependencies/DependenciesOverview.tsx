import type { SerializeFrom } from "@remix-run/node";
import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import {
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { formatDay } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { CsvDownload } from "../ui/CsvDownload";
import { UrgencyTable } from "./UrgencyTable";
import type { loadDependencyViews, UrgencyFormProblem } from "./dependencies.server";
import { DependencyGraph } from "./DependencyGraph";
import { itemHref, riskReasonOf } from "./dependency-view";

// The region's dependencies page (/afhankelijkheden): filters, the list, the graph, the
// werkgroepen x fundamenten matrix and the order of urgency of the fundamenten.

const t = nl.dependencyUi;

type Views = SerializeFrom<typeof loadDependencyViews>;

export function DependenciesOverview({ views, problem }: { views: Views; problem: UrgencyFormProblem | undefined }) {
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      <DependencyFilters graph={views.graph} />
      <DependencyList graph={views.graph} />
      <GraphSection graph={views.graph} />
      <NeedsMatrix matrix={views.matrix} />
      <UrgencySection urgency={views.urgency} saved={views.saved} problem={problem} />
    </>
  );
}

/** Filters by werkgroep, fundament, kind and state: a GET form, so a filtered view is a link to share. */
function DependencyFilters({ graph }: { graph: Views["graph"] }) {
  const filters = graph.filters;
  const filtered = Boolean(filters.group || filters.foundation || filters.kind || filters.state);
  const selects = [
    { name: "werkgroep", label: t.filterGroup, value: filters.group?.slug ?? "", choices: graph.options.groups.map((g) => ({ value: g.slug, label: g.name })) },
    { name: "fundament", label: t.filterFoundation, value: filters.foundation?.slug ?? "", choices: graph.options.foundations.map((f) => ({ value: f.slug, label: f.name })) },
    { name: "soort", label: t.filterKind, value: filters.kind ?? "", choices: graph.options.kinds },
    { name: "status", label: t.filterState, value: filters.state ?? "", choices: graph.options.states },
  ];
  return (
    <Form method="get" action="/afhankelijkheden" className="rw-dep-filter" aria-label={t.filterLabel}>
      {selects.map((select) => (
        <div key={select.name}>
          <FormLabel htmlFor={`filter-${select.name}`}>{select.label}</FormLabel>
          <Select id={`filter-${select.name}`} name={select.name} defaultValue={select.value} key={`${select.name}-${select.value}`}>
            <SelectOption value="">{t.filterAll}</SelectOption>
            {select.choices.map((choice) => (
              <SelectOption key={choice.value} value={choice.value}>
                {choice.label}
              </SelectOption>
            ))}
          </Select>
        </div>
      ))}
      <PrimaryActionButton type="submit">{t.filterApply}</PrimaryActionButton>
      {filtered && (
        <Link to="/afhankelijkheden" className="utrecht-link utrecht-link--html-a">
          {t.filterReset}
        </Link>
      )}
    </Form>
  );
}

/** Every link with both ends, its state, the agreed date and, when at risk, why. */
function DependencyList({ graph }: { graph: Views["graph"] }) {
  const { search } = useLocation();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return (
    <section className="rw-section" aria-labelledby="lijst">
      <Heading2 id="lijst">{t.listTitle}</Heading2>
      <Paragraph role="status" aria-live="polite">
        {t.listCount(graph.links.length)}
      </Paragraph>
      {graph.links.length > 0 && <CsvDownload href={`/afhankelijkheden.csv${search}`} hint={t.downloadCsvHint} />}
      {graph.links.length === 0 ? (
        <Paragraph>{t.listEmpty}</Paragraph>
      ) : (
        <div className="rw-st-scroll rw-st-scroll--plain" role="region" aria-labelledby="lijst-tabel" tabIndex={0}>
          <Table className="rw-table rw-dep-list">
            <TableCaption id="lijst-tabel">{t.listCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.colFrom}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colKind}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colTo}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colState}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colDate}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.colRisk}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {graph.links.map((link) => {
                const from = byId.get(link.from);
                const to = byId.get(link.to);
                const reason = riskReasonOf(link, from, to);
                return (
                  <TableRow key={link.id} className={link.atRisk ? "rw-dep-row--risk" : undefined} data-at-risk={link.atRisk ? "true" : undefined}>
                    <TableHeaderCell scope="row">
                      {from ? <AppLink to={itemHref(from)}>{from.title}</AppLink> : null}
                      <span className="rw-dep-owner">{from?.owner.name}</span>
                    </TableHeaderCell>
                    <TableCell>{link.kindLabel}</TableCell>
                    <TableCell>
                      {to ? <AppLink to={itemHref(to)}>{to.title}</AppLink> : null}
                      <span className="rw-dep-owner">{to?.owner.name}</span>
                    </TableCell>
                    <TableCell>{link.stateLabel}</TableCell>
                    <TableCell>{link.agreedDate ? formatDay(link.agreedDate) : t.noDate}</TableCell>
                    <TableCell>
                      {reason !== null ? (
                        <>
                          <span className="rw-dep-risk__tag">{t.risk}</span>
                          {reason}
                        </>
                      ) : (
                        <span className="rw-muted">{t.noRisk}</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** The graph is drawn in the browser only (React Flow needs the DOM): until then the intro says it is loading. */
function GraphSection({ graph }: { graph: Views["graph"] }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section className="rw-section" aria-labelledby="graaf">
      <Heading2 id="graaf">{t.graphTitle}</Heading2>
      <Paragraph>{hydrated ? t.graphIntro : t.graphLoading}</Paragraph>
      <div role="region" aria-label={t.graphLabel}>
        {hydrated && graph.nodes.length > 0 && <DependencyGraph nodes={graph.nodes} links={graph.links} />}
      </div>
    </section>
  );
}

/** Werkgroepen x fundamenten: how many links, and when the first is needed. */
function NeedsMatrix({ matrix }: { matrix: Views["matrix"] }) {
  const cellOf = (groupId: string, foundationId: string) => matrix.cells.find((c) => c.groupId === groupId && c.foundationId === foundationId);
  return (
    <section className="rw-section" aria-labelledby="matrix">
      <Heading2 id="matrix">{t.matrixTitle}</Heading2>
      <Paragraph>{t.matrixIntro}</Paragraph>
      <div className="rw-st-scroll" role="region" aria-label={t.matrixScrollRegion} tabIndex={0}>
        <table className="rw-st-matrix rw-dep-matrix">
          <caption>{t.matrixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.matrixCorner}</th>
              {matrix.foundations.map((f) => (
                <th key={f.id} scope="col">
                  {f.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.name}</th>
                {matrix.foundations.map((f) => {
                  const cell = cellOf(g.id, f.id);
                  return (
                    <td key={f.id} className={cell ? undefined : "rw-st-matrix__zero"}>
                      {t.matrixCell(cell?.count ?? 0, cell?.earliestNeededLabel ?? null)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The computed order of urgency beside the order the coalition decided, and the form to decide it. */
function UrgencySection({ urgency, saved, problem }: { urgency: Views["urgency"]; saved: Views["saved"]; problem: UrgencyFormProblem | undefined }) {
  const navigation = useNavigation();
  const decidedPosition = new Map((urgency.decided?.order ?? []).map((f, index) => [f.id, index + 1]));
  const positionValue = (id: string) => problem?.values[`positie-${id}`] ?? String(decidedPosition.get(id) ?? "");
  return (
    <section className="rw-section" aria-labelledby="urgentie" id="urgentie-sectie">
      <Heading2 id="urgentie">{t.urgencyTitle}</Heading2>
      <Paragraph>{t.urgencyIntro}</Paragraph>
      {saved && (
        <Paragraph role="status" className="rw-dep-saved">
          {t.saved}
        </Paragraph>
      )}
      <div className="rw-dep-columns">
        <div>
          <Heading3>{t.computedTitle}</Heading3>
          <UrgencyTable rows={urgency.computed} caption={t.computedCaption} />
        </div>
        <div data-testid="decided-order">
          <Heading3>{t.decidedTitle}</Heading3>
          {urgency.decided ? (
            <>
              <ol>
                {urgency.decided.order.map((f) => (
                  <li key={f.id}>{f.name}</li>
                ))}
              </ol>
              <Paragraph>{t.decidedBy(urgency.decided.decidedByName, formatDay(urgency.decided.decidedAt))}</Paragraph>
              {urgency.decided.note && (
                <Paragraph>
                  <strong>{t.decidedNote}:</strong> {urgency.decided.note}
                </Paragraph>
              )}
            </>
          ) : (
            <Paragraph>{t.noDecision}</Paragraph>
          )}
        </div>
      </div>

      {urgency.abilities.setOrder && (
        <Form method="post" action="/afhankelijkheden#urgentie" className="rw-dep-form" aria-labelledby="volgorde-vastleggen">
          <Heading3 id="volgorde-vastleggen">{t.formTitle}</Heading3>
          <Paragraph id="volgorde-uitleg">{t.formIntro}</Paragraph>
          {problem && (
            <Paragraph role="alert" className="rw-dep-alert">
              {problem.message}
            </Paragraph>
          )}
          {urgency.foundations.map((f) => (
            <div key={f.id} className="rw-dep-form__row">
              <Textbox
                id={`positie-${f.id}`}
                name={`positie-${f.id}`}
                type="number"
                min={1}
                max={urgency.foundations.length}
                required
                defaultValue={positionValue(f.id)}
                key={`${f.id}-${positionValue(f.id)}`}
                invalid={problem ? true : undefined}
                aria-describedby="volgorde-uitleg"
              />
              <FormLabel htmlFor={`positie-${f.id}`}>{t.position(f.name)}</FormLabel>
            </div>
          ))}
          <div>
            <FormLabel htmlFor="volgorde-toelichting">{t.note}</FormLabel>
            <Textarea id="volgorde-toelichting" name="note" defaultValue={problem?.values.note ?? ""} rows={3} />
          </div>
          <div>
            <PrimaryActionButton type="submit" disabled={navigation.state === "submitting"}>
              {t.submit}
            </PrimaryActionButton>
          </div>
        </Form>
      )}
    </section>
  );
}
