import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import { PlannerInputError } from "../errors.js";

/** Files of a GTFS feed, opened as streams from a zip or a folder. */
export interface FeedSource {
  /** The zip or folder path, for error messages. */
  readonly location: string;
  has(fileName: string): boolean;
  /** Uncompressed size in bytes. */
  size(fileName: string): number;
  open(fileName: string): Promise<Readable>;
  /**
   * Reads every file of a zip through to its end and compares its CRC-32 with the one
   * the zip records (yauzl checks sizes, not checksums), so a damaged upload is refused
   * at once instead of failing a plan later. Nothing to check for a folder.
   */
  verify(): Promise<void>;
  close(): void;
}

/** Checks a feed's files against their recorded checksums; see FeedSource.verify. */
export function verifyChecksums(feed: FeedSource): Promise<void> {
  return feed.verify();
}

/** A zip yauzl refuses (a name climbing out with "../", a size that does not add up). */
const zipProblem = (zipPath: string, error: Error): PlannerInputError =>
  new PlannerInputError({ file: zipPath }, `not a usable zip: ${error.message}`);

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err !== null)
        reject(new PlannerInputError({ file: zipPath }, `cannot open zip: ${err.message}`));
      else resolve(zip);
    });
  });
}

async function listEntries(
  zip: yauzl.ZipFile,
  zipPath: string,
): Promise<{ byName: Map<string, yauzl.Entry>; all: yauzl.Entry[] }> {
  return new Promise((resolve, reject) => {
    const byName = new Map<string, yauzl.Entry>();
    const all: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      // Feeds are sometimes zipped with a top folder: match files by their base name.
      if (!entry.fileName.endsWith("/")) {
        all.push(entry);
        const base = path.posix.basename(entry.fileName);
        if (!byName.has(base)) byName.set(base, entry);
      }
      zip.readEntry();
    });
    zip.on("end", () => resolve({ byName, all }));
    zip.on("error", (e: Error) => reject(zipProblem(zipPath, e)));
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<Readable> {
  return new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err !== null) reject(new PlannerInputError({ file }, `cannot read: ${err.message}`));
      else resolve(stream);
    });
  });
}

async function verifyEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<void> {
  const stream = await openEntry(zip, entry, file);
  let crc = 0;
  try {
    for await (const chunk of stream) crc = crc32(chunk as Buffer, crc);
  } catch (error) {
    throw new PlannerInputError({ file }, `cannot read: ${(error as Error).message}`);
  }
  if (crc >>> 0 !== entry.crc32 >>> 0)
    throw new PlannerInputError({ file }, "damaged: its checksum (CRC-32) does not match");
}

/** Opens a GTFS feed given as a .zip file or as a folder of .txt files. */
export async function openFeed(feedPath: string): Promise<FeedSource> {
  let stat;
  try {
    stat = await fs.stat(feedPath);
  } catch {
    throw new PlannerInputError({ file: feedPath }, "feed not found");
  }
  if (stat.isDirectory()) {
    const names = await fs.readdir(feedPath);
    const sizes = new Map<string, number>();
    for (const n of names) {
      const s = await fs.stat(path.join(feedPath, n));
      if (s.isFile()) sizes.set(n, s.size);
    }
    return {
      location: feedPath,
      has: (f) => sizes.has(f),
      size: (f) => sizes.get(f) ?? 0,
      open: (f) =>
        Promise.resolve(createReadStream(path.join(feedPath, f), { highWaterMark: 1 << 20 })),
      verify: () => Promise.resolve(),
      close: () => undefined,
    };
  }
  const zip = await openZip(feedPath);
  let listed;
  try {
    listed = await listEntries(zip, feedPath);
  } catch (error) {
    zip.close();
    throw error;
  }
  const entries = listed.byName;
  return {
    location: feedPath,
    has: (f) => entries.has(f),
    size: (f) => entries.get(f)?.uncompressedSize ?? 0,
    open: (f) => {
      const entry = entries.get(f);
      if (entry === undefined)
        return Promise.reject(
          new PlannerInputError({ file: `${feedPath}/${f}` }, "file missing from feed"),
        );
      return openEntry(zip, entry, `${feedPath}/${f}`);
    },
    verify: async () => {
      for (const entry of listed.all)
        await verifyEntry(zip, entry, `${feedPath}/${entry.fileName}`);
    },
    close: () => zip.close(),
  };
}
