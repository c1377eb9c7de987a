/**
 * Synthetic city GTFS generator for benchmarks: `trips` trips a day over `blocks` blocks
 * (default 20,000 over 300), on routes of 20 stops between two terminals, every block
 * shuttling on one route from early morning to past midnight (times beyond 24:00).
 * Not a benchmark: it measures nothing. Seeded, so every run writes the same city.
 *
 *   npx tsx bench/planner/synthetic-city.ts <out-dir> [trips] [blocks]
 */
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";

export const SYNTHETIC_DATE = "2024-03-07";
const STOPS_PER_ROUTE = 20;
const STOP_SPACING_M = 450;

/** Deterministic pseudo-random numbers (mulberry32) so every run builds the same city. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hms = (s: number): string =>
  `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;

export interface SyntheticCity {
  dir: string;
  trips: number;
  blocks: number;
  stopTimesBytes: number;
}

/** Writes the feed as a folder of .txt files. */
export async function generateSyntheticCity(
  dir: string,
  trips = 20_000,
  blocks = 300,
  withBlockIds = true,
): Promise<SyntheticCity> {
  mkdirSync(dir, { recursive: true });
  const rnd = random(42);
  const routes = Math.max(1, Math.round(blocks / 10));
  writeFileSync(
    path.join(dir, "agency.txt"),
    "agency_id,agency_name,agency_url,agency_timezone\nA,Synthetic Transit,https://example.org,Europe/Moscow\n",
  );
  writeFileSync(
    path.join(dir, "calendar.txt"),
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\n",
  );
  // Routes radiate from a centre; stops every 450 m along a straight line.
  const stopLines: string[] = ["stop_id,stop_name,stop_lat,stop_lon"];
  const routeLines: string[] = ["route_id,agency_id,route_short_name,route_type"];
  for (let r = 0; r < routes; r++) {
    routeLines.push(`R${r},A,${r + 1},3`);
    const angle = (2 * Math.PI * r) / routes;
    const lat0 = 43.6 + 0.01 * Math.cos(angle);
    const lon0 = 39.73 + 0.01 * Math.sin(angle);
    for (let s = 0; s < STOPS_PER_ROUTE; s++) {
      const d = (s * STOP_SPACING_M) / 111_000;
      stopLines.push(
        `R${r}S${s},Route ${r + 1} stop ${s + 1},${(lat0 + d * Math.cos(angle)).toFixed(6)},${(lon0 + (d * Math.sin(angle)) / Math.cos((43.6 * Math.PI) / 180)).toFixed(6)}`,
      );
    }
  }
  writeFileSync(path.join(dir, "stops.txt"), stopLines.join("\n") + "\n");
  writeFileSync(path.join(dir, "routes.txt"), routeLines.join("\n") + "\n");

  const tripsOut = createWriteStream(path.join(dir, "trips.txt"));
  const stOut = createWriteStream(path.join(dir, "stop_times.txt"), { highWaterMark: 1 << 20 });
  tripsOut.write(`route_id,service_id,trip_id,trip_headsign,direction_id,block_id\n`);
  stOut.write("trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n");
  let stopTimesBytes = 0;
  let tripNo = 0;
  const perBlock = Math.floor(trips / blocks);
  for (let b = 0; b < blocks; b++) {
    const route = b % routes;
    const n = perBlock + (b < trips - perBlock * blocks ? 1 : 0);
    // Spread a day's work from ~04:30 so that long blocks run past midnight.
    const runS = 18 * 60 + Math.floor(rnd() * 8) * 60; // 18–25 min per trip
    const layoverS = 5 * 60 + Math.floor(rnd() * 6) * 60;
    let t =
      4 * 3600 +
      30 * 60 +
      Math.floor(rnd() * 90) * 60 -
      Math.max(0, n * (runS + layoverS) - 20 * 3600);
    t = Math.max(3 * 3600, t);
    for (let k = 0; k < n; k++) {
      const dir0 = k % 2;
      const id = `T${tripNo++}`;
      tripsOut.write(
        `R${route},WK,${id},Route ${route + 1},${dir0},${withBlockIds ? `B${b}` : ""}\n`,
      );
      const chunk: string[] = [];
      for (let s = 0; s < STOPS_PER_ROUTE; s++) {
        const stop = dir0 === 0 ? s : STOPS_PER_ROUTE - 1 - s;
        const at = t + Math.round((runS * s) / (STOPS_PER_ROUTE - 1));
        chunk.push(
          `${id},${hms(at)},${hms(at)},R${route}S${stop},${s + 1},${s * STOP_SPACING_M}\n`,
        );
      }
      const text = chunk.join("");
      stopTimesBytes += Buffer.byteLength(text);
      if (!stOut.write(text)) await once(stOut, "drain");
      t += runS + layoverS;
    }
  }
  tripsOut.end();
  stOut.end();
  await Promise.all([once(tripsOut, "finish"), once(stOut, "finish")]);
  return { dir, trips: tripNo, blocks, stopTimesBytes };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [out, trips, blocks] = process.argv.slice(2);
  if (out === undefined) {
    process.stderr.write("usage: synthetic-city.ts <out-dir> [trips] [blocks]\n");
    process.exit(2);
  }
  const city = await generateSyntheticCity(out, Number(trips ?? 20_000), Number(blocks ?? 300));
  process.stdout.write(
    `${city.trips} trips, ${city.blocks} blocks, stop_times ${(city.stopTimesBytes / 1e6).toFixed(1)} MB in ${city.dir}\n`,
  );
}
