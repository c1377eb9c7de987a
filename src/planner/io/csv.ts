import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { PlannerInputError } from "../errors.js";

/**
 * Longest line (or quoted record spanning lines) a CSV file may have. A GTFS row is a few
 * hundred bytes; a longer "line" is a broken or hostile file (a zip bomb of one endless
 * line), refused as soon as the limit is passed instead of being buffered whole.
 */
export const MAX_CSV_LINE_CHARS = 1024 * 1024;

/** The error for a line over the limit, naming the file and the line. */
export function lineTooLong(fileName: string, line: number): PlannerInputError {
  return new PlannerInputError(
    { file: fileName, line },
    {
      en: `line is longer than ${MAX_CSV_LINE_CHARS / 1024 / 1024} MB (${MAX_CSV_LINE_CHARS} characters)`,
      ru: `строка длиннее ${MAX_CSV_LINE_CHARS / 1024 / 1024} МБ (${MAX_CSV_LINE_CHARS} символов)`,
    },
  );
}

/** Called once per data row; `line` is the 1-based line number of the row's first line. */
export type CsvRowHandler = (fields: string[], line: number) => void;

/**
 * Splits one CSV record (RFC 4180: quoted fields, doubled quotes). Fast path without quotes,
 * since GTFS stop_times rows rarely carry any and splitting dominates parsing time.
 */
export function splitCsvRecord(record: string): string[] {
  if (!record.includes('"')) return record.split(",");
  const fields: string[] = [];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record.charCodeAt(i);
    if (inQuotes) {
      if (ch === 34 /* " */) {
        if (record.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += record[i];
      }
    } else if (ch === 34) {
      inQuotes = true;
    } else if (ch === 44 /* , */) {
      fields.push(field);
      field = "";
    } else {
      field += record[i];
    }
  }
  fields.push(field);
  return fields;
}

function countQuotes(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    n++;
    i = text.indexOf('"', i + 1);
  }
  return n;
}

/**
 * Incremental record splitter shared by the stream and text readers. Linear in the input:
 * a record spanning lines is kept as parts with its quote count, never re-scanned whole.
 */
class CsvRecordFeeder {
  private pendingParts: string[] = [];
  private pendingChars = 0;
  private pendingQuotes = 0;
  private pendingStartLine = 0;
  private line = 0;
  private header: string[] | null = null;

  constructor(
    private readonly fileName: string,
    private readonly onHeader: (header: string[]) => void,
    private readonly onRow: CsvRowHandler,
  ) {}

  /** Feeds text holding whole lines; the last part after a newline is the caller's carry. */
  feed(text: string, final: boolean): void {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.takeLine(text.slice(start, nl));
      start = nl + 1;
    }
    const rest = start === 0 ? text : text.slice(start);
    if (final) {
      if (rest.length > 0) this.takeLine(rest);
      if (this.pendingParts.length > 0) {
        throw new PlannerInputError(
          { file: this.fileName, line: this.pendingStartLine },
          { en: "unterminated quoted field", ru: "поле в кавычках не закрыто до конца файла" },
        );
      }
    } else {
      if (rest.length > MAX_CSV_LINE_CHARS) throw lineTooLong(this.fileName, this.line + 1);
      this.carry = rest;
    }
  }

  /** Text after the last newline of the previous chunk. */
  carry = "";

  /** The line number the next line will have. */
  get nextLine(): number {
    return this.line + 1;
  }

  private takeLine(rawLine: string): void {
    this.line++;
    if (rawLine.length > MAX_CSV_LINE_CHARS) throw lineTooLong(this.fileName, this.line);
    const lineText = rawLine.charCodeAt(rawLine.length - 1) === 13 ? rawLine.slice(0, -1) : rawLine;
    const pending = this.pendingParts.length > 0;
    // Fast path: a complete record without quotes (nearly every GTFS row).
    if (!pending && this.header !== null && lineText.indexOf('"') === -1) {
      if (lineText.length === 0 || (lineText.charCodeAt(0) === 32 && lineText.trim().length === 0))
        return;
      this.onRow(lineText.split(","), this.line);
      return;
    }
    if (!pending) {
      this.pendingStartLine = this.line;
      this.pendingQuotes = 0;
      this.pendingChars = 0;
    }
    this.pendingParts.push(lineText);
    this.pendingChars += lineText.length + 1;
    this.pendingQuotes += lineText.includes('"') ? countQuotes(lineText) : 0;
    // An odd number of quotes means a quoted field continues on the next line.
    if (this.pendingQuotes % 2 === 1) {
      if (this.pendingChars > MAX_CSV_LINE_CHARS)
        throw lineTooLong(this.fileName, this.pendingStartLine);
      return;
    }
    let record = this.pendingParts.length === 1 ? lineText : this.pendingParts.join("\n");
    this.pendingParts = [];
    if (this.header === null) {
      if (record.charCodeAt(0) === 0xfeff) record = record.slice(1);
      this.header = splitCsvRecord(record).map((h) => h.trim());
      this.onHeader(this.header);
      return;
    }
    if (record.trim().length === 0) return;
    this.onRow(splitCsvRecord(record), this.pendingStartLine);
  }

  get sawHeader(): boolean {
    return this.header !== null;
  }
}

/**
 * Streams a CSV file row by row without holding it in memory. A chunk without a newline is
 * only collected (up to MAX_CSV_LINE_CHARS), so a very long line costs linear time and is
 * refused at the limit. Resolves with the number of bytes read (for throughput figures).
 */
export async function readCsvStream(
  stream: Readable,
  fileName: string,
  onHeader: (header: string[]) => void,
  onRow: CsvRowHandler,
): Promise<number> {
  const decoder = new StringDecoder("utf8");
  const feeder = new CsvRecordFeeder(fileName, onHeader, onRow);
  let bytes = 0;
  // Text since the last newline, as parts: joined only once a newline arrives.
  let carryParts: string[] = [];
  let carryChars = 0;
  const collect = (text: string): void => {
    carryParts.push(text);
    carryChars += text.length;
    if (carryChars > MAX_CSV_LINE_CHARS) throw lineTooLong(fileName, feeder.nextLine);
  };
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      const text = decoder.write(buffer);
      if (text.indexOf("\n") === -1) {
        collect(text);
        continue;
      }
      carryParts.push(text);
      const joined = carryParts.join("");
      carryParts = [];
      carryChars = 0;
      feeder.feed(joined, false);
      if (feeder.carry.length > 0) collect(feeder.carry);
      feeder.carry = "";
    }
  } finally {
    // Stop the source (a zip entry being inflated) when a limit or a bad row ends the read.
    stream.destroy();
  }
  feeder.feed(carryParts.join("") + decoder.end(), true);
  if (!feeder.sawHeader) {
    throw new PlannerInputError(
      { file: fileName, line: 1 },
      {
        en: "file is empty (no header row)",
        ru: "файл пуст (нет строки заголовка)",
      },
    );
  }
  return bytes;
}

/** Parses a whole CSV text (small files such as SimBA inputs). */
export function readCsvText(
  text: string,
  fileName: string,
  onHeader: (header: string[]) => void,
  onRow: CsvRowHandler,
): void {
  const feeder = new CsvRecordFeeder(fileName, onHeader, onRow);
  feeder.feed(text, true);
  if (!feeder.sawHeader) {
    throw new PlannerInputError(
      { file: fileName, line: 1 },
      {
        en: "file is empty (no header row)",
        ru: "файл пуст (нет строки заголовка)",
      },
    );
  }
}

/** Column lookup built from a header row, reporting missing required columns by name. */
export class CsvColumns {
  private readonly index = new Map<string, number>();

  constructor(
    readonly fileName: string,
    header: readonly string[],
  ) {
    header.forEach((name, i) => this.index.set(name, i));
  }

  /** Index of a required column; throws naming the file, the header line and the column. */
  required(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) {
      throw new PlannerInputError(
        { file: this.fileName, line: 1, field: name },
        { en: "required column is missing", ru: "нет обязательного столбца" },
      );
    }
    return i;
  }

  /** Index of an optional column, or -1. */
  optional(name: string): number {
    return this.index.get(name) ?? -1;
  }
}

/** Trimmed field value, "" when the row is short or the column absent (index -1). */
export function fieldAt(fields: readonly string[], index: number): string {
  if (index < 0) return "";
  const v = fields[index];
  return v === undefined ? "" : v.trim();
}
