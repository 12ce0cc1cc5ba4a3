import { describe, expect, it } from "vitest";
import { compareRanks, initialRanks, isRank, rankBetween } from "./rank";

function expectStrictlySorted(keys: string[]) {
  for (let i = 1; i < keys.length; i++) {
    expect((keys[i - 1] as string) < (keys[i] as string), `${keys[i - 1]} < ${keys[i]}`).toBe(true);
  }
}

describe("rankBetween", () => {
  it("gives a rank for the first card of an empty lane", () => {
    expect(isRank(rankBetween(null, null))).toBe(true);
  });

  it("places a rank strictly between its neighbours, and before or after the ends", () => {
    const cases: Array<[string | null, string | null]> = [
      ["a", "b"],
      ["a", "a1"],
      ["a", "a01"],
      ["az", "b"],
      ["1", "2"],
      ["9", "a"],
      ["y", "z"],
      ["z", null],
      ["zzz", null],
      [null, "1"],
      [null, "001"],
      ["i", null],
      [null, "i"],
    ];
    for (const [before, after] of cases) {
      const key = rankBetween(before, after);
      expect(isRank(key), key).toBe(true);
      if (before !== null) expect(before < key, `${before} < ${key}`).toBe(true);
      if (after !== null) expect(key < after, `${key} < ${after}`).toBe(true);
    }
  });

  it("keeps order and short keys when people keep dropping cards at the same spot", () => {
    const lane = initialRanks(3);
    for (let i = 0; i < 200; i++) {
      const key = rankBetween(lane[0] as string, lane[1] as string);
      lane.splice(1, 0, key);
    }
    expectStrictlySorted(lane);
    expect(new Set(lane).size).toBe(lane.length);
    expect(Math.max(...lane.map((key) => key.length))).toBeLessThan(100);
  });

  it("keeps short keys when cards keep going to the top or the bottom", () => {
    const lane = [rankBetween(null, null)];
    for (let i = 0; i < 200; i++) {
      lane.unshift(rankBetween(null, lane[0] as string));
      lane.push(rankBetween(lane[lane.length - 1] as string, null));
    }
    expectStrictlySorted(lane);
    expect(Math.max(...lane.map((key) => key.length))).toBeLessThan(100);
  });

  it("keeps a lane in order through many moves to arbitrary places", () => {
    const lane = initialRanks(5);
    let seed = 42;
    for (let i = 0; i < 1000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const at = seed % (lane.length + 1);
      lane.splice(at, 0, rankBetween(lane[at - 1] ?? null, lane[at] ?? null));
    }
    expectStrictlySorted(lane);
    expect(new Set(lane).size).toBe(lane.length);
  });

  it("sorts the same with <, Array.sort and compareRanks", () => {
    const lane = initialRanks(20);
    lane.splice(3, 0, rankBetween(lane[2] as string, lane[3] as string));
    const shuffled = [...lane].reverse();
    expect([...shuffled].sort()).toEqual(lane);
    expect([...shuffled].sort(compareRanks)).toEqual(lane);
  });

  it("refuses neighbours in the wrong order or that are not ranks", () => {
    expect(() => rankBetween("b", "a")).toThrow(Error);
    expect(() => rankBetween("a", "a")).toThrow(Error);
    expect(() => rankBetween("A", null)).toThrow(Error);
    expect(() => rankBetween("a0", null)).toThrow(Error);
    expect(() => rankBetween("", null)).toThrow(Error);
    expect(() => rankBetween(null, "a-b")).toThrow(Error);
  });
});

describe("initialRanks", () => {
  it("gives n distinct, sorted ranks", () => {
    for (const n of [1, 2, 5, 35, 36, 100, 2000]) {
      const ranks = initialRanks(n);
      expect(ranks).toHaveLength(n);
      expect(ranks.every(isRank)).toBe(true);
      expectStrictlySorted(ranks);
    }
    expect(initialRanks(0)).toEqual([]);
  });

  it("spreads them so the keys stay short and there is room around each one", () => {
    expect(initialRanks(35).every((key) => key.length === 1)).toBe(true);
    expect(initialRanks(1000).every((key) => key.length <= 2)).toBe(true);
    const ranks = initialRanks(10);
    expect(rankBetween(null, ranks[0] as string)).toHaveLength(1);
    expect(rankBetween(ranks[9] as string, null)).toHaveLength(1);
  });

  it("refuses a count that is not a whole number of cards", () => {
    expect(() => initialRanks(-1)).toThrow(RangeError);
    expect(() => initialRanks(1.5)).toThrow(RangeError);
  });
});
