import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../admin/Fields";
import { issueAt, ProblemList, StepForm, SubmitButton } from "./review-form-parts";
import type { FormProblem, ReviewPageData } from "./review-page-data";

// The steps this person can take now, each its own small form: which ones show follows from
// the review's allowed events (the state machine in shared/domain) and the person's abilities.

const t = nl.reviewUi;

interface StepProps {
  data: ReviewPageData;
  problem: FormProblem | undefined;
}

export function Actions({ data, problem }: StepProps) {
  const { review, checks, me } = data;
  const events = new Set(review.allowedEvents.map((e) => e.event));
  const amReviewer = me !== null && review.reviewers.some((r) => r.expertId === me);
  const steps: ReactNode[] = [];

  if ((events.has("indienen") || events.has("opnieuw_indienen")) && checks) {
    steps.push(<SubmitStep key="submit" data={data} problem={problem} checks={checks} resubmit={events.has("opnieuw_indienen")} />);
  }
  if (events.has("reviewers_toewijzen") && review.abilities.assignOthers) steps.push(<AssignStep key="assign" data={data} problem={problem} />);
  else if (events.has("reviewers_toewijzen") && !amReviewer) steps.push(<SelfAssignStep key="assign-self" problem={problem} />);
  else if (events.has("reviewers_toewijzen") && review.state === "ingediend") steps.push(<SelfRestartStep key="assign-self" problem={problem} />);
  if (review.abilities.configure && review.state !== "vastgesteld") steps.push(<DeadlineStep key="deadline" data={data} problem={problem} />);
  if (events.has("vaststellen")) steps.push(<AdoptStep key="adopt" data={data} problem={problem} />);
  if (events.has("terugsturen")) steps.push(<SendBackStep key="send-back" problem={problem} />);
  if (events.has("heropenen")) steps.push(<ReopenStep key="reopen" problem={problem} />);
  if (events.has("terugtrekken")) steps.push(<WithdrawStep key="withdraw" problem={problem} />);

  return (
    <section aria-labelledby="review-acties" className="rw-review-block">
      <Heading3 id="review-acties">{t.actionsTitle}</Heading3>
      {review.abilities.writeReview && (
        <Paragraph>
          <a href="#review-formulier" className="utrecht-link utrecht-link--html-a">
            {t.writeBelow}
          </a>
        </Paragraph>
      )}
      {steps.length === 0 && !review.abilities.writeReview ? <Paragraph>{t.noActions}</Paragraph> : steps}
    </section>
  );
}

/** (Re)submitting: the plan's checks first; anything that blocks takes the button away. */
function SubmitStep({ data, problem, checks, resubmit }: StepProps & { checks: NonNullable<ReviewPageData["checks"]>; resubmit: boolean }) {
  return (
    <StepForm intent="submit" title={resubmit ? t.resubmitTitle : t.submitTitle} intro={resubmit ? t.resubmitIntro : t.submitIntro} problem={problem}>
      <div className="rw-review-checks">
        <p className="rw-review-checks__title">
          <strong>{t.checksTitle}</strong>
        </p>
        {checks.blocking.length === 0 && checks.warnings.length === 0 && <Paragraph>{t.checksOk}</Paragraph>}
        {checks.blocking.length > 0 && (
          <div className="rw-review-blocking">
            <p>
              <strong>{t.blockingTitle}</strong>
            </p>
            <ProblemList problems={checks.blocking} data={data} />
          </div>
        )}
        {checks.warnings.length > 0 && (
          <div className="rw-review-warnings">
            <p>
              <strong>{t.warningsTitle}</strong>
            </p>
            <ProblemList problems={checks.warnings} data={data} />
          </div>
        )}
      </div>
      {checks.canSubmit ? <SubmitButton intent="submit">{resubmit ? t.resubmitButton : t.submitButton}</SubmitButton> : <Paragraph>{t.cannotSubmit}</Paragraph>}
    </StepForm>
  );
}

/**
 * The projectbureau picks experts; who already reviews stays ticked and is taken off elsewhere
 * (Reviewers). Submitted again after a withdrawal, the agenda still has its reviewers from
 * before: the form then sends them along, so the review can start with them alone.
 */
function AssignStep({ data, problem }: StepProps) {
  const assigned = new Set(data.review.reviewers.map((r) => r.expertId));
  // Only reviewers still in the expert team can start again (the service refuses anyone else).
  const reviewers = data.review.reviewers.filter((r) => data.experts.some((expert) => expert.id === r.expertId));
  const restart = data.review.state === "ingediend" && reviewers.length > 0;
  const intro = restart ? t.restartIntro(nl.review.andList(reviewers.map((r) => r.name)), reviewers.length) : t.assignIntro;
  return (
    <StepForm intent="assign" title={t.assignTitle} intro={intro} problem={problem}>
      {data.experts.length === 0 ? (
        <Paragraph>{t.noExperts}</Paragraph>
      ) : (
        <>
          {restart && reviewers.map((r) => <input key={r.expertId} type="hidden" name="expertId" value={r.expertId} />)}
          <fieldset className="utrecht-form-fieldset rw-review-choices">
            <legend className="utrecht-form-fieldset__legend">{t.expertsLegend}</legend>
            {data.experts.map((expert) => (
              <div key={expert.id} className="rw-review-choice">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  id={`expert-${expert.id}`}
                  name="expertId"
                  value={expert.id}
                  defaultChecked={assigned.has(expert.id)}
                  disabled={assigned.has(expert.id)}
                />
                <label htmlFor={`expert-${expert.id}`}>
                  {expert.name}
                  {expert.organisation && <span className="rw-muted"> ({expert.organisation})</span>}
                  {assigned.has(expert.id) && <span className="rw-muted"> - {t.alreadyReviewer}</span>}
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton intent="assign">{restart ? t.restartButton : t.assignButton}</SubmitButton>
        </>
      )}
    </StepForm>
  );
}

/** An expert who does not review this agenda yet takes it on. */
function SelfAssignStep({ problem }: { problem: FormProblem | undefined }) {
  return (
    <StepForm intent="assign-self" title={t.selfAssignTitle} intro={t.selfAssignIntro} problem={problem}>
      <SubmitButton intent="assign-self">{t.selfAssignButton}</SubmitButton>
    </StepForm>
  );
}

/** A reviewer from before the withdrawal starts the review of the newly submitted version. */
function SelfRestartStep({ problem }: { problem: FormProblem | undefined }) {
  return (
    <StepForm intent="assign-self" title={t.selfRestartTitle} intro={t.selfRestartIntro} problem={problem}>
      <SubmitButton intent="assign-self">{t.restartButton}</SubmitButton>
    </StepForm>
  );
}

/** The review deadline; left empty, the default (end of Q2 of the plan year) applies. */
function DeadlineStep({ data, problem }: StepProps) {
  const deadline = data.review.deadline;
  return (
    <StepForm intent="deadline" title={t.deadlineTitle} problem={problem}>
      <div className="utrecht-form-field">
        <label htmlFor="deadline" className="utrecht-form-label">
          {t.deadlineLabel}
        </label>
        <p id="deadline-hint" className="utrecht-form-field-description">
          {t.deadlineHint}
        </p>
        <input
          id="deadline"
          name="deadline"
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input rw-review-date"
          defaultValue={deadline && !deadline.isDefault ? deadline.date : ""}
          aria-describedby="deadline-hint"
        />
      </div>
      <SubmitButton intent="deadline" appearance="secondary-action-button">
        {t.deadlineButton}
      </SubmitButton>
    </StepForm>
  );
}

/** The Verbindende Coalitie adopts: the date of its decision (today at the latest) and where it is recorded. */
function AdoptStep({ data, problem }: StepProps) {
  return (
    <StepForm intent="adopt" title={t.adoptTitle} intro={t.adoptIntro} problem={problem}>
      <div className="utrecht-form-field">
        <label htmlFor="decisionDate" className="utrecht-form-label">
          {t.decisionDate}
        </label>
        <input
          id="decisionDate"
          name="decisionDate"
          type="date"
          required
          max={data.today}
          defaultValue={data.today}
          className="utrecht-textbox utrecht-textbox--html-input rw-review-date"
          aria-invalid={issueAt(problem, "decisionDate") ? true : undefined}
        />
      </div>
      <AdminTextField id="reference" name="reference" label={t.reference} description={t.referenceHint} autoComplete="off" required error={issueAt(problem, "reference")} />
      <SubmitButton intent="adopt">{t.adoptButton}</SubmitButton>
    </StepForm>
  );
}

function SendBackStep({ problem }: { problem: FormProblem | undefined }) {
  return (
    <StepForm intent="send-back" title={t.sendBackTitle} intro={t.sendBackIntro} problem={problem}>
      <AdminTextarea id="sendback-reason" name="reason" label={t.sendBackReason} rows={3} error={issueAt(problem, "reason")} />
      <SubmitButton intent="send-back" appearance="secondary-action-button">
        {t.sendBackButton}
      </SubmitButton>
    </StepForm>
  );
}

function ReopenStep({ problem }: { problem: FormProblem | undefined }) {
  return (
    <StepForm intent="reopen" title={t.reopenTitle} intro={t.reopenIntro} problem={problem}>
      <SubmitButton intent="reopen">{t.reopenButton}</SubmitButton>
    </StepForm>
  );
}

/** Withdrawing is rare and undone only by reopening: folded away until opened (or refused). */
function WithdrawStep({ problem }: { problem: FormProblem | undefined }) {
  return (
    <details className="rw-review-details" open={problem?.intent === "withdraw"}>
      <summary>{t.withdrawTitle}</summary>
      <StepForm intent="withdraw" title={t.withdrawTitle} intro={t.withdrawIntro} problem={problem}>
        <AdminTextarea id="withdraw-reason" name="reason" label={t.withdrawReason} rows={2} error={issueAt(problem, "reason")} />
        <SubmitButton intent="withdraw" appearance="secondary-action-button">
          {t.withdrawButton}
        </SubmitButton>
      </StepForm>
    </details>
  );
}
