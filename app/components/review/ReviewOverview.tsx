import { Form } from "@remix-run/react";
import { Button, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { Deadline, ReviewStateChip, type DeadlineView } from "./AgendaStatus";
import { ownerPath } from "../../../shared/owner-paths";

const t = nl.reviewUi;

export interface AgendaRow {
  id: string;
  kind: string;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  state: string;
  stateLabel: string;
  deadline: DeadlineView | null;
  progress: string | null;
  currentVersion: number | null;
  events: string[];
  owedByMe: boolean;
  reviewsOwed?: number;
  ageDays?: number;
}

export function reviewPageOf(owner: AgendaRow["owner"]): string {
  return ownerPath(owner, "/agenda/review");
}

/**
 * A table of agendas with their state, version, reviews and deadline; each links to its
 * review page. `queue` adds how long each has waited (the expert team's queue).
 */
export function AgendaTable({ rows, caption, queue = false }: { rows: AgendaRow[]; caption: string; queue?: boolean }) {
  return (
    <div className="rw-review-table-wrap">
      <table className="utrecht-table rw-table rw-review-queue">
        <caption className="utrecht-table__caption rw-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t.agendaColumn}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t.stateColumn}
            </th>
            {queue && (
              <th scope="col" className="utrecht-table__header-cell">
                {t.waitingColumn}
              </th>
            )}
            <th scope="col" className="utrecht-table__header-cell">
              {t.versionColumn}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t.reviewsColumn}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t.deadlineColumn}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <AppLink to={reviewPageOf(row.owner)} aria-label={t.openReview(row.owner.name)}>
                  {row.owner.name}
                </AppLink>
                <br />
                <span className="rw-muted">{t.kind[row.kind] ?? row.kind}</span>
                {row.owedByMe && (
                  <>
                    <br />
                    <span className="rw-review-for-you" title={t.owesYou}>
                      {t.forYou}
                      <span className="rw-visually-hidden">: {t.owesYou}</span>
                    </span>
                  </>
                )}
              </th>
              <td className="utrecht-table__cell">
                <ReviewStateChip state={row.state} label={row.stateLabel} />
              </td>
              {queue && <td className="utrecht-table__cell">{t.waitingDays(row.ageDays ?? 0)}</td>}
              <td className="utrecht-table__cell">{row.currentVersion ?? "-"}</td>
              <td className="utrecht-table__cell">
                {row.progress ?? "-"}
                {row.reviewsOwed ? (
                  <>
                    <br />
                    <span className="rw-muted">{t.owed(row.reviewsOwed)}</span>
                  </>
                ) : null}
              </td>
              <td className="utrecht-table__cell">
                <Deadline deadline={row.deadline} bare />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The coalition adopts or sends back straight from /review: the same plain forms as on the
 * review page, posted to that page (which shows the outcome, or the problem next to the field).
 */
function AdoptOrSendBack({ agenda, today }: { agenda: AgendaRow; today: string }) {
  const action = reviewPageOf(agenda.owner);
  const id = agenda.id;
  return (
    <li className="rw-review-adopt-item">
      <Heading3 id={`vaststellen-${id}`}>
        <AppLink to={action} aria-label={t.openReview(agenda.owner.name)}>
          {agenda.owner.name}
        </AppLink>
      </Heading3>
      <p>
        <span className="rw-muted">{t.kind[agenda.kind] ?? agenda.kind}</span> ·{" "}
        {agenda.currentVersion !== null && `${t.versionColumn} ${agenda.currentVersion} · `}
        {agenda.progress} · <Deadline deadline={agenda.deadline} />
      </p>
      <details className="rw-review-details">
        <summary>{t.adoptOrSendBack(agenda.owner.name)}</summary>
        <div className="rw-review-adopt-forms">
          <Form method="post" action={action} className="rw-form rw-review-step" aria-labelledby={`vaststellen-${id}-titel`}>
            <p id={`vaststellen-${id}-titel`}>
              <strong>{t.adoptTitle}</strong>
            </p>
            <input type="hidden" name="intent" value="adopt" />
            <div className="utrecht-form-field">
              <label htmlFor={`besluitdatum-${id}`} className="utrecht-form-label">
                {t.decisionDate}
              </label>
              <input
                id={`besluitdatum-${id}`}
                name="decisionDate"
                type="date"
                required
                max={today}
                defaultValue={today}
                className="utrecht-textbox utrecht-textbox--html-input rw-review-date"
              />
            </div>
            <div className="utrecht-form-field">
              <label htmlFor={`kenmerk-${id}`} className="utrecht-form-label">
                {t.reference}
              </label>
              <input id={`kenmerk-${id}`} name="reference" type="text" required autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" />
            </div>
            <div>
              <Button type="submit" appearance="primary-action-button">
                {t.adoptButton}
              </Button>
            </div>
          </Form>
          <Form method="post" action={action} className="rw-form rw-review-step" aria-labelledby={`terugsturen-${id}-titel`}>
            <p id={`terugsturen-${id}-titel`}>
              <strong>{t.sendBackTitle}</strong>
            </p>
            <input type="hidden" name="intent" value="send-back" />
            <div className="utrecht-form-field">
              <label htmlFor={`reden-${id}`} className="utrecht-form-label">
                {t.sendBackReason}
              </label>
              <textarea id={`reden-${id}`} name="reason" rows={3} required className="utrecht-textarea utrecht-textarea--html-textarea" />
            </div>
            <div>
              <Button type="submit" appearance="secondary-action-button">
                {t.sendBackButton}
              </Button>
            </div>
          </Form>
        </div>
      </details>
    </li>
  );
}

/** /review: the expert team's queue (oldest first) and every agenda's state, with links to their review pages; the coalition adopts from here. */
export function ReviewOverview({ queue, agendas, today }: { queue: AgendaRow[]; agendas: AgendaRow[]; today: string }) {
  const readyToAdopt = agendas.filter((agenda) => agenda.events.includes("vaststellen"));
  return (
    <>
      {readyToAdopt.length > 0 && (
        <section aria-labelledby="review-vaststellen" className="rw-section">
          <Heading2 id="review-vaststellen">{t.readyToAdoptTitle}</Heading2>
          <ul className="rw-review-adopt-list">
            {readyToAdopt.map((agenda) => (
              <AdoptOrSendBack key={agenda.id} agenda={agenda} today={today} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="review-wachtrij" className="rw-section">
        <Heading2 id="review-wachtrij">{t.queueHeading}</Heading2>
        <Paragraph className="rw-muted">{t.queueHint}</Paragraph>
        {queue.length === 0 ? <Paragraph>{t.queueEmpty}</Paragraph> : <AgendaTable rows={queue} caption={t.queueHeading} queue />}
      </section>
      <section aria-labelledby="review-alle" className="rw-section">
        <Heading2 id="review-alle">{t.allTitle}</Heading2>
        <AgendaTable rows={agendas} caption={t.allTitle} />
      </section>
    </>
  );
}
