/**
 * One way to write a number per language, in tables and charts alike; nouns that agree
 * with their count; a month heading without "г." (issue #14, item 3). Expected strings are
 * written by hand from Russian and British usage: Russian groups thousands with a no-break
 * space and writes a decimal comma; after 1 and 21 the noun is singular ("механик"), after
 * 2–4 and 22–24 genitive singular ("механика"), after 5–20 genitive plural ("механиков").
 */
import { describe, expect, it } from "vitest";
import { barChart } from "../../../src/planner/report/svg-charts.js";
import { trainingEn, trainingRu } from "../training/messages.js";
import { formatsFor } from "./format.js";

const NBSP = "\u00a0";

describe("numbers", () => {
  it("writes thousands and decimals the way each language does", () => {
    expect(formatsFor("ru").number(21_225_456)).toBe(`21${NBSP}225${NBSP}456`);
    expect(formatsFor("en").number(21_225_456)).toBe("21,225,456");
    expect(formatsFor("ru").number(0.95)).toBe("0,95");
    expect(formatsFor("en").number(0.95)).toBe("0.95");
  });

  it("draws a chart's total exactly as the table writes it", () => {
    const ru = formatsFor("ru");
    const svg = barChart({
      title: "Пробег",
      categories: ["ЛиАЗ-5292"],
      stacks: [{ label: "км", color: "#000", values: [21_225_456] }],
      unit: "км",
      formatNumber: ru.number,
    });
    expect(svg).toContain(`>21${NBSP}225${NBSP}456</text>`);
    expect(svg).not.toContain("21,225,456");
  });
});

describe("counted nouns", () => {
  it("agrees a Russian noun with its count", () => {
    const mechanics = (n: number) => trainingRu.headcount(n, "mechanic");
    expect(mechanics(1)).toBe("1 механик");
    expect(mechanics(2)).toBe("2 механика");
    expect(mechanics(5)).toBe("5 механиков");
    expect(mechanics(11)).toBe("11 механиков");
    expect(mechanics(21)).toBe("21 механик");
    expect(mechanics(22)).toBe("22 механика");
    expect(mechanics(0)).toBe("0 механиков");
    expect(trainingRu.headcount(3, "hub_technician")).toBe("3 техника сервисного центра");
  });

  it("and an English one", () => {
    expect(trainingEn.headcount(1, "mechanic")).toBe("1 mechanic");
    expect(trainingEn.headcount(2, "mechanic")).toBe("2 mechanics");
    expect(trainingEn.headcount(21, "hub_technician")).toBe("21 hub technicians");
  });
});

describe("a calendar month's heading", () => {
  it("reads 'Декабрь 2026', not 'Декабрь 2026 Г.'", () => {
    expect(formatsFor("ru").monthYear("2026-12")).toBe("Декабрь 2026");
    expect(formatsFor("ru").monthYear("2027-03")).toBe("Март 2027");
    expect(formatsFor("en").monthYear("2026-12")).toBe("December 2026");
  });
});
