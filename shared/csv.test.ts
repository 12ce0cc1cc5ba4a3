import { describe, expect, it } from "vitest";
import { downloadName, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a byte-order mark, semicolons and CRLF line ends", () => {
    expect(toCsv([["Titel", "Status"], ["Eén wijknetwerk", "Gekozen"]])).toBe("\uFEFFTitel;Status\r\nEén wijknetwerk;Gekozen\r\n");
  });

  it("quotes fields with a separator, a quote or a line break, and doubles the quotes", () => {
    const csv = toCsv([["a;b", 'zei "ja"', "regel 1\nregel 2", "gewoon"]]);
    expect(csv).toBe('\uFEFF"a;b";"zei ""ja""";"regel 1\nregel 2";gewoon\r\n');
  });

  it("keeps a field that looks like a formula from running in a spreadsheet", () => {
    const [line] = toCsv([["=HYPERLINK(\"http://evil\")", "+31", "-2", "@SUM(A1)", "\tx", "a=b"]]).slice(1).split("\r\n");
    expect(line).toBe(`"'=HYPERLINK(""http://evil"")";'+31;'-2;'@SUM(A1);'\tx;a=b`);
  });
});

describe("downloadName", () => {
  it("makes a plain lower-case name with the date", () => {
    expect(downloadName(["Gezond ouder worden", "oplossingsrichtingen"], new Date("2026-12-05T10:00:00Z"), "csv")).toBe("gezond-ouder-worden-oplossingsrichtingen-2026-12-05.csv");
  });

  it("drops accents and characters a file system may refuse", () => {
    expect(downloadName(["Één/twee: café?"], new Date("2026-01-02T00:00:00Z"), "csv")).toBe("een-twee-cafe-2026-01-02.csv");
  });
});
