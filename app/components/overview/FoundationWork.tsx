import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableContainer, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { boardMessages } from "../../../shared/domain/messages";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { nl } from "../../../shared/i18n/nl";
import { itemHref } from "../dependencies/dependency-view";
import { AppLink } from "../ui/AppLink";
import { OverdueMark } from "./OverdueMark";

const t = nl.overview;

export interface DueItem {
  id: string;
  title: string;
  dueQuarter: string;
  status: string;
  foundationSlug: string;
  foundationName: string;
  overdue: boolean;
  neededBy: Array<{ id: string; title: string; owner: { kind: "werkgroep"; slug: string; name: string } }>;
}

export interface FoundationUrgencyPlace {
  computedRank: number | null;
  decidedRank: number | null;
  total: number;
}

/** Where the kwartiermaker's fundament stands in the urgency: computed, and in the coalition's order. */
export function UrgencyPlace({ place }: { place: FoundationUrgencyPlace | null }) {
  if (!place || place.computedRank === null) return null;
  return (
    <Paragraph>
      {t.urgencyPlace(place.computedRank, place.total)} {place.decidedRank !== null ? t.urgencyDecidedPlace(place.decidedRank) : t.urgencyNotDecided}{" "}
      <AppLink to="/afhankelijkheden#urgentie">{t.urgencyLink}</AppLink>
    </Paragraph>
  );
}

/**
 * The kwartiermaker's open werkagenda items, soonest due first: which cards of which
 * werkgroepen need each one (live *vereist* links), and which are over time. The fundament
 * column only shows for someone with more than one fundament.
 */
export function DueItemsSection({ items, manyFoundations }: { items: DueItem[]; manyFoundations: boolean }) {
  return (
    <section className="rw-section" aria-labelledby="werkagenda">
      <Heading2 id="werkagenda">{t.dueTitle}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t.dueEmpty}</Paragraph>
      ) : (
        <TableContainer>
          <Table className="rw-table">
            <TableCaption className="rw-visually-hidden">{t.dueTitle}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.due}</TableHeaderCell>
                {manyFoundations && <TableHeaderCell scope="col">{nl.plan.foundation}</TableHeaderCell>}
                <TableHeaderCell scope="col">{boardMessages.fieldLabel.title}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.neededBy}</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell className="rw-quarter">{formatQuarter(item.dueQuarter as Quarter)}</TableCell>
                  {manyFoundations && <TableCell>{item.foundationName}</TableCell>}
                  <TableHeaderCell scope="row">
                    <AppLink to={itemHref({ id: item.id, type: "item", owner: { kind: "fundament", slug: item.foundationSlug, name: item.foundationName } })}>{item.title}</AppLink>
                  </TableHeaderCell>
                  <TableCell>
                    <NeededBy cards={item.neededBy} />
                  </TableCell>
                  <TableCell>
                    {t.itemStatuses[item.status as keyof typeof t.itemStatuses] ?? item.status}
                    {item.overdue && (
                      <>
                        <br />
                        <OverdueMark />
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}

function NeededBy({ cards }: { cards: DueItem["neededBy"] }) {
  if (cards.length === 0) return <span className="rw-muted">{t.neededByNobody}</span>;
  return (
    <ul className="rw-plain-list rw-needed-by">
      {cards.map((card) => (
        <li key={card.id}>
          <AppLink to={itemHref({ id: card.id, type: "card", owner: card.owner })}>{card.title}</AppLink> <span className="rw-muted">({card.owner.name})</span>
        </li>
      ))}
    </ul>
  );
}
