import { describe, expect, it } from "vitest";
import { nl } from "../../../shared/i18n/nl";
import { workplanToRows } from "./workplan-export";

const t = nl.structure.workplan;
const item = (id: string, status: "gepland" | "bezig" | "gereed" | "vertraagd", extra: Partial<{ dueQuarter: string | null; description: string }> = {}) => ({
  id,
  title: `Punt ${id}`,
  description: extra.description ?? "",
  status,
  dueQuarter: extra.dueQuarter === undefined ? "2025-Q2" : extra.dueQuarter,
  responsibleOrganisation: "GGD Flevoland",
});

describe("workplanToRows", () => {
  it("lists the items lane by lane as the page does, keeping their order within a lane", () => {
    const rows = workplanToRows([item("b1", "bezig"), item("v1", "vertraagd"), item("g1", "gepland"), item("b2", "bezig"), item("g2", "gepland")], {});
    expect(rows.slice(1).map((row) => row[0])).toEqual(["Punt g1", "Punt g2", "Punt b1", "Punt b2", "Punt v1"]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(["Gepland", "Gepland", "Bezig", "Bezig", "Vertraagd"]);
  });

  it("writes the quarter as people say it, what the item is needed for and why it is at risk", () => {
    const [header, row, quiet] = workplanToRows([item("a", "gepland", { description: "Met de gemeenten." }), item("b", "gereed", { dueQuarter: null })], {
      a: {
        incoming: 2,
        outgoing: 0,
        atRisk: true,
        riskText: "Klaar na de kaart die erop wacht.",
        enables: [
          { id: "c1", title: "Valpreventie aan huis", owner: { kind: "werkgroep", slug: "gezond-ouder-worden", name: "Gezond ouder worden" } },
          { id: "c2", title: "Wijkteams", owner: { kind: "werkgroep", slug: "sterke-wijken", name: "Sterke wijken" } },
        ],
      },
    });
    expect(header).toEqual([t.titleLabel, t.csvStatus, t.dueLabel, t.organisationLabel, t.csvEnables, nl.dependencyUi.colRisk, nl.dependencyUi.csvReason, t.descriptionLabel]);
    expect(row).toEqual([
      "Punt a",
      "Gepland",
      "Q2 2025",
      "GGD Flevoland",
      "Valpreventie aan huis (Gezond ouder worden), Wijkteams (Sterke wijken)",
      nl.dependencyUi.risk,
      "Klaar na de kaart die erop wacht.",
      "Met de gemeenten.",
    ]);
    expect(quiet!.slice(2, 7)).toEqual(["", "GGD Flevoland", "", nl.dependencyUi.noRisk, ""]);
  });
});
