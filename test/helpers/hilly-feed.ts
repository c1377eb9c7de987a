import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A small GTFS feed on a hill, written for the gradient tests (no public feed has stop
 * elevations). Stops A, C and D lie low, B on the hill:
 *
 * - trip UPDOWN runs A → B → C: up 150 m and down 150 m, net 0 m;
 * - trip CLIMB runs C → B → D: up 150 m, down 30 m, net +120 m.
 *
 * Both run on Tuesday 2024-03-05 (service S, Mon–Fri of 2024) in block K.
 */
export const HILLY_DATE = "2024-03-05";

/** Elevations of the stops, metres: the CSV a user would give. */
export const HILLY_ELEVATIONS = "stop_id,elevation_m\nA,20\nB,170\nC,20\nD,140\n";

/** Writes the feed into a new folder and returns its path. */
export function writeHillyFeed(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "planner-hilly-"));
  const files: Record<string, string> = {
    "agency.txt":
      "agency_id,agency_name,agency_url,agency_timezone\nX,Hill buses,https://example.org,Europe/Moscow\n",
    "stops.txt":
      "stop_id,stop_name,stop_lat,stop_lon\nA,Seafront,43.580,39.720\nB,Hilltop,43.600,39.740\nC,Station,43.620,39.720\nD,Upper town,43.620,39.760\n",
    "routes.txt": "route_id,route_short_name,route_type\nR1,1,3\n",
    "trips.txt": "route_id,service_id,trip_id,block_id\nR1,S,UPDOWN,K\nR1,S,CLIMB,K\n",
    "stop_times.txt":
      "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" +
      "UPDOWN,08:00:00,08:00:00,A,1\nUPDOWN,08:12:00,08:12:00,B,2\nUPDOWN,08:24:00,08:24:00,C,3\n" +
      "CLIMB,09:00:00,09:00:00,C,1\nCLIMB,09:12:00,09:12:00,B,2\nCLIMB,09:24:00,09:24:00,D,3\n",
    "calendar.txt":
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nS,1,1,1,1,1,0,0,20240101,20241231\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Writes `text` as a file in a new folder and returns its path. */
export function writeTempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "planner-file-")), name);
  writeFileSync(file, text);
  return file;
}

/**
 * A feed with a route up a hill and back, for route gradients (the scenario's
 * `routeGradients`): stops A (Seafront, 43.580 N 39.720 E) and E (Upper town, 43.640 N
 * 39.780 E), about 8 km apart.
 *
 * - route UP: trip UP1 A → E in direction 0, trip DOWN1 E → A in direction 1;
 * - route R3: trip R3A A → E without a direction_id.
 *
 * All run on Tuesday 2024-03-05 (service S) in block K.
 */
export function writeTwoWayFeed(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "planner-two-way-"));
  const files: Record<string, string> = {
    "agency.txt":
      "agency_id,agency_name,agency_url,agency_timezone\nX,Hill buses,https://example.org,Europe/Moscow\n",
    "stops.txt":
      "stop_id,stop_name,stop_lat,stop_lon\nA,Seafront,43.580,39.720\nE,Upper town,43.640,39.780\n",
    "routes.txt": "route_id,route_short_name,route_type\nUP,1,3\nR3,3,3\n",
    "trips.txt":
      "route_id,service_id,trip_id,block_id,direction_id\nUP,S,UP1,K,0\nUP,S,DOWN1,K,1\nR3,S,R3A,K,\n",
    "stop_times.txt":
      "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" +
      "UP1,08:00:00,08:00:00,A,1\nUP1,08:20:00,08:20:00,E,2\n" +
      "DOWN1,09:00:00,09:00:00,E,1\nDOWN1,09:20:00,09:20:00,A,2\n" +
      "R3A,10:00:00,10:00:00,A,1\nR3A,10:20:00,10:20:00,E,2\n",
    "calendar.txt":
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nS,1,1,1,1,1,0,0,20240101,20241231\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
