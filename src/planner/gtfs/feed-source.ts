import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
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
  close(): void;
}

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err !== null)
        reject(new PlannerInputError({ file: zipPath }, `cannot open zip: ${err.message}`));
      else resolve(zip);
    });
  });
}

async function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      // Feeds are sometimes zipped with a top folder: match files by their base name.
      if (!entry.fileName.endsWith("/")) {
        const base = path.posix.basename(entry.fileName);
        if (!entries.has(base)) entries.set(base, entry);
      }
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (e: Error) => reject(e));
    zip.readEntry();
  });
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
      close: () => undefined,
    };
  }
  const zip = await openZip(feedPath);
  const entries = await listEntries(zip);
  return {
    location: feedPath,
    has: (f) => entries.has(f),
    size: (f) => entries.get(f)?.uncompressedSize ?? 0,
    open: (f) =>
      new Promise<Readable>((resolve, reject) => {
        const entry = entries.get(f);
        if (entry === undefined) {
          reject(new PlannerInputError({ file: `${feedPath}/${f}` }, "file missing from feed"));
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err !== null)
            reject(
              new PlannerInputError({ file: `${feedPath}/${f}` }, `cannot read: ${err.message}`),
            );
          else resolve(stream);
        });
      }),
    close: () => zip.close(),
  };
}
