import { describe, expect, it } from "vitest";
import { countWordsIn, diffTextLines, diffTexts, MAX_WORD_EDITS } from "./text-diff";

/** Both sides of a diff back from its chunks. */
function sides(chunks: Array<{ kind: string; text: string }>) {
  return {
    from: chunks.filter((c) => c.kind !== "inserted").map((c) => c.text).join(""),
    to: chunks.filter((c) => c.kind !== "deleted").map((c) => c.text).join(""),
  };
}

describe("diffTexts", () => {
  it("marks replaced and added words, deleted before inserted", () => {
    const diff = diffTexts("Doel van het plan.", "Doel van dit plan, in Almere.");
    expect(diff.chunks).toEqual([
      { kind: "same", text: "Doel van " },
      { kind: "deleted", text: "het" },
      { kind: "inserted", text: "dit" },
      { kind: "same", text: " plan" },
      { kind: "inserted", text: ", in Almere" },
      { kind: "same", text: "." },
    ]);
    expect(diff.insertedWords).toBe(3);
    expect(diff.deletedWords).toBe(1);
  });

  it("has one same chunk and no counts for equal texts", () => {
    expect(diffTexts("# Agenda\n\nTekst", "# Agenda\n\nTekst")).toEqual({ chunks: [{ kind: "same", text: "# Agenda\n\nTekst" }], insertedWords: 0, deletedWords: 0 });
    expect(diffTexts("", "")).toEqual({ chunks: [], insertedWords: 0, deletedWords: 0 });
  });

  it("handles texts that start or end empty", () => {
    expect(diffTexts("", "Nieuwe tekst")).toEqual({ chunks: [{ kind: "inserted", text: "Nieuwe tekst" }], insertedWords: 2, deletedWords: 0 });
    expect(diffTexts("Oude tekst", "")).toEqual({ chunks: [{ kind: "deleted", text: "Oude tekst" }], insertedWords: 0, deletedWords: 2 });
  });

  it("keeps both texts recoverable from the chunks, whitespace and new paragraphs included", () => {
    const from = "## Aanpak\n\nWe starten in Lelystad.\n\n- SPUK IZA";
    const to = "## Aanpak\n\nWe starten in Lelystad en Dronten.\n\nNieuwe alinea.\n\n- SPUK IZA\n- SPUK GALA";
    expect(sides(diffTexts(from, to).chunks)).toEqual({ from, to });
  });

  it("compares very different long texts line by line instead of word by word", () => {
    const words = (seed: number) => Array.from({ length: 3 * MAX_WORD_EDITS }, (_, i) => `w${(i * seed) % 997}`);
    const from = words(7).join(" ") + "\nzelfde regel\n";
    const to = words(13).join(" ") + "\nzelfde regel\n";
    const diff = diffTexts(from, to);
    expect(diff.chunks.map((c) => c.kind)).toEqual(["deleted", "inserted", "same"]);
    expect(diff.chunks[2]!.text).toBe("zelfde regel\n");
    expect(sides(diff.chunks)).toEqual({ from, to });
    expect(diff.deletedWords).toBe(3 * MAX_WORD_EDITS);
  });
});

describe("countWordsIn", () => {
  it("counts words with apostrophes and hyphens once, and ignores punctuation and markers", () => {
    expect(countWordsIn("## Thema's: e-health, zorg & welzijn (2026) - [Reablement]")).toBe(6);
    expect(countWordsIn("  ,. ")).toBe(0);
  });
});

describe("diffTextLines", () => {
  it("pairs changed lines, and keeps added and removed lines on their own side", () => {
    const rows = diffTextLines("# Titel\n\nEen twee drie\n\nweg\n\nvier", "# Titel\n\nEen twee vijf drie\n\nnieuw\n\nnog een\n\nvier");
    expect(rows).toEqual([
      { kind: "same", left: [{ kind: "same", text: "# Titel" }], right: [{ kind: "same", text: "# Titel" }] },
      {
        kind: "changed",
        left: [{ kind: "same", text: "Een twee drie" }],
        right: [
          { kind: "same", text: "Een twee " },
          { kind: "inserted", text: "vijf " },
          { kind: "same", text: "drie" },
        ],
      },
      { kind: "changed", left: [{ kind: "deleted", text: "weg" }], right: [{ kind: "inserted", text: "nieuw" }] },
      { kind: "inserted", left: null, right: [{ kind: "inserted", text: "nog een" }] },
      { kind: "same", left: [{ kind: "same", text: "vier" }], right: [{ kind: "same", text: "vier" }] },
    ]);
  });

  it("shows removed lines as deleted rows", () => {
    expect(diffTextLines("a\nb\nc", "a\nc")).toEqual([
      { kind: "same", left: [{ kind: "same", text: "a" }], right: [{ kind: "same", text: "a" }] },
      { kind: "deleted", left: [{ kind: "deleted", text: "b" }], right: null },
      { kind: "same", left: [{ kind: "same", text: "c" }], right: [{ kind: "same", text: "c" }] },
    ]);
  });
});
