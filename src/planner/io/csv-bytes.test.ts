import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseGtfsTimeS } from "../gtfs/gtfs-time.js";
import { readCsvByteStream } from "./csv-bytes.js";

async function collect(
  text: string,
  chunkSize = 7,
): Promise<{
  header: string[];
  rows: { fields: string[]; numbers: number[]; times: number[]; line: number }[];
}> {
  const chunks: Buffer[] = [];
  const buf = Buffer.from(text, "utf8");
  for (let i = 0; i < buf.length; i += chunkSize) chunks.push(buf.subarray(i, i + chunkSize));
  let header: string[] = [];
  const rows: { fields: string[]; numbers: number[]; times: number[]; line: number }[] = [];
  await readCsvByteStream(
    Readable.from(chunks),
    "t.csv",
    (h) => (header = h),
    (row, line) => {
      const n = row.count;
      rows.push({
        fields: Array.from({ length: n }, (_, i) => row.text(i)),
        numbers: Array.from({ length: n }, (_, i) => row.number(i)),
        times: Array.from({ length: n }, (_, i) => row.timeS(i, parseGtfsTimeS)),
        line,
      });
    },
  );
  return { header, rows };
}

describe("byte-level CSV rows", () => {
  it("splits rows across chunk boundaries, with CRLF, BOM and quoted fields", async () => {
    const { header, rows } = await collect('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n\r\n4,ä,6\n7,8,9');
    expect(header).toEqual(["a", "b", "c"]);
    expect(rows.map((r) => r.fields)).toEqual([
      ["1", 'x, "y"', "3"],
      ["4", "ä", "6"],
      ["7", "8", "9"],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it("parses numbers and GTFS times from bytes like Number() and the string parser", async () => {
    const { rows } = await collect("n,t\n-3.25,25:01:02\n1e3,7:00:00\n12,25:61:00\n,\n");
    expect(rows.map((r) => r.numbers[0])).toEqual([-3.25, 1000, 12, NaN]);
    expect(rows.map((r) => r.times[1])).toEqual([25 * 3600 + 62, 7 * 3600, -2, -1]);
  });
});
