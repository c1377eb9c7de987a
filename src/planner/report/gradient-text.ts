import type { GradientSummary } from "../plan-types.js";

/** One line on the plan's gradient, for the CLI and the HTML report (plain text). */
export function gradientText(g: GradientSummary): string {
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
