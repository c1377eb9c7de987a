/**
 * A report's rows as CSV: one header line with the JSON field names, then one line per
 * row in the same order, so the file and the JSON answer say the same thing. Empty cells
 * stand for null; booleans are written true/false.
 */
import { stringify } from "csv-stringify/sync";

export type ReportCell = string | number | boolean | null;

export function reportCsv(columns: readonly string[], rows: readonly object[]): string {
  return stringify(
    rows.map((row) => {
      const cells = row as Record<string, ReportCell | undefined>;
      return columns.map((column) => {
        const value = cells[column];
        if (value === null || value === undefined) return "";
        if (typeof value === "boolean") return value ? "true" : "false";
        return String(value);
      });
    }),
    { header: true, columns: [...columns] },
  );
}
