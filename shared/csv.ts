/**
 * CSV as Dutch spreadsheet programs open it with a double click: semicolons between fields (a
 * comma is the decimal sign here), CRLF line ends, and a byte-order mark so Excel reads UTF-8
 * ("Één" stays "Één"). A field is quoted when it holds a separator, a quote or a line break.
 *
 * A field that starts with =, +, -, @, a tab or a carriage return would run as a formula in a
 * spreadsheet ("CSV injection": a card title can be written by any werkgroeplid). It gets a
 * leading apostrophe, which spreadsheets show as text.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A file name for a download: the parts in lower case, joined by hyphens, with today's date. */
export function downloadName(parts: readonly string[], date: Date, extension: string): string {
  const day = date.toISOString().slice(0, 10);
  const base = [...parts, day]
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base}.${extension}`;
}
