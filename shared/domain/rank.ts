/**
 * The explicit order of cards within a lane, as sortable strings (fractional indexing).
 *
 * A rank is a non-empty string over the digits "0-9a-z", read as a fraction in base 36:
 * "i" is 18/36, "i8" is 18/36 + 8/36². It never ends in "0" (so every rank has one spelling
 * and there is always room before it). Ranks compare with plain `<` on strings, which is
 * also what Array.prototype.sort() and SQL `ORDER BY rank COLLATE "C"` do. Do not use
 * localeCompare: it may order digits and letters differently.
 */

export const rankDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
const base = rankDigits.length;
const rankPattern = /^[0-9a-z]*[1-9a-z]$/;

/** Whether the value is a well-formed rank. */
export function isRank(value: unknown): value is string {
  return typeof value === "string" && rankPattern.test(value);
}

/** Sorts ranks the way `<` does: `cards.sort((a, b) => compareRanks(a.rank, b.rank))`. */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function digitAt(key: string, index: number): number {
  return rankDigits.indexOf(key[index] ?? "0");
}

/**
 * A rank strictly between `a` (or 0 when "") and `b` (or 1 when null). Both are well
 * formed and a < b. The result never ends in "0".
 */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    // Keep the common prefix (a is padded with zeros), then split what follows.
    let n = 0;
    while ((a[n] ?? "0") === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a === "" ? 0 : digitAt(a, 0);
  const digitB = b === null ? base : digitAt(b, 0);
  if (digitB - digitA > 1) return rankDigits[Math.round((digitA + digitB) / 2)] as string;
  // The first digits are adjacent: b's first digit alone fits when b goes on after it;
  // otherwise keep a's first digit and go halfway between the rest of a and the end.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (rankDigits[digitA] as string) + midpoint(a.slice(1), null);
}

/**
 * A new rank strictly between two neighbours: `before` < result < `after`. null means an
 * open end (the start or the end of the lane). Throws an Error when a neighbour is not a
 * rank or when `before` is not smaller than `after`.
 */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && !isRank(before)) throw new Error(`Not a rank: ${JSON.stringify(before)}`);
  if (after !== null && !isRank(after)) throw new Error(`Not a rank: ${JSON.stringify(after)}`);
  if (before !== null && after !== null && before >= after) {
    throw new Error(`Rank ${JSON.stringify(before)} must be smaller than ${JSON.stringify(after)}`);
  }
  return midpoint(before ?? "", after);
}

/**
 * n ranks, sorted and spread evenly between the open ends, all of the same (shortest
 * possible) length before trailing zeros are dropped. For seeding or re-spreading a lane.
 */
export function initialRanks(n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  if (n === 0) return [];
  let length = 1;
  while (base ** length < n + 1) length++;
  const room = base ** length;
  if (!Number.isSafeInteger(room * n)) throw new RangeError(`Too many ranks at once: ${n}`);
  const ranks: string[] = [];
  for (let i = 1; i <= n; i++) {
    const value = Math.floor((i * room) / (n + 1));
    ranks.push(value.toString(base).padStart(length, "0").replace(/0+$/, ""));
  }
  return ranks;
}
