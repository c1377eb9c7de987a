import { FINDING_TITLES, FINDING_TITLES_RU, type FindingCode } from "../quality/findings.js";
import { gradientText } from "./gradient-text.js";
import { formatClock } from "../gtfs/gtfs-time.js";
import { weekdayLabel } from "../gtfs/service-year.js";
import type { PlanResult } from "../plan-types.js";
import {
  BLOCK_METHOD_RU,
  COST_PARTS,
  COST_PART_NAMES,
  optionLabelRu,
  scenarioNameRu,
} from "./report-names.js";
import { barChart, escapeHtml, formatNumber, lineChart, paletteColor } from "./svg-charts.js";

const MAX_SOC_LINES = 400;
const MAX_POINTS_PER_LINE = 240;

/** Keeps every k-th point (and the lowest one) so a day of 70 trips draws quickly. */
function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_POINTS_PER_LINE) return points;
  const step = Math.ceil(points.length / MAX_POINTS_PER_LINE);
  let minIndex = 0;
  points.forEach((p, i) => {
    if (p[1] < points[minIndex]![1]) minIndex = i;
  });
  return points.filter((_, i) => i % step === 0 || i === minIndex || i === points.length - 1);
}

function table(
  headers: string[],
  rows: (string | number)[][],
  number: (v: number) => string,
): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${typeof c === "number" ? ' class="n"' : ""}>${escapeHtml(typeof c === "number" ? number(c) : c)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Lowest state of charge drawn, %: a block needing several batteries (often a data error)
 * would otherwise stretch the axis to −200 % and flatten every other line.
 */
const SOC_FLOOR_PERCENT = -50;

/** Findings listed in the report; plan.json has them all (up to 500 of each kind). */
const MAX_REPORT_FINDINGS = 100;

/** The report's languages: the CLI writes English, the API the caller's language. */
export type ReportLocale = "en" | "ru";

/** The report's words in English (as it always read) and Russian (as the web page words them). */
const TEXT = {
  en: {
    title: (name: string) => `Transition plan: ${name}`,
    docTitle: (name: string) => `Transition plan ${name}`,
    timetable: (
      source: string,
      date: string,
      days: string,
      trips: string,
      blocks: string,
      method: string,
      km: string,
      deadhead: string,
    ) =>
      `Timetable <code>${source}</code>, service date ${date}${days}: ${trips} trips in ${blocks} blocks (${method}), ${km} km in service and ${deadhead} km deadhead per timetable.`,
    serviceDays: (n: string) => ` (${n} days)`,
    dataChecks: "Data checks",
    finding: "finding",
    count: "count",
    where: "where",
    firstFindings: (shown: string, all: string) =>
      `The first ${shown} findings are shown; <code>plan.json</code> has ${all}.`,
    yearTitle: "A year from the service calendar",
    year: (
      from: string,
      to: string,
      days: string,
      none: string,
      scaled: string,
      months: string,
      date: string,
    ) =>
      `${from} – ${to}: ${days} days, ${none} of them without service${scaled}. Each day type is planned once; yearly figures are each day type's daily figures × its days, with the design day of each day's month (${months}, January first). The detail below (blocks, state of charge, stations) is the chosen date's, ${date}.`,
    yearScaled: (scale: string) => `; figures × ${scale} to make a year`,
    yearHeaders: [
      "day type",
      "days",
      "days per year",
      "planned as",
      "trips per day",
      "blocks",
      "km per day",
      "km per year",
    ],
    optionsTitle: "Technology options",
    optionHeaders: (cur: string) => [
      "option",
      "fleet",
      "spares",
      "extra buses (splits)",
      "unresolved blocks",
      "depot / opp. charge points",
      "km per year",
      "electricity kWh/yr",
      "diesel l/yr",
      "gas m³/yr",
      "CO₂ t/yr",
      "NOx kg/yr",
      `TCO (${cur})`,
    ],
    costParts: COST_PART_NAMES.en,
    tcoChart: (cur: string) => `Total cost of ownership, present value (${cur})`,
    option: "option",
    total: (cur: string) => `total (${cur})`,
    co2Chart: "CO₂ per year (t)",
    co2Unit: "t/yr",
    noxChart: "NOx per year (kg)",
    noxUnit: "kg/yr",
    electricTitle: (label: string) => `Battery-electric: ${label}`,
    dayHeaders: [
      "design day",
      "feasible blocks",
      "infeasible",
      "negative SoC",
      "overnight shortfalls",
      "peak grid power kW",
    ],
    socChart: (day: string, first: string) => `State of charge per block, ${day}${first}`,
    firstBlocks: (shown: string, all: string) => ` (first ${shown} of ${all})`,
    socLine: (block: string, type: string, min: string) => `${block} (${type}) min ${min} %`,
    hourOfDay: "hour of the service day",
    soc: "SoC %",
    empty: "empty",
    socFloor: "blocks below −50 % drawn at −50 % (see their minimum)",
    powerChart: (day: string) => `Station power over the day, ${day}`,
    hour: "hour",
    kw: "kW",
    noData: "no data",
    stationHeaders: [
      "station",
      "kind",
      "kW per point",
      "points available",
      "points needed",
      "peak kW",
      "peak kW, all at full power",
      "energy kWh",
      "sessions",
      "missed",
      "waiting min",
    ],
    stationKind: { depot: "depot", opportunity: "opportunity" },
    asNeeded: "as needed",
    infeasibleTitle: (day: string) => `Infeasible blocks, ${day}`,
    remedyHeaders: ["block", "min SoC %", "battery that suffices kWh", "split into", "extra buses"],
    noBattery: "none ≤ 10 MWh",
    notPossible: "not possible",
    sensitivityTitle: "Sensitivity of the ranking",
    sensitivityHeaders: (cur: string) => [
      "parameter",
      "value",
      "cheapest",
      "second",
      `cheapest TCO (${cur})`,
    ],
    electricityTimes: "electricity price ×",
    winterShift: "winter day shifted °C",
  },
  ru: {
    title: (name: string) => `План перехода: ${name}`,
    docTitle: (name: string) => `План перехода ${name}`,
    timetable: (
      source: string,
      date: string,
      days: string,
      trips: string,
      blocks: string,
      method: string,
      km: string,
      deadhead: string,
    ) =>
      `Расписание <code>${source}</code>, дата движения ${date}${days}: рейсов — ${trips}, выпусков — ${blocks} (${method}); по расписанию ${km} км в рейсах и ${deadhead} км нулевого пробега.`,
    serviceDays: (n: string) => ` (дней: ${n})`,
    dataChecks: "Проверка данных",
    finding: "что найдено",
    count: "сколько",
    where: "где",
    firstFindings: (shown: string, all: string) =>
      `Показаны первые ${shown}; все ${all} — в <code>plan.json</code>.`,
    yearTitle: "Год по календарю движения",
    year: (
      from: string,
      to: string,
      days: string,
      none: string,
      scaled: string,
      months: string,
      date: string,
    ) =>
      `${from} – ${to}: дней — ${days}, из них без движения — ${none}${scaled}. Каждый тип дня рассчитан один раз; годовые показатели — дневные показатели каждого типа дня × его дни, с расчётным днём месяца каждого дня (${months}, начиная с января). Подробности ниже (выпуски, заряд, станции) — за выбранную дату, ${date}.`,
    yearScaled: (scale: string) => `; показатели умножены на ${scale}, чтобы составить год`,
    yearHeaders: [
      "тип дня",
      "дней",
      "дней в году",
      "рассчитан как",
      "рейсов в день",
      "выпусков",
      "км в день",
      "км в год",
    ],
    optionsTitle: "Варианты технологий",
    optionHeaders: (cur: string) => [
      "вариант",
      "парк",
      "резерв",
      "доп. автобусы (разделение)",
      "нерешённые выпуски",
      "зарядные места в парке / на линии",
      "км в год",
      "электроэнергия, кВт·ч/год",
      "дизель, л/год",
      "газ, м³/год",
      "CO₂, т/год",
      "NOx, кг/год",
      `стоимость владения (${cur})`,
    ],
    costParts: COST_PART_NAMES.ru,
    tcoChart: (cur: string) => `Совокупная стоимость владения, приведённая (${cur})`,
    option: "вариант",
    total: (cur: string) => `итого (${cur})`,
    co2Chart: "CO₂ в год (т)",
    co2Unit: "т/год",
    noxChart: "NOx в год (кг)",
    noxUnit: "кг/год",
    electricTitle: (label: string) => `Электробусы: ${label}`,
    dayHeaders: [
      "расчётный день",
      "выполнимые выпуски",
      "невыполнимые",
      "отрицательный заряд",
      "недозаряд за ночь",
      "пиковая мощность из сети, кВт",
    ],
    socChart: (day: string, first: string) => `Заряд батареи по выпускам, ${day}${first}`,
    firstBlocks: (shown: string, all: string) => ` (первые ${shown} из ${all})`,
    socLine: (block: string, type: string, min: string) => `${block} (${type}) минимум ${min} %`,
    hourOfDay: "час дня движения",
    soc: "Заряд, %",
    empty: "пусто",
    socFloor: "выпуски ниже −50 % показаны на уровне −50 % (см. их минимум)",
    powerChart: (day: string) => `Мощность зарядных станций в течение дня, ${day}`,
    hour: "час",
    kw: "кВт",
    noData: "нет данных",
    stationHeaders: [
      "станция",
      "вид",
      "кВт на место",
      "мест есть",
      "мест нужно",
      "пик, кВт",
      "пик, кВт, все на полной мощности",
      "энергия, кВт·ч",
      "зарядок",
      "пропущено",
      "ожидание, мин",
    ],
    stationKind: { depot: "в парке", opportunity: "на линии" },
    asNeeded: "сколько нужно",
    infeasibleTitle: (day: string) => `Невыполнимые выпуски, ${day}`,
    remedyHeaders: [
      "выпуск",
      "мин. заряд, %",
      "достаточная батарея, кВт·ч",
      "разделить на",
      "доп. автобусы",
    ],
    noBattery: "нет до 10 МВт·ч",
    notPossible: "невозможно",
    sensitivityTitle: "Устойчивость выбора",
    sensitivityHeaders: (cur: string) => [
      "параметр",
      "значение",
      "дешевле всего",
      "второй",
      `стоимость владения самого дешёвого (${cur})`,
    ],
    electricityTimes: "цена электроэнергии ×",
    winterShift: "сдвиг зимнего дня, °C",
  },
} as const;

/** A day as the language writes it: 2026-03-01 in English (as always), 01.03.2026 in Russian. */
function dayText(iso: string, locale: ReportLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return locale === "ru" && m !== null ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * A self-contained HTML report of a plan: inline CSS and SVG charts, no scripts or network.
 * In English (the CLI's) or Russian: every heading, header, sentence and unit, numbers as
 * the language writes them; ids and file names from the input stay as they are.
 */
export function renderHtmlReport(result: PlanResult, locale: ReportLocale = "en"): string {
  const T = TEXT[locale];
  const ru = locale === "ru";
  const num = (v: number, digits?: number): string => formatNumber(v, digits, locale);
  const tbl = (headers: readonly string[], rows: (string | number)[][]): string =>
    table([...headers], rows, (v) => num(v));
  const day = (iso: string): string => dayText(iso, locale);
  const dayName = (id: string): string => (ru ? scenarioNameRu(id) : id);
  const optionLabel = (label: string): string => (ru ? optionLabelRu(label) : label);
  const tt = result.timetable;
  const cur = result.currency;
  const sections: string[] = [];
  const scenarioName = ru ? scenarioNameRu(result.scenarioName) : result.scenarioName;
  sections.push(`<h1>${escapeHtml(T.title(scenarioName))}</h1>`);
  sections.push(
    `<p>${T.timetable(
      escapeHtml(tt.source),
      escapeHtml(day(tt.serviceDate)),
      tt.serviceDays > 1 ? T.serviceDays(num(tt.serviceDays)) : "",
      ru ? num(tt.tripCount) : String(tt.tripCount),
      ru ? num(tt.blockCount) : String(tt.blockCount),
      escapeHtml(ru ? BLOCK_METHOD_RU[tt.blockMethod] : tt.blockMethod),
      num(tt.revenueDistanceKm),
      num(tt.deadheadDistanceKm),
    )}</p>`,
  );
  if (tt.gradient !== undefined)
    sections.push(`<p>${escapeHtml(gradientText(tt.gradient, locale))}.</p>`);
  const warnings = ru ? (tt.warningsRu ?? tt.warnings) : tt.warnings;
  if (warnings.length > 0)
    sections.push(
      `<ul class="warn">${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>`,
    );
  const checks = Object.entries(tt.quality.counts) as [FindingCode, number][];
  if (checks.length > 0) {
    sections.push(`<h2>${T.dataChecks}</h2>`);
    const titles = ru ? FINDING_TITLES_RU : FINDING_TITLES;
    sections.push(
      tbl(
        [T.finding, T.count],
        checks.map(([code, count]) => [titles[code], count]),
      ),
    );
    const shown = tt.quality.findings.slice(0, MAX_REPORT_FINDINGS);
    sections.push(
      tbl(
        [T.where, T.finding],
        shown.map((f) => [
          // The file's own name: a feed member is read from a scratch copy of the upload.
          f.file !== null
            ? `${f.file.split("/").pop() ?? f.file}${f.line !== null ? `:${f.line}` : ""}`
            : "—",
          // A plan made before the Russian was kept has its English only.
          ru ? (f.messageRu ?? f.message) : f.message,
        ]),
      ),
    );
    if (tt.quality.findings.length > shown.length)
      sections.push(
        `<p>${T.firstFindings(String(shown.length), ru ? num(tt.quality.findings.length) : String(tt.quality.findings.length))}</p>`,
      );
  }

  const year = result.year;
  if (year !== undefined) {
    sections.push(`<h2>${T.yearTitle}</h2>`);
    sections.push(
      `<p>${T.year(
        escapeHtml(day(year.from)),
        escapeHtml(day(year.to)),
        ru ? num(year.windowDays) : String(year.windowDays),
        ru ? num(year.noServiceDays) : String(year.noServiceDays),
        year.scale !== 1 ? T.yearScaled(num(year.scale, 3)) : "",
        escapeHtml(year.designDayByMonth.map(dayName).join(", ")),
        escapeHtml(day(tt.serviceDate)),
      )}</p>`,
    );
    const dayTypeName = (t: (typeof year.dayTypes)[number]): string =>
      ru ? dayTypeRu(t) : t.label;
    sections.push(
      tbl(
        T.yearHeaders,
        year.dayTypes.map((t) => {
          const planned =
            t.plannedAs === null ? undefined : year.dayTypes.find((x) => x.id === t.plannedAs);
          return [
            dayTypeName(t),
            t.days,
            t.daysInYear,
            t.plannedAs === null
              ? day(t.representativeDate)
              : planned !== undefined
                ? dayTypeName(planned)
                : t.plannedAs,
            t.tripCount,
            t.blockCount,
            t.dailyDistanceKm,
            t.yearlyDistanceKm,
          ];
        }),
      ),
    );
  }

  // Technology options.
  const opts = [...result.options].sort((a, b) => a.tco.total - b.tco.total);
  sections.push(`<h2>${T.optionsTitle}</h2>`);
  sections.push(
    tbl(
      T.optionHeaders(cur),
      opts.map((o) => [
        optionLabel(o.label),
        o.fleet,
        o.spareVehicles,
        o.extraBusesForSplits,
        o.unresolvedBlocks,
        `${num(o.chargePoints.depot)} / ${num(o.chargePoints.opportunity)}`,
        o.annual.distanceKm,
        o.annual.electricityKwh,
        o.annual.dieselLitres,
        o.annual.gasM3,
        o.annual.co2Tonnes,
        o.annual.noxKg,
        o.tco.total,
      ]),
    ),
  );
  const categories = opts.map((o) => optionLabel(o.label));
  sections.push(
    barChart({
      title: T.tcoChart(cur),
      categories,
      stacks: COST_PARTS.map((key, i) => ({
        label: T.costParts[key],
        color: paletteColor(i),
        values: opts.map((o) => o.tco[key]),
      })),
      unit: cur,
      formatNumber: (v) => num(v),
    }),
  );
  sections.push(
    tbl(
      [T.option, ...COST_PARTS.map((key) => `${T.costParts[key]} (${cur})`), T.total(cur)],
      opts.map((o) => [optionLabel(o.label), ...COST_PARTS.map((key) => o.tco[key]), o.tco.total]),
    ),
  );
  sections.push(
    barChart({
      title: T.co2Chart,
      categories,
      stacks: [{ label: "CO₂", color: "#7f7f7f", values: opts.map((o) => o.annual.co2Tonnes) }],
      unit: T.co2Unit,
      formatNumber: (v) => num(v),
    }),
  );
  sections.push(
    barChart({
      title: T.noxChart,
      categories,
      stacks: [{ label: "NOx", color: "#d62728", values: opts.map((o) => o.annual.noxKg) }],
      unit: T.noxUnit,
      formatNumber: (v) => num(v),
    }),
  );

  // Battery-electric operation.
  for (const ev of result.electric) {
    sections.push(`<h2>${escapeHtml(T.electricTitle(optionLabel(ev.label)))}</h2>`);
    sections.push(
      tbl(
        T.dayHeaders,
        ev.days.map((d) => [
          dayName(d.designDayId),
          d.feasibleBlocks,
          d.infeasibleBlocks,
          d.negativeSocBlocks,
          d.overnightShortfalls,
          d.peakGridPowerKw,
        ]),
      ),
    );
    for (const d of ev.days) {
      const shown = d.blocks.slice(0, MAX_SOC_LINES);
      const dayId = dayName(d.designDayId);
      sections.push(
        lineChart({
          title: T.socChart(
            dayId,
            d.blocks.length > shown.length
              ? T.firstBlocks(num(shown.length), num(d.blocks.length))
              : "",
          ),
          series: shown.map((b) => ({
            label: T.socLine(b.blockId, b.vehicleTypeId, num(b.minSoc * 100, 1)),
            color: b.feasible ? "#2ca02c" : "#d62728",
            points: thin(b.socTrace).map(([t, s]) => [t / 3600, s * 100]),
          })),
          xLabel: T.hourOfDay,
          yLabel: T.soc,
          xFormat: (h) => formatClock(h * 3600),
          yFormat: ru ? (v) => num(v) : undefined,
          hLines: [{ y: 0, label: T.empty, color: "#000" }],
          yFloor: { y: SOC_FLOOR_PERCENT, note: T.socFloor },
          noData: T.noData,
        }),
      );
      const withPower = d.stations.filter((s) => s.energyKwh > 0);
      sections.push(
        lineChart({
          title: T.powerChart(dayId),
          series: withPower.map((s, i) => ({
            label: dayName(s.stationId),
            color: paletteColor(i),
            points: s.powerProfileKw.map((kw, k) => [(k * s.profileBinMin) / 60, kw]),
          })),
          xLabel: T.hour,
          yLabel: T.kw,
          xFormat: (h) => formatClock(h * 3600),
          yFormat: ru ? (v) => num(v) : undefined,
          noData: T.noData,
        }),
      );
      sections.push(
        tbl(
          T.stationHeaders,
          d.stations.map((s) => [
            dayName(s.stationId),
            ru ? T.stationKind[s.kind] : s.kind,
            s.chargePointKw,
            s.chargePointsAvailable === null ? T.asNeeded : s.chargePointsAvailable,
            s.chargePointsNeeded,
            s.peakPowerKw,
            s.peakPowerUnmanagedKw,
            s.energyKwh,
            s.sessions,
            s.missedSessions,
            s.waitingMin,
          ]),
        ),
      );
      if (d.remedies.length > 0) {
        sections.push(`<h3>${escapeHtml(T.infeasibleTitle(dayId))}</h3>`);
        sections.push(
          tbl(
            T.remedyHeaders,
            d.remedies.map((r) => [
              r.blockId,
              r.minSoc * 100,
              r.requiredBatteryKwh ?? T.noBattery,
              r.splitPieces ?? T.notPossible,
              r.extraBuses ?? "—",
            ]),
          ),
        );
      }
    }
  }

  if (result.sensitivity.length > 0) {
    sections.push(`<h2>${T.sensitivityTitle}</h2>`);
    const label = new Map(result.options.map((o) => [o.id, optionLabel(o.label)]));
    sections.push(
      tbl(
        T.sensitivityHeaders(cur),
        result.sensitivity.map((s) => [
          s.parameter === "electricityPrice" ? T.electricityTimes : T.winterShift,
          s.value,
          label.get(s.ranking[0] ?? "") ?? s.ranking[0] ?? "",
          label.get(s.ranking[1] ?? "") ?? s.ranking[1] ?? "",
          s.totals[s.ranking[0] ?? ""] ?? 0,
        ]),
      ),
    );
  }
  const css =
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}table{border-collapse:collapse;margin:1em 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 6px}td.n{text-align:right}th{background:#f3f3f3}.warn{color:#8a5300}svg{margin:1em 0;border:1px solid #eee}";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(T.docTitle(scenarioName))}</title><style>${css}</style></head><body>${sections.join("\n")}</body></html>\n`;
}

/** Sunday first, as JavaScript's getUTCDay; weekdayLabel orders them Monday first. */
const WEEKDAY_RU = ["Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"];

/** A day type's name in Russian, as the web page's year table writes it. */
function dayTypeRu(t: {
  label: string;
  weekdays: number[];
  otherDays: number;
  date: string | null;
}): string {
  if (t.date !== null) return dayText(t.date, "ru");
  const days = weekdayLabel(t.weekdays, WEEKDAY_RU);
  return `${days}${t.otherDays > 0 ? ` + других дней: ${formatNumber(t.otherDays, 0, "ru")}` : ""}`;
}
