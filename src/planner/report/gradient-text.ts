import type { GradientSummary } from "../plan-types.js";
import { formatNumber } from "./svg-charts.js";

/**
 * One line on the plan's gradient, for the CLI and the HTML report (plain text), in English
 * or Russian (worded as the web planner page's «Уклоны: …», web/src/planner/messages.ts).
 */
export function gradientText(g: GradientSummary, locale: "en" | "ru" = "en"): string {
  const fromRoutes = g.tripsFromRouteGradients ?? 0;
  const setAside = g.tripsRouteGradientSetAside ?? 0;
  if (locale === "ru") {
    if (g.file === null && fromRoutes === 0)
      return "уклоны: не учтены — высоты остановок не заданы, все рейсы считаются по ровной дороге (высоты задаются файлом CSV из двух столбцов: код остановки и высота в метрах, или подъёмом маршрутов в сценарии)";
    const n = (x: number, digits?: number): string => formatNumber(x, digits, "ru");
    const sources = [
      ...(g.file === null ? [] : [`высоты из ${g.file}`]),
      ...(fromRoutes > 0 ? [`рейсов по подъёму маршрута из сценария: ${n(fromRoutes, 0)}`] : []),
    ].join(", ");
    return (
      `уклоны: подъём ${n(Math.round(g.climbM), 0)} м и спуск ${n(Math.round(g.descentM), 0)} м за плановый день ` +
      `(${n(g.climbPerKm, 1)} м на км в рейсе; рейсов с подъёмом: ${n(g.tripsClimbing, 0)}), ${sources}` +
      (g.tripsMissingElevations > 0
        ? `; рейсов с остановками без высоты: ${n(g.tripsMissingElevations, 0)}`
        : "") +
      (setAside > 0
        ? `; рейсов маршрутов с заданным подъёмом, посчитанных по высотам остановок: ${n(setAside, 0)} (измеренные высоты важнее)`
        : "")
    );
  }
  if (g.file === null && fromRoutes === 0)
    return "gradient: none; no elevations were given, so every trip is planned flat (--stop-elevations or the scenario's routeGradients for a GTFS feed)";
  // The report's own English number format (thousands with a comma), as every other figure.
  const m = (x: number): string => formatNumber(Math.round(x), 0);
  const sources = [
    ...(g.file === null ? [] : [`elevations from ${g.file}`]),
    ...(fromRoutes > 0 ? [`${fromRoutes} trip(s) from the scenario's routeGradients`] : []),
  ].join(", ");
  return (
    `gradient: ${m(g.climbM)} m of climb and ${m(g.descentM)} m of descent on the planned day ` +
    `(${g.climbPerKm.toFixed(1)} m per km in service; ${g.tripsClimbing} trip(s) climb), ${sources}` +
    (g.tripsMissingElevations > 0
      ? `; ${g.tripsMissingElevations} trip(s) have stops without an elevation`
      : "") +
    (setAside > 0
      ? `; ${setAside} trip(s) of routes with a route gradient use their stop elevations instead (measured elevations take precedence)`
      : "")
  );
}
