import { FINDING_TITLES, type FindingCode } from "../quality/findings.js";
import { gradientText } from "./gradient-text.js";
import { formatClock } from "../gtfs/gtfs-time.js";
import type { PlanResult } from "../plan-types.js";
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

function table(headers: string[], rows: (string | number)[][]): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td${typeof c === "number" ? ' class="n"' : ""}>${escapeHtml(typeof c === "number" ? formatNumber(c) : c)}</td>`).join("")}</tr>`,
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

/** A self-contained HTML report of a plan: inline CSS and SVG charts, no scripts or network. */
export function renderHtmlReport(result: PlanResult): string {
  const tt = result.timetable;
  const cur = result.currency;
  const sections: string[] = [];
  sections.push(`<h1>Transition plan: ${escapeHtml(result.scenarioName)}</h1>`);
  sections.push(
    `<p>Timetable <code>${escapeHtml(tt.source)}</code>, service date ${escapeHtml(tt.serviceDate)}${tt.serviceDays > 1 ? ` (${tt.serviceDays} days)` : ""}: ${tt.tripCount} trips in ${tt.blockCount} blocks (${escapeHtml(tt.blockMethod)}), ${formatNumber(tt.revenueDistanceKm)} km in service and ${formatNumber(tt.deadheadDistanceKm)} km deadhead per timetable.</p>`,
  );
  if (tt.gradient !== undefined) sections.push(`<p>${escapeHtml(gradientText(tt.gradient))}.</p>`);
  if (tt.warnings.length > 0)
    sections.push(
      `<ul class="warn">${tt.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>`,
    );
  const checks = Object.entries(tt.quality.counts) as [FindingCode, number][];
  if (checks.length > 0) {
    sections.push("<h2>Data checks</h2>");
    sections.push(
      table(
        ["finding", "count"],
        checks.map(([code, count]) => [FINDING_TITLES[code], count]),
      ),
    );
    const shown = tt.quality.findings.slice(0, MAX_REPORT_FINDINGS);
    sections.push(
      table(
        ["where", "finding"],
        shown.map((f) => [
          f.file !== null ? `${f.file}${f.line !== null ? `:${f.line}` : ""}` : "—",
          f.message,
        ]),
      ),
    );
    if (tt.quality.findings.length > shown.length)
      sections.push(
        `<p>The first ${shown.length} findings are shown; <code>plan.json</code> has ${tt.quality.findings.length}.</p>`,
      );
  }

  const year = result.year;
  if (year !== undefined) {
    sections.push("<h2>A year from the service calendar</h2>");
    sections.push(
      `<p>${escapeHtml(year.from)} – ${escapeHtml(year.to)}: ${year.windowDays} days, ${year.noServiceDays} of them without service${year.scale !== 1 ? `; figures × ${formatNumber(year.scale, 3)} to make a year` : ""}. Each day type is planned once; yearly figures are each day type's daily figures × its days, with the design day of each day's month (${escapeHtml(
        year.designDayByMonth.join(", "),
      )}, January first). The detail below (blocks, state of charge, stations) is the chosen date's, ${escapeHtml(tt.serviceDate)}.</p>`,
    );
    sections.push(
      table(
        [
          "day type",
          "days",
          "days per year",
          "planned as",
          "trips per day",
          "blocks",
          "km per day",
          "km per year",
        ],
        year.dayTypes.map((t) => [
          t.label,
          t.days,
          t.daysInYear,
          t.plannedAs === null
            ? t.representativeDate
            : (year.dayTypes.find((x) => x.id === t.plannedAs)?.label ?? t.plannedAs),
          t.tripCount,
          t.blockCount,
          t.dailyDistanceKm,
          t.yearlyDistanceKm,
        ]),
      ),
    );
  }

  // Technology options.
  const opts = [...result.options].sort((a, b) => a.tco.total - b.tco.total);
  sections.push("<h2>Technology options</h2>");
  sections.push(
    table(
      [
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
      opts.map((o) => [
        o.label,
        o.fleet,
        o.spareVehicles,
        o.extraBusesForSplits,
        o.unresolvedBlocks,
        `${o.chargePoints.depot} / ${o.chargePoints.opportunity}`,
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
  const costParts = [
    ["vehicles", "vehicles"],
    ["batteryReplacement", "battery replacement"],
    ["electricity", "electricity"],
    ["fuel", "fuel"],
    ["maintenance", "maintenance"],
    ["infrastructure", "chargers"],
    ["gridConnection", "grid connection"],
    ["demandCharges", "demand charges"],
    ["fuelStation", "CNG filling station"],
  ] as const;
  sections.push(
    barChart({
      title: `Total cost of ownership, present value (${cur})`,
      categories: opts.map((o) => o.label),
      stacks: costParts.map(([key, label], i) => ({
        label,
        color: paletteColor(i),
        values: opts.map((o) => o.tco[key]),
      })),
      unit: cur,
    }),
  );
  sections.push(
    table(
      ["option", ...costParts.map(([, label]) => `${label} (${cur})`), `total (${cur})`],
      opts.map((o) => [o.label, ...costParts.map(([key]) => o.tco[key]), o.tco.total]),
    ),
  );
  sections.push(
    barChart({
      title: "CO₂ per year (t)",
      categories: opts.map((o) => o.label),
      stacks: [{ label: "CO₂", color: "#7f7f7f", values: opts.map((o) => o.annual.co2Tonnes) }],
      unit: "t/yr",
    }),
  );
  sections.push(
    barChart({
      title: "NOx per year (kg)",
      categories: opts.map((o) => o.label),
      stacks: [{ label: "NOx", color: "#d62728", values: opts.map((o) => o.annual.noxKg) }],
      unit: "kg/yr",
    }),
  );

  // Battery-electric operation.
  for (const ev of result.electric) {
    sections.push(`<h2>Battery-electric: ${escapeHtml(ev.label)}</h2>`);
    sections.push(
      table(
        [
          "design day",
          "feasible blocks",
          "infeasible",
          "negative SoC",
          "overnight shortfalls",
          "peak grid power kW",
        ],
        ev.days.map((d) => [
          d.designDayId,
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
      sections.push(
        lineChart({
          title: `State of charge per block, ${d.designDayId}${d.blocks.length > shown.length ? ` (first ${shown.length} of ${d.blocks.length})` : ""}`,
          series: shown.map((b) => ({
            label: `${b.blockId} (${b.vehicleTypeId}) min ${formatNumber(b.minSoc * 100, 1)} %`,
            color: b.feasible ? "#2ca02c" : "#d62728",
            points: thin(b.socTrace).map(([t, s]) => [t / 3600, s * 100]),
          })),
          xLabel: "hour of the service day",
          yLabel: "SoC %",
          xFormat: (h) => formatClock(h * 3600),
          hLines: [{ y: 0, label: "empty", color: "#000" }],
          yFloor: {
            y: SOC_FLOOR_PERCENT,
            note: "blocks below −50 % drawn at −50 % (see their minimum)",
          },
        }),
      );
      const withPower = d.stations.filter((s) => s.energyKwh > 0);
      sections.push(
        lineChart({
          title: `Station power over the day, ${d.designDayId}`,
          series: withPower.map((s, i) => ({
            label: s.stationId,
            color: paletteColor(i),
            points: s.powerProfileKw.map((kw, k) => [(k * s.profileBinMin) / 60, kw]),
          })),
          xLabel: "hour",
          yLabel: "kW",
          xFormat: (h) => formatClock(h * 3600),
        }),
      );
      sections.push(
        table(
          [
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
          d.stations.map((s) => [
            s.stationId,
            s.kind,
            s.chargePointKw,
            s.chargePointsAvailable === null ? "as needed" : s.chargePointsAvailable,
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
        sections.push(`<h3>Infeasible blocks, ${escapeHtml(d.designDayId)}</h3>`);
        sections.push(
          table(
            ["block", "min SoC %", "battery that suffices kWh", "split into", "extra buses"],
            d.remedies.map((r) => [
              r.blockId,
              r.minSoc * 100,
              r.requiredBatteryKwh ?? "none ≤ 10 MWh",
              r.splitPieces ?? "not possible",
              r.extraBuses ?? "—",
            ]),
          ),
        );
      }
    }
  }

  if (result.sensitivity.length > 0) {
    sections.push("<h2>Sensitivity of the ranking</h2>");
    const label = new Map(result.options.map((o) => [o.id, o.label]));
    sections.push(
      table(
        ["parameter", "value", "cheapest", "second", `cheapest TCO (${cur})`],
        result.sensitivity.map((s) => [
          s.parameter === "electricityPrice" ? "electricity price ×" : "winter day shifted °C",
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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transition plan ${escapeHtml(result.scenarioName)}</title><style>${css}</style></head><body>${sections.join("\n")}</body></html>\n`;
}
