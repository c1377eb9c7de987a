/**
 * Who an export is for and in which file (issue #14). By default a person: the file opens in Excel in
 * their language — a UTF-8 byte-order mark, a semicolon between cells in Russian (Russian
 * Excel's list separator; a comma in English), headers and enumerations in words, dates
 * and decimals as the locale writes them, names beside ids. `?format=machine` keeps the
 * stable file integrations read: the machine column names, ISO 8601 dates, raw enumeration
 * values, commas, no byte-order mark (docs/exports.md). `?format=xlsx` is the person's file
 * as an Excel workbook (core/xlsx.ts): the same columns and words, with numbers and dates as
 * number and date cells.
 *
 * The person's language: the `locale` query parameter (a download link from the web page,
 * which can send no header), else the page's X-Fleethub-Locale, else the account's locale,
 * else the request's Accept-Language, else English (an API token has no account locale).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { pipeline, Readable } from "node:stream";
import type { Stringifier } from "csv-stringify";
import { Type } from "typebox";
import { csvStream, csvText, type CsvCell, type CsvOptions, type CsvRow } from "../core/csv.js";
import { xlsxBuffer, type XlsxCell } from "../core/xlsx.js";
import {
  booleanWriter,
  dateTimeWriter,
  dateWriter,
  enumWord,
  exportHeader,
  exportSheetName,
  numberWriter,
  type ExportColumn,
  type ExportLocale,
} from "../core/export-labels.js";

export const EXPORT_FORMAT_DESCRIPTION =
  "Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by " +
  "a semicolon in Russian and a comma in English, headers, statuses and other enumerations " +
  "in the caller's language (the `locale` parameter, else X-Fleethub-Locale, else the " +
  "account's locale, else Accept-Language, else English), " +
  "dates as the language writes them (UTC), a decimal comma in Russian, and names beside " +
  "ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 " +
  "dates, raw enumeration values, commas, no byte-order mark; its columns do not change. " +
  "`xlsx`: the person's file as an Excel workbook (the same columns, headers and words; " +
  "numbers as number cells, dates and times as date cells in UTC; a bold, frozen header " +
  "row), sent as application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.";

/** The `format` query parameter every export takes. */
export const ExportFormat = Type.Optional(
  Type.Enum(["person", "machine", "xlsx"], { description: EXPORT_FORMAT_DESCRIPTION }),
);

export const LOCALE_QUERY_DESCRIPTION =
  "The language of the file's words: `ru` or `en`. A download link opened from the web page " +
  "carries no header, so the page adds its language here; it comes before X-Fleethub-Locale, " +
  "the account's locale and Accept-Language. Any other value is refused (400, field `locale`).";

/** The `locale` query parameter of a download (an export, the planner's report). */
export const LocaleQuery = Type.Optional(
  Type.Enum(["en", "ru"], { description: LOCALE_QUERY_DESCRIPTION }),
);

/** The media type of an Excel workbook (.xlsx, ECMA-376 / ISO/IEC 29500). */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type CsvAudience = { machine: true } | { machine: false; locale: ExportLocale };

/** The first language of an Accept-Language header that fleethub speaks, by weight. */
export function acceptedLocale(header: string | undefined): ExportLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (primary === "ru" || primary === "en") return primary;
  }
  return null;
}

/**
 * The language the web page shows: the `locale` query parameter its download links carry
 * (a link opened by the browser sends no header of the page's), else X-Fleethub-Locale,
 * which its API client sends with every request. The page's texts and the server's must
 * agree, whatever the account says. A `locale` other than `ru` or `en` is ignored here and
 * refused by the route's schema (400 naming `locale`), in the language found without it.
 */
export function pageLocale(request: FastifyRequest): ExportLocale | null {
  const query = request.query as { locale?: unknown } | undefined;
  const asked = query?.locale;
  if (asked === "ru" || asked === "en") return asked;
  const value = request.headers["x-fleethub-locale"];
  return value === "ru" || value === "en" ? value : null;
}

/**
 * The caller's language: the web page's (`?locale=`, else X-Fleethub-Locale), else the
 * account's locale, else Accept-Language, else English.
 */
export function requestLocale(request: FastifyRequest): ExportLocale {
  return (
    request.actor?.locale ??
    pageLocale(request) ??
    acceptedLocale(request.headers["accept-language"]) ??
    "en"
  );
}

/**
 * The language of the texts inside an export: the person's, or English for the machine
 * variant, whose cells stay as stored.
 */
export function exportLocale(request: FastifyRequest): ExportLocale {
  const audience = csvAudience(request);
  return audience.machine ? "en" : audience.locale;
}

/** Whether the request asks for the export as an Excel workbook (`?format=xlsx`). */
export function wantsXlsx(request: FastifyRequest): boolean {
  const query = request.query as { format?: string } | undefined;
  return query?.format === "xlsx";
}

/** For whom a CSV is written; `format=xlsx` is a person's file, so the person's words. */
export function csvAudience(request: FastifyRequest): CsvAudience {
  const query = request.query as { format?: string } | undefined;
  if (query?.format === "machine") return { machine: true };
  return { machine: false, locale: requestLocale(request) };
}

interface PersonWriters {
  locale: ExportLocale;
  dateTime: (value: Date) => string;
  date: (isoDay: string) => string;
}

function personCell(column: ExportColumn, cell: CsvCell, writers: PersonWriters): CsvCell {
  const kind = column.kind ?? "text";
  if (cell === null || cell === undefined || cell === "") return cell;
  if (kind === "datetime") {
    const date = cell instanceof Date ? cell : new Date(String(cell));
    return Number.isNaN(date.getTime()) ? cell : writers.dateTime(date);
  }
  if (kind === "date") return typeof cell === "string" ? writers.date(cell) : cell;
  if (kind !== "text" && typeof cell === "string") return enumWord(kind.enum, cell, writers.locale);
  return cell;
}

/** The headers, options and a row mapper of an export for its audience. */
export function exportShape(
  audience: CsvAudience,
  columns: readonly ExportColumn[],
): { headers: string[]; options: CsvOptions; row: (cells: CsvRow) => CsvRow } {
  if (audience.machine) {
    const kept = columns.flatMap((column, index) => (column.personOnly ? [] : [index]));
    return {
      headers: kept.map((index) => columns[index]?.key ?? ""),
      options: {},
      row: (cells) => kept.map((index) => cells[index]),
    };
  }
  const { locale } = audience;
  const writers: PersonWriters = {
    locale,
    dateTime: dateTimeWriter(locale),
    date: dateWriter(locale),
  };
  return {
    headers: columns.map((column) => exportHeader(column.key, locale)),
    options: {
      bom: true,
      delimiter: locale === "ru" ? ";" : ",",
      formatNumber: numberWriter(locale),
      formatBoolean: booleanWriter(locale),
      formatDate: writers.dateTime,
    },
    row: (cells) => columns.map((column, index) => personCell(column, cells[index], writers)),
  };
}

/** A whole export as text, for its audience. Rows hold every column, person-only ones too. */
export function exportCsvText(
  audience: CsvAudience,
  columns: readonly ExportColumn[],
  rows: readonly CsvRow[],
): string {
  const shape = exportShape(audience, columns);
  return csvText(shape.headers, rows.map(shape.row), shape.options);
}

/** The same as a stream: write `row(cells)` into `stream`. */
export function exportCsvStream(
  audience: CsvAudience,
  columns: readonly ExportColumn[],
): { stream: Stringifier; row: (cells: CsvRow) => CsvRow } {
  const shape = exportShape(audience, columns);
  return { stream: csvStream(shape.headers, shape.options), row: shape.row };
}

/** Excel number formats of a day and a time, in the order the language writes them. */
const XLSX_DATE_FORMATS: Readonly<Record<ExportLocale, { date: string; dateTime: string }>> = {
  ru: { date: "dd.mm.yyyy", dateTime: "dd.mm.yyyy hh:mm" },
  en: { date: "dd/mm/yyyy", dateTime: "dd/mm/yyyy hh:mm" },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One cell of a person's workbook: numbers and dates as such, enumerations as words. */
function xlsxCell(column: ExportColumn, cell: CsvCell, locale: ExportLocale): XlsxCell {
  if (cell === null || cell === undefined || cell === "") return null;
  const kind = column.kind ?? "text";
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? null : { date: cell, format: "datetime" };
  if (typeof cell === "number") return Number.isFinite(cell) ? { number: cell } : null;
  if (typeof cell === "bigint") return { number: Number(cell) };
  if (typeof cell === "boolean") return { text: booleanWriter(locale)(cell) };
  if (kind === "datetime") {
    const date = new Date(cell);
    return Number.isNaN(date.getTime()) ? { text: cell } : { date, format: "datetime" };
  }
  if (kind === "date")
    return ISO_DAY.test(cell)
      ? { date: new Date(`${cell}T00:00:00Z`), format: "date" }
      : { text: cell };
  if (kind !== "text") return { text: enumWord(kind.enum, cell, locale) };
  return { text: cell };
}

/**
 * A person's export as an Excel workbook: the columns of the person's CSV (person-only ones
 * too), headers in their language. Rows hold the same cells as the CSV's; a Date cell is a
 * time (in UTC, as the headers say).
 */
export function exportXlsx(
  locale: ExportLocale,
  sheet: string,
  columns: readonly ExportColumn[],
  rows: Iterable<CsvRow> | AsyncIterable<CsvRow>,
): Promise<Buffer> {
  async function* cells(): AsyncGenerator<XlsxCell[]> {
    for await (const row of rows)
      yield columns.map((column, index) => xlsxCell(column, row[index], locale));
  }
  const formats = XLSX_DATE_FORMATS[locale];
  return xlsxBuffer(
    columns.map((column) => exportHeader(column.key, locale)),
    cells(),
    {
      sheet: exportSheetName(sheet, locale),
      dateFormat: formats.date,
      dateTimeFormat: formats.dateTime,
    },
  );
}

/** An export as the request asks for it. */
export interface ExportFile {
  /** The file's name without its extension ("defects-2026-12-01-2026-12-03"). */
  fileName: string;
  /** The sheet's name in a workbook: a key of EXPORT_SHEETS (core/export-labels.ts). */
  sheet: string;
  columns: readonly ExportColumn[];
  /** Every column's cell, person-only ones too; a large export as an async iterable. */
  rows: readonly CsvRow[] | AsyncIterable<CsvRow>;
}

/**
 * Sends an export in the file the request asks for: a CSV for a person or a machine, or
 * (`format=xlsx`) an Excel workbook, with its media type and an attachment file name.
 * Rows given as an async iterable are streamed into the CSV as they are read.
 */
export async function sendExport(
  request: FastifyRequest,
  reply: FastifyReply,
  file: ExportFile,
): Promise<FastifyReply> {
  const audience = csvAudience(request);
  if (wantsXlsx(request) && !audience.machine) {
    const body = await exportXlsx(audience.locale, file.sheet, file.columns, file.rows);
    return reply
      .type(XLSX_MEDIA_TYPE)
      .header("content-disposition", `attachment; filename="${file.fileName}.xlsx"`)
      .send(body);
  }
  reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${file.fileName}.csv"`);
  const { rows } = file;
  if (Symbol.asyncIterator in rows) {
    const { stream, row } = exportCsvStream(audience, file.columns);
    async function* shaped(): AsyncGenerator<CsvRow> {
      for await (const cells of rows) yield row(cells);
    }
    // A database failure half-way destroys the stream, so the client sees a broken
    // download rather than a file that looks complete.
    pipeline(Readable.from(shaped()), stream, () => undefined);
    return reply.send(stream);
  }
  return reply.send(exportCsvText(audience, file.columns, rows));
}
