import { Form } from "@remix-run/react";
import { Heading3, Heading4, Paragraph } from "@utrecht/component-library-react";
import { formatDutchDateTime } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextarea } from "../admin/Fields";
import { FrozenDocument } from "../agenda/FrozenDocument";
import { ChipStatusContext } from "../agenda/status-chips";
import { ChangesToggle } from "./ChangesSinceReview";
import { FormAlert, issueAt, SubmitButton } from "./review-form-parts";
import type { FormProblem, ReviewPageData } from "./review-page-data";

const t = nl.reviewUi;

/** The frozen version on the left, the criteria on the right. */
export function ReviewForm({ data, problem }: { data: ReviewPageData; problem: FormProblem | undefined }) {
  const { review, frozen } = data;
  const draft = review.myDraft;
  // After a refused post the form shows what was sent; otherwise the saved draft.
  const sent = problem?.values;
  const ratingOf = (criterionId: string) =>
    sent
      ? {
          score: Number(sent[`score:${criterionId}`] ?? 0),
          motivation: sent[`motivation:${criterionId}`] ?? "",
        }
      : draft?.ratings.find((r) => r.criterionId === criterionId);
  const sets = [...new Map(review.criteria.map((c) => [c.setId, c.setName])).entries()];
  return (
    <section aria-labelledby="review-formulier" className="rw-review-block">
      <Heading3 id="review-formulier">{t.reviewFormTitle}</Heading3>
      <Paragraph>{t.reviewFormIntro}</Paragraph>
      {review.changesSinceReview && <ChangesToggle changes={review.changesSinceReview} resolved={data.resolvedThreads} />}
      <div className="rw-review-columns">
        <div className="rw-review-columns__document">
          {frozen && (
            <section aria-labelledby="review-versie">
              <Heading4 id="review-versie">{t.frozenTitle(frozen.number)}</Heading4>
              <ChipStatusContext.Provider value={data.statuses}>
                <FrozenDocument
                  document={frozen.document}
                  label={nl.versions.versionLabel(frozen.number, frozen.name)}
                  fallback={<div className="rw-version-text">{frozen.text}</div>}
                />
              </ChipStatusContext.Provider>
            </section>
          )}
        </div>
        <Form method="post" className="rw-review-columns__form" aria-labelledby="review-criteria">
          <Heading4 id="review-criteria">{t.criteriaTitle}</Heading4>
          <FormAlert problem={problem} />
          {draft && <p className="rw-muted">{t.draftSavedAt(formatDutchDateTime(draft.updatedAt))}</p>}
          {sets.map(([setId, setName]) => (
            <div key={setId} className="rw-review-set">
              <p className="rw-review-set__name">
                <strong>{setName}</strong>
              </p>
              {review.criteria
                .filter((criterion) => criterion.setId === setId)
                .map((criterion) => (
                  <CriterionFieldset key={criterion.id} criterion={criterion} rating={ratingOf(criterion.id)} problem={problem} />
                ))}
            </div>
          ))}
          <AdminTextarea
            id="summary"
            name="summary"
            label={t.summary}
            description={t.summaryHint}
            defaultValue={sent ? sent.summary ?? "" : draft?.summary ?? ""}
            rows={4}
            error={issueAt(problem, "summary")}
          />
          <fieldset className="utrecht-form-fieldset rw-review-choices">
            <legend className="utrecht-form-fieldset__legend">{t.advice}</legend>
            {issueAt(problem, "advice") && <p className="rw-field-error">{issueAt(problem, "advice")}</p>}
            {(["positief", "positief_met_aanpassingen", "aanpassen", "negatief"] as const).map((advice) => (
              <div key={advice} className="rw-review-choice">
                <input
                  type="radio"
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  id={`advice-${advice}`}
                  name="advice"
                  value={advice}
                  defaultChecked={sent?.advice === advice}
                />
                <label htmlFor={`advice-${advice}`}>{nl.review.advices[advice]}</label>
              </div>
            ))}
          </fieldset>
          <div className="rw-review-buttons">
            <SubmitButton intent="save-review" appearance="secondary-action-button">
              {t.saveDraft}
            </SubmitButton>
            <SubmitButton intent="submit-review">{t.submitReview}</SubmitButton>
          </div>
        </Form>
      </div>
    </section>
  );
}

/** One criterion: a score from 1 to 4 and a motivation, each with its own error beside it. */
function CriterionFieldset({
  criterion,
  rating,
  problem,
}: {
  criterion: ReviewPageData["review"]["criteria"][number];
  rating: { score: number; motivation: string } | undefined;
  problem: FormProblem | undefined;
}) {
  const scoreError = issueAt(problem, `ratings.${criterion.id}.score`);
  const motivationError = issueAt(problem, `ratings.${criterion.id}.motivation`);
  return (
    <fieldset className="utrecht-form-fieldset rw-review-criterion" aria-describedby={criterion.description ? `crit-${criterion.id}-hint` : undefined}>
      <legend className="utrecht-form-fieldset__legend">{criterion.title}</legend>
      {criterion.description && (
        <p id={`crit-${criterion.id}-hint`} className="rw-muted">
          {criterion.description}
        </p>
      )}
      <div
        role="radiogroup"
        aria-label={`${t.score}: ${criterion.title}`}
        className="rw-review-scores"
        aria-describedby={scoreError ? `score-${criterion.id}-error` : undefined}
      >
        {scoreError && (
          <p id={`score-${criterion.id}-error`} className="rw-field-error">
            {scoreError}
          </p>
        )}
        {[1, 2, 3, 4].map((score) => (
          <div key={score} className="rw-review-choice">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`score-${criterion.id}-${score}`}
              name={`score:${criterion.id}`}
              value={score}
              defaultChecked={rating?.score === score}
            />
            <label htmlFor={`score-${criterion.id}-${score}`}>{t.scores[score]}</label>
          </div>
        ))}
      </div>
      <label htmlFor={`motivation-${criterion.id}`} className="utrecht-form-label">
        {t.motivation}
      </label>
      {motivationError && (
        <p id={`motivation-${criterion.id}-error`} className="rw-field-error">
          {motivationError}
        </p>
      )}
      <textarea
        id={`motivation-${criterion.id}`}
        name={`motivation:${criterion.id}`}
        rows={3}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        defaultValue={rating?.motivation ?? ""}
        aria-invalid={motivationError ? true : undefined}
        aria-describedby={motivationError ? `motivation-${criterion.id}-error` : undefined}
      />
    </fieldset>
  );
}
