import { describe, expect, it } from "vitest";
import {
  type CardFacts,
  type CardStatus,
  assessmentCriteria,
  assessmentLevels,
  cardStatuses,
  checkFocusRule,
  emptyAssessment,
  findCardProblems,
  maxFocusPerGroup,
  needsScaleAndQuarters,
} from "./card-rules";
import { boardMessages } from "./messages";
import { type Quarter } from "./quarter";

const exploring: CardFacts = {
  status: "verkennen",
  title: "Eén wijknetwerk",
  buildingBlockIds: ["bb-wijkgericht"],
  scale: null,
  startQuarter: null,
  endQuarter: null,
};

const chosen: CardFacts = {
  ...exploring,
  status: "gekozen",
  scale: { kind: "subregionaal", subregionId: "lelystad-dronten" },
  startQuarter: "2025-Q1",
  endQuarter: "2026-Q4",
};

const fields = (card: CardFacts) => findCardProblems(card).map((problem) => problem.field);

describe("board lanes", () => {
  it("shows the lanes in the order of the work, each with a Dutch label", () => {
    expect(cardStatuses.map((status) => boardMessages.statusLabel[status])).toEqual([
      "Verkennen",
      "Gekozen",
      "Uitwerken",
      "In agenda",
      "Gepauzeerd",
    ]);
  });
});

describe("findCardProblems", () => {
  it("lets a werkgroep explore an idea with only a title and a bouwsteen", () => {
    expect(findCardProblems(exploring)).toEqual([]);
    expect(findCardProblems({ ...exploring, status: "gepauzeerd" })).toEqual([]);
  });

  it("asks for a scale and both quarters from Gekozen on", () => {
    for (const status of ["gekozen", "uitwerken", "in_agenda"] as CardStatus[]) {
      expect(needsScaleAndQuarters(status)).toBe(true);
      const problems = findCardProblems({ ...exploring, status });
      expect(problems.map((problem) => problem.field)).toEqual(["scale", "startQuarter", "endQuarter"]);
      expect(problems[0]?.message).toBe("Kies een schaal: lokaal, subregionaal of regionaal. Dat moet vanaf 'Gekozen'.");
      for (const problem of problems) expect(problem.message).toContain("Gekozen");
    }
    expect(findCardProblems(chosen)).toEqual([]);
  });

  it("asks for only what is missing", () => {
    expect(fields({ ...chosen, endQuarter: null })).toEqual(["endQuarter"]);
    expect(fields({ ...chosen, scale: null })).toEqual(["scale"]);
  });

  it("needs a title of at most 160 characters, not counting spaces around it", () => {
    expect(fields({ ...exploring, title: "" })).toEqual(["title"]);
    expect(findCardProblems({ ...exploring, title: "   " })[0]?.message).toBe("Vul een titel in.");
    expect(fields({ ...exploring, title: `  ${"a".repeat(160)}  ` })).toEqual([]);
    const tooLong = findCardProblems({ ...exploring, title: "a".repeat(161) });
    expect(tooLong.map((problem) => problem.field)).toEqual(["title"]);
    expect(tooLong[0]?.message).toContain("160");
    expect(tooLong[0]?.message).toContain("161");
  });

  it("needs at least one bouwsteen, in every lane", () => {
    expect(fields({ ...exploring, buildingBlockIds: [] })).toEqual(["buildingBlockIds"]);
    expect(fields({ ...chosen, buildingBlockIds: [""] })).toEqual(["buildingBlockIds"]);
    expect(findCardProblems({ ...exploring, buildingBlockIds: [] })[0]?.message).toMatch(/bouwsteen/);
  });

  it("asks which gemeente for a lokaal scale and which subregion for a subregionaal one", () => {
    expect(fields({ ...chosen, scale: { kind: "lokaal", municipalityIds: [] } })).toEqual(["scale.municipalityIds"]);
    expect(fields({ ...chosen, scale: { kind: "lokaal", municipalityIds: ["almere"] } })).toEqual([]);
    expect(fields({ ...chosen, scale: { kind: "subregionaal", subregionId: " " } })).toEqual(["scale.subregionId"]);
    expect(fields({ ...chosen, scale: { kind: "regionaal" } })).toEqual([]);
    // Also while exploring: a scale that is filled in must be complete.
    expect(fields({ ...exploring, scale: { kind: "lokaal", municipalityIds: [] } })).toEqual(["scale.municipalityIds"]);
  });

  it("does not let the end quarter come before the start quarter", () => {
    const problems = findCardProblems({ ...chosen, startQuarter: "2025-Q3", endQuarter: "2025-Q2" });
    expect(problems).toEqual([
      {
        field: "endQuarter",
        message: "Het eindkwartaal (Q2 2025) ligt voor het startkwartaal (Q3 2025). Kies als eindkwartaal Q3 2025 of later.",
      },
    ]);
    expect(fields({ ...chosen, startQuarter: "2025-Q3", endQuarter: "2025-Q3" })).toEqual([]);
    expect(fields({ ...exploring, startQuarter: "2026-Q1", endQuarter: "2025-Q4" })).toEqual(["endQuarter"]);
  });

  it("reports a quarter that is not in the stored form", () => {
    const problems = findCardProblems({ ...chosen, startQuarter: "Q1 2025" as Quarter });
    expect(problems).toEqual([{ field: "startQuarter", message: boardMessages.quarterInvalid }]);
  });

  it("lists every problem at once", () => {
    expect(fields({ ...exploring, status: "uitwerken", title: "", buildingBlockIds: [] })).toEqual([
      "title",
      "buildingBlockIds",
      "scale",
      "startQuarter",
      "endQuarter",
    ]);
  });
});

describe("checkFocusRule", () => {
  const a = { id: "c1", title: "Eén wijknetwerk" };
  const b = { id: "c2", title: "Mentaal gezondheidsnetwerk" };

  it("allows focus on one, and at most two, cards per werkgroep", () => {
    expect(maxFocusPerGroup).toBe(2);
    expect(checkFocusRule([], "c1")).toEqual({ ok: true });
    expect(checkFocusRule([a], "c2")).toEqual({ ok: true });
  });

  it("refuses a third focus card and names the two that have focus", () => {
    expect(checkFocusRule([a, b], "c3")).toEqual({
      ok: false,
      message:
        'Deze werkgroep heeft al twee focus-oplossingsrichtingen: "Eén wijknetwerk" en "Mentaal gezondheidsnetwerk". Zet eerst bij één van die twee de focus uit.',
    });
  });

  it("is fine with turning focus on again for a card that already has it", () => {
    expect(checkFocusRule([a, b], "c2")).toEqual({ ok: true });
  });

  it("counts a card listed twice once", () => {
    expect(checkFocusRule([a, a], "c3")).toEqual({ ok: true });
  });

  it("still says what to do when the werkgroep somehow has more than two", () => {
    const result = checkFocusRule([a, b, { id: "c4", title: "  " }], "c3");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('"Eén wijknetwerk", "Mentaal gezondheidsnetwerk" en "(zonder titel)"');
      expect(result.message).toContain("Zet eerst bij twee daarvan de focus uit.");
    }
  });
});

describe("assessment", () => {
  it("starts with nothing filled in", () => {
    expect(emptyAssessment).toEqual({ health: null, careQuality: null, careCosts: null, jobSatisfaction: null, strengthensBasis: null });
  });

  it("has a Dutch label for every criterion and level", () => {
    expect(assessmentCriteria.map((criterion) => boardMessages.criterionLabel[criterion]).every(Boolean)).toBe(true);
    expect(assessmentLevels.map((level) => boardMessages.assessmentLevelLabel[level])).toEqual(["Geen verschil", "Enig verschil", "Groot verschil"]);
  });
});
