/**
 * Optimistic concurrency per field. Two people who edit different fields of the same card
 * both keep their edits; someone who changes a field that another person changed since they
 * opened it gets a conflict for that field (shown as ConflictError), and nothing is saved.
 */

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface FieldConflict<K extends string = string> {
  field: K;
  /** The value that is stored now (someone else's change). */
  theirs: unknown;
  /** The value this editor wanted to save. */
  yours: unknown;
}

export type MergeResult<T> =
  | { ok: true; changes: FieldChange[]; next: T }
  | { ok: false; conflicts: Array<FieldConflict<keyof T & string>> };

/**
 * Apply `edits` to `current`.
 * - `base` holds, for every edited field, the value the editor saw when they started. A field
 *   missing from `base` counts as "saw undefined", so it conflicts unless nothing changes.
 * - A field with value `undefined` in `edits` is not edited.
 * - An edited field conflicts when its current value differs from base AND from the edit
 *   (when someone else already made the same change, that is not a conflict).
 * - Fields that were not edited never conflict.
 * - With any conflict nothing is applied: all conflicts are returned. Otherwise `changes`
 *   lists, in the order of `edits`, only the fields whose value really changes, and `next`
 *   is a new object (`current` is not touched).
 * Values are compared with deepEqualValues (string arrays ignore order).
 */
export function mergeFieldEdits<T extends Record<string, unknown>>(input: {
  current: T;
  base: Partial<T>;
  edits: Partial<T>;
}): MergeResult<T> {
  const { current, base, edits } = input;
  const edited = (Object.keys(edits) as Array<keyof T & string>).filter((field) => edits[field] !== undefined);

  const conflicts: Array<FieldConflict<keyof T & string>> = [];
  for (const field of edited) {
    const theirs = current[field];
    const yours = edits[field];
    if (!deepEqualValues(theirs, base[field]) && !deepEqualValues(theirs, yours)) {
      conflicts.push({ field, theirs, yours });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };

  const changes: FieldChange[] = [];
  const next: T = { ...current };
  for (const field of edited) {
    const to = edits[field] as T[typeof field];
    if (deepEqualValues(current[field], to)) continue;
    changes.push({ field, from: current[field], to });
    next[field] = to;
  }
  return { ok: true, changes, next };
}

/**
 * Structural equality for JSON-like values (what a card's fields hold):
 * - primitives with ===, except that NaN equals NaN; null and undefined differ;
 * - Dates by their time;
 * - arrays element by element, except that two arrays of only strings (lists of ids) are
 *   compared as sorted copies: ["a", "b"] equals ["b", "a"], but ["a", "a"] differs from ["a"];
 * - plain objects key by key, where a key holding undefined counts as absent;
 * - any other object (Map, class instance) only when it is the same object.
 */
export function deepEqualValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;

  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }

  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    if (a.every(isString) && b.every(isString)) {
      const left = [...a].sort();
      const right = [...b].sort();
      return left.every((value, index) => value === right[index]);
    }
    return a.every((value, index) => deepEqualValues(value, b[index]));
  }

  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!deepEqualValues(a[key], b[key])) return false;
  }
  return true;
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
