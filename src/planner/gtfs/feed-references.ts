import type { Readable } from "node:stream";
import { CsvColumns, fieldAt, readCsvStream } from "../io/csv.js";
import { openFeed, type FeedSource } from "./feed-source.js";
import { checkRouteGradientRoutes, type RouteGradientInput } from "./route-gradients.js";
import { checkElevationStops, type StopElevations } from "./stop-elevations.js";

/** The ids of one column of a small feed file (stops.txt, routes.txt). */
async function idsOf(feed: FeedSource, fileName: string, column: string): Promise<Set<string>> {
  const label = `${feed.location}/${fileName}`;
  const ids = new Set<string>();
  let at = 0;
  const stream: Readable = await feed.open(fileName);
  await readCsvStream(
    stream,
    label,
    (header) => {
      at = new CsvColumns(label, header).required(column);
    },
    (fields) => {
      ids.add(fieldAt(fields, at));
    },
  );
  return ids;
}

/**
 * Checks what a plan's side inputs name against the feed before any plan starts: the stop
 * ids of a stop-elevation file against stops.txt, and the route ids of the scenario's
 * `routeGradients` against routes.txt. Reads only those two small files (never
 * stop_times.txt), so a server can refuse a bad submission at once. Throws the same
 * PlannerInputError the plan itself would (file, line, field); a feed that cannot be read is
 * left to the plan to report.
 */
export async function checkFeedReferences(
  gtfsPath: string,
  refs: { elevations: StopElevations | null; routeGradients: RouteGradientInput | null },
): Promise<void> {
  const needStops = refs.elevations !== null;
  const needRoutes = refs.routeGradients !== null && refs.routeGradients.entries.length > 0;
  if (!needStops && !needRoutes) return;
  const feed = await openFeed(gtfsPath);
  try {
    if (refs.elevations !== null && feed.has("stops.txt")) {
      const stops = await idsOf(feed, "stops.txt", "stop_id");
      checkElevationStops(refs.elevations, (id) => stops.has(id));
    }
    if (refs.routeGradients !== null && needRoutes && feed.has("routes.txt")) {
      const routes = await idsOf(feed, "routes.txt", "route_id");
      checkRouteGradientRoutes(refs.routeGradients, (id) => routes.has(id));
    }
  } finally {
    feed.close();
  }
}
