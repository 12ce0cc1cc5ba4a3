import { useActionData } from "@remix-run/react";
import { Heading2, Heading3, Heading4, Paragraph } from "@utrecht/component-library-react";
import { formatCalendarDate, formatDutchDateTime } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { agendaBasePath } from "../agenda/AgendaPage";
import { useLiveBoard } from "../../lib/live-board";
import { AppLink } from "../ui/AppLink";
import { Deadline, ReviewStateChip } from "./AgendaStatus";
import { ChangesToggle } from "./ChangesSinceReview";
import { ProblemList } from "./review-form-parts";
import type { FormProblem, ReviewPageData } from "./review-page-data";
import { Actions } from "./ReviewActions";
import { ReviewForm } from "./ReviewForm";
import { EarlierReviews, History, Reviewers, ReviewsSideBySide } from "./ReviewRecord";

export type { ReviewPageData } from "./review-page-data";

const t = nl.reviewUi;

/** The review of one agenda: its state and history, the steps this person can take, the review form and all reviews side by side. */
export function ReviewPage({ data }: { data: ReviewPageData }) {
  const { agenda, review } = data;
  const base = agendaBasePath(agenda.owner);
  const problem = useActionData<FormProblem>();
  // Another reviewer's step shows up without a reload, but never while this person is filling in a form.
  useLiveBoard("agenda", agenda.id, { isBusy: isFillingInForm });
  return (
    <section aria-labelledby="review-titel" className="rw-agenda-section rw-review">
      <Heading2 id="review-titel">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <p>
        <AppLink to={base}>{t.backToAgenda}</AppLink>
      </p>
      <div role="status" aria-live="polite">
        {data.done && (
          <div className="rw-success">
            <Paragraph>{data.done}</Paragraph>
          </div>
        )}
      </div>
      <StateSummary data={data} />
      <Actions data={data} problem={problem} />
      {review.abilities.writeReview && (
        <ReviewForm data={data} problem={problem?.intent === "save-review" || problem?.intent === "submit-review" ? problem : undefined} />
      )}
      {!review.abilities.writeReview && review.changesSinceReview && <ChangesToggle changes={review.changesSinceReview} resolved={data.resolvedThreads} />}
      <ReviewsSideBySide review={review} />
      <Reviewers data={data} problem={problem} />
      <EarlierReviews review={review} />
      <History review={review} />
    </section>
  );
}

/** True while focus is in a field of a form on the page: a reload then would disturb the person. */
function isFillingInForm(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest("form") !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
}

function versionsPath(data: ReviewPageData, number: number) {
  return `${agendaBasePath(data.agenda.owner)}/versies?versie=${number}`;
}

function StateSummary({ data }: { data: ReviewPageData }) {
  const { review } = data;
  const last = review.transitions[0];
  return (
    <section aria-labelledby="review-stand" className="rw-review-block">
      <Heading3 id="review-stand">{t.stateTitle}</Heading3>
      <dl className="rw-review-facts">
        <div>
          <dt>{nl.reviewUi.stateColumn}</dt>
          <dd>
            <ReviewStateChip state={review.state} label={review.stateLabel} />
            {review.progress && <span className="rw-review-progress"> {review.progress.label}</span>}
          </dd>
        </div>
        {review.deadline && (
          <div>
            <dt>{t.deadlineColumn}</dt>
            <dd>
              <Deadline deadline={review.deadline} bare />
            </dd>
          </div>
        )}
        <div>
          <dt>{t.currentVersion}</dt>
          <dd>
            {review.currentVersion ? (
              <AppLink to={versionsPath(data, review.currentVersion.number)}>
                {nl.versions.versionLabel(review.currentVersion.number, review.currentVersion.name)}
              </AppLink>
            ) : (
              t.noVersion
            )}
          </dd>
        </div>
        {last && (
          <div>
            <dt>{t.lastStep}</dt>
            <dd>
              {last.actorName ? t.lastStepText(last.eventLabel, last.actorName) : t.lastStepAutomatic(last.eventLabel)},{" "}
              <time dateTime={new Date(last.at).toISOString()}>{formatDutchDateTime(last.at)}</time>
              {last.reason && (
                <>
                  <br />
                  {t.reason} {last.reason}
                </>
              )}
            </dd>
          </div>
        )}
        {review.adoption && review.adoption.decisionDate && (
          <div>
            <dt>{nl.review.states.vastgesteld}</dt>
            <dd>
              {t.adopted(formatCalendarDate(review.adoption.decisionDate), review.adoption.reference ?? "")}{" "}
              {review.adoption.versionNumber && (
                <AppLink to={versionsPath(data, review.adoption.versionNumber)}>{t.adoptedVersion(review.adoption.versionNumber)}</AppLink>
              )}
            </dd>
          </div>
        )}
      </dl>
      {review.checks && review.checks.warnings.length > 0 && (
        <div className="rw-review-warnings">
          <Heading4>{t.warningsTitle}</Heading4>
          <ProblemList problems={review.checks.warnings} data={data} />
        </div>
      )}
    </section>
  );
}
