import { describe, expect, it } from "vitest";
import { barChart, escapeHtml, formatNumber, lineChart } from "./svg-charts.js";

describe("report helpers", () => {
  it("writes numbers as Russian does: a no-break space between thousands, a decimal comma", () => {
    // CLDR's Russian group separator is U+00A0 and its decimal separator a comma; the same
    // precision as in English.
    expect(formatNumber(1234567.8, undefined, "ru")).toBe("1\u00a0234\u00a0568");
    expect(formatNumber(98765.4321, 1, "ru")).toBe("98\u00a0765,4");
    expect(formatNumber(-12.34, undefined, "ru")).toBe("-12,3");
    expect(formatNumber(0.01234, undefined, "ru")).toBe("0,012");
    expect(formatNumber(-0.0001, undefined, "ru")).toBe("0,000");
    expect(formatNumber(3, undefined, "ru")).toBe("3");
  });

  it("formats numbers with thousands separators and sensible precision", () => {
    expect(formatNumber(1234567.8)).toBe("1,234,568");
    expect(formatNumber(-12.34)).toBe("-12.3");
    expect(formatNumber(0.01234)).toBe("0.012");
    expect(formatNumber(-0.0001)).toBe("0.000");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(0)).toBe("0");
  });
  it("escapes text placed in HTML and SVG", () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(
      lineChart({
        title: "<t>",
        series: [
          {
            label: "s",
            color: "#000",
            points: [
              [0, 1],
              [1, 2],
            ],
          },
        ],
        xLabel: "x",
        yLabel: "y",
        xFormat: String,
      }),
    ).toContain("&lt;t&gt;");
  });
  it("draws bars proportional to their totals", () => {
    const svg = barChart({
      title: "t",
      categories: ["a", "b"],
      stacks: [{ label: "s", color: "#000", values: [1, 2] }],
      unit: "u",
      width: 420,
    });
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 2);
  });
  it("keeps long option names whole: the label column fits them, wrapping at a space", () => {
    const long = "Battery-electric 12 m, 350 kWh where feasible, 12 m diesel bus elsewhere";
    const svg = barChart({
      title: "t",
      categories: ["12 m diesel bus", long],
      stacks: [{ label: "s", color: "#000", values: [1, 2] }],
      unit: "u",
    });
    // Every piece of label text ends at x (text-anchor end) and must start inside the chart:
    // at 11 px Arial/DejaVu Sans average under 6.5 px a character.
    const pieces = [
      ...svg.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>([^<]*)/g),
      ...svg.matchAll(/<tspan x="([\d.]+)"[^>]*>([^<]*)/g),
    ].map((m) => ({ x: Number(m[1]), text: m[2]! }));
    const labelText = pieces.filter((p) => p.text !== "u").map((p) => p.text);
    expect(labelText.join(" ")).toContain(long);
    for (const p of pieces) expect(p.x - p.text.length * 6.5).toBeGreaterThanOrEqual(0);
    // The whole name is kept as the label's tooltip too.
    expect(svg).toContain(`<title>${long}</title>`);
  });
  it("draws values below the floor at the floor and says so", () => {
    const spec = {
      title: "t",
      series: [
        {
          label: "deep",
          color: "#000",
          points: [
            [0, 100],
            [1, -200],
          ] as [number, number][],
        },
      ],
      xLabel: "x",
      yLabel: "y",
      xFormat: String,
      yFloor: { y: -50, note: "below −50 % drawn at −50 %" },
    };
    const svg = lineChart(spec);
    expect(svg).toContain("below −50 % drawn at −50 %");
    // The axis no longer reaches −200: its lowest tick is −50.
    expect(svg).not.toMatch(/>-200</);
    expect(svg).toMatch(/>-50</);
    expect(
      lineChart({
        ...spec,
        series: [
          {
            ...spec.series[0]!,
            points: [
              [0, 100],
              [1, 10],
            ],
          },
        ],
      }),
    ).not.toContain("drawn at −50 %");
  });
});
