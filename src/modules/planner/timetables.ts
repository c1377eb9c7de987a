/**
 * Uploaded GTFS feeds. The zip is streamed to disk while hashed (never held in memory),
 * checked (a zip with stops, trips, stop_times and a calendar) and kept under
 * <dataDir>/planner/<organisation>/timetables/<id>.zip.
 */
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { MultipartFile } from "@fastify/multipart";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { AppError, conflict, invalid, notFound } from "../../errors.js";
import { isPlannerInputError } from "../../planner/index.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { parseIsoDate } from "../../planner/gtfs/gtfs-time.js";
import { summariseFeed } from "./feed-summary.js";
import type { PlannerTimetable } from "./schemas.js";
import type { PlannerTimetableTable } from "./tables.js";
import type { Selectable } from "kysely";

/** Largest feed accepted. Greater Moscow's whole GTFS is about 150 MB zipped. */
export const MAX_FEED_BYTES = 300 * 1024 * 1024;

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
    throw invalid("organisationId", "no such organisation");
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

function tooLarge(): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `feed: is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`,
    "feed",
  );
}

/**
 * What went wrong while a multipart upload was read: a file over the limit, or a body
 * that ended before the form did (a dropped connection, a client that stopped sending).
 * A failure of our own disk (a system error such as ENOSPC) stays an internal error.
 */
export function uploadProblem(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return tooLarge();
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return error;
  return invalid(
    "feed",
    "the upload ended before the file was complete (send the whole multipart form)",
  );
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
) {
  const organisationId = await plannerOwner(actor, options.organisationId);
  if (!file) throw invalid("feed", 'no file was sent (multipart field "feed")');
  const id = randomUUID();
  const storageKey = path.join(organisationId, "timetables", `${id}.zip`);
  const target = path.join(plannerDir, storageKey);
  const scratch = `${target}.part`;
  await fs.mkdir(path.dirname(target), { recursive: true });
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
    await pipeline(file.file, counter, createWriteStream(scratch)).catch((error: unknown) => {
      throw uploadProblem(error);
    });
    if (file.file.truncated) throw tooLarge();
    const fileName = path.basename(file.filename || "feed.zip");
    let summary;
    try {
      summary = await summariseFeed(scratch);
    } catch (error) {
      if (!isPlannerInputError(error)) throw error;
      const where = error.file.startsWith(scratch)
        ? fileName + error.file.slice(scratch.length)
        : fileName;
      throw new AppError(
        "VALIDATION_FAILED",
        `feed: ${where}${error.line !== null ? `:${error.line}` : ""}: ${error.field ? `${error.field}: ` : ""}${error.problem.replace(scratch, fileName)}`,
        "feed",
        [
          {
            ...(error.line !== null ? { line: error.line } : {}),
            ...(error.field !== null ? { field: error.field } : {}),
            message: `${where}: ${error.problem.replace(scratch, fileName)}`,
          },
        ],
      );
    }
    await fs.rename(scratch, target);
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
    await fs.rm(scratch, { force: true });
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    throw error;
  }
}

export async function deleteTimetable(db: Database, actor: Actor, plannerDir: string, id: string) {
  const row = await getTimetable(db, actor, id);
  const unfinished = await db
    .selectFrom("planner_runs")
    .select("id")
    .where("timetable_id", "=", id)
    .where("status", "in", ["queued", "running"])
    .executeTakeFirst();
  if (unfinished) throw conflict("id", "a plan of this timetable is still running; wait for it");
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
  // Runs keep their results; the file goes once no row names it.
  await fs.rm(path.join(plannerDir, row.storage_key), { force: true });
}
