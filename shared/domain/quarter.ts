/**
 * Quarters (kwartalen). Stored as "2024-Q2", shown as "Q2 2024". Every Quarter this module
 * returns lies in the years minQuarterYear..maxQuarterYear; functions that would leave that
 * range throw a RangeError (a programming error, not something to show people). Dates are
 * read and made in UTC, so a quarter does not depend on the time zone of the browser.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;
export type Quarter = `${number}-Q${QuarterNumber}`;

export const minQuarterYear = 2000;
export const maxQuarterYear = 2100;

const storedPattern = /^(\d{4})-Q([1-4])$/;
const typedStoredPattern = /^(\d{4})\s*-\s*Q([1-4])$/i;
const shownPattern = /^Q([1-4])\s+(\d{4})$/i;

function inRange(year: number): boolean {
  return year >= minQuarterYear && year <= maxQuarterYear;
}

function make(year: number, quarter: number): Quarter {
  return `${year}-Q${quarter as QuarterNumber}`;
}

/** Whether the value is a quarter in its stored form ("2024-Q2"), within the supported years. */
export function isQuarter(value: unknown): value is Quarter {
  if (typeof value !== "string") return false;
  const match = storedPattern.exec(value);
  return match !== null && inRange(Number(match[1]));
}

/**
 * What a person typed, or a stored value, as a Quarter; null when it is not one.
 * Accepts "2024-Q2", "Q2 2024" and "q2 2024" (any case, spaces around it ignored).
 */
export function parseQuarter(input: string): Quarter | null {
  const text = input.trim();
  let year: number;
  let quarter: number;
  const stored = typedStoredPattern.exec(text);
  const shown = stored ? null : shownPattern.exec(text);
  if (stored) {
    year = Number(stored[1]);
    quarter = Number(stored[2]);
  } else if (shown) {
    quarter = Number(shown[1]);
    year = Number(shown[2]);
  } else {
    return null;
  }
  return inRange(year) ? make(year, quarter) : null;
}

/** A sequence number: consecutive quarters differ by one. Throws on a malformed quarter. */
function ordinal(q: Quarter): number {
  const match = storedPattern.exec(q);
  if (!match || !inRange(Number(match[1]))) throw new RangeError(`Not a quarter: ${JSON.stringify(q)}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

function fromOrdinal(n: number): Quarter {
  const year = Math.floor(n / 4);
  if (!inRange(year)) throw new RangeError(`Quarter outside ${minQuarterYear}..${maxQuarterYear}: year ${year}`);
  return make(year, (n % 4) + 1);
}

/** "2024-Q2" -> "Q2 2024". */
export function formatQuarter(q: Quarter): string {
  const n = ordinal(q);
  return `Q${(n % 4) + 1} ${Math.floor(n / 4)}`;
}

/** Negative when a is earlier than b, 0 when equal, positive when later. Use with Array.sort. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return Math.sign(ordinal(a) - ordinal(b));
}

/** Whether a is strictly later than b. */
export function isQuarterAfter(a: Quarter, b: Quarter): boolean {
  return ordinal(a) > ordinal(b);
}

/** The quarter a moment falls in, in UTC. */
export function quarterOf(date: Date): Quarter {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError("Invalid date");
  return fromOrdinal(date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3));
}

/** The first millisecond of the quarter, in UTC. */
export function quarterStart(q: Quarter): Date {
  const n = ordinal(q);
  return new Date(Date.UTC(Math.floor(n / 4), (n % 4) * 3, 1));
}

/** The last millisecond of the quarter, in UTC (e.g. a deadline "end of Q2"). */
export function quarterEnd(q: Quarter): Date {
  const n = ordinal(q) + 1;
  return new Date(Date.UTC(Math.floor(n / 4), (n % 4) * 3, 1) - 1);
}

/** The quarter n quarters later (n < 0: earlier). n must be a whole number. */
export function addQuarters(q: Quarter, n: number): Quarter {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of quarters: ${n}`);
  return fromOrdinal(ordinal(q) + n);
}

/** Every quarter from `from` up to and including `to`; empty when `to` is before `from`. */
export function listQuarters(from: Quarter, to: Quarter): Quarter[] {
  const first = ordinal(from);
  const last = ordinal(to);
  const quarters: Quarter[] = [];
  for (let n = first; n <= last; n++) quarters.push(fromOrdinal(n));
  return quarters;
}
