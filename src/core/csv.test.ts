import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import {
  csvText,
  formulaStartProblem,
  neutraliseCell,
  stringifyOptions,
  type CsvCell,
  type CsvOptions,
} from "./csv.js";

describe("neutraliseCell (OWASP CSV injection)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1+cmd", "'+1+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    // Plain decimal numbers are values to a spreadsheet, not formulas.
    ["-12.5", "-12.5"],
    ["+7", "+7"],
    ["-1e3", "-1e3"],
    // Ordinary text, and formula characters that are not first.
    ["Bus 12", "Bus 12"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["", ""],
  ])("%j is written as %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe("csvText", () => {
  it("quotes and neutralises text, keeps numbers, writes booleans, dates and nulls plainly", () => {
    const text = csvText(
      ["name", "km", "ok", "at", "note"],
      [
        ['=HYPERLINK("http://x","y")', -5, true, new Date("2024-03-01T06:00:00Z"), null],
        ["Depot, north", 12.5, false, null, "@me"],
      ],
    );
    expect(text).toBe(
      "name,km,ok,at,note\n" +
        `"'=HYPERLINK(""http://x"",""y"")",-5,true,2024-03-01T06:00:00.000Z,\n` +
        `"Depot, north",12.5,false,,'@me\n`,
    );
    // Read back as a spreadsheet would: the quote is the first character of the cell.
    expect(parse(text, { columns: true })).toEqual([
      {
        name: `'=HYPERLINK("http://x","y")`,
        km: "-5",
        ok: "true",
        at: "2024-03-01T06:00:00.000Z",
        note: "",
      },
      { name: "Depot, north", km: "12.5", ok: "false", at: "", note: "'@me" },
    ]);
  });

  it("writes the header line even with no rows", () => {
    expect(csvText(["a", "b"], [])).toBe("a,b\n");
  });

  it("formats numbers as asked", () => {
    expect(csvText(["x"], [[1 / 3]], { formatNumber: (v) => v.toFixed(2) })).toBe("x\n0.33\n");
  });

  it("writes what csv-stringify writes (which the streamed exports use) for every kind of cell", () => {
    // csvText writes its text itself; csv-stringify with the same options is the reference.
    const texts = [
      "",
      "plain",
      "Depot, north",
      "Depot; south",
      'say "hi"',
      '"',
      "two\nlines",
      "cr\rhere",
      "\r\n",
      "=1+1",
      "-12.5",
      "-x",
      "+7",
      "@me",
      "\t=1",
      "\uFF1D1",
      "Автобус №5",
      " ",
      "'",
    ];
    const numbers = [0, -0, 5, -5, 12.5, 1 / 3, 1e21, -1e-7, NaN, Infinity, -Infinity];
    const others: CsvCell[] = [
      null,
      undefined,
      true,
      false,
      12n,
      -3n,
      new Date("2024-03-01T06:00:00Z"),
    ];
    const pool: CsvCell[] = [...texts, ...numbers, ...others];
    let seed = 11;
    const picked = new Set<number>();
    const pick = (): CsvCell => {
      // Park–Miller minimal standard generator: the same rows on every run.
      seed = (seed * 48271) % 2147483647;
      picked.add(seed % pool.length);
      return pool[seed % pool.length];
    };
    const optionSets: CsvOptions[] = [
      {},
      { delimiter: ";", bom: true },
      { formatNumber: (v) => v.toFixed(2).replace(".", ","), delimiter: ";" },
      // A format may give an empty text or one that needs quotes.
      { formatNumber: (v) => (v === 0 ? "" : `${v},`), formatBoolean: (v) => (v ? "да" : "") },
      { formatDate: (d) => d.toISOString().slice(0, 10) },
    ];
    const columnSets = [["a", "b", "c"], ["=x", "with,comma", 'q"uote', "-1", "d"], ["only"]];
    for (const options of optionSets) {
      for (const columns of columnSets) {
        // Rows shorter than, as long as and longer than the columns.
        const rows = Array.from({ length: 60 }, (_, r) =>
          Array.from({ length: (r % (columns.length + 2)) + 1 }, pick),
        );
        expect(csvText(columns, rows, options)).toBe(
          stringify(rows, stringifyOptions(columns, options)),
        );
        expect(csvText(columns, [], options)).toBe(
          stringify([], stringifyOptions(columns, options)),
        );
      }
    }
    // Every cell of the pool was written at least once.
    expect(picked.size).toBe(pool.length);
  });
});

describe("formulaStartProblem", () => {
  it("refuses identifiers that start like a formula, and only those", () => {
    for (const bad of ["=1", "+7 999", "-12", "@x", "\tA", "\rA"])
      expect(formulaStartProblem(bad), bad).toMatch(/must not start with/);
    for (const good of ["A123BC78", "12-40", "VM-BP-220", "601"])
      expect(formulaStartProblem(good), good).toBeNull();
  });
});
