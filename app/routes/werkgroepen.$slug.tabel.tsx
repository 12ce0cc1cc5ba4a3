import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useLiveBoard } from "../lib/live-board";
import { cardStatuses, scaleKinds } from "../../shared/domain/card-rules";
import { boardMessages } from "../../shared/domain/messages";
import { nl } from "../../shared/i18n/nl";
import { describeScale, namesOf, showQuarter, statusLabel, type NamedOption } from "../components/board/model";
import { tableFilterNames, type SortKey, type TableFilterName } from "../components/board/table";
import { loadCardTable } from "../components/board/table.server";
import { CsvDownload } from "../components/ui/CsvDownload";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import {
  FormLabel,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";

const t = nl.board;

/** The werkgroep's cards as a table; filters and sort order come from the URL (a GET form). */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return fromService(loadCardTable(ctx, params.slug, new URL(request.url).searchParams));
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: [t.tabs.table, data?.group.name, nl.app.name].filter(Boolean).join(" - ") }];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: t.tabs.table, to: `/werkgroepen/${params.slug ?? ""}/tabel` }),
};

const columns: Array<{ key: SortKey | null; label: string }> = [
  { key: "titel", label: t.titleLabel },
  { key: "status", label: t.statusLabel },
  { key: null, label: t.focusLabel },
  { key: null, label: t.scaleLabel },
  { key: "start", label: boardMessages.fieldLabel.startQuarter },
  { key: "eind", label: boardMessages.fieldLabel.endQuarter },
  { key: null, label: t.buildingBlocks },
];

export default function TablePage() {
  const { group, cards, total, options, query } = useLoaderData<typeof loader>();
  const { search } = useLocation();
  useLiveBoard("board", group.id);
  const navigation = useNavigation();
  const tableUrl = `/werkgroepen/${group.slug}/tabel`;
  const busy = navigation.state === "loading" && navigation.location?.pathname === tableUrl;
  const slugOptions = (list: NamedOption[]) => list.map((o) => ({ value: o.slug ?? o.id, name: o.name }));
  const filterOptions: Record<TableFilterName, { label: string; choices: Array<{ value: string; name: string }> }> = {
    status: { label: t.statusLabel, choices: cardStatuses.map((s) => ({ value: s, name: statusLabel(s) })) },
    bouwsteen: { label: t.filterBuildingBlock, choices: slugOptions(options.buildingBlocks) },
    fundament: { label: t.filterFoundation, choices: slugOptions(options.foundations) },
    doelgroep: { label: t.filterTargetGroup, choices: slugOptions(options.targetGroups) },
    schaal: {
      label: t.scaleLabel,
      choices: [...scaleKinds.map((k) => ({ value: k as string, name: boardMessages.scaleLabel[k] })), { value: "geen", name: t.noScale }],
    },
    gemeente: { label: t.filterMunicipality, choices: slugOptions(options.municipalities) },
  };
  const filtered = tableFilterNames.some((name) => query.filters[name]);

  /** The URL for sorting by `key`: the same filters, and the other direction when it is already sorted so. */
  const sortUrl = (key: SortKey) => {
    const params = new URLSearchParams();
    for (const name of tableFilterNames) if (query.filters[name]) params.set(name, query.filters[name]);
    params.set("sorteer", key);
    params.set("richting", query.sort === key && query.direction === "op" ? "af" : "op");
    return `${tableUrl}?${params.toString()}`;
  };

  return (
    <>
      <Heading2 className="rw-visually-hidden">{t.tableTitle}</Heading2>
      <Form method="get" action={tableUrl} className="rw-filter rw-table-filter" aria-label={t.filterLabel}>
        {query.sort && <input type="hidden" name="sorteer" value={query.sort} />}
        {query.sort && <input type="hidden" name="richting" value={query.direction} />}
        {(["status", "bouwsteen", "fundament", "doelgroep", "schaal", "gemeente"] as const).map((name) => (
          <div key={name}>
            <FormLabel htmlFor={`filter-${name}`}>{filterOptions[name].label}</FormLabel>
            <Select id={`filter-${name}`} name={name} defaultValue={query.filters[name]} aria-describedby={name === "gemeente" ? "filter-gemeente-uitleg" : undefined}>
              <SelectOption value="">{t.filterAll}</SelectOption>
              {filterOptions[name].choices.map((choice) => (
                <SelectOption key={choice.value} value={choice.value}>
                  {choice.name}
                </SelectOption>
              ))}
            </Select>
          </div>
        ))}
        <PrimaryActionButton type="submit" busy={busy}>
          {t.filterApply}
        </PrimaryActionButton>
        {filtered && (
          <Link to={tableUrl} className="utrecht-link utrecht-link--html-a">
            {t.filterReset}
          </Link>
        )}
      </Form>
      <Paragraph id="filter-gemeente-uitleg" className="rw-muted rw-hint">
        {t.filterMunicipalityHint}
      </Paragraph>

      <Paragraph role="status" aria-live="polite">
        {t.tableCount(cards.length, total)}
      </Paragraph>
      {cards.length > 0 && <CsvDownload href={`/werkgroepen/${group.slug}/tabel.csv${search}`} hint={t.downloadCsvHint} />}

      {cards.length === 0 ? (
        <Paragraph>{total === 0 ? t.emptyBoard : t.noResults}</Paragraph>
      ) : (
        <TableContainer className="rw-table-scroll">
          <Table className="rw-table">
            <TableCaption className="rw-visually-hidden">{t.tableCaption(group.name)}</TableCaption>
            <TableHeader>
              <TableRow>
                {columns.map((column) => {
                  const sorted = column.key !== null && query.sort === column.key;
                  return (
                    <TableHeaderCell key={column.label} scope="col" aria-sort={sorted ? (query.direction === "op" ? "ascending" : "descending") : undefined}>
                      {column.key ? (
                        <Link to={sortUrl(column.key)} className="utrecht-link utrecht-link--html-a rw-sort-link" preventScrollReset>
                          {column.label}
                          <span aria-hidden="true" className="rw-sort-mark">
                            {sorted ? (query.direction === "op" ? " ▲" : " ▼") : ""}
                          </span>
                          <span className="rw-visually-hidden">{t.sortAction(sorted && query.direction === "op" ? "af" : "op")}</span>
                        </Link>
                      ) : (
                        column.label
                      )}
                    </TableHeaderCell>
                  );
                })}
              </TableRow>
            </TableHeader>
            <TableBody>
              {cards.map((card) => (
                <TableRow key={card.id}>
                  <TableHeaderCell scope="row">
                    <Link to={`/werkgroepen/${group.slug}/bord?kaart=${card.id}`} className="utrecht-link utrecht-link--html-a">
                      {card.title}
                    </Link>
                  </TableHeaderCell>
                  <TableCell>{statusLabel(card.status)}</TableCell>
                  <TableCell>{card.focus ? t.focusMark : ""}</TableCell>
                  <TableCell>{describeScale(card.scale, options) ?? t.noScale}</TableCell>
                  <TableCell>{showQuarter(card.startQuarter) ?? ""}</TableCell>
                  <TableCell>{showQuarter(card.endQuarter) ?? ""}</TableCell>
                  <TableCell>{namesOf(card.buildingBlockIds, options.buildingBlocks).join(", ")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}
