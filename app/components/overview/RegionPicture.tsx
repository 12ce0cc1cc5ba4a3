import { Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableContainer, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { boardMessages } from "../../../shared/domain/messages";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { reviewStates, type ReviewState } from "../../../shared/domain/review-flow";
import { nl } from "../../../shared/i18n/nl";
import { itemHref } from "../dependencies/dependency-view";
import { UrgencyTable } from "../dependencies/UrgencyTable";
import type { AgendaRow } from "../review/ReviewOverview";
import { ReviewStateChip } from "../review/AgendaStatus";
import { AppLink } from "../ui/AppLink";
import { OverdueMark } from "./OverdueMark";

const t = nl.overview;
export const lanes = ["verkennen", "gekozen", "uitwerken", "in_agenda", "gepauzeerd"] as const;
export const itemStatuses = ["gepland", "bezig", "gereed", "vertraagd"] as const;
/** Overdue items shown on the Overzicht; the rest is a count with the way to the werkagenda's. */
const OVERDUE_SHOWN = 10;

export type LaneCounts = Record<(typeof lanes)[number], number>;
export type StatusCounts = Record<(typeof itemStatuses)[number], number>;

export interface RegionData {
  groups: Array<{ id: string; slug: string; name: string; focusCount: number } & LaneCounts>;
  foundations: Array<{ id: string; slug: string; name: string } & StatusCounts>;
  overdueItems: Array<{ id: string; title: string; dueQuarter: string; status: string; foundationSlug: string; foundationName: string }>;
  urgency: {
    computed: Array<{ foundationId: string; slug: string; name: string; rank: number; focusCards: number; cards: number; earliestNeededLabel: string | null }>;
    decided: { order: Array<{ id: string }> } | null;
  } | null;
}

/**
 * The regional picture for the projectbureau and the coalition: agendas by state, every
 * werkgroep and fundament side by side, the urgency of the fundamenten and what is over time.
 */
export function RegionPicture({ region, agendas }: { region: RegionData; agendas: AgendaRow[] }) {
  return (
    <section className="rw-section" aria-labelledby="regio">
      <Heading2 id="regio">{t.regionTitle}</Heading2>
      <AgendaStateCounts agendas={agendas} />
      <RegionTables region={region} />
      {region.urgency && <UrgencySection urgency={region.urgency} />}
      <OverdueItems items={region.overdueItems} />
    </section>
  );
}

/** How many agendas are in each review state (states nobody is in are left out), and how many are late. */
function AgendaStateCounts({ agendas }: { agendas: AgendaRow[] }) {
  if (agendas.length === 0) return null;
  const counts = reviewStates.map((state) => ({ state, n: agendas.filter((agenda) => agenda.state === state).length })).filter((c) => c.n > 0);
  const late = agendas.filter((agenda) => agenda.deadline?.overdue).length;
  return (
    <div className="rw-section">
      <Heading3>{t.agendasTitle}</Heading3>
      <ul className="rw-toc" aria-label={t.agendasCaption}>
        {counts.map(({ state, n }) => (
          <li key={state}>
            <ReviewStateChip state={state} label={nl.review.states[state as ReviewState]} /> <strong>{n}</strong>
          </li>
        ))}
      </ul>
      {late > 0 && <Paragraph>{t.agendasLate(late)}</Paragraph>}
    </div>
  );
}

function RegionTables({ region }: { region: RegionData }) {
  return (
    <>
      <TableContainer>
        <Table className="rw-table rw-section">
          <TableCaption>{t.groupsTitle}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.groupColumn}</TableHeaderCell>
              <TableHeaderCell scope="col">Focus</TableHeaderCell>
              {lanes.map((lane) => (
                <TableHeaderCell key={lane} scope="col">
                  {t.lanes[lane]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {region.groups.map((group) => (
              <TableRow key={group.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/werkgroepen/${group.slug}/bord`}>{group.name}</AppLink>
                </TableHeaderCell>
                <TableCell>{group.focusCount}/2</TableCell>
                {lanes.map((lane) => (
                  <TableCell key={lane}>{group[lane]}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TableContainer>
        <Table className="rw-table rw-section">
          <TableCaption>{t.foundationsTitle}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.foundationColumn}</TableHeaderCell>
              {itemStatuses.map((status) => (
                <TableHeaderCell key={status} scope="col">
                  {t.itemStatuses[status]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {region.foundations.map((foundation) => (
              <TableRow key={foundation.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/fundamenten/${foundation.slug}/werkagenda`}>{foundation.name}</AppLink>
                </TableHeaderCell>
                {itemStatuses.map((status) => (
                  <TableCell key={status}>{foundation[status]}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

/** The computed order of urgency with each fundament's place in the coalition's order beside it. */
function UrgencySection({ urgency }: { urgency: NonNullable<RegionData["urgency"]> }) {
  return (
    <div className="rw-section">
      <Heading3 id="urgentie-overzicht">{t.urgencyTitle}</Heading3>
      <Paragraph>{t.urgencyIntro}</Paragraph>
      <TableContainer>
        <UrgencyTable rows={urgency.computed} caption={t.urgencyCaption} decided={urgency.decided} linkNames />
      </TableContainer>
      <Paragraph>
        <AppLink to="/afhankelijkheden#urgentie">{t.urgencyLink}</AppLink>
      </Paragraph>
    </div>
  );
}

/** Werkagenda items whose quarter has passed and that are not done, longest over time first. */
function OverdueItems({ items }: { items: RegionData["overdueItems"] }) {
  const shown = items.slice(0, OVERDUE_SHOWN);
  return (
    <div className="rw-section">
      <Heading3 id="over-tijd">{t.overdueTitle}</Heading3>
      {items.length === 0 ? (
        <Paragraph>{t.overdueEmpty}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.overdueIntro}</Paragraph>
          <TableContainer>
            <Table className="rw-table">
              <TableCaption className="rw-visually-hidden">{t.overdueTitle}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.due}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.foundationColumn}</TableHeaderCell>
                  <TableHeaderCell scope="col">{boardMessages.fieldLabel.title}</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((item) => (
                  <TableRow key={item.id}>
                    <TableCell className="rw-quarter">{formatQuarter(item.dueQuarter as Quarter)}</TableCell>
                    <TableCell>{item.foundationName}</TableCell>
                    <TableHeaderCell scope="row">
                      <AppLink to={itemHref({ id: item.id, type: "item", owner: { kind: "fundament", slug: item.foundationSlug, name: item.foundationName } })}>{item.title}</AppLink>
                    </TableHeaderCell>
                    <TableCell>
                      {t.itemStatuses[item.status as keyof typeof t.itemStatuses] ?? item.status} <OverdueMark />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {items.length > shown.length && (
            <Paragraph>
              {t.overdueMore(items.length - shown.length)} <AppLink to="/fundamenten">{t.overdueToFoundations}</AppLink>
            </Paragraph>
          )}
        </>
      )}
    </div>
  );
}
