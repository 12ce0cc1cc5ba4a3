import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Button, Heading2, Heading3, Heading4, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef, type ReactNode } from "react";
import type { DiffChunk } from "../../../shared/domain/text-diff";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../admin/Fields";
import { formatCalendarDate, formatDutchDateTime } from "../../../shared/dutch-time";
import { agendaBasePath } from "../agenda/AgendaPage";
import { FrozenDocument } from "../agenda/FrozenDocument";
import { ChipStatusContext, type ChipStatus } from "../agenda/status-chips";
import { DiffView } from "../agenda/VersionsPage";
import { useLiveBoard } from "../../lib/live-board";
import { AppLink } from "../ui/AppLink";
import { Deadline, ReviewStateChip, type DeadlineView } from "./AgendaStatus";

const t = nl.reviewUi;

interface Problem {
  message: string;
  path?: string;
  subject?: { kind: "card" | "item"; id: string; title: string };
}

interface Rating {
  criterionId: string;
  score: number;
  motivation: string;
}

interface ReviewView {
  expertId: string;
  expertName: string;
  versionNumber: number;
  advice: string;
  adviceLabel: string;
  summary: string | null;
  submittedAt: Date | string;
  ratings: Rating[];
}

type Moment = Date | string;

/** What the review page's loader sends (review.server.ts, loadReviewPage). */
export interface ReviewPageData {
  agenda: {
    id: string;
    kind: string;
    reviewState: string;
    owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  };
  me: string | null;
  review: {
    state: string;
    stateLabel: string;
    stateChangedAt: Moment;
    allowedEvents: Array<{ event: string; label: string }>;
    abilities: {
      assignOthers: boolean;
      configure: boolean;
      writeReview: boolean;
    };
    deadline: DeadlineView | null;
    currentVersion: {
      number: number;
      name: string;
      createdAt: Moment;
      authorName: string | null;
    } | null;
    reviewedVersions: Array<{
      number: number;
      name: string;
      createdAt: Moment;
      authorName: string | null;
    }>;
    reviewers: Array<{
      expertId: string;
      name: string;
      assignedAt: Moment;
      assignedByName: string | null;
      submitted: boolean;
    }>;
    progress: { done: number; total: number; label: string } | null;
    criteria: Array<{
      id: string;
      title: string;
      description: string | null;
      setId: string;
      setName: string;
    }>;
    reviews: ReviewView[];
    comparison: Array<{
      criterionId: string;
      scores: Array<{ expertId: string; score: number | null }>;
      differs: boolean;
    }>;
    myDraft: {
      summary: string | null;
      updatedAt: Moment;
      ratings: Rating[];
    } | null;
    history: ReviewView[];
    transitions: Array<{
      id: string;
      event: string;
      eventLabel: string;
      from: string;
      to: string;
      reason: string | null;
      actorName: string | null;
      versionNumber: number | null;
      at: Moment;
    }>;
    checks: { blocking: Problem[]; warnings: Problem[] } | null;
    adoption: {
      versionNumber: number | null;
      decisionDate: string | null;
      reference: string | null;
    } | null;
    changesSinceReview: {
      fromVersion: number;
      toVersion: number;
      chunks: DiffChunk[];
      insertedWords: number;
      deletedWords: number;
    } | null;
  };
  checks: {
    blocking: Problem[];
    warnings: Problem[];
    canSubmit: boolean;
  } | null;
  experts: Array<{ id: string; name: string; organisation: string | null }>;
  frozen: {
    number: number;
    name: string;
    text: string;
    document: unknown;
  } | null;
  resolvedThreads: ResolvedThread[];
  statuses: Record<string, ChipStatus>;
  done: string | null;
  today: string;
}

interface ResolvedThread {
  id: string;
  quote: string;
  authorName: string | null;
  firstComment: string;
  resolvedByName: string | null;
  resolvedAt: Moment;
}

interface FormProblem {
  ok: false;
  intent: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
  values?: Record<string, string>;
}

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

/** The problems of the submission checks, each with a link to where it is fixed. */
function ProblemList({ problems, data }: { problems: Problem[]; data: ReviewPageData }) {
  const owner = data.agenda.owner;
  const fixAt =
    owner.kind === "werkgroep"
      ? { to: `/werkgroepen/${owner.slug}/bord`, label: t.openBoard }
      : { to: `/fundamenten/${owner.slug}/werkagenda`, label: t.openWorkplan };
  return (
    <ul className="rw-review-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.message} <AppLink to={fixAt.to}>{fixAt.label}</AppLink>
        </li>
      ))}
    </ul>
  );
}

/** A refusal of one form: said at once (role="alert"), each field problem next to its message. */
function FormAlert({ problem }: { problem: FormProblem | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const extra = problem.issues.filter((issue) => issue.message !== problem.message);
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rw-error-summary">
      <Paragraph>{problem.message}</Paragraph>
      {extra.length > 0 && (
        <ul>
          {extra.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function issueAt(problem: FormProblem | undefined, path: string) {
  return problem?.issues.find((issue) => issue.path === path)?.message;
}

function StepForm({
  intent,
  title,
  intro,
  children,
  problem,
}: {
  intent: string;
  title: string;
  intro?: string;
  children: ReactNode;
  problem: FormProblem | undefined;
}) {
  const id = `stap-${intent}`;
  return (
    <Form method="post" className="rw-form rw-review-step" aria-labelledby={id}>
      <Heading4 id={id}>{title}</Heading4>
      {intro && <Paragraph>{intro}</Paragraph>}
      <FormAlert problem={problem?.intent === intent ? problem : undefined} />
      <input type="hidden" name="intent" value={intent} />
      {children}
    </Form>
  );
}

function SubmitButton({
  intent,
  children,
  appearance = "primary-action-button",
}: {
  intent: string;
  children: ReactNode;
  appearance?: "primary-action-button" | "secondary-action-button";
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  return (
    <div>
      <Button type="submit" appearance={appearance} busy={busy} name="intent" value={intent}>
        {children}
      </Button>
    </div>
  );
}

function Actions({ data, problem }: { data: ReviewPageData; problem: FormProblem | undefined }) {
  const { review, checks, experts, me } = data;
  const events = new Set(review.allowedEvents.map((e) => e.event));
  const resubmit = events.has("opnieuw_indienen");
  const amReviewer = me !== null && review.reviewers.some((r) => r.expertId === me);
  const steps: ReactNode[] = [];

  if ((events.has("indienen") || resubmit) && checks) {
    steps.push(
      <StepForm
        key="submit"
        intent="submit"
        title={resubmit ? t.resubmitTitle : t.submitTitle}
        intro={resubmit ? t.resubmitIntro : t.submitIntro}
        problem={problem}
      >
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
        {checks.canSubmit ? (
          <SubmitButton intent="submit">{resubmit ? t.resubmitButton : t.submitButton}</SubmitButton>
        ) : (
          <Paragraph>{t.cannotSubmit}</Paragraph>
        )}
      </StepForm>
    );
  }

  if (events.has("reviewers_toewijzen") && review.abilities.assignOthers) {
    const assigned = new Set(review.reviewers.map((r) => r.expertId));
    steps.push(
      <StepForm key="assign" intent="assign" title={t.assignTitle} intro={t.assignIntro} problem={problem}>
        {experts.length === 0 ? (
          <Paragraph>{t.noExperts}</Paragraph>
        ) : (
          <>
            <fieldset className="utrecht-form-fieldset rw-review-choices">
              <legend className="utrecht-form-fieldset__legend">{t.expertsLegend}</legend>
              {experts.map((expert) => (
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
            <SubmitButton intent="assign">{t.assignButton}</SubmitButton>
          </>
        )}
      </StepForm>
    );
  } else if (events.has("reviewers_toewijzen") && !amReviewer) {
    steps.push(
      <StepForm key="assign-self" intent="assign-self" title={t.selfAssignTitle} intro={t.selfAssignIntro} problem={problem}>
        <SubmitButton intent="assign-self">{t.selfAssignButton}</SubmitButton>
      </StepForm>
    );
  }

  if (review.abilities.configure && review.state !== "vastgesteld") {
    steps.push(
      <StepForm key="deadline" intent="deadline" title={t.deadlineTitle} problem={problem}>
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
            defaultValue={review.deadline && !review.deadline.isDefault ? review.deadline.date : ""}
            aria-describedby="deadline-hint"
          />
        </div>
        <SubmitButton intent="deadline" appearance="secondary-action-button">
          {t.deadlineButton}
        </SubmitButton>
      </StepForm>
    );
  }

  if (events.has("vaststellen")) {
    steps.push(
      <StepForm key="adopt" intent="adopt" title={t.adoptTitle} intro={t.adoptIntro} problem={problem}>
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
        <AdminTextField
          id="reference"
          name="reference"
          label={t.reference}
          description={t.referenceHint}
          autoComplete="off"
          required
          error={issueAt(problem, "reference")}
        />
        <SubmitButton intent="adopt">{t.adoptButton}</SubmitButton>
      </StepForm>
    );
  }
  if (events.has("terugsturen")) {
    steps.push(
      <StepForm key="send-back" intent="send-back" title={t.sendBackTitle} intro={t.sendBackIntro} problem={problem}>
        <AdminTextarea id="sendback-reason" name="reason" label={t.sendBackReason} rows={3} error={issueAt(problem, "reason")} />
        <SubmitButton intent="send-back" appearance="secondary-action-button">
          {t.sendBackButton}
        </SubmitButton>
      </StepForm>
    );
  }
  if (events.has("heropenen")) {
    steps.push(
      <StepForm key="reopen" intent="reopen" title={t.reopenTitle} intro={t.reopenIntro} problem={problem}>
        <SubmitButton intent="reopen">{t.reopenButton}</SubmitButton>
      </StepForm>
    );
  }
  if (events.has("terugtrekken")) {
    steps.push(
      <details key="withdraw" className="rw-review-details" open={problem?.intent === "withdraw"}>
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

/** "Wat is er veranderd sinds de vorige review": a native <details>, so it works by keyboard and without JavaScript. */
function ChangesToggle({ changes, resolved }: { changes: NonNullable<ReviewPageData["review"]["changesSinceReview"]>; resolved: ResolvedThread[] }) {
  const side = (number: number) => ({
    kind: "version" as const,
    version: {
      number,
      name: "",
      reason: "submit",
      createdAt: new Date(0),
      authorName: null,
    },
  });
  return (
    <details className="rw-review-details rw-review-changes">
      <summary>{t.changesToggle}</summary>
      <Paragraph>{t.changesIntro(changes.fromVersion, changes.toVersion)}</Paragraph>
      <DiffView
        diff={{
          from: side(changes.fromVersion),
          to: side(changes.toVersion),
          chunks: changes.chunks,
          insertedWords: changes.insertedWords,
          deletedWords: changes.deletedWords,
        }}
      />
      <p>
        <strong>{t.resolvedThreadsTitle(changes.fromVersion)}</strong>
      </p>
      {resolved.length === 0 ? (
        <Paragraph>{t.resolvedThreadsNone(changes.fromVersion)}</Paragraph>
      ) : (
        <ul className="rw-review-resolved">
          {resolved.map((thread) => (
            <li key={thread.id}>
              <q>{thread.quote}</q>
              {thread.firstComment && <> - {thread.firstComment}</>}{" "}
              <span className="rw-muted">
                ({t.resolvedThreadBy(thread.authorName ?? t.unknownPerson, thread.resolvedByName ?? t.unknownPerson)},{" "}
                <time dateTime={new Date(thread.resolvedAt).toISOString()}>{formatDutchDateTime(thread.resolvedAt)}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** The frozen version on the left, the criteria on the right. */
function ReviewForm({ data, problem }: { data: ReviewPageData; problem: FormProblem | undefined }) {
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
                .map((criterion) => {
                  const rating = ratingOf(criterion.id);
                  const scoreError = issueAt(problem, `ratings.${criterion.id}.score`);
                  const motivationError = issueAt(problem, `ratings.${criterion.id}.motivation`);
                  return (
                    <fieldset
                      key={criterion.id}
                      className="utrecht-form-fieldset rw-review-criterion"
                      aria-describedby={criterion.description ? `crit-${criterion.id}-hint` : undefined}
                    >
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
                })}
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

/** Every review of the current version side by side; criteria whose scores are 2 or more apart are marked with words and a sign. */
function ReviewsSideBySide({ review }: { review: ReviewPageData["review"] }) {
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

function Reviewers({ data, problem }: { data: ReviewPageData; problem: FormProblem | undefined }) {
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

function EarlierReviews({ review }: { review: ReviewPageData["review"] }) {
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
function History({ review }: { review: ReviewPageData["review"] }) {
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
