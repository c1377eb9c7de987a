/**
 * A minimal zip writer (deflate, one disk, no zip64) for tests that need hostile zips: a
 * zip bomb, or one whose directory declares smaller sizes than its data inflates to.
 * Written here so the test does not trust the reader it tests; it also makes the zips no
 * library would: a name that climbs out of its folder, a wrong checksum (PKWARE APPNOTE
 * 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16).
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Write this uncompressed size in the headers instead of the real one (a lying zip). */
  declaredSize?: number;
  /** Already deflated (from deflateRepeated): data is the deflated bytes. */
  deflated?: { crc: number; size: number };
  /** Record this CRC-32 instead of the true one (a damaged zip). */
  crc32?: number;
}

/**
 * Deflates `times` copies of `chunk` without holding them: a zip bomb's one entry
 * (1 MB of "a" × 1024 is 1 GB that deflates to about 1 MB).
 */
export async function deflateRepeated(
  name: string,
  head: Buffer,
  chunk: Buffer,
  times: number,
): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (part: Buffer) => out.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return {
    name,
    data: Buffer.concat(out),
    deflated: { crc, size: head.length + chunk.length * times },
  };
}

/** A zip of the entries, each deflated. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = entry.deflated ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const crc = (entry.crc32 ?? entry.deflated?.crc ?? crc32(entry.data)) >>> 0;
    const size = entry.declaredSize ?? entry.deflated?.size ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The small files a feed needs besides the one under test. */
export function feedFiles(): ZipEntry[] {
  const text = (s: string) => Buffer.from(s, "utf8");
  return [
    { name: "agency.txt", data: text("agency_id,agency_name\nA,Agency\n") },
    { name: "stops.txt", data: text("stop_id,stop_name,stop_lat,stop_lon\nS1,One,42.3,-83.0\n") },
    { name: "routes.txt", data: text("route_id,route_short_name,route_type\nR1,1,3\n") },
    {
      name: "calendar.txt",
      data: text(
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\n",
      ),
    },
    {
      name: "stop_times.txt",
      data: text(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\n",
      ),
    },
  ];
}

/** The smallest feed the planner accepts, with the calendar row given. */
export function tinyFeed(calendar: string): ZipEntry[] {
  const text = (s: string) => Buffer.from(s, "utf8");
  return [
    {
      name: "stops.txt",
      data: text("stop_id,stop_name,stop_lat,stop_lon\nA,A,52.5,13.4\nB,B,52.6,13.5\n"),
    },
    { name: "routes.txt", data: text("route_id,route_short_name,route_type\nR1,1,3\n") },
    { name: "trips.txt", data: text("route_id,service_id,trip_id,block_id\nR1,S,T1,B1\n") },
    {
      name: "stop_times.txt",
      data: text(
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,A,1\nT1,08:30:00,08:30:00,B,2\n",
      ),
    },
    {
      name: "calendar.txt",
      data: text(
        `service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n${calendar}\n`,
      ),
    },
  ];
}
