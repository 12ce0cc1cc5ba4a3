import { formatDutchDateTime } from "../../../shared/dutch-time";
import { timeAgo } from "../board/model";

/**
 * "3 dagen geleden", with the date and time on hover and in `dateTime` (UX.md: dates as people
 * say them). `now` comes from the loader, so the server's and the browser's text agree.
 */
export function TimeAgo({ moment, now, className = "rw-muted" }: { moment: Date | string; now: number; className?: string }) {
  return (
    <time dateTime={new Date(moment).toISOString()} title={formatDutchDateTime(moment)} className={className}>
      {timeAgo(moment, now)}
    </time>
  );
}
