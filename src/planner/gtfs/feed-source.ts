import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
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
   * Reads every file of a zip not yet read whole through to its end and compares its CRC-32
   * with the one the zip records (yauzl checks sizes, not checksums), so a damaged upload
   * is refused at once instead of failing a plan later. Nothing to check for a folder.
   */
  verify(): Promise<void>;
  /**
   * Checks one file of a zip against its recorded CRC-32. A reader that meets a bad row
   * asks this first: in a damaged zip the "bad row" is the damage, and saying so is the
   * true message.
   */
  verifyFile(fileName: string): Promise<void>;
  close(): void;
}

/** Checks a feed's files against their recorded checksums; see FeedSource.verify. */
export function verifyChecksums(feed: FeedSource): Promise<void> {
  return feed.verify();
}

/** A zip yauzl refuses (a name climbing out with "../", a size that does not add up). */
const zipProblem = (zipPath: string, error: Error): PlannerInputError =>
  new PlannerInputError(
    { file: zipPath },
    { en: `not a usable zip: ${error.message}`, ru: `архив zip не читается: ${error.message}` },
  );

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
const mbRu = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} МБ`;

const damaged = (file: string): PlannerInputError =>
  new PlannerInputError(
    { file },
    {
      en: "damaged: its checksum (CRC-32) does not match",
      ru: "файл повреждён: не совпадает контрольная сумма (CRC-32)",
    },
  );

/**
 * Counts the bytes inflated from one zip entry and fails the stream the moment they pass
 * what the entry declared, the file limit or what is left of the feed limit; at the end,
 * compares the CRC-32 of what was inflated with the one the zip records (PKWARE APPNOTE
 * 4.4.7), so a damaged file is never read as if it were whole.
 */
function inflateGuard(
  label: string,
  entry: yauzl.Entry,
  limits: FeedLimits,
  feedBytes: { used: number },
  onWhole: () => void,
): Transform {
  const declaredBytes = entry.uncompressedSize;
  let fileBytes = 0;
  let crc = 0;
  return new Transform({
    flush(done) {
      if (crc >>> 0 !== entry.crc32 >>> 0) done(damaged(label));
      else {
        onWhole();
        done();
      }
    },
    transform(chunk: Buffer, _encoding, done) {
      fileBytes += chunk.length;
      crc = crc32(chunk, crc);
      feedBytes.used += chunk.length;
      if (fileBytes > declaredBytes)
        done(
          new PlannerInputError(
            { file: label },
            {
              en: `inflates to more than the ${declaredBytes} bytes the zip declares (a damaged or hostile zip)`,
              ru: `после распаковки больше ${declaredBytes} байт, заявленных в zip (архив повреждён или вредоносен)`,
            },
          ),
        );
      else if (fileBytes > limits.maxFileBytes)
        done(
          new PlannerInputError(
            { file: label },
            {
              en: `uncompressed file is larger than ${mb(limits.maxFileBytes)}`,
              ru: `распакованный файл больше ${mbRu(limits.maxFileBytes)}`,
            },
          ),
        );
      else if (feedBytes.used > limits.maxFeedBytes)
        done(
          new PlannerInputError(
            { file: label },
            {
              en: `the uncompressed feed is larger than ${mb(limits.maxFeedBytes)}`,
              ru: `распакованный фид больше ${mbRu(limits.maxFeedBytes)}`,
            },
          ),
        );
      else done(null, chunk);
    },
  });
}

/** Refuses, before inflating anything, a zip whose central directory declares too much. */
function checkDeclaredSizes(zipPath: string, entries: yauzl.Entry[], limits: FeedLimits): void {
  let total = 0;
  for (const entry of entries) {
    const label = `${zipPath}/${entry.fileName}`;
    const size = entry.uncompressedSize;
    if (size > limits.maxFileBytes)
      throw new PlannerInputError(
        { file: label },
        {
          en: `uncompressed file is larger than ${mb(limits.maxFileBytes)} (${size} bytes)`,
          ru: `распакованный файл больше ${mbRu(limits.maxFileBytes)} (${size} байт)`,
        },
      );
    if (
      size > RATIO_CHECKED_FROM_BYTES &&
      size > MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize)
    )
      throw new PlannerInputError(
        { file: label },
        {
          en:
            `expands ${Math.round(size / Math.max(1, entry.compressedSize))} times when uncompressed ` +
            `(${entry.compressedSize} → ${size} bytes); more than ${MAX_COMPRESSION_RATIO} times is refused as a zip bomb`,
          ru:
            `при распаковке увеличивается в ${Math.round(size / Math.max(1, entry.compressedSize))} раз ` +
            `(${entry.compressedSize} → ${size} байт); больше чем в ${MAX_COMPRESSION_RATIO} раз не принимается (zip-бомба)`,
        },
      );
    total += size;
    if (total > limits.maxFeedBytes)
      throw new PlannerInputError(
        { file: label },
        {
          en: `the uncompressed feed is larger than ${mb(limits.maxFeedBytes)}`,
          ru: `распакованный фид больше ${mbRu(limits.maxFeedBytes)}`,
        },
      );
  }
}

function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err !== null)
        reject(
          new PlannerInputError(
            { file: zipPath },
            { en: `cannot open zip: ${err.message}`, ru: `не удаётся открыть zip: ${err.message}` },
          ),
        );
      else resolve(zip);
    });
  });
}

async function listEntries(
  zip: yauzl.ZipFile,
  zipPath: string,
): Promise<{ byName: Map<string, yauzl.Entry>; all: yauzl.Entry[] }> {
  if (zip.entryCount > MAX_FEED_ENTRIES)
    throw new PlannerInputError(
      { file: zipPath },
      {
        en: `the zip has ${zip.entryCount} entries; a feed has at most ${MAX_FEED_ENTRIES}`,
        ru: `в zip файлов: ${zip.entryCount}; в фиде их не больше ${MAX_FEED_ENTRIES}`,
      },
    );
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

/** One entry inflated through the guard of `limits` (counted into `feedBytes`). */
function openGuarded(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  file: string,
  limits: FeedLimits,
  feedBytes: { used: number },
  verified: Set<yauzl.Entry>,
): Promise<Readable> {
  return new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err !== null) {
        reject(
          new PlannerInputError(
            { file },
            { en: `cannot read: ${err.message}`, ru: `не удаётся прочитать: ${err.message}` },
          ),
        );
        return;
      }
      const guard = inflateGuard(file, entry, limits, feedBytes, () => verified.add(entry));
      // A read that stops early (a bad row) stops the inflating too.
      guard.on("close", () => stream.destroy());
      // Any inflate failure of a member is damage to the zip (a flipped byte).
      stream.on("error", (e: Error) =>
        guard.destroy(
          new PlannerInputError(
            { file },
            {
              en: `damaged: cannot be uncompressed (${e.message})`,
              ru: `файл повреждён: не распаковывается (${e.message})`,
            },
          ),
        ),
      );
      resolve(stream.pipe(guard));
    });
  });
}

/** Reads a guarded entry to its end; the guard checks its size and CRC-32. */
async function verifyEntry(stream: Readable, file: string): Promise<void> {
  try {
    for await (const chunk of stream) void chunk;
  } catch (error) {
    if (error instanceof PlannerInputError) throw error;
    const reason = (error as Error).message;
    throw new PlannerInputError(
      { file },
      { en: `cannot read: ${reason}`, ru: `не удаётся прочитать: ${reason}` },
    );
  }
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
    throw new PlannerInputError({ file: feedPath }, { en: "feed not found", ru: "фид не найден" });
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
      verifyFile: () => Promise.resolve(),
      close: () => undefined,
    };
  }
  const zip = await openZip(feedPath);
  let listed: { byName: Map<string, yauzl.Entry>; all: yauzl.Entry[] };
  try {
    listed = await listEntries(zip, feedPath);
    checkDeclaredSizes(feedPath, listed.all, limits);
  } catch (error) {
    zip.close();
    if (error instanceof PlannerInputError) throw error;
    const reason = (error as Error).message;
    throw new PlannerInputError(
      { file: feedPath },
      { en: `cannot read zip: ${reason}`, ru: `не удаётся прочитать zip: ${reason}` },
    );
  }
  const entries = listed.byName;
  const feedBytes = { used: 0 };
  /** Entries read to their end with a matching CRC-32: verify() need not read them again. */
  const verified = new Set<yauzl.Entry>();
  return {
    location: feedPath,
    has: (f) => entries.has(f),
    size: (f) => entries.get(f)?.uncompressedSize ?? 0,
    open: (f) => {
      const entry = entries.get(f);
      if (entry === undefined)
        return Promise.reject(
          new PlannerInputError(
            { file: `${feedPath}/${f}` },
            { en: "file missing from feed", ru: "такого файла нет в фиде" },
          ),
        );
      return openGuarded(zip, entry, `${feedPath}/${f}`, limits, feedBytes, verified);
    },
    verify: async () => {
      // Its own count: verifying reads the whole feed once, and reading it again for the
      // summary must not count twice against the feed limit.
      const verifiedBytes = { used: 0 };
      for (const entry of listed.all) {
        if (verified.has(entry)) continue;
        const file = `${feedPath}/${entry.fileName}`;
        await verifyEntry(
          await openGuarded(zip, entry, file, limits, verifiedBytes, verified),
          file,
        );
      }
    },
    verifyFile: async (f) => {
      const entry = entries.get(f);
      if (entry === undefined) return;
      const file = `${feedPath}/${f}`;
      await verifyEntry(await openGuarded(zip, entry, file, limits, { used: 0 }, verified), file);
    },
    close: () => zip.close(),
  };
}
