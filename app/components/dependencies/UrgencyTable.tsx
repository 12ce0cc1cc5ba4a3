import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";

const t = nl.dependencyUi;

export interface UrgencyRow {
  foundationId: string;
  slug: string;
  name: string;
  rank: number;
  focusCards: number;
  cards: number;
  earliestNeededLabel: string | null;
}

/**
 * The computed order of urgency of the fundamenten (on /afhankelijkheden and the coalition's
 * Overzicht). With `decided`, a last column gives each fundament's place in the coalition's
 * order; with `linkNames`, each name opens the fundament's werkagenda.
 */
export function UrgencyTable({ rows, caption, decided, linkNames = false }: { rows: UrgencyRow[]; caption: string; decided?: { order: Array<{ id: string }> } | null; linkNames?: boolean }) {
  const decidedPlace = new Map((decided?.order ?? []).map((f, index) => [f.id, index + 1]));
  return (
    <Table className="rw-table">
      <TableCaption className="rw-visually-hidden">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t.colRank}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.colFoundation}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.colFocusCards}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.colCards}</TableHeaderCell>
          <TableHeaderCell scope="col">{t.colEarliest}</TableHeaderCell>
          {decided !== undefined && <TableHeaderCell scope="col">{nl.overview.urgencyDecidedColumn}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.foundationId}>
            <TableCell>{row.rank}</TableCell>
            <TableHeaderCell scope="row">{linkNames ? <AppLink to={`/fundamenten/${row.slug}/werkagenda`}>{row.name}</AppLink> : row.name}</TableHeaderCell>
            <TableCell>{row.focusCards}</TableCell>
            <TableCell>{row.cards}</TableCell>
            <TableCell>{row.earliestNeededLabel ?? t.notNeeded}</TableCell>
            {decided !== undefined && <TableCell>{decidedPlace.get(row.foundationId) ?? <span className="rw-muted">{nl.overview.urgencyNoDecision}</span>}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
