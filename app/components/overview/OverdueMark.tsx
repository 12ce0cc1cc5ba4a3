import { nl } from "../../../shared/i18n/nl";

/** "Over tijd" beside a status: a mark and the words, not only a colour. */
export function OverdueMark() {
  return (
    <span className="rw-review-deadline rw-review-deadline--overdue">
      <span aria-hidden="true" className="rw-review-deadline__mark">
        !
      </span>{" "}
      <strong>{nl.overview.overdueMark}</strong>
    </span>
  );
}
