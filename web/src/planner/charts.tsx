/**
 * The plan's charts, drawn by the same SVG code as the planner's HTML report
 * (src/planner/report/svg-charts.ts: pure functions, every label escaped), so the page and
 * the downloadable report show the same pictures.
 */
import { useMemo, useState } from "react";
import { formatClock } from "../../../src/planner/gtfs/gtfs-time.js";
import { barChart, lineChart, paletteColor } from "../../../src/planner/report/svg-charts.js";
import { SelectField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { costPart } from "./cost-table.js";
import { usePlanNames } from "./names.js";
import type { PlanResultView } from "./types.js";

const MAX_SOC_LINES = 200;
const MAX_POINTS = 200;

function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  let lowest = 0;
  points.forEach((p, i) => {
    if (p[1] < points[lowest]![1]) lowest = i;
  });
  return points.filter((_, i) => i % step === 0 || i === lowest || i === points.length - 1);
}

/** An SVG string made by svg-charts.ts (which escapes every text it draws). */
function Chart({ svg, testId }: { svg: string; testId: string }) {
  return (
    <div className="planner-chart" data-testid={testId} dangerouslySetInnerHTML={{ __html: svg }} />
  );
}

export function PlanCharts({ result }: { result: PlanResultView }) {
  const { t, formatNumber } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  const [planId, setPlanId] = useState(result.electric[0]?.id ?? "");
  const [dayId, setDayId] = useState(result.designDays[0]?.id ?? "");
  const plan = result.electric.find((e) => e.id === planId) ?? result.electric[0];
  const day = plan?.days.find((d) => d.designDayId === dayId) ?? plan?.days[0];
  const hourLabel = (h: number) => formatClock(h * 3600);

  const socSvg = useMemo(() => {
    if (!day) return null;
    const shown = day.blocks.slice(0, MAX_SOC_LINES);
    return lineChart({
      yFormat: formatNumber,
      title: p.socChart(names.day(day.designDayId)),
      series: shown.map((b) => ({
        label: b.blockId,
        color: b.feasible ? "#2ca02c" : "#d62728",
        points: thin(b.socTrace).map(([s, soc]) => [s / 3600, soc * 100]),
      })),
      xLabel: p.hour,
      yLabel: p.soc,
      xFormat: hourLabel,
      hLines: [{ y: 0, label: "0", color: "#000" }],
      // A block needing several batteries (often a data error) would stretch the axis to
      // −200 % and flatten every other line.
      yFloor: { y: -50, note: p.socFloor },
    });
  }, [day, p, formatNumber, names]);
  const powerSvg = useMemo(() => {
    if (!day) return null;
    const stations = day.stations.filter((s) => s.energyKwh > 0);
    return lineChart({
      yFormat: formatNumber,
      title: p.powerChart(names.day(day.designDayId)),
      series: stations.map((s, i) => ({
        label: names.day(s.stationId),
        color: paletteColor(i),
        points: s.powerProfileKw.map((kw, k) => [(k * s.profileBinMin) / 60, kw]),
      })),
      xLabel: p.hour,
      yLabel: p.kw,
      xFormat: hourLabel,
    });
  }, [day, p, formatNumber, names]);
  const options = useMemo(
    () => [...result.options].sort((a, b) => a.tco.total - b.tco.total),
    [result],
  );
  const parts = Object.keys(p.costParts) as (keyof typeof p.costParts)[];
  const tcoSvg = barChart({
    formatNumber,
    title: p.tcoChart(result.currency),
    categories: options.map((o) => names.option(o.label)),
    stacks: parts.map((key, i) => ({
      label: p.costParts[key],
      color: paletteColor(i),
      values: options.map((o) => costPart(o, key)),
    })),
    unit: result.currency,
  });
  const co2Svg = barChart({
    formatNumber,
    title: p.co2Chart,
    categories: options.map((o) => names.option(o.label)),
    stacks: [{ label: "CO₂", color: "#7f7f7f", values: options.map((o) => o.annual.co2Tonnes) }],
    unit: p.co2Unit,
  });

  return (
    <div className="planner-charts">
      {plan ? (
        <div className="planner-inline-fields">
          <SelectField
            label={p.batteryPlan}
            value={plan.id}
            onChange={(event) => setPlanId(event.target.value)}
            options={result.electric.map((e) => ({ value: e.id, label: names.option(e.label) }))}
          />
          <SelectField
            label={p.designDay}
            value={day?.designDayId ?? ""}
            onChange={(event) => setDayId(event.target.value)}
            options={plan.days.map((d) => ({
              value: d.designDayId,
              label: names.day(d.designDayId),
            }))}
          />
        </div>
      ) : null}
      {socSvg ? <Chart svg={socSvg} testId="soc-chart" /> : null}
      {powerSvg ? <Chart svg={powerSvg} testId="power-chart" /> : null}
      <Chart svg={tcoSvg} testId="tco-chart" />
      <Chart svg={co2Svg} testId="co2-chart" />
    </div>
  );
}
