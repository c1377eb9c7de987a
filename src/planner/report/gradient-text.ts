import type { GradientSummary } from "../plan-types.js";

/** One line on the plan's gradient, for the CLI and the HTML report (plain text). */
export function gradientText(g: GradientSummary): string {
  const fromRoutes = g.tripsFromRouteGradients ?? 0;
  const setAside = g.tripsRouteGradientSetAside ?? 0;
  if (g.file === null && fromRoutes === 0)
    return "gradient: none; no elevations were given, so every trip is planned flat (--stop-elevations or the scenario's routeGradients for a GTFS feed)";
  const m = (x: number): string => Math.round(x).toLocaleString("en-US");
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
