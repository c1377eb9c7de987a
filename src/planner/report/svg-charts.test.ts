import { describe, expect, it } from "vitest";
import { barChart, escapeHtml, formatNumber, lineChart } from "./svg-charts.js";

describe("report helpers", () => {
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
});
