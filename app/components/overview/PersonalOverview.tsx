import { Form } from "@remix-run/react";
import { Heading1, Heading2, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AgendaStatus, ReviewStateChip } from "../review/AgendaStatus";
import { AgendaTable, reviewPageOf, type AgendaRow } from "../review/ReviewOverview";
import { AppLink } from "../ui/AppLink";
import { TimeAgo } from "../ui/TimeAgo";
import { itemHref } from "../dependencies/dependency-view";
import { OverviewDependencies, type MyDependenciesView } from "../dependencies/OverviewDependencies";
import { DueItemsSection, UrgencyPlace, type DueItem, type FoundationUrgencyPlace } from "./FoundationWork";
import { ThreadsAwaiting, type AwaitingThread } from "./ThreadsAwaiting";
import { RegionPicture, lanes, type LaneCounts, type RegionData, type StatusCounts } from "./RegionPicture";
import { ownerPath } from "../../../shared/owner-paths";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";

const t = nl.overview;

export interface OverviewData {
  userName: string;
  /** The loader's clock (ms), for "3 dagen geleden" that reads the same on server and browser. */
  now: number;
  myGroups: Array<{ id: string; slug: string; name: string; focusCount: number; focusCards: Array<{ id: string; title: string }> } & LaneCounts>;
  myFoundations: Array<{ id: string; slug: string; name: string; urgency: FoundationUrgencyPlace | null } & StatusCounts>;
  dueItems: DueItem[];
  /** Monitoring indicators the person's werkgroep or fundament reports; asksFor: the ended quarter still without a measurement. */
  indicators: Array<{ id: string; slug: string; name: string; lastQuarter: string | null; asksFor: string | null }>;
  region: RegionData | null;
  changes: Array<{
    id: string;
    action: string;
    data: Record<string, unknown>;
    createdAt: Date;
    actorName: string | null;
    subjectTitle: string | null;
    groupSlug: string | null;
    groupName: string | null;
    foundationSlug: string | null;
    foundationName: string | null;
  }>;
  /** The review: the expert team's queue, every agenda's state, and which review roles the person holds. */
  review?: { queue: AgendaRow[]; agendas: AgendaRow[]; roles: { expert: boolean; office: boolean; coalition: boolean; reader?: boolean } };
  /** Open comment threads that wait for the person's answer. */
  threads: AwaitingThread[];
  /** Dependency requests waiting for the person's answer and their own items at risk. */
  dependencies?: MyDependenciesView;
}

const r = nl.reviewUi;

function agendaOf(data: OverviewData, kind: "werkgroep" | "fundament", slug: string) {
  return data.review?.agendas.find((agenda) => agenda.owner.kind === kind && agenda.owner.slug === slug) ?? null;
}

/**
 * What the review asks of this person: an expert their open reviews and the queue; the
 * projectbureau the agendas waiting for reviewers; the coalition the positive advices ready
 * to adopt. The werkgroep's or fundament's own agenda shows with its group below.
 */
function ReviewSections({ data }: { data: OverviewData }) {
  const review = data.review;
  if (!review) return null;
  const { roles } = review;
  const mine = review.agendas.filter((agenda) => agenda.owedByMe);
  const waitingForReviewers = review.agendas.filter((agenda) => agenda.state === "ingediend");
  const readyToAdopt = review.agendas.filter((agenda) => agenda.events.includes("vaststellen"));
  if (!roles.expert && !roles.office && !roles.coalition) return null;
  return (
    <>
      {roles.expert && (
        <section className="rw-section" aria-labelledby="mijn-reviews">
          <Heading2 id="mijn-reviews">{r.overviewMyReviews}</Heading2>
          {mine.length === 0 ? <Paragraph>{r.overviewMyReviewsEmpty}</Paragraph> : <AgendaTable rows={mine} caption={r.overviewMyReviews} />}
        </section>
      )}
      {roles.expert && (
        <section className="rw-section" aria-labelledby="review-wachtrij">
          <Heading2 id="review-wachtrij">{r.overviewQueue}</Heading2>
          {review.queue.length === 0 ? <Paragraph>{r.queueEmpty}</Paragraph> : <AgendaTable rows={review.queue} caption={r.overviewQueue} queue />}
        </section>
      )}
      {roles.office && (
        <section className="rw-section" aria-labelledby="wacht-op-reviewers">
          <Heading2 id="wacht-op-reviewers">{r.waitingForAssignTitle}</Heading2>
          {waitingForReviewers.length === 0 ? <Paragraph>{r.waitingForAssignEmpty}</Paragraph> : <AgendaTable rows={waitingForReviewers} caption={r.waitingForAssignTitle} />}
        </section>
      )}
      {roles.coalition && (
        <section className="rw-section" aria-labelledby="klaar-om-vast-te-stellen">
          <Heading2 id="klaar-om-vast-te-stellen">{r.readyToAdoptTitle}</Heading2>
          {readyToAdopt.length === 0 ? <Paragraph>{r.readyToAdoptEmpty}</Paragraph> : <AgendaTable rows={readyToAdopt} caption={r.readyToAdoptTitle} />}
        </section>
      )}
      <Paragraph className="rw-section">
        <AppLink to="/review">{r.overviewToReviewPage}</AppLink>
      </Paragraph>
    </>
  );
}

/** For a meelezer: every agenda to read and comment on, with its state. */
function ReadAlong({ agendas }: { agendas: AgendaRow[] }) {
  return (
    <section className="rw-section" aria-labelledby="meelezen">
      <Heading2 id="meelezen">{t.readAlongTitle}</Heading2>
      <Paragraph>{t.readAlongIntro}</Paragraph>
      {agendas.length === 0 ? (
        <Paragraph>{t.readAlongEmpty}</Paragraph>
      ) : (
        <ul className="rw-plain-list rw-read-along">
          {agendas.map((agenda) => (
            <li key={agenda.id}>
              <AppLink to={ownerPath(agenda.owner, "/agenda")}>{agenda.owner.name}</AppLink>{" "}
              <span className="rw-muted">({nl.reviewUi.kind[agenda.kind] ?? agenda.kind})</span> <ReviewStateChip state={agenda.state} label={agenda.stateLabel} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The signed-in Overzicht: what needs this person now, by role. */
export function PersonalOverview({ data }: { data: OverviewData }) {
  const hasScope = data.myGroups.length > 0 || data.myFoundations.length > 0;
  return (
    <>
      <Heading1>{t.greeting(data.userName)}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {!hasScope && !data.region && !data.review?.roles.expert && !data.review?.roles.reader && <Paragraph>{t.noRoleYet}</Paragraph>}
      {!hasScope && data.review?.roles.reader && <ReadAlong agendas={data.review.agendas} />}

      <ReviewSections data={data} />

      {data.dependencies && <OverviewDependencies data={data.dependencies} />}

      <ThreadsAwaiting threads={data.threads} always={hasScope || Boolean(data.review?.roles.expert)} now={data.now} />

      {data.myGroups.map((group) => (
        <section key={group.id} className="rw-section" aria-labelledby={`groep-${group.id}`}>
          <Heading2 id={`groep-${group.id}`}>
            {t.myGroups}: {group.name}
          </Heading2>
          <Paragraph>
            <strong>{t.focus(group.focusCount)}</strong>
            {group.focusCards.length > 0 ? (
              <>
                {": "}
                {group.focusCards.map((card, index) => (
                  <span key={card.id}>
                    {index > 0 && ", "}
                    <AppLink to={itemHref({ id: card.id, type: "card", owner: { kind: "werkgroep", slug: group.slug, name: group.name } })}>{card.title}</AppLink>
                  </span>
                ))}
              </>
            ) : (
              <span className="rw-muted"> {t.focusHint}</span>
            )}
          </Paragraph>
          <LaneCountList counts={group} />
          <AgendaStatus status={agendaOf(data, "werkgroep", group.slug)} reviewPath={reviewPageOf({ kind: "werkgroep", slug: group.slug, name: group.name })} />
          <Paragraph>
            <AppLink to={`/werkgroepen/${group.slug}/bord`}>{t.openBoard}</AppLink>
          </Paragraph>
        </section>
      ))}

      {data.myFoundations.map((foundation) => (
        <section key={foundation.id} className="rw-section" aria-labelledby={`fundament-agenda-${foundation.id}`}>
          <Heading2 id={`fundament-agenda-${foundation.id}`}>{r.overviewMyAgenda(foundation.name)}</Heading2>
          <AgendaStatus status={agendaOf(data, "fundament", foundation.slug)} reviewPath={reviewPageOf({ kind: "fundament", slug: foundation.slug, name: foundation.name })} />
          <UrgencyPlace place={foundation.urgency} />
        </section>
      ))}

      {data.myFoundations.length > 0 && <DueItemsSection items={data.dueItems} manyFoundations={data.myFoundations.length > 1} />}

      {data.indicators.length > 0 && <IndicatorsToMeasure indicators={data.indicators} />}

      {data.region && <RegionPicture region={data.region} agendas={data.review?.agendas ?? []} />}

      <section className="rw-section" aria-labelledby="nieuw">
        <Heading2 id="nieuw">{t.changesTitle}</Heading2>
        {data.changes.length === 0 ? (
          <Paragraph>{t.changesEmpty}</Paragraph>
        ) : (
          <>
            <ul className="rw-definition-list">
              {data.changes.map((change) => (
                <li key={change.id}>
                  <Paragraph>
                    <strong>{t.by(change.actorName)}</strong> · {nl.admin.audit.actions[change.action as keyof typeof nl.admin.audit.actions] ?? change.action}:{" "}
                    {change.groupSlug ? (
                      <AppLink to={`/werkgroepen/${change.groupSlug}/bord`}>{change.subjectTitle}</AppLink>
                    ) : change.foundationSlug ? (
                      <AppLink to={`/fundamenten/${change.foundationSlug}/werkagenda`}>{change.subjectTitle}</AppLink>
                    ) : (
                      change.subjectTitle
                    )}{" "}
                    <span className="rw-muted">
                      ({change.groupName ?? change.foundationName}, <TimeAgo moment={change.createdAt} now={data.now} />)
                    </span>
                  </Paragraph>
                </li>
              ))}
            </ul>
            <Form method="post">
              <input type="hidden" name="intent" value="seen" />
              <SecondaryActionButton type="submit">{t.markSeen}</SecondaryActionButton>
            </Form>
          </>
        )}
      </section>
    </>
  );
}

function LaneCountList({ counts }: { counts: LaneCounts }) {
  return (
    <ul className="rw-toc" aria-label={nl.overview.groupColumn}>
      {lanes.map((lane) => (
        <li key={lane}>
          {t.lanes[lane]}: <strong>{counts[lane]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The indicators this person's werkgroep or fundament reports, and which ones wait for last quarter's measurement. */
function IndicatorsToMeasure({ indicators }: { indicators: OverviewData["indicators"] }) {
  const m = nl.monitoring.overview;
  const label = (quarter: string) => formatQuarter(quarter as Quarter);
  return (
    <section className="rw-section" aria-labelledby="metingen">
      <Heading2 id="metingen">{m.title}</Heading2>
      <ul className="rw-definition-list">
        {indicators.map((indicator) => (
          <li key={indicator.id}>
            <Paragraph>
              <AppLink to={`/regioplan/monitoring#indicator-${indicator.slug}`}>{indicator.name}</AppLink>{" "}
              <span className="rw-muted">({indicator.lastQuarter ? m.last(label(indicator.lastQuarter)) : m.none})</span>
              {indicator.asksFor && <strong className="rw-warning-text"> {m.asksFor(label(indicator.asksFor))}</strong>}
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
