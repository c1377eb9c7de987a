/**
 * Who a CSV export is for (issue #14). By default a person: the file opens in Excel in
 * their language — a UTF-8 byte-order mark, a semicolon between cells in Russian (Russian
 * Excel's list separator; a comma in English), headers and enumerations in words, dates
 * and decimals as the locale writes them, names beside ids. `?format=machine` keeps the
 * stable file integrations read: the machine column names, ISO 8601 dates, raw enumeration
 * values, commas, no byte-order mark (docs/exports.md).
 *
 * The person's language: the account's locale, else the request's Accept-Language, else
 * English (an API token has no account locale).
 */
import type { FastifyRequest } from "fastify";
import type { Stringifier } from "csv-stringify";
import { Type } from "typebox";
import { csvStream, csvText, type CsvCell, type CsvOptions, type CsvRow } from "../core/csv.js";
import {
  booleanWriter,
  dateTimeWriter,
  dateWriter,
  enumWord,
  exportHeader,
  numberWriter,
  type ExportColumn,
  type ExportLocale,
} from "../core/export-labels.js";

export const EXPORT_FORMAT_DESCRIPTION =
  "Who the file is for. `person` (the default): a UTF-8 byte-order mark, cells separated by " +
  "a semicolon in Russian and a comma in English, headers, statuses and other enumerations " +
  "in the caller's language (the account's locale, else Accept-Language, else English), " +
  "dates as the language writes them (UTC), a decimal comma in Russian, and names beside " +
  "ids. `machine`: the stable file for integrations — the machine column names, ISO 8601 " +
  "dates, raw enumeration values, commas, no byte-order mark; its columns do not change.";

/** The `format` query parameter every CSV export takes. */
export const ExportFormat = Type.Optional(
  Type.Enum(["person", "machine"], { description: EXPORT_FORMAT_DESCRIPTION }),
);

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

/** The caller's language: the account's locale, else Accept-Language, else English. */
export function requestLocale(request: FastifyRequest): ExportLocale {
  return request.actor?.userLocale ?? acceptedLocale(request.headers["accept-language"]) ?? "en";
}

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
