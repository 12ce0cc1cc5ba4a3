import { describe, expect, it } from "vitest";
import { nl } from "../../../shared/i18n/nl";
import { linksToRows } from "./dependency-export";

const t = nl.dependencyUi;
const node = (id: string, owner: string, risk: string | null = null) => ({ id, title: `Titel ${id}`, owner: { name: owner }, atRisk: risk !== null, riskText: risk });
const link = (from: string, to: string, atRisk: boolean, extra: Partial<{ agreedDate: string; note: string; answerReason: string }> = {}) => ({
  from,
  to,
  kindLabel: "Vereist",
  stateLabel: "Bevestigd",
  agreedDate: extra.agreedDate ?? null,
  note: extra.note ?? null,
  answerReason: extra.answerReason ?? null,
  atRisk,
});

describe("linksToRows", () => {
  it("writes both ends with their owners, the date as people say it and the notes", () => {
    const [header, row] = linksToRows({
      nodes: [node("a", "Gezond ouder worden"), node("b", "Arbeidsmarkt")],
      links: [link("a", "b", false, { agreedDate: "2025-03-31", note: "Eerst de flexpool.", answerReason: "Past in Q1." })],
    });
    expect(header).toEqual([t.colFrom, t.csvFromOwner, t.colKind, t.colTo, t.csvToOwner, t.colState, t.colDate, t.colRisk, t.csvReason, t.csvNote, t.csvAnswer]);
    expect(row).toEqual(["Titel a", "Gezond ouder worden", "Vereist", "Titel b", "Arbeidsmarkt", "Bevestigd", "31 maart 2025", t.noRisk, "", "Eerst de flexpool.", "Past in Q1."]);
  });

  it("gives the reason of the end at risk, the one that needs first", () => {
    const rows = linksToRows({
      nodes: [node("a", "W", "Wacht op b"), node("b", "F", "Gepauzeerd"), node("c", "W"), node("d", "F", "Vertraagd")],
      links: [link("a", "b", true), link("c", "d", true)],
    });
    expect(rows[1]!.slice(7, 9)).toEqual([t.risk, "Wacht op b"]);
    expect(rows[2]!.slice(7, 9)).toEqual([t.risk, "Vertraagd"]);
  });
});
