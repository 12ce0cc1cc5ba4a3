// Dates and moments as people in the Netherlands read them, always in Dutch time. Building an
// Intl.DateTimeFormat with a time zone costs ~90 us, using one ~1 us, and a page formats dozens
// of dates: each format is built once, here.

const day = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
// A calendar date has no time of day: read and written in UTC, so no zone shifts its day.
const calendarDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const minute = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "medium", timeStyle: "short" });
const second = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "medium", timeStyle: "medium" });
// en-CA formats as YYYY-MM-DD.
const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** A moment's day, e.g. "3 december 2026". */
export function formatDay(value: Date | string): string {
  return day.format(new Date(value));
}

/** A calendar date ("2025-03-31") as "31 maart 2025"; anything else as it is. */
export function formatCalendarDate(value: string): string {
  const [year, month, date] = value.split("-").map(Number);
  if (!year || !month || !date) return value;
  return calendarDay.format(new Date(Date.UTC(year, month - 1, date)));
}

/** A moment to the minute, e.g. "3 mrt 2025, 14:05". */
export function formatDutchDateTime(moment: Date | string): string {
  return minute.format(new Date(moment));
}

/** A moment to the second, e.g. "3 mrt 2025, 14:05:09". */
export function formatMoment(moment: Date | string): string {
  return second.format(new Date(moment));
}

/** A moment as the calendar date in the Netherlands ("YYYY-MM-DD"), where deadlines are meant. */
export function dateInNetherlands(moment: Date): string {
  return isoDay.format(moment);
}
