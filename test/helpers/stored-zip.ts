/**
 * Writes a zip (stored, not compressed) byte by byte, so tests can make the broken ones
 * no zip library would: a name that climbs out of its folder, a wrong checksum.
 * Layout per PKWARE APPNOTE 6.3.10, sections 4.3.7 (local header), 4.3.12 (central
 * directory) and 4.3.16 (end of central directory).
 */
import { crc32 } from "node:zlib";

export interface ZipEntry {
  name: string;
  text: string;
  /** Record this CRC-32 instead of the true one. */
  crc32?: number;
}

export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.from(entry.text, "utf8");
    const crc = entry.crc32 ?? crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
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

/** The smallest feed the planner accepts, with the calendar given. */
export function tinyFeed(calendar: string): ZipEntry[] {
  return [
    {
      name: "stops.txt",
      text: "stop_id,stop_name,stop_lat,stop_lon\nA,A,52.5,13.4\nB,B,52.6,13.5\n",
    },
    { name: "routes.txt", text: "route_id,route_short_name,route_type\nR1,1,3\n" },
    { name: "trips.txt", text: "route_id,service_id,trip_id,block_id\nR1,S,T1,B1\n" },
    {
      name: "stop_times.txt",
      text: "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,A,1\nT1,08:30:00,08:30:00,B,2\n",
    },
    {
      name: "calendar.txt",
      text: `service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n${calendar}\n`,
    },
  ];
}
