/**
 * A report's rows as CSV: one header line with the JSON field names, then one line per
 * row in the same order, so the file and the JSON answer say the same thing. Empty cells
 * stand for null; booleans are written true/false; text that a spreadsheet would run as a
 * formula is neutralised by the shared writer (core/csv.ts).
 */
import { csvText } from "../../core/csv.js";

export type ReportCell = string | number | boolean | null;

export function reportCsv(columns: readonly string[], rows: readonly object[]): string {
  return csvText(
    columns,
    rows.map((row) => {
      const cells = row as Record<string, ReportCell | undefined>;
      return columns.map((column) => cells[column]);
    }),
  );
}
