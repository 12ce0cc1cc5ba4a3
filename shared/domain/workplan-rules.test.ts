import { describe, expect, it } from "vitest";
import { boardMessages } from "./messages";
import { findWorkplanItemProblems, workplanStatuses } from "./workplan-rules";

const item = { title: "Regionale opleidingsagenda", dueQuarter: "2025-Q2", responsibleOrganisation: null };

describe("werkagenda statuses", () => {
  it("has a Dutch label for every status, in order", () => {
    expect(workplanStatuses.map((status) => boardMessages.workplanStatusLabel[status])).toEqual(["Gepland", "Bezig", "Gereed", "Vertraagd"]);
  });
});

describe("findWorkplanItemProblems", () => {
  it("accepts an item with a title and a due quarter; the organisation may wait", () => {
    expect(findWorkplanItemProblems(item)).toEqual([]);
    expect(findWorkplanItemProblems({ ...item, responsibleOrganisation: "GGD Flevoland" })).toEqual([]);
  });

  it("always needs a due quarter", () => {
    expect(findWorkplanItemProblems({ ...item, dueQuarter: null })).toEqual([
      { field: "dueQuarter", message: "Kies het kwartaal waarin dit punt klaar moet zijn, zoals Q2 2025." },
    ]);
    expect(findWorkplanItemProblems({ ...item, dueQuarter: "  " }).map((p) => p.field)).toEqual(["dueQuarter"]);
  });

  it("reports a due quarter that is not a real quarter", () => {
    for (const dueQuarter of ["2025-Q5", "volgend jaar", "1999-Q1", "Q2 2025"]) {
      expect(findWorkplanItemProblems({ ...item, dueQuarter }), dueQuarter).toEqual([
        { field: "dueQuarter", message: boardMessages.quarterInvalid },
      ]);
    }
  });

  it("needs a title of at most 160 characters", () => {
    expect(findWorkplanItemProblems({ ...item, title: " " })).toEqual([{ field: "title", message: "Vul een titel in." }]);
    expect(findWorkplanItemProblems({ ...item, title: "x".repeat(160) })).toEqual([]);
    expect(findWorkplanItemProblems({ ...item, title: "x".repeat(161) }).map((p) => p.field)).toEqual(["title"]);
  });

  it("keeps the name of the responsible organisation to 160 characters", () => {
    expect(findWorkplanItemProblems({ ...item, responsibleOrganisation: "o".repeat(160) })).toEqual([]);
    const problems = findWorkplanItemProblems({ ...item, responsibleOrganisation: "o".repeat(200) });
    expect(problems.map((p) => p.field)).toEqual(["responsibleOrganisation"]);
    expect(problems[0]?.message).toContain("200");
  });

  it("lists every problem at once", () => {
    expect(findWorkplanItemProblems({ title: "", dueQuarter: null, responsibleOrganisation: "o".repeat(161) }).map((p) => p.field)).toEqual([
      "title",
      "dueQuarter",
      "responsibleOrganisation",
    ]);
  });
});
