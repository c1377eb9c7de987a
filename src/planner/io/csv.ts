import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { PlannerInputError } from "../errors.js";

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

/** Incremental record splitter shared by the stream and text readers. */
class CsvRecordFeeder {
  private pending = "";
  private pendingStartLine = 0;
  private line = 0;
  private header: string[] | null = null;

  constructor(
    private readonly fileName: string,
    private readonly onHeader: (header: string[]) => void,
    private readonly onRow: CsvRowHandler,
  ) {}

  feed(text: string, final: boolean): void {
    const lines = text.split("\n");
    const rest = lines.pop() ?? "";
    for (let i = 0; i < lines.length; i++) this.takeLine(lines[i]!);
    if (final) {
      if (rest.length > 0) this.takeLine(rest);
      if (this.pending.length > 0) {
        throw new PlannerInputError(
          { file: this.fileName, line: this.pendingStartLine },
          "unterminated quoted field",
        );
      }
    } else {
      this.carry = rest;
    }
  }

  /** Text after the last newline of the previous chunk. */
  carry = "";

  private takeLine(rawLine: string): void {
    this.line++;
    let lineText = rawLine.charCodeAt(rawLine.length - 1) === 13 ? rawLine.slice(0, -1) : rawLine;
    // Fast path: a complete record without quotes (nearly every GTFS row).
    if (this.pending.length === 0 && this.header !== null) {
      if (lineText.indexOf('"') === -1) {
        if (
          lineText.length === 0 ||
          (lineText.charCodeAt(0) === 32 && lineText.trim().length === 0)
        )
          return;
        this.onRow(lineText.split(","), this.line);
        return;
      }
    }
    if (this.pending.length > 0) {
      lineText = `${this.pending}\n${lineText}`;
      this.pending = "";
    } else {
      this.pendingStartLine = this.line;
    }
    // An odd number of quotes means a quoted field continues on the next line.
    if (lineText.includes('"') && countQuotes(lineText) % 2 === 1) {
      this.pending = lineText;
      return;
    }
    if (this.header === null) {
      if (lineText.charCodeAt(0) === 0xfeff) lineText = lineText.slice(1);
      this.header = splitCsvRecord(lineText).map((h) => h.trim());
      this.onHeader(this.header);
      return;
    }
    if (lineText.trim().length === 0) return;
    this.onRow(splitCsvRecord(lineText), this.pendingStartLine);
  }

  get sawHeader(): boolean {
    return this.header !== null;
  }
}

/**
 * Streams a CSV file row by row without holding it in memory.
 * Resolves with the number of bytes read (for throughput figures).
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
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    const text = feeder.carry + decoder.write(buffer);
    feeder.carry = "";
    feeder.feed(text, false);
  }
  feeder.feed(feeder.carry + decoder.end(), true);
  if (!feeder.sawHeader) {
    throw new PlannerInputError({ file: fileName, line: 1 }, "file is empty (no header row)");
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
    throw new PlannerInputError({ file: fileName, line: 1 }, "file is empty (no header row)");
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
        "required column is missing",
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
