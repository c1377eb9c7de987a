import type { GradientSummary } from "../plan-types.js";
import { formatNumber } from "./svg-charts.js";

/**
 * One line on the plan's gradient, for the CLI and the HTML report (plain text), in English
 * or Russian (worded as the web planner page's «Уклоны: …», web/src/planner/messages.ts).
 */
export function gradientText(g: GradientSummary, locale: "en" | "ru" = "en"): string {
  if (locale === "ru") {
    if (g.file === null)
      return "уклоны: не учтены — высоты остановок не заданы, все рейсы считаются по ровной дороге (высоты задаются файлом CSV из двух столбцов: код остановки и высота в метрах)";
    const n = (x: number, digits?: number): string => formatNumber(x, digits, "ru");
    return (
      `уклоны: подъём ${n(Math.round(g.climbM), 0)} м и спуск ${n(Math.round(g.descentM), 0)} м за плановый день ` +
      `(${n(g.climbPerKm, 1)} м на км в рейсе; рейсов с подъёмом: ${n(g.tripsClimbing, 0)}), высоты из ${g.file}` +
      (g.tripsMissingElevations > 0
        ? `; рейсов с остановками без высоты: ${n(g.tripsMissingElevations, 0)}`
        : "")
    );
  }
  if (g.file === null)
    return "gradient: none; no elevations were given, so every trip is planned flat (--stop-elevations for a GTFS feed)";
  const m = (x: number): string => Math.round(x).toLocaleString("en-US");
  return (
    `gradient: ${m(g.climbM)} m of climb and ${m(g.descentM)} m of descent on the planned day ` +
    `(${g.climbPerKm.toFixed(1)} m per km in service; ${g.tripsClimbing} trip(s) climb), elevations from ${g.file}` +
    (g.tripsMissingElevations > 0
      ? `; ${g.tripsMissingElevations} trip(s) have stops without an elevation`
      : "")
  );
}
