import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import yauzl from "yauzl";
import { beforeAll, describe, expect, it } from "vitest";
import { PlannerInputError } from "../errors.js";
import { parseScenario } from "../scenario/validate.js";
import { timetableFromTrips } from "../plan.js";
import { readGtfsDay } from "./read-gtfs.js";
import { GTFS_DIR } from "../../../test/fixtures/paths.js";
import { buildZip, type ZipEntry } from "../../../test/helpers/zip.js";

const FEEDS = GTFS_DIR;

/** All files of a zip as text, read with yauzl directly (not through the planner's reader). */
function unzipAll(zipPath: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, string>();
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err !== null) return reject(err);
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e !== null) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            files.set(path.basename(entry.fileName), Buffer.concat(chunks).toString("utf8"));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.readEntry();
    });
  });
}

type Row = Record<string, string>;
const rows = (files: Map<string, string>, name: string): Row[] =>
  parse<Row>(files.get(name) ?? "", {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
  });

function haversineKm(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b[0] - a[0]) * r) / 2) ** 2 +
    Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.sin(((b[1] - a[1]) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Independent expectations for one feed and date: active trips with ≥ 2 stop times, their distance, block ids. */
function expected(files: Map<string, string>, date: string, distance: "sdt-metres" | "shape") {
  const ymd = date.replaceAll("-", "");
  const weekday = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][
    new Date(`${date}T00:00:00Z`).getUTCDay()
  ]!;
  const services = new Set(
    rows(files, "calendar.txt")
      .filter((c) => c.start_date! <= ymd && ymd <= c.end_date! && c[weekday] === "1")
      .map((c) => c.service_id!),
  );
  for (const d of rows(files, "calendar_dates.txt")) {
    if (d.date !== ymd) continue;
    if (d.exception_type === "1") services.add(d.service_id!);
    else services.delete(d.service_id!);
  }
  const trips = rows(files, "trips.txt").filter((t) => services.has(t.service_id!));
  const stopTimes = new Map<string, Row[]>();
  for (const st of rows(files, "stop_times.txt"))
    stopTimes.set(st.trip_id!, [...(stopTimes.get(st.trip_id!) ?? []), st]);
  const stopById = new Map<string, [number, number]>(
    rows(files, "stops.txt").map((st) => [st.stop_id!, [Number(st.stop_lat), Number(st.stop_lon)]]),
  );
  const shapes = new Map<string, Row[]>();
  if (distance === "shape")
    for (const p of rows(files, "shapes.txt"))
      shapes.set(p.shape_id!, [...(shapes.get(p.shape_id!) ?? []), p]);
  let km = 0;
  let count = 0;
  let singleStop = 0;
  const blocks = new Set<string>();
  /** Per trip: great-circle km along its stops, its whole shape's km, its running hours. */
  const perTrip = new Map<string, { stopsKm: number; shapeKm: number; hours: number }>();
  for (const t of trips) {
    const sts = (stopTimes.get(t.trip_id!) ?? []).sort(
      (a, b) => Number(a.stop_sequence) - Number(b.stop_sequence),
    );
    if (sts.length === 1) singleStop++;
    if (sts.length < 2) continue;
    count++;
    let stopsKm = 0;
    for (let i = 1; i < sts.length; i++) {
      const a = stopById.get(sts[i - 1]!.stop_id!)!;
      const b = stopById.get(sts[i]!.stop_id!)!;
      stopsKm += haversineKm(a, b);
    }
    const seconds = (t: string): number =>
      t.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);
    const hours =
      (seconds(sts[sts.length - 1]!.arrival_time!) - seconds(sts[0]!.departure_time!)) / 3600;
    const kmBefore = km;
    if (t.block_id) blocks.add(t.block_id);
    if (distance === "sdt-metres")
      km +=
        (Number(sts[sts.length - 1]!.shape_dist_traveled) - Number(sts[0]!.shape_dist_traveled)) /
        1000;
    else {
      const pts = (shapes.get(t.shape_id!) ?? []).sort(
        (a, b) => Number(a.shape_pt_sequence) - Number(b.shape_pt_sequence),
      );
      for (let i = 1; i < pts.length; i++)
        km += haversineKm(
          [Number(pts[i - 1]!.shape_pt_lat), Number(pts[i - 1]!.shape_pt_lon)],
          [Number(pts[i]!.shape_pt_lat), Number(pts[i]!.shape_pt_lon)],
        );
    }
    perTrip.set(t.trip_id!, { stopsKm, shapeKm: km - kmBefore, hours });
  }
  return { count, km, blocks: blocks.size, singleStop, perTrip };
}

describe("reading the shared GTFS feeds", () => {
  const scenario = parseScenario(null, "defaults");

  it("Detroit DDOT: 83 trips on a weekday, 56 feed blocks, distance from shape_dist_traveled in metres", async () => {
    const files = await unzipAll(`${FEEDS}/detroit-ddot-subset.zip`);
    const exp = expected(files, "2022-07-05", "sdt-metres");
    const day = await readGtfsDay(`${FEEDS}/detroit-ddot-subset.zip`, "2022-07-05");
    expect(exp.count).toBe(83);
    expect(day.trips).toHaveLength(exp.count);
    expect(day.shapeDistUnit).toBe("m");
    expect(day.distanceSources.shapeDistTraveled).toBe(83);
    expect(day.trips.reduce((s, t) => s + t.distanceKm, 0)).toBeCloseTo(exp.km, 6);
    const tt = timetableFromTrips(day, scenario);
    expect(tt.blockMethod).toBe("feed-block-id");
    expect(tt.blocks).toHaveLength(exp.blocks);
    expect(exp.blocks).toBe(56);
  });

  it("Detroit DDOT: no service on the 4 July holiday (calendar_dates removes it)", async () => {
    await expect(readGtfsDay(`${FEEDS}/detroit-ddot-subset.zip`, "2022-07-04")).rejects.toThrow(
      /no service runs on 2022-07-04/,
    );
  });

  it("Curitiba: the part of each shape the trip runs, not the whole shape; single-stop trips named", async () => {
    const files = await unzipAll(`${FEEDS}/curitiba-subset.zip`);
    const exp = expected(files, "2019-03-04", "shape");
    const day = await readGtfsDay(`${FEEDS}/curitiba-subset.zip`, "2019-03-04");
    expect(day.trips).toHaveLength(exp.count);
    expect(day.distanceSources.shape).toBe(exp.count);
    // The subset's shapes cover whole routes while many trips run part of one: each trip is
    // at least the zig-zag between its stops (less 15 %, 50 m) and at most its whole shape.
    for (const trip of day.trips) {
      const e = exp.perTrip.get(trip.id)!;
      expect(trip.distanceSource).toBe("shape");
      expect(trip.distanceKm).toBeGreaterThanOrEqual(e.stopsKm * 0.85 - 0.05);
      expect(trip.distanceKm).toBeLessThanOrEqual(e.shapeKm + 1e-6);
      // Whole shapes gave implied speeds up to 520 km/h; a city bus averages under 60 (a few
      // trips of the feed are timed 7 s for 0.44 km: those are flagged below instead).
      if (e.hours >= 2 / 60) expect(trip.distanceKm / e.hours).toBeLessThan(60);
    }
    const tt0 = timetableFromTrips(day, scenario);
    const flagged = new Set(
      tt0.quality.findings.filter((f) => f.code === "speed-implausible").map((f) => f.trip),
    );
    for (const trip of day.trips) {
      const e = exp.perTrip.get(trip.id)!;
      expect(flagged.has(trip.id)).toBe(trip.distanceKm / e.hours > 100);
    }
    // Whole shapes are 48 % more than the straight lines between the stops (issue #9's
    // figure); a road runs 1.1–1.4 times them (the detour range), and the trips now do.
    const km = day.trips.reduce((s, t) => s + t.distanceKm, 0);
    const stopsKm = [...exp.perTrip.values()].reduce((s, e) => s + e.stopsKm, 0);
    expect(exp.km / stopsKm).toBeGreaterThan(1.45);
    expect(km / stopsKm).toBeGreaterThan(1.1);
    expect(km / stopsKm).toBeLessThan(1.4);
    // Trips with one stop time are left out, each named with its stop_times.txt line.
    expect(exp.singleStop).toBeGreaterThan(0);
    expect(day.quality.counts["trip-single-stop"]).toBe(exp.singleStop);
    const single = day.quality.findings.find((f) => f.code === "trip-single-stop")!;
    const lines = files.get("stop_times.txt")!.split("\n");
    expect(lines[single.line! - 1]!.startsWith(`${single.trip},`)).toBe(true);
    const tt = timetableFromTrips(day, scenario);
    expect(tt.blockMethod).toBe("scheduled-deadhead");
    const tripsInBlocks = tt.blocks.flatMap((b) =>
      b.legs.filter((l) => l.kind === "trip").map((l) => l.tripIndex),
    );
    expect(new Set(tripsInBlocks).size).toBe(exp.count);
    // With empty runs between terminals (the default) the fleet is near the peak of trips
    // running at once: never below it, and not flagged as far above it (without them it was
    // 514 buses for a peak of 15).
    const peak = Math.max(
      ...day.trips.map(
        (t) =>
          day.trips.filter((u) => u.departureS <= t.departureS && t.departureS < u.arrivalS).length,
      ),
    );
    expect(tt.blocks.length).toBeGreaterThanOrEqual(peak);
    expect(tt.quality.findings.filter((f) => f.code === "fleet-above-peak")).toEqual([]);
    // Every block pulls out from the depot and back in (3 km each way by default).
    for (const b of tt.blocks) {
      expect([b.legs[0]!.fromStopId, b.legs.at(-1)!.toStopId]).toEqual(["depot", "depot"]);
      expect([b.legs[0]!.distanceKm, b.legs.at(-1)!.distanceKm]).toEqual([3, 3]);
    }
  });

  it("Caltrain: weekday service with shapes and no shape_dist_traveled values", async () => {
    const files = await unzipAll(`${FEEDS}/caltrain-2016-04-06.zip`);
    const exp = expected(files, "2016-04-06", "shape");
    const day = await readGtfsDay(`${FEEDS}/caltrain-2016-04-06.zip`, "2016-04-06");
    expect(day.trips).toHaveLength(exp.count);
    // Trains run their whole shapes (a few short turns run part): within 1 % of whole shapes.
    const km = day.trips.reduce((s, t) => s + t.distanceKm, 0);
    expect(km / exp.km).toBeGreaterThan(0.99);
    expect(km / exp.km).toBeLessThanOrEqual(1);
    // San Francisco – San José is about 75–80 km by rail: whole-line trips must be in that range.
    const longest = Math.max(...day.trips.map((t) => t.distanceKm));
    expect(longest).toBeGreaterThan(70);
    expect(longest).toBeLessThan(130);
  });
});

describe("bad GTFS input names file, line and field", () => {
  let base: Map<string, string>;
  beforeAll(async () => {
    base = await unzipAll(`${FEEDS}/detroit-ddot-subset.zip`);
  });

  function feedWith(change: (files: Map<string, string>) => void): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "planner-feed-"));
    const files = new Map(base);
    change(files);
    for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  async function errorOf(dir: string, date = "2022-07-05"): Promise<PlannerInputError> {
    try {
      await readGtfsDay(dir, date);
    } catch (e) {
      if (e instanceof PlannerInputError) return e;
      throw e;
    }
    throw new Error("expected a PlannerInputError");
  }

  it("a missing required file", async () => {
    const e = await errorOf(feedWith((f) => f.delete("stop_times.txt")));
    expect(e.file).toMatch(/stop_times\.txt$/);
    expect(e.problem).toMatch(/missing/);
  });

  it("a missing required column", async () => {
    const e = await errorOf(
      feedWith((f) => f.set("trips.txt", f.get("trips.txt")!.replace("service_id", "svc"))),
    );
    expect(e.file).toMatch(/trips\.txt$/);
    expect(e.line).toBe(1);
    expect(e.field).toBe("service_id");
  });

  it("a time like 25:61:00", async () => {
    const dir = feedWith((f) => {
      const lines = f.get("stop_times.txt")!.split("\n");
      lines[5] = lines[5]!.replace(/^([^,]*),([^,]*),/, "$1,25:61:00,");
      f.set("stop_times.txt", lines.join("\n"));
    });
    const e = await errorOf(dir);
    expect(e.file).toMatch(/stop_times\.txt$/);
    expect(e.line).toBe(6);
    expect(e.field).toBe("arrival_time");
    expect(e.problem).toContain("25:61:00");
  });

  it("times past 24:00 are accepted", async () => {
    const dir = feedWith((f) => {
      // Move trip 36020 (13:00–13:10) twelve hours later, past midnight.
      const shift = (t: string): string => t.replace(/^(\d+)/, (h) => String(Number(h) + 12));
      const lines = f
        .get("stop_times.txt")!
        .split("\n")
        .map((l) => {
          if (!l.startsWith("36020,")) return l;
          const cols = l.split(",");
          cols[1] = shift(cols[1]!);
          cols[2] = shift(cols[2]!);
          return cols.join(",");
        });
      f.set("stop_times.txt", lines.join("\n"));
    });
    const day = await readGtfsDay(dir, "2022-07-05");
    const moved = day.trips.find((t) => t.id === "36020")!;
    expect(moved.departureS).toBe(25 * 3600);
    expect(moved.arrivalS).toBe(25 * 3600 + 10 * 60 + 35);
  });

  it("a stop time for an unknown trip", async () => {
    const dir = feedWith((f) =>
      f.set(
        "stop_times.txt",
        `${f.get("stop_times.txt")!.trimEnd()}\nNOPE,10:00:00,10:00:00,425,1,,0,0,0,1\n`,
      ),
    );
    const e = await errorOf(dir);
    expect(e.field).toBe("trip_id");
    expect(e.line).toBe(base.get("stop_times.txt")!.trimEnd().split("\n").length + 1);
    expect(e.problem).toContain("NOPE");
  });

  it("a stop time for an unknown stop", async () => {
    const dir = feedWith((f) =>
      f.set(
        "stop_times.txt",
        `${f.get("stop_times.txt")!.trimEnd()}\n36020,13:30:00,13:30:00,NOSTOP,99,,0,0,,0\n`,
      ),
    );
    const e = await errorOf(dir);
    expect(e.field).toBe("stop_id");
    expect(e.problem).toContain("NOSTOP");
  });

  it("a date outside the feed's calendar", async () => {
    const e = await errorOf(
      feedWith(() => undefined),
      "2030-01-15",
    );
    expect(e.field).toBe("date");
    expect(e.file).toMatch(/calendar\.txt$/);
    // calendar.txt of the subset: every service runs 20220627–20220924.
    expect(e.problem).toMatch(/outside the feed's calendar \(2022-06-27 – 2022-09-24\)/);
  });

  it("a date inside the calendar on which nothing runs is not called outside it", async () => {
    // The subset's services run Monday to Friday only (calendar.txt), so Saturday
    // 9 July 2022 has none; the weekdays around it do.
    const saturday = await errorOf(
      feedWith(() => undefined),
      "2022-07-09",
    );
    expect(saturday.field).toBe("date");
    expect(saturday.problem).not.toMatch(/outside/);
    expect(saturday.problem).toMatch(/inside the feed's calendar \(2022-06-27 – 2022-09-24\)/);
    expect(saturday.problem).toMatch(/2022-07-08, 2022-07-11/);
    // Independence Day: calendar_dates.txt removes the Monday's services (type 2).
    const holiday = await errorOf(
      feedWith(() => undefined),
      "2022-07-04",
    );
    expect(holiday.problem).toMatch(/a monday\), although the date is inside/);
    expect(holiday.problem).toMatch(/2022-07-01, 2022-07-05/);
  });

  it("a trip whose shape_dist_traveled is 0 at every stop gets its shape's part, and is named with its line", async () => {
    const lines = base.get("stop_times.txt")!.split("\n");
    const first = lines.findIndex((l) => l.startsWith("36020,")) + 1;
    const sdtOf = (l: string): number => Number(l.split(",")[8]);
    const rowsOf36020 = lines.filter((l) => l.startsWith("36020,"));
    // The feed's own figure for the trip, to compare the shape's part with.
    const feedKm = (sdtOf(rowsOf36020[rowsOf36020.length - 1]!) - sdtOf(rowsOf36020[0]!)) / 1000;
    const dir = feedWith((f) =>
      f.set(
        "stop_times.txt",
        lines
          .map((l) => {
            if (!l.startsWith("36020,")) return l;
            const cols = l.split(",");
            cols[8] = "0";
            return cols.join(",");
          })
          .join("\n"),
      ),
    );
    const day = await readGtfsDay(dir, "2022-07-05");
    const trip = day.trips.find((t) => t.id === "36020")!;
    expect(trip.distanceSource).toBe("shape");
    expect(trip.distanceKm).toBeGreaterThan(feedKm * 0.97);
    expect(trip.distanceKm).toBeLessThan(feedKm * 1.03);
    const finding = day.quality.findings.find((f) => f.trip === "36020")!;
    expect(finding.code).toBe("distance-inconsistent");
    expect(finding.file).toMatch(/stop_times\.txt$/);
    expect(finding.line).toBe(first);
    expect(finding.message).toMatch(
      /shape_dist_traveled is 0 at every stop; its length \(.* km\) comes from the stops projected onto its shape/,
    );
    // The same finding for the web page of a person reading Russian.
    expect(finding.messageRu).toMatch(
      /^рейс «36020»: shape_dist_traveled равен 0 на всех остановках; его длина \(\d+,\d\d км\) взята по остановкам, спроецированным на форму маршрута$/,
    );
  });

  it("a placeholder block_id shared by every trip is split into the vehicles the trips need", async () => {
    const day = await readGtfsDay(
      feedWith((f) =>
        f.set(
          "trips.txt",
          f
            .get("trips.txt")!
            .split("\n")
            .map((l, i) => {
              if (i === 0 || l === "") return l;
              const cols = l.split(",");
              cols[6] = "0";
              return cols.join(",");
            })
            .join("\n"),
        ),
      ),
      "2022-07-05",
    );
    const tt = timetableFromTrips(day, parseScenario(null, "defaults"));
    // Never fewer vehicles than trips running at once, counted here from the trips' times.
    const events = day.trips.flatMap((t) => [
      [t.departureS, 1],
      [t.arrivalS, -1],
    ]);
    events.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    let running = 0;
    let peak = 0;
    for (const [, d] of events) peak = Math.max(peak, (running += d!));
    expect(tt.blocks).toHaveLength(peak);
    expect(tt.blocks.map((b) => b.id)).toContain("0");
    expect(tt.blocks.map((b) => b.id)).toContain(`0/${peak}`);
    const finding = tt.quality.findings.find((f) => f.code === "block-overlap")!;
    expect(finding.block).toBe("0");
    expect(finding.message).toMatch(
      new RegExp(`planned as ${peak} vehicles \\(${day.trips.length} trips\\)$`),
    );
  });

  /** The subset re-zipped by the test's own zip writer, one member changed by `damage`. */
  function damagedZip(member: string, damage: "crc" | "flip"): string {
    const entries: ZipEntry[] = [...base].map(([name, text]) => ({
      name,
      data: Buffer.from(text, "utf8"),
      ...(damage === "crc" && name === member ? { crc32: 0x12345678 } : {}),
    }));
    const zip = buildZip(entries);
    if (damage === "flip") {
      // Local header (APPNOTE 4.3.7): name length at 26, compressed size at 18, data after
      // the 30-byte header and the name. Flip two bytes 60 % into the deflated data.
      let at = 0;
      while (zip.toString("utf8", at + 30, at + 30 + zip.readUInt16LE(at + 26)) !== member)
        at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt32LE(at + 18);
      const data = at + 30 + zip.readUInt16LE(at + 26);
      const pos = data + Math.floor(zip.readUInt32LE(at + 18) * 0.6);
      zip[pos] = zip[pos]! ^ 0xff;
      zip[pos + 1] = zip[pos + 1]! ^ 0x55;
    }
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "planner-zip-")), "feed.zip");
    writeFileSync(file, zip);
    return file;
  }

  it.each([
    ["shapes.txt", "crc"],
    ["agency.txt", "crc"],
    ["stop_times.txt", "crc"],
    ["shapes.txt", "flip"],
    ["stop_times.txt", "flip"],
    ["trips.txt", "flip"],
  ] as const)(
    "a zip whose %s is damaged (%s) is refused as damaged, naming that file",
    async (member, damage) => {
      const e = await errorOf(damagedZip(member, damage));
      expect(e.file).toMatch(new RegExp(`/${member.replace(".", "\\.")}$`));
      expect(e.problem).toMatch(/^damaged: /);
    },
  );

  it("the zip and folder forms of a feed give the same trips", async () => {
    const fromZip = await readGtfsDay(`${FEEDS}/detroit-ddot-subset.zip`, "2022-07-05");
    const fromDir = await readGtfsDay(
      feedWith(() => undefined),
      "2022-07-05",
    );
    const withoutSource = (trips: typeof fromZip.trips) =>
      trips.map(({ source: _source, ...t }) => t);
    expect(withoutSource(fromDir.trips)).toEqual(withoutSource(fromZip.trips));
    expect(readFileSync(`${FEEDS}/detroit-ddot-subset.zip`).length).toBeGreaterThan(0);
  });
});
