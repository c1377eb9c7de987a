/**
 * Uploaded GTFS feeds. The zip is streamed to a scratch file while hashed (never held in
 * memory), checked (a zip with stops, trips, stop_times and a calendar) and stored in the
 * database in 1 MiB chunks with its timetable row, so every fleethub process on the same
 * database can plan with it. Feeds uploaded before migration 0013 stay files under
 * <dataDir>/planner/<organisation>/timetables/<id>.zip (`storage_key`), read from there by the
 * process that has them, and are copied into the database by `fleethub start`
 * (importLegacyFeeds).
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { MultipartFile } from "@fastify/multipart";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { fileTooLarge, uploadProblem, wholeFile } from "../../server/uploaded-file.js";
import { isPlannerInputError } from "../../planner/index.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import type { FeedLimits } from "../../planner/gtfs/feed-source.js";
import { parseIsoDate } from "../../planner/gtfs/gtfs-time.js";
import { summariseFeed } from "./feed-summary.js";
import { plannerProblemError } from "./input-problem.js";
import type { PlannerTimetable } from "./schemas.js";
import type { PlannerTimetableTable } from "./tables.js";
import type { Selectable } from "kysely";

/**
 * How large an uploaded feed may be: the zip itself (Greater Moscow's whole GTFS is about
 * 150 MB zipped), and uncompressed per file and in all (checked against the zip's
 * directory and while inflating: a zip bomb is refused naming the file).
 */
export interface FeedUploadLimits extends FeedLimits {
  maxZipBytes: number;
}
/** A stored feed's piece: small enough for any one query, few enough rows for 300 MB. */
export const FEED_CHUNK_BYTES = 1024 * 1024;

type TimetableRow = Selectable<PlannerTimetableTable>;

export const presentTimetable = (row: TimetableRow): Static<typeof PlannerTimetable> => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  fileName: row.file_name,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  serviceStart: realDateOrNull(row.service_start),
  serviceEnd: realDateOrNull(row.service_end),
  tripCount: row.trip_count,
  routeCount: row.route_count,
  stopCount: row.stop_count,
  hasBlockIds: row.has_block_ids,
  createdAt: row.created_at.toISOString(),
});

/** The organisation a new planner record belongs to: the one named, else the actor's own. */
export async function plannerOwner(actor: Actor, organisationId: string | undefined) {
  requirePermission(actor, "planner.use");
  const owner = organisationId ?? actor.organisation.id;
  if (!(await actor.scope()).includes(owner))
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  return owner;
}

export async function listTimetables(db: Database, actor: Actor) {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  return db
    .selectFrom("planner_timetables")
    .selectAll()
    .where(scope.where("organisation_id"))
    .orderBy("created_at", "desc")
    .limit(500)
    .execute();
}

export async function getTimetable(db: Database, actor: Actor, id: string) {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  const row = await db
    .selectFrom("planner_timetables")
    .selectAll()
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("timetable");
  return row;
}

/** A timetable whose stored dates are not real dates (kept before they were checked). */
const realDateOrNull = (text: string | null): string | null =>
  text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) !== null ? text : null;

export async function uploadTimetable(
  db: Database,
  actor: Actor,
  plannerDir: string,
  file: MultipartFile | undefined,
  options: { organisationId?: string; name?: string },
  limits: FeedUploadLimits,
) {
  const organisationId = await plannerOwner(actor, options.organisationId);
  if (!file) throw invalid("feed", { key: "planner.noFile", params: { part: "feed" } });
  const id = randomUUID();
  const storageKey = path.join(organisationId, "timetables", `${id}.zip`);
  const scratch = path.join(plannerDir, "uploading", `${id}.zip.part`);
  await fs.mkdir(path.dirname(scratch), { recursive: true });
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(wholeFile(file, "feed"), counter, createWriteStream(scratch)).catch(
      (error: unknown) => {
        throw uploadProblem(error, "feed", limits.maxZipBytes);
      },
    );
    if (file.file.truncated) throw fileTooLarge("feed", limits.maxZipBytes);
    const fileName = path.basename(file.filename || "feed.zip");
    let summary;
    try {
      summary = await summariseFeed(scratch, limits);
    } catch (error) {
      if (!isPlannerInputError(error)) throw error;
      const where = error.file.startsWith(scratch)
        ? fileName + error.file.slice(scratch.length)
        : fileName;
      const located = (problem: string): string =>
        `feed: ${where}${error.line !== null ? `:${error.line}` : ""}: ${error.field ? `${error.field}: ` : ""}${problem.replace(scratch, fileName)}`;
      throw plannerProblemError(
        { en: located(error.problem), ru: located(error.problemRu) },
        {
          en: `${where}: ${error.problem.replace(scratch, fileName)}`,
          // «Ошибка: <problem> (файл …)»: the file after the problem, as Russian reads it.
          ru: `${error.problemRu.replace(scratch, fileName)} (файл ${where})`,
        },
        error,
        "feed",
      );
    }
    const row = await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto("planner_timetables")
        .values({
          id,
          organisation_id: organisationId,
          name: options.name ?? fileName.replace(/\.zip$/i, ""),
          file_name: fileName,
          size_bytes: sizeBytes,
          sha256: hash.digest("hex"),
          storage_key: storageKey,
          service_start: summary.serviceStart,
          service_end: summary.serviceEnd,
          trip_count: summary.tripCount,
          route_count: summary.routeCount,
          stop_count: summary.stopCount,
          has_block_ids: summary.hasBlockIds,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await storeFeedChunks(trx, id, scratch);
      await recordAudit(trx, actor, {
        action: "create",
        entity: "planner_timetable",
        entityId: id,
        organisationId,
        details: { name: inserted.name, fileName, sizeBytes, sha256: inserted.sha256 },
      });
      return inserted;
    });
    return row;
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw fileTooLarge("feed", limits.maxZipBytes);
    throw error;
  } finally {
    await fs.rm(scratch, { force: true });
  }
}

/** Stores a feed file's bytes as the timetable's chunks, reading 1 MiB at a time. */
async function storeFeedChunks(db: Database, timetableId: string, file: string): Promise<void> {
  let seq = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: FEED_CHUNK_BYTES })) {
    await db
      .insertInto("planner_timetable_chunks")
      .values({ timetable_id: timetableId, seq, data: chunk as Buffer })
      .execute();
    seq += 1;
  }
}

/** A stored feed's bytes in order, one chunk per query (none: a feed kept on disk). */
export async function* timetableChunks(db: Database, timetableId: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await db
      .selectFrom("planner_timetable_chunks")
      .select("data")
      .where("timetable_id", "=", timetableId)
      .where("seq", "=", seq)
      .executeTakeFirst();
    if (!chunk) return;
    yield Buffer.from(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength);
  }
}

/**
 * Copies feeds uploaded before migration 0013 from this process's disk into the database
 * (once; a feed already copied, or whose file is not here, is left alone), so every process
 * can plan with them. Returns how many were copied.
 */
export async function importLegacyFeeds(db: Database, plannerDir: string): Promise<number> {
  const onDisk = await db
    .selectFrom("planner_timetables as t")
    .select(["t.id", "t.storage_key"])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("planner_timetable_chunks as c")
            .select("c.seq")
            .whereRef("c.timetable_id", "=", "t.id"),
        ),
      ),
    )
    .execute();
  let copied = 0;
  for (const timetable of onDisk) {
    const file = path.join(plannerDir, timetable.storage_key);
    if (!(await fs.stat(file).catch(() => null))) continue;
    await db.transaction().execute(async (trx) => {
      // Another process may copy the same feed at the same moment: the first one wins.
      await trx
        .selectFrom("planner_timetables")
        .select("id")
        .where("id", "=", timetable.id)
        .forUpdate()
        .execute();
      const done = await trx
        .selectFrom("planner_timetable_chunks")
        .select("seq")
        .where("timetable_id", "=", timetable.id)
        .executeTakeFirst();
      if (!done) await storeFeedChunks(trx, timetable.id, file);
    });
    copied += 1;
  }
  return copied;
}

/** Deletes a timetable and its stored feed (runs keep their results). */
export async function deleteTimetable(db: Database, actor: Actor, plannerDir: string, id: string) {
  const row = await getTimetable(db, actor, id);
  const unfinished = await db
    .selectFrom("planner_runs")
    .select("id")
    .where("timetable_id", "=", id)
    .where("status", "in", ["queued", "running"])
    .executeTakeFirst();
  if (unfinished) throw conflict("id", { key: "planner.timetableBusy" });
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("planner_timetables").where("id", "=", id).execute();
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "planner_timetable",
      entityId: id,
      organisationId: row.organisation_id,
      details: { name: row.name },
    });
  });
  // A feed from before migration 0013 may still be a file here.
  await fs.rm(path.join(plannerDir, row.storage_key), { force: true });
}
