import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
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

/**
 * How much a zipped feed may expand. A real feed compresses 3–11 times (the fixtures);
 * a zip bomb a thousand times. Checked twice: against the sizes the zip's central directory
 * declares, before anything is inflated, and by counting bytes while inflating, because a
 * hostile zip can declare small sizes and inflate to far more.
 */
export interface FeedLimits {
  /** Largest uncompressed file of the feed, in bytes. */
  maxFileBytes: number;
  /** Largest uncompressed feed (all its files), in bytes. */
  maxFeedBytes: number;
}

/** Uncompressed-to-compressed ratio refused for files over 1 MB (real feeds: 3–11). */
export const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
/** Most entries a feed zip may have (a feed has about 20 files). */
export const MAX_FEED_ENTRIES = 1000;

/** Generous defaults for feeds read from disk by the CLI; the server passes its settings. */
export const DEFAULT_FEED_LIMITS: FeedLimits = {
  maxFileBytes: 4 * 1024 ** 3,
  maxFeedBytes: 8 * 1024 ** 3,
};

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Counts the bytes inflated from one zip entry and fails the stream the moment they pass
 * what the entry declared, the file limit or what is left of the feed limit.
 */
function inflateGuard(
  label: string,
  declaredBytes: number,
  limits: FeedLimits,
  feedBytes: { used: number },
): Transform {
  let fileBytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fileBytes += chunk.length;
      feedBytes.used += chunk.length;
      if (fileBytes > declaredBytes)
        done(
          new PlannerInputError(
            { file: label },
            `inflates to more than the ${declaredBytes} bytes the zip declares (a damaged or hostile zip)`,
          ),
        );
      else if (fileBytes > limits.maxFileBytes)
        done(
          new PlannerInputError(
            { file: label },
            `uncompressed file is larger than ${mb(limits.maxFileBytes)}`,
          ),
        );
      else if (feedBytes.used > limits.maxFeedBytes)
        done(
          new PlannerInputError(
            { file: label },
            `the uncompressed feed is larger than ${mb(limits.maxFeedBytes)}`,
          ),
        );
      else done(null, chunk);
    },
  });
}

/** Refuses, before inflating anything, a zip whose central directory declares too much. */
function checkDeclaredSizes(
  zipPath: string,
  entries: Map<string, yauzl.Entry>,
  limits: FeedLimits,
): void {
  let total = 0;
  for (const [base, entry] of entries) {
    const label = `${zipPath}/${base}`;
    const size = entry.uncompressedSize;
    if (size > limits.maxFileBytes)
      throw new PlannerInputError(
        { file: label },
        `uncompressed file is larger than ${mb(limits.maxFileBytes)} (${size} bytes)`,
      );
    if (
      size > RATIO_CHECKED_FROM_BYTES &&
      size > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize)
    )
      throw new PlannerInputError(
        { file: label },
        `expands ${Math.round(size / Math.max(1, entry.compressedSize))} times when uncompressed ` +
          `(${entry.compressedSize} → ${size} bytes); more than ${MAX_COMPRESSION_RATIO} times is refused as a zip bomb`,
      );
    total += size;
    if (total > limits.maxFeedBytes)
      throw new PlannerInputError(
        { file: label },
        `the uncompressed feed is larger than ${mb(limits.maxFeedBytes)}`,
      );
  }
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

async function listEntries(zip: yauzl.ZipFile, zipPath: string): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > MAX_FEED_ENTRIES)
    throw new PlannerInputError(
      { file: zipPath },
      `the zip has ${zip.entryCount} entries; a feed has at most ${MAX_FEED_ENTRIES}`,
    );
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

/**
 * Opens a GTFS feed given as a .zip file or as a folder of .txt files. A zip is checked
 * against `limits` before and while it is inflated.
 */
export async function openFeed(
  feedPath: string,
  limits: FeedLimits = DEFAULT_FEED_LIMITS,
): Promise<FeedSource> {
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
  let entries: Map<string, yauzl.Entry>;
  try {
    entries = await listEntries(zip, feedPath);
    checkDeclaredSizes(feedPath, entries, limits);
  } catch (error) {
    zip.close();
    if (error instanceof PlannerInputError) throw error;
    throw new PlannerInputError({ file: feedPath }, `cannot read zip: ${(error as Error).message}`);
  }
  const feedBytes = { used: 0 };
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
          else {
            const guard = inflateGuard(
              `${feedPath}/${f}`,
              entry.uncompressedSize,
              limits,
              feedBytes,
            );
            // A read that stops early (a bad row) stops the inflating too.
            guard.on("close", () => stream.destroy());
            stream.on("error", (e: Error) =>
              guard.destroy(
                new PlannerInputError({ file: `${feedPath}/${f}` }, `cannot read: ${e.message}`),
              ),
            );
            resolve(stream.pipe(guard));
          }
        });
      }),
    close: () => zip.close(),
  };
}
