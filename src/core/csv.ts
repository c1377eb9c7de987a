/**
 * The one CSV writer of fleethub: every export (inspections, defects, vehicles, reports,
 * planner results) writes through it, so every file is safe to open in a spreadsheet.
 *
 * Formula injection (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets run a
 * cell that starts with `=`, `+`, `-` or `@` as a formula, and TAB or CR before one of
 * them is skipped, so a driver's signature `=cmd|' /C calc'!A0` or a comment
 * `=HYPERLINK(...)` would run on the manager's computer. OWASP's advice: prefix such a
 * cell with a single quote, which makes the spreadsheet show it as text. The full-width
 * forms (＝ ＋ － ＠) are treated the same, since Apple Numbers normalises them.
 *
 * Numbers stay numbers: a number (and a string that is nothing but a plain decimal
 * number, such as "-12.5" from a numeric column) is written as it is, since a
 * spreadsheet reads it as a value, never as a formula.
 */
import { stringify, type Stringifier } from "csv-stringify";

export type CsvCell = string | number | bigint | boolean | Date | null | undefined;
export type CsvRow = readonly CsvCell[];

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether a spreadsheet could take this text, as the whole cell, for a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text of one cell, prefixed with a quote when it would start a formula. */
export function neutraliseCell(text: string): string {
  return startsLikeFormula(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** How numbers are written; plain `String(n)` unless given. */
  formatNumber?: (value: number) => string;
  /** The cell separator; a comma unless given (Russian Excel expects a semicolon). */
  delimiter?: "," | ";";
  /**
   * Start the file with the UTF-8 byte-order mark. Excel reads a CSV without it in the
   * system's legacy code page (Windows-1251 in Russia), so Cyrillic turns to mojibake.
   */
  bom?: boolean;
  /** How dates are written; ISO 8601 in UTC unless given. */
  formatDate?: (value: Date) => string;
  /** How booleans are written; true/false unless given. */
  formatBoolean?: (value: boolean) => string;
}

/** csv-stringify's options for these columns (the stream's, and the text's reference in tests). */
export function stringifyOptions(columns: readonly string[], options: CsvOptions) {
  return {
    header: true,
    columns: columns.map((column) => neutraliseCell(column)),
    delimiter: options.delimiter ?? ",",
    bom: options.bom ?? false,
    cast: {
      string: neutraliseCell,
      number: options.formatNumber ?? String,
      bigint: String,
      boolean: options.formatBoolean ?? ((value: boolean) => (value ? "true" : "false")),
      date: options.formatDate ?? ((value: Date) => value.toISOString()),
    },
  };
}

/**
 * One cell as csv-stringify writes it with the options above: quoted when it holds the
 * delimiter, a quote or a line break, with quotes doubled (RFC 4180).
 */
function quoted(text: string, delimiter: string): string {
  if (text.includes('"')) return `"${text.replaceAll('"', '""')}"`;
  return text.includes(delimiter) || text.includes("\n") || text.includes("\r")
    ? `"${text}"`
    : text;
}

/**
 * A whole CSV file: the header line, then one line per row. Empty cells stand for null.
 *
 * The same text as csv-stringify's `stringify` with `stringifyOptions` (which `csvStream`
 * uses; csv.test.ts compares the two on many kinds of cells), written here directly: a plan
 * writes ~1,000 rows of numbers, and csv-stringify's per-cell casting and option handling
 * took ~10 ms of a ~0.1 s `fleethub plan --simba` run. A row longer than the columns is cut
 * to them, as csv-stringify does.
 */
export function csvText(
  columns: readonly string[],
  rows: readonly CsvRow[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const formatNumber = options.formatNumber ?? String;
  const formatBoolean = options.formatBoolean ?? ((value: boolean) => (value ? "true" : "false"));
  const formatDate = options.formatDate ?? ((value: Date) => value.toISOString());
  const line = (cells: readonly CsvCell[]): string => {
    const n = Math.min(cells.length, columns.length);
    let text = "";
    for (let i = 0; i < n; i++) {
      if (i > 0) text += delimiter;
      const cell = cells[i];
      let cellText: string;
      if (typeof cell === "string") cellText = neutraliseCell(cell);
      else if (typeof cell === "number") cellText = formatNumber(cell);
      else if (typeof cell === "bigint") cellText = String(cell);
      else if (typeof cell === "boolean") cellText = formatBoolean(cell);
      else if (cell instanceof Date) cellText = formatDate(cell);
      else continue;
      if (cellText !== "") text += quoted(cellText, delimiter);
    }
    return text;
  };
  // csv-stringify casts the header's cells as strings too (neutraliseCell is idempotent).
  const parts = [line(columns.map((column) => neutraliseCell(column))), "\n"];
  for (const row of rows) parts.push(line(row), "\n");
  return (options.bom === true ? "\uFEFF" : "") + parts.join("");
}

/**
 * The same as `csvText`, as a stream: write rows (arrays of cells) into it and send it, for
 * exports too large to hold as one string.
 */
export function csvStream(columns: readonly string[], options: CsvOptions = {}): Stringifier {
  return stringify(stringifyOptions(columns, options));
}

/**
 * Identifiers (fleet numbers, registration plates, serial and part numbers) are refused at
 * input when they start like a formula: they are printed in every export and typed into
 * spreadsheets by hand, where the quote prefix would not protect them. The problem in
 * words, or null when the identifier is fine.
 */
export function formulaStartProblem(identifier: string): string | null {
  return startsLikeFormula(identifier)
    ? 'must not start with "=", "+", "-", "@", a tab or a line break (a spreadsheet would run it as a formula)'
    : null;
}
