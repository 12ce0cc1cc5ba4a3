import { Form } from "@remix-run/react";
import { Button, Heading3, Paragraph } from "@utrecht/component-library-react";
import { formatDutchDateTime } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { FormAlert } from "./review-form-parts";
import type { FormProblem, Moment, ReviewPageData } from "./review-page-data";

// What has happened in the review: the reviews side by side, who reviews, reviews of earlier
// versions and every step with who took it.

const t = nl.reviewUi;

/** Every review of the current version side by side; criteria whose scores are 2 or more apart are marked with words and a sign. */
export function ReviewsSideBySide({ review }: { review: ReviewPageData["review"] }) {
  const reviews = review.reviews;
  return (
    <section aria-labelledby="review-naast-elkaar" className="rw-review-block">
      <Heading3 id="review-naast-elkaar">{t.reviewsTitle}</Heading3>
      {review.progress && <Paragraph className="rw-review-progress-line">{review.progress.label}</Paragraph>}
      {reviews.length === 0 ? (
        <Paragraph>{t.noReviews}</Paragraph>
      ) : (
        <>
          {review.comparison.some((row) => row.differs) && (
            <Paragraph className="rw-muted">
              <span aria-hidden="true" className="rw-review-differs__mark">
                ≠
              </span>{" "}
              {t.differsHint}
            </Paragraph>
          )}
          <div className="rw-review-table-wrap" tabIndex={0} role="region" aria-labelledby="review-naast-elkaar">
            <table className="utrecht-table rw-table rw-review-table">
              <caption className="rw-visually-hidden">{t.reviewsTitle}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t.criterion}
                  </th>
                  {reviews.map((r) => (
                    <th key={r.expertId} scope="col" className="utrecht-table__header-cell">
                      {r.expertName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {review.criteria.map((criterion) => {
                  const row = review.comparison.find((c) => c.criterionId === criterion.id);
                  return (
                    <tr
                      key={criterion.id}
                      className={`utrecht-table__row${row?.differs ? " rw-review-differs" : ""}`}
                      data-differs={row?.differs ? "true" : undefined}
                    >
                      <th scope="row" className="utrecht-table__header-cell">
                        {criterion.title}
                        {row?.differs && (
                          <span className="rw-review-differs__label">
                            {" "}
                            <span aria-hidden="true" className="rw-review-differs__mark">
                              ≠
                            </span>{" "}
                            {t.differs}
                          </span>
                        )}
                      </th>
                      {reviews.map((r) => {
                        const rating = r.ratings.find((x) => x.criterionId === criterion.id);
                        return (
                          <td key={r.expertId} className="utrecht-table__cell">
                            {rating ? (
                              <>
                                <strong>{t.scores[rating.score] ?? rating.score}</strong>
                                {rating.motivation && <p className="rw-review-motivation">{rating.motivation}</p>}
                              </>
                            ) : (
                              <span className="rw-muted">{t.noScore}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
                <tr className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {t.adviceRow}
                  </th>
                  {reviews.map((r) => (
                    <td key={r.expertId} className="utrecht-table__cell">
                      <strong>{r.adviceLabel}</strong>
                      {r.summary && <p className="rw-review-motivation">{r.summary}</p>}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function Reviewers({ data, problem }: { data: ReviewPageData; problem: FormProblem | undefined }) {
  const { review } = data;
  // The projectbureau can take off a reviewer who has not reviewed yet, while the review runs (the service also refuses the last one).
  const mayUnassign = review.abilities.assignOthers && review.state === "in_review" && review.reviewers.length > 1;
  return (
    <section aria-labelledby="review-reviewers" className="rw-review-block">
      <Heading3 id="review-reviewers">{t.reviewersTitle}</Heading3>
      <FormAlert problem={problem?.intent === "unassign" ? problem : undefined} />
      {review.reviewers.length === 0 ? (
        <Paragraph>{t.noReviewers}</Paragraph>
      ) : (
        <ul className="rw-review-reviewers">
          {review.reviewers.map((reviewer) => (
            <li key={reviewer.expertId}>
              <strong>{reviewer.name}</strong>:{" "}
              <span className={reviewer.submitted ? "rw-review-done" : undefined}>{reviewer.submitted ? `✓ ${t.reviewerDone}` : t.reviewerOwes}</span>
              {reviewer.assignedByName && <span className="rw-muted"> ({t.assignedBy(reviewer.assignedByName)})</span>}
              {!reviewer.submitted && !reviewer.inExpertTeam && review.state === "in_review" && (
                <span className="rw-review-warning">
                  {" "}
                  {t.reviewerGone}
                  {review.abilities.assignOthers && ` ${t.reviewerGoneOffice(review.reviewers.length === 1)}`}
                </span>
              )}
              {mayUnassign && !reviewer.submitted && (
                <Form method="post" className="rw-review-inline-form">
                  <input type="hidden" name="expertId" value={reviewer.expertId} />
                  <Button type="submit" appearance="subtle-button" name="intent" value="unassign" aria-label={t.unassignLabel(reviewer.name)}>
                    {t.unassignButton}
                  </Button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function EarlierReviews({ review }: { review: ReviewPageData["review"] }) {
  if (review.history.length === 0) return null;
  return (
    <section aria-labelledby="review-eerder" className="rw-review-block">
      <Heading3 id="review-eerder">{t.historyReviewsTitle}</Heading3>
      {review.history.map((r) => (
        <details key={`${r.versionNumber}-${r.expertId}`} className="rw-review-details">
          <summary>
            {t.historyReviewsVersion(r.versionNumber, r.expertName)}: {r.adviceLabel}
          </summary>
          {r.summary && <Paragraph>{r.summary}</Paragraph>}
          <ul>
            {r.ratings.map((rating) => (
              <li key={rating.criterionId}>
                {review.criteria.find((c) => c.id === rating.criterionId)?.title ?? ""}: <strong>{t.scores[rating.score] ?? rating.score}</strong>
                {rating.motivation && ` - ${rating.motivation}`}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/**
 * What happened to the agenda, newest first: each submitted version, each reviewer, each
 * review and every other step with who took it and why.
 */
export function History({ review }: { review: ReviewPageData["review"] }) {
  const entries: Array<{ at: Moment; text: string; reason?: string | null }> = [];
  for (const version of review.reviewedVersions) {
    entries.push({
      at: version.createdAt,
      text: t.historySubmitted(nl.versions.versionLabel(version.number, version.name), version.authorName ?? t.unknownPerson),
    });
  }
  for (const reviewer of review.reviewers)
    entries.push({
      at: reviewer.assignedAt,
      text: t.historyAssigned(reviewer.name, reviewer.assignedByName),
    });
  for (const r of [...review.reviews, ...review.history])
    entries.push({
      at: r.submittedAt,
      text: t.historyReviewed(r.expertName, r.versionNumber, r.adviceLabel),
    });
  // Submitting and assigning are in the list already (as versions and reviewers); every other step comes from the transitions.
  for (const step of review.transitions) {
    if (["indienen", "opnieuw_indienen", "reviewers_toewijzen"].includes(step.event)) continue;
    const to = nl.review.states[step.to as keyof typeof nl.review.states] ?? step.to;
    entries.push({
      at: step.at,
      text: step.actorName ? t.historyStep(step.eventLabel, step.actorName, to) : t.historyAutomatic(to),
      reason: step.reason,
    });
  }
  if (entries.length === 0) return null;
  entries.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
  return (
    <section aria-labelledby="review-geschiedenis" className="rw-review-block">
      <Heading3 id="review-geschiedenis">{t.historyTitle}</Heading3>
      <Paragraph className="rw-muted">{t.historyIntro}</Paragraph>
      <ol className="rw-review-history">
        {entries.map((entry, index) => (
          <li key={index}>
            <time dateTime={new Date(entry.at).toISOString()}>{formatDutchDateTime(entry.at)}</time>: {entry.text}
            {entry.reason && (
              <>
                {" "}
                {t.reason} {entry.reason}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
