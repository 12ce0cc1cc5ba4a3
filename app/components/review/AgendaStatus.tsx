import { formatCalendarDate } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";

const t = nl.reviewUi;

export interface DeadlineView {
  date: string;
  isDefault: boolean;
  overdue: boolean;
}



/** The review state as a chip: the state's name in words (data-state only styles it). Its context ("Agenda:", a column) is around it. */
export function ReviewStateChip({ state, label }: { state: string; label: string }) {
  return (
    <span className="rw-review-chip" data-state={state}>
      {label}
    </span>
  );
}

/** The deadline; when it has passed, the words "Te laat" and a mark say so (not only a colour). */
export function Deadline({ deadline, bare = false }: { deadline: DeadlineView | null; bare?: boolean }) {
  if (!deadline) return null;
  const date = formatCalendarDate(deadline.date);
  const text = bare ? date : t.deadline(date);
  if (deadline.overdue) {
    return (
      <span className="rw-review-deadline rw-review-deadline--overdue">
        <span aria-hidden="true" className="rw-review-deadline__mark">
          !
        </span>{" "}
        <strong>{t.overdue}:</strong> <time dateTime={deadline.date}>{text}</time>
      </span>
    );
  }
  return (
    <span className="rw-review-deadline">
      <time dateTime={deadline.date}>{text}</time>
      {deadline.isDefault && <span className="rw-muted"> {t.deadlineDefault}</span>}
    </span>
  );
}

export interface AgendaStatusData {
  state: string;
  stateLabel: string;
  deadline: DeadlineView | null;
  progress: string | null;
  events: string[];
}

/**
 * One line about an agenda's review: state chip, deadline, "2 van 3 reviews klaar" and a link
 * to the review page (for the lead: "Indienen voor review"). Used in the werkgroep and
 * fundament headers and above the editor.
 */
export function AgendaStatus({ status, reviewPath }: { status: AgendaStatusData | null; reviewPath: string }) {
  const submit = status?.events.includes("opnieuw_indienen") ? t.resubmitLink : status?.events.includes("indienen") ? t.submitLink : null;
  return (
    <p className="rw-review-status">
      <span className="rw-review-status__label">{t.agendaState}</span>{" "}
      {status ? <ReviewStateChip state={status.state} label={status.stateLabel} /> : <ReviewStateChip state="concept" label={nl.review.states.concept} />}
      {status?.deadline && (
        <>
          {" "}
          <Deadline deadline={status.deadline} />
        </>
      )}
      {status?.progress && <span className="rw-review-status__progress"> · {status.progress}</span>}{" "}
      <AppLink to={reviewPath} className="rw-review-status__link">
        {submit ?? t.toReview}
      </AppLink>
    </p>
  );
}
