import { describe, expect, it } from "vitest";
import { allReviewsIn, compareReviews, findMissingRatings, reviewProgress } from "./review-ratings";

const criteria = [
  { id: "k1", title: "Transformatief karakter" },
  { id: "k2", title: "Financiële haalbaarheid" },
  { id: "k3", title: "Business case" },
];

describe("a review is complete", () => {
  it("when every criterion has a score and a motivation", () => {
    const ratings = criteria.map((c) => ({ criterionId: c.id, score: 3, motivation: "Goed onderbouwd." }));
    expect(findMissingRatings(criteria, ratings)).toEqual([]);
  });

  it("names each criterion without a score or with an empty motivation", () => {
    const ratings = [
      { criterionId: "k1", score: 3, motivation: "Goed." },
      { criterionId: "k2", score: 2, motivation: "   " },
      { criterionId: "elders", score: 4, motivation: "Niet van deze set." },
    ];
    expect(findMissingRatings(criteria, ratings)).toEqual([
      { criterionId: "k2", path: "ratings.k2.motivation", message: 'Schrijf bij "Financiële haalbaarheid" waarom u deze score geeft.' },
      { criterionId: "k3", path: "ratings.k3.score", message: 'Geef een score bij "Business case".' },
    ]);
  });
});

describe("progress of the reviews", () => {
  it("counts the assigned experts who submitted, as '2 van 3 reviews klaar'", () => {
    expect(reviewProgress(["a", "b", "c"], ["a", "c", "x"])).toEqual({ done: 2, total: 3, label: "2 van 3 reviews klaar" });
    expect(reviewProgress(["a"], [])).toEqual({ done: 0, total: 1, label: "0 van 1 review klaar" });
    expect(allReviewsIn(["a", "b"], ["b", "a"])).toBe(true);
    expect(allReviewsIn(["a", "b"], ["a"])).toBe(false);
    expect(allReviewsIn([], [])).toBe(false);
  });
});

describe("reviews side by side", () => {
  it("marks criteria where the scores are 2 or more apart", () => {
    const rows = compareReviews(criteria, [
      { expertId: "eva", ratings: [{ criterionId: "k1", score: 4, motivation: "" }, { criterionId: "k2", score: 2, motivation: "" }] },
      { expertId: "erik", ratings: [{ criterionId: "k1", score: 2, motivation: "" }, { criterionId: "k2", score: 3, motivation: "" }] },
    ]);
    expect(rows).toEqual([
      { criterionId: "k1", scores: [{ expertId: "eva", score: 4 }, { expertId: "erik", score: 2 }], differs: true },
      { criterionId: "k2", scores: [{ expertId: "eva", score: 2 }, { expertId: "erik", score: 3 }], differs: false },
      { criterionId: "k3", scores: [{ expertId: "eva", score: null }, { expertId: "erik", score: null }], differs: false },
    ]);
  });
});
