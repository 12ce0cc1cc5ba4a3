import { describe, expect, it } from "vitest";
import { nl } from "../../../shared/i18n/nl";
import { byCriterion, readRatings, sentValues } from "./review-form";

const criteria = [
  { id: "a", title: "Transformatief karakter" },
  { id: "b", title: "Financiële haalbaarheid" },
  { id: "c", title: "Versterkt de basis" },
];

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("readRatings", () => {
  it("reads a score and motivation per criterion and skips criteria left empty", () => {
    const sent = form([
      ["score:a", "3"],
      ["motivation:a", "Duidelijk."],
      ["score:c", "1"],
    ]);
    expect(readRatings(sent, criteria)).toEqual({
      ratings: [
        { criterionId: "a", score: 3, motivation: "Duidelijk." },
        { criterionId: "c", score: 1, motivation: "" },
      ],
      issues: [],
    });
  });

  it("refuses a motivation without a score at that criterion's score, instead of dropping it", () => {
    const { ratings, issues } = readRatings(form([["motivation:b", "Kosten ontbreken."]]), criteria);
    expect(ratings).toEqual([]);
    expect(issues).toEqual([
      {
        path: "ratings.b.score",
        message: nl.review.ratingMissing("Financiële haalbaarheid"),
      },
    ]);
  });

  it("ignores scores outside 1 to 4 and fields of unknown criteria", () => {
    const { ratings } = readRatings(
      form([
        ["score:a", "5"],
        ["score:a2", "2"],
        ["score:b", "0"],
      ]),
      criteria
    );
    expect(ratings).toEqual([]);
  });
});

describe("byCriterion", () => {
  it("renames the service's list positions to the criteria the form uses, and leaves other paths alone", () => {
    const ratings = [{ criterionId: "c" }, { criterionId: "a" }];
    expect(
      byCriterion(
        [
          { path: "ratings.1.score", message: "x" },
          { path: "ratings.b.motivation", message: "y" },
          { path: "advice", message: "z" },
          { path: "ratings.7.score", message: "w" },
        ],
        ratings
      )
    ).toEqual([
      { path: "ratings.a.score", message: "x" },
      { path: "ratings.b.motivation", message: "y" },
      { path: "advice", message: "z" },
      { path: "ratings.7.score", message: "w" },
    ]);
  });
});

describe("sentValues", () => {
  it("keeps what was typed and chosen, without the button's intent", () => {
    expect(
      sentValues(
        form([
          ["intent", "submit-review"],
          ["score:a", "2"],
          ["summary", "Goed."],
          ["advice", "aanpassen"],
        ])
      )
    ).toEqual({
      "score:a": "2",
      summary: "Goed.",
      advice: "aanpassen",
    });
  });
});
