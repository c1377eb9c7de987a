import type { Readable } from "node:stream";
import { PlannerInputError } from "../errors.js";
import { MAX_CSV_LINE_CHARS, lineTooLong, splitCsvRecord } from "./csv.js";

/**
 * A CSV row viewed in place in the input buffer: no string is made for a field unless the
 * caller asks for it. Rows that contain quotes fall back to decoded strings.
 */
export class ByteRow {
  buf: Buffer = Buffer.alloc(0);
  readonly starts = new Int32Array(64);
  readonly ends = new Int32Array(64);
  count = 0;
  /** Decoded fields of a quoted row, or null on the fast path. */
  strings: string[] | null = null;

  /** The field as text ("" when absent). */
  text(i: number): string {
    if (i < 0) return "";
    if (this.strings !== null) return (this.strings[i] ?? "").trim();
    if (i >= this.count) return "";
    return this.buf.toString("utf8", this.starts[i], this.ends[i]).trim();
  }

  /** True when the field is absent or empty. */
  isEmpty(i: number): boolean {
    if (i < 0) return true;
    if (this.strings !== null) return (this.strings[i] ?? "").trim() === "";
    return i >= this.count || this.ends[i]! <= this.starts[i]!;
  }

  /**
   * A GTFS time H:MM:SS as seconds, -1 when empty, -2 when malformed (minutes or seconds ≥ 60,
   * wrong shape). Parsed from the bytes directly.
   */
  timeS(i: number, parse: (text: string) => number): number {
    if (this.strings !== null || i < 0 || i >= this.count) return parse(this.text(i));
    const buf = this.buf;
    let s = this.starts[i]!;
    let e = this.ends[i]!;
    while (s < e && buf[s] === 32) s++;
    while (e > s && buf[e - 1] === 32) e--;
    if (s === e) return -1;
    let hours = 0;
    let p = s;
    while (p < e && buf[p] !== 58) {
      const c = buf[p]! - 48;
      if (c < 0 || c > 9) return -2;
      hours = hours * 10 + c;
      p++;
    }
    if (p === s || p - s > 3 || e - p !== 6 || buf[p + 3] !== 58) return -2;
    const m1 = buf[p + 1]! - 48;
    const m2 = buf[p + 2]! - 48;
    const s1 = buf[p + 4]! - 48;
    const s2 = buf[p + 5]! - 48;
    if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return -2;
    return hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
  }

  /**
   * A decimal number such as `12`, `-3.25` parsed from the bytes (the common GTFS forms);
   * anything else (exponents, spaces, signs in odd places) goes through Number(). NaN when empty.
   */
  number(i: number): number {
    if (this.isEmpty(i)) return NaN;
    if (this.strings !== null) return Number(this.text(i));
    const buf = this.buf;
    const s = this.starts[i]!;
    const e = this.ends[i]!;
    let p = s;
    let negative = false;
    if (buf[p] === 45) {
      negative = true;
      p++;
    }
    let intPart = 0;
    let digits = 0;
    while (p < e && buf[p]! >= 48 && buf[p]! <= 57) {
      intPart = intPart * 10 + (buf[p]! - 48);
      p++;
      digits++;
    }
    let value = intPart;
    if (p < e && buf[p] === 46) {
      p++;
      let scale = 1;
      let frac = 0;
      while (p < e && buf[p]! >= 48 && buf[p]! <= 57) {
        frac = frac * 10 + (buf[p]! - 48);
        scale *= 10;
        p++;
        digits++;
      }
      value += frac / scale;
    }
    if (p !== e || digits === 0 || digits > 15) return Number(this.text(i));
    return negative ? -value : value;
  }
}

/**
 * Streams a CSV file as ByteRows: splits on bytes, so the hot loop creates no strings for
 * fields the caller does not read. Resolves with the number of bytes read.
 */
export async function readCsvByteStream(
  stream: Readable,
  fileName: string,
  onHeader: (header: string[]) => void,
  onRow: (row: ByteRow, line: number) => void,
): Promise<number> {
  const row = new ByteRow();
  // Bytes since the last newline, as chunks: joined once a newline arrives (linear time).
  let carryParts: Buffer[] = [];
  let carryBytes = 0;
  let header: string[] | null = null;
  let line = 0;
  // A quoted record spanning lines: its lines so far and their quote count.
  let pendingParts: string[] = [];
  let pendingChars = 0;
  let pendingQuotes = 0;
  let pendingLine = 0;
  let bytes = 0;

  const handleQuoted = (text: string, startLine: number): void => {
    if (pendingParts.length === 0) {
      pendingLine = startLine;
      pendingQuotes = 0;
      pendingChars = 0;
    }
    pendingParts.push(text);
    pendingChars += text.length + 1;
    for (let k = text.indexOf('"'); k !== -1; k = text.indexOf('"', k + 1)) pendingQuotes++;
    if (pendingQuotes % 2 === 1) {
      if (pendingChars > MAX_CSV_LINE_CHARS) throw lineTooLong(fileName, pendingLine);
      return;
    }
    const record = pendingParts.length === 1 ? text : pendingParts.join("\n");
    pendingParts = [];
    if (header === null) {
      header = splitCsvRecord(record.replace(/^\uFEFF/, "")).map((h) => h.trim());
      onHeader(header);
      return;
    }
    if (record.trim() === "") return;
    row.strings = splitCsvRecord(record);
    row.count = row.strings.length;
    onRow(row, pendingLine);
  };

  const processLine = (buf: Buffer, s: number, e: number): void => {
    line++;
    if (e - s > MAX_CSV_LINE_CHARS) throw lineTooLong(fileName, line);
    if (e > s && buf[e - 1] === 13) e--;
    let hasQuote = pendingParts.length > 0 || header === null;
    if (!hasQuote) {
      for (let k = s; k < e; k++) {
        if (buf[k] === 34) {
          hasQuote = true;
          break;
        }
      }
    }
    if (hasQuote) {
      handleQuoted(buf.toString("utf8", s, e), line);
      return;
    }
    if (e === s) return;
    row.buf = buf;
    row.strings = null;
    let n = 0;
    let fieldStart = s;
    for (let k = s; k < e; k++) {
      if (buf[k] === 44) {
        if (n < 63) {
          row.starts[n] = fieldStart;
          row.ends[n] = k;
          n++;
        }
        fieldStart = k + 1;
      }
    }
    row.starts[n] = fieldStart;
    row.ends[n] = e;
    row.count = n + 1;
    onRow(row, line);
  };

  const collect = (part: Buffer): void => {
    carryParts.push(part);
    carryBytes += part.length;
    if (carryBytes > MAX_CSV_LINE_CHARS) throw lineTooLong(fileName, line + 1);
  };

  try {
    for await (const chunk of stream) {
      let buf = chunk as Buffer;
      bytes += buf.length;
      if (buf.indexOf(10) === -1) {
        collect(buf);
        continue;
      }
      if (carryParts.length > 0) {
        carryParts.push(buf);
        buf = Buffer.concat(carryParts);
        carryParts = [];
        carryBytes = 0;
      }
      let s = 0;
      for (let nl = buf.indexOf(10, s); nl !== -1; nl = buf.indexOf(10, s)) {
        processLine(buf, s, nl);
        s = nl + 1;
      }
      if (s < buf.length) collect(buf.subarray(s));
    }
  } finally {
    // Stop the source (a zip entry being inflated) when a limit or a bad row ends the read.
    stream.destroy();
  }
  const last = carryParts.length === 1 ? carryParts[0]! : Buffer.concat(carryParts);
  if (last.length > 0) processLine(last, 0, last.length);
  if (pendingParts.length > 0)
    throw new PlannerInputError(
      { file: fileName, line: pendingLine },
      {
        en: "unterminated quoted field",
        ru: "поле в кавычках не закрыто до конца файла",
      },
    );
  if (header === null)
    throw new PlannerInputError(
      { file: fileName, line: 1 },
      {
        en: "file is empty (no header row)",
        ru: "файл пуст (нет строки заголовка)",
      },
    );
  return bytes;
}
