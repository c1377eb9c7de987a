import { beforeAll, describe, expect, it } from "vitest";
import { DETROIT_GTFS } from "../../../test/fixtures/paths.js";
import type { PlanResult } from "../plan-types.js";
import { runPlan } from "../plan.js";
import { prepareGtfsPlanInput } from "../prepare-input.js";
import { renderHtmlReport } from "./html-report.js";

/** The text a reader sees: no style sheet, no tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const LATIN_WORD = /[A-Za-z][A-Za-z0-9_.-]*/g;

/**
 * Latin words a Russian report may show: chemical formulas and names that Russian writes in
 * Latin letters too, the currency's code, and file and field names of the input formats.
 */
const ALLOWED = new Set([
  "CO",
  "NOx",
  "GTFS",
  "SimBA",
  "CSV",
  "HTML",
  "JSON",
  "EUR",
  "block_id",
  "plan.json",
  "stop_times.txt",
  "frequencies.txt",
]);

/** Every Latin word in the plan's own data (ids of trips, blocks, types; file names). */
function dataWords(plan: PlanResult): Set<string> {
  const values = [
    plan.timetable.source,
    plan.timetable.gradient?.file ?? "",
    ...plan.trips.flatMap((t) => [t.id, t.blockId, t.routeId, t.fromStopId, t.toStopId]),
    ...plan.electric.flatMap((e) =>
      e.days.flatMap((d) => [
        // Stations are not here: the default scenario's "depot" reads «депо».
        ...d.blocks.flatMap((b) => [b.blockId, b.vehicleTypeId]),
      ]),
    ),
    // A finding names its file, not the folder the feed was read from.
    ...plan.timetable.quality.findings.map((f) => (f.file ?? "").split("/").pop() ?? ""),
  ];
  return new Set(values.flatMap((v) => v.match(LATIN_WORD) ?? []));
}

describe("the planner's HTML report in the reader's language", () => {
  let plan: PlanResult;
  beforeAll(async () => {
    // The Detroit subset on Tuesday 5 July 2022 with the default scenario: 83 trips, a
    // calendar of 82 days (src/planner/cli/plan-command.test.ts), every section of the report.
    const input = await prepareGtfsPlanInput({
      gtfsPath: DETROIT_GTFS,
      date: "2022-07-05",
      scenario: null,
    });
    plan = runPlan(input);
  }, 120_000);

  it("reads Russian: headings, headers, sentences, units and numbers", () => {
    const html = renderHtmlReport(plan, "ru");
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("<h1>План перехода: по умолчанию</h1>");
    for (const heading of [
      "<h2>Проверка данных</h2>",
      "<h2>Год по календарю движения</h2>",
      "<h2>Варианты технологий</h2>",
      "<h2>Электробусы: электробус 12 м, зарядка в парке</h2>",
      "<h2>Устойчивость выбора</h2>",
    ])
      expect(html).toContain(heading);
    // The calendar of 5 July – 24 September 2022: 82 days, 23 of them (12 Saturdays and
    // 11 Sundays) without service; a year is 365 / 82 = 4.451 times the window.
    expect(html).toContain("05.07.2022 – 24.09.2022: дней — 82, из них без движения — 23");
    expect(html).toContain("показатели умножены на 4,451");
    expect(html).toContain("рейсов — 83");
    expect(html).toContain(
      "календарь фида охватывает меньше года — дней: 82, с 05.07.2022 по 24.09.2022",
    );
    // The fleet of 56 blocks against a peak of 4 trips at once: 14 times, "в 14,0 раза".
    expect(html).toContain("<td>парк намного больше пика одновременных рейсов</td>");
    expect(html).toContain("машин: 56 при пике одновременных рейсов 4 (в 14,0 раза больше)");
    for (const label of [
      "<th>электроэнергия, кВт·ч/год</th>",
      "<th>CO₂, т/год</th>",
      "<th>стоимость владения (EUR)</th>",
      "<th>расчётный день</th>",
      "<td>зима</td>",
      "<td>лето</td>",
      "<td>дизельный автобус 12 м</td>",
      "<td>Пн–Пт</td>",
      "<td>в парке</td>",
      "<td>сколько нужно</td>",
      "Заряд батареи по выпускам, зима",
      "Мощность зарядных станций в течение дня, лето",
      ">час дня движения<",
      ">Заряд, %<",
      ">т/год<",
      "<th>замена батарей (EUR)</th>",
    ])
      expect(html).toContain(label);
    expect(html).not.toMatch(/t\/yr|kWh|SoC|winter|summer/);
  });

  it("writes numbers as Russian does: a space between thousands, a decimal comma", () => {
    const ru = visibleText(renderHtmlReport(plan, "ru"));
    const en = visibleText(renderHtmlReport(plan, "en"));
    // The same distances, as each language writes them: "1,234.5" and "1 234,5".
    const km = /([\d,.]+) km in service and ([\d,.]+) km deadhead/.exec(en);
    expect(km).not.toBeNull();
    const toRu = (n: string): string => n.replace(/,/g, "\u00a0").replace(".", ",");
    expect(ru).toContain(
      `по расписанию ${toRu(km![1]!)} км в рейсах и ${toRu(km![2]!)} км нулевого пробега`,
    );
    // No decimal point anywhere (dates, 05.07.2022, aside), the findings' details too.
    expect(ru.replace(/\d\d\.\d\d\.\d{4}/g, "")).not.toMatch(/\d\.\d/);
  });

  it("has no English word in its visible text, outside ids, file names and formulas", () => {
    const text = visibleText(renderHtmlReport(plan, "ru")).replace(/°C/g, "");
    const data = dataWords(plan);
    const foreign = [...new Set(text.match(LATIN_WORD) ?? [])].filter(
      (w) => !ALLOWED.has(w) && !data.has(w),
    );
    expect(foreign).toEqual([]);
  });

  it("keeps the English report as it was, English by default", () => {
    const html = renderHtmlReport(plan);
    expect(renderHtmlReport(plan, "en")).toBe(html);
    expect(html).toContain('<html lang="en">');
    for (const text of [
      "<h1>Transition plan: default</h1>",
      "<h2>A year from the service calendar</h2>",
      "<h2>Technology options</h2>",
      "<h2>Battery-electric: 12 m battery-electric bus, depot charging</h2>",
      "<h2>Sensitivity of the ranking</h2>",
      "2022-07-05 – 2022-09-24: 82 days, 23 of them without service; figures × 4.451",
      "83 trips in",
      "<th>electricity kWh/yr</th>",
      ">t/yr<",
      "State of charge per block, winter",
      ">hour of the service day<",
      "the feed's calendar covers 82 day(s)",
    ])
      expect(html).toContain(text);
    expect(html).not.toMatch(/[А-Яа-яЁё]/);
  });
});
