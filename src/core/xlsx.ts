/**
 * The one XLSX writer of fleethub (issue #14, item 3): a person's export as an Excel
 * workbook of one sheet, written with exceljs. Unlike a CSV, a workbook says what each
 * cell is, so nothing depends on the spreadsheet's language: a number is a number cell, a
 * time a date cell with a date format (Excel sums, sorts and filters them), text is a
 * text cell. The header row is bold, frozen and filtered; columns are as wide as their
 * longest value (within limits).
 *
 * Formulas: every text is written as a text cell (never a formula), so a driver's
 * comment "=HYPERLINK(...)" is shown as it was written and never run — no quote prefix
 * is needed, unlike the CSV (core/csv.ts), and the text stays exactly what was written.
 */
import ExcelJS from "exceljs";

/** A cell as the writer takes it: a number, a date (an instant, shown in UTC) or text. */
export type XlsxCell =
  { text: string } | { number: number } | { date: Date; format: "datetime" | "date" } | null;

export interface XlsxOptions {
  /** The sheet's name (Excel allows at most 31 characters, and none of \ / ? * [ ] :). */
  sheet: string;
  /** Excel number formats of a day and of a day with a time, in the person's order. */
  dateFormat: string;
  dateTimeFormat: string;
}

/** Column widths in characters: wide enough for the header and most values, not more. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Text Excel refuses in a sheet's name, replaced by a space. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;

function cellWidth(cell: XlsxCell, options: XlsxOptions): number {
  if (cell === null) return 0;
  if ("text" in cell) return Math.max(...cell.text.split(/\r?\n/).map((line) => [...line].length));
  if ("number" in cell) return String(cell.number).length;
  return (cell.format === "date" ? options.dateFormat : options.dateTimeFormat).length;
}

/**
 * Excel keeps the characters of XML 1.0 only: a control character (other than tab and
 * line breaks) would make the file one Excel refuses to open, so it becomes U+FFFD.
 */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is matched
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "\uFFFD");
}

/** A workbook of one sheet: the header row, then one row per row of cells. */
export async function xlsxBuffer(
  headers: readonly string[],
  rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>,
  options: XlsxOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "fleethub";
  const name = options.sheet.replace(SHEET_NAME_FORBIDDEN, " ").slice(0, 31) || "Sheet1";
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  const widths = headers.map((header) => [...header].length);
  const header = sheet.addRow(headers.map(xmlSafe));
  header.font = { bold: true };
  for await (const cells of rows) {
    const row = sheet.addRow(
      cells.map((cell) => {
        if (cell === null) return null;
        if ("text" in cell) return xmlSafe(cell.text);
        if ("number" in cell) return cell.number;
        return cell.date;
      }),
    );
    cells.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cellWidth(cell, options));
      if (cell !== null && "date" in cell)
        row.getCell(index + 1).numFmt =
          cell.format === "date" ? options.dateFormat : options.dateTimeFormat;
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  if (headers.length)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
