/**
 * A report's rows as CSV (or, `format=xlsx`, an Excel workbook), in the same order as the
 * JSON answer. For integrations
 * (`?format=machine`): one header line with the JSON field names, booleans true/false,
 * empty cells for null. For a person (the default): headers, enumerations, dates and
 * decimals in their language (server/export-format.ts). Text that a spreadsheet would run
 * as a formula is neutralised by the shared writer (core/csv.ts) either way.
 */
import type { TObject } from "typebox";
import type { ColumnKind, ExportColumn } from "../../core/export-labels.js";
import { exportCsvText, type CsvAudience } from "../../server/export-format.js";

export type ReportCell = string | number | boolean | null;

/** How a report field is written for a person, where it is more than text or a number. */
const FIELD_KINDS: Readonly<Record<string, ColumnKind>> = {
  level: { enum: "availabilityLevel" },
  severity: { enum: "severity" },
  category: { enum: "defectCategory" },
  vehicleType: { enum: "vehicleType" },
  powertrain: { enum: "powertrain" },
  meter: { enum: "meter" },
  kind: { enum: "organisationKind" },
  role: { enum: "role" },
  status: { enum: "workOrderStatus" },
  week: "date",
};

/** A report's CSV columns: its row schema's fields, in order. */
export function reportExportColumns(row: TObject): ExportColumn[] {
  return Object.entries(row.properties).map(([key, schema]) => {
    const format = (schema as { format?: unknown }).format;
    const kind = FIELD_KINDS[key] ?? (format === "date-time" ? "datetime" : "text");
    return { key, kind };
  });
}

/** A report's rows as export rows: each column's cell, in the columns' order. */
export function reportExportRows(columns: readonly ExportColumn[], rows: readonly object[]) {
  return rows.map((row) => {
    const cells = row as Record<string, ReportCell | undefined>;
    return columns.map((column) => cells[column.key]);
  });
}

export function reportCsv(
  columns: readonly ExportColumn[],
  rows: readonly object[],
  audience: CsvAudience = { machine: true },
): string {
  return exportCsvText(audience, columns, reportExportRows(columns, rows));
}
