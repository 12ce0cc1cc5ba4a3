import { describe, expect, it } from "vitest";
import { deepEqualValues, mergeFieldEdits } from "./field-merge";

interface Card extends Record<string, unknown> {
  title: string;
  description: string;
  municipalityIds: string[];
  scale: { kind: string; subregionId?: string } | null;
  startQuarter: string | null;
}

const stored: Card = {
  title: "Eén wijknetwerk",
  description: "Eerste versie",
  municipalityIds: ["almere", "lelystad"],
  scale: null,
  startQuarter: null,
};

describe("mergeFieldEdits", () => {
  it("keeps both edits when two people change different fields", () => {
    // Anna and Bram open the same card. Anna saves a new title first.
    const anna = mergeFieldEdits({ current: stored, base: { title: stored.title }, edits: { title: "Eén wijknetwerk Almere" } });
    expect(anna.ok).toBe(true);
    if (!anna.ok) return;
    // Bram still sees the old card and changes the description.
    const bram = mergeFieldEdits({
      current: anna.next,
      base: { description: stored.description },
      edits: { description: "Tweede versie" },
    });
    expect(bram).toEqual({
      ok: true,
      changes: [{ field: "description", from: "Eerste versie", to: "Tweede versie" }],
      next: { ...stored, title: "Eén wijknetwerk Almere", description: "Tweede versie" },
    });
  });

  it("refuses to overwrite a field that someone else changed since, and saves nothing", () => {
    const current: Card = { ...stored, title: "Titel van Anna" };
    const result = mergeFieldEdits({
      current,
      base: { title: stored.title, description: stored.description },
      edits: { title: "Titel van Bram", description: "Ook nieuw" },
    });
    expect(result).toEqual({ ok: false, conflicts: [{ field: "title", theirs: "Titel van Anna", yours: "Titel van Bram" }] });
  });

  it("reports every conflicting field", () => {
    const current: Card = { ...stored, title: "Nieuw", startQuarter: "2025-Q1" };
    const result = mergeFieldEdits({
      current,
      base: { title: stored.title, startQuarter: null },
      edits: { title: "Anders", startQuarter: "2025-Q2" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflicts.map((c) => c.field)).toEqual(["title", "startQuarter"]);
  });

  it("is no conflict when someone else already made the same change", () => {
    const current: Card = { ...stored, scale: { kind: "regionaal" } };
    const result = mergeFieldEdits({ current, base: { scale: null }, edits: { scale: { kind: "regionaal" } } });
    expect(result).toEqual({ ok: true, changes: [], next: current });
  });

  it("ignores fields the editor did not touch, even when others changed them", () => {
    const current: Card = { ...stored, description: "Door iemand anders" };
    const result = mergeFieldEdits({ current, base: { title: stored.title }, edits: { title: "Nieuw" } });
    expect(result.ok && result.next.description).toBe("Door iemand anders");
  });

  it("records only fields that really change", () => {
    const result = mergeFieldEdits({
      current: stored,
      base: { title: stored.title, municipalityIds: stored.municipalityIds },
      edits: { title: stored.title, municipalityIds: ["lelystad", "almere"] },
    });
    expect(result).toEqual({ ok: true, changes: [], next: stored });
  });

  it("treats a list of ids in another order as the same list", () => {
    const current: Card = { ...stored, municipalityIds: ["lelystad", "almere"] };
    const result = mergeFieldEdits({
      current,
      base: { municipalityIds: ["almere", "lelystad"] },
      edits: { municipalityIds: ["almere", "lelystad", "dronten"] },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.changes).toEqual([{ field: "municipalityIds", from: ["lelystad", "almere"], to: ["almere", "lelystad", "dronten"] }]);
  });

  it("treats an edit without the value it was based on as a conflict, unless it changes nothing", () => {
    expect(mergeFieldEdits({ current: stored, base: {}, edits: { title: "Nieuw" } }).ok).toBe(false);
    expect(mergeFieldEdits({ current: stored, base: {}, edits: { title: stored.title } }).ok).toBe(true);
  });

  it("skips fields whose edit is undefined", () => {
    const result = mergeFieldEdits({ current: stored, base: {}, edits: { title: undefined } });
    expect(result).toEqual({ ok: true, changes: [], next: stored });
  });

  it("can clear a field with null", () => {
    const current: Card = { ...stored, startQuarter: "2025-Q1" };
    const result = mergeFieldEdits({ current, base: { startQuarter: "2025-Q1" }, edits: { startQuarter: null } });
    expect(result).toEqual({ ok: true, changes: [{ field: "startQuarter", from: "2025-Q1", to: null }], next: { ...current, startQuarter: null } });
  });

  it("does not change the stored object", () => {
    const current = structuredClone(stored);
    mergeFieldEdits({ current, base: { title: stored.title }, edits: { title: "Nieuw" } });
    expect(current).toEqual(stored);
  });
});

describe("deepEqualValues", () => {
  it("compares primitives by value", () => {
    expect(deepEqualValues("a", "a")).toBe(true);
    expect(deepEqualValues(1, 1)).toBe(true);
    expect(deepEqualValues(1, "1")).toBe(false);
    expect(deepEqualValues(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqualValues(null, undefined)).toBe(false);
    expect(deepEqualValues(null, null)).toBe(true);
  });

  it("compares nested objects and arrays by content", () => {
    expect(deepEqualValues({ kind: "lokaal", municipalityIds: ["a"] }, { municipalityIds: ["a"], kind: "lokaal" })).toBe(true);
    expect(deepEqualValues({ kind: "lokaal" }, { kind: "regionaal" })).toBe(false);
    expect(deepEqualValues({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqualValues({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqualValues([{ a: 1 }], [{ a: 1 }])).toBe(true);
    expect(deepEqualValues([], {})).toBe(false);
  });

  it("ignores the order of string lists but not of other lists", () => {
    expect(deepEqualValues(["b", "a"], ["a", "b"])).toBe(true);
    expect(deepEqualValues(["a", "a"], ["a"])).toBe(false);
    expect(deepEqualValues(["a", "a", "b"], ["a", "b", "b"])).toBe(false);
    expect(deepEqualValues([1, 2], [2, 1])).toBe(false);
    expect(deepEqualValues([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "a" }])).toBe(false);
  });

  it("compares dates by moment", () => {
    expect(deepEqualValues(new Date("2025-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00Z"))).toBe(true);
    expect(deepEqualValues(new Date("2025-01-01T00:00:00Z"), new Date("2025-01-02T00:00:00Z"))).toBe(false);
    expect(deepEqualValues(new Date(0), 0)).toBe(false);
  });
});
