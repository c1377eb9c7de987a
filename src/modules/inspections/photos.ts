/**
 * Photos taken during an inspection. The type is decided from the file's first bytes,
 * not from what the client claims. The image is stored in its photos row, so every fleethub
 * process on the database serves it. Photos stored before migration 0013 are files under the
 * photo directory (`storage_key`: organisation/content hash), served from there by a process
 * that has them and copied into the database by `fleethub start` (importLegacyPhotos).
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import multipart, { type MultipartFile } from "@fastify/multipart";
import { MULTIPART_OVERHEAD_BYTES } from "../../server/request-limits.js";
import { fileTooLarge, uploadProblem, wholeFile } from "../../server/uploaded-file.js";
import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { invalid, localized, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import {
  IdParams,
  Timestamp,
  Uuid,
  fileResponse,
  multipartFileBody,
  withErrors,
} from "../../server/schemas.js";
import { requirePermission, type Actor } from "../auth/actor.js";

export const Photo = Type.Object(
  { id: Uuid, contentType: Type.String(), sizeBytes: Type.Integer(), createdAt: Timestamp },
  { $id: "Photo" },
);

const IMAGE_EXTENSIONS: Partial<Record<string, string>> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

/** JPEG, PNG and WebP by their magic numbers. */
export function sniffImageType(head: Buffer): string | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return "image/jpeg";
  if (
    head.length >= 8 &&
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "image/png";
  if (
    head.length >= 12 &&
    head.toString("latin1", 0, 4) === "RIFF" &&
    head.toString("latin1", 8, 12) === "WEBP"
  )
    return "image/webp";
  return null;
}

export async function savePhoto(
  db: Database,
  actor: Actor,
  maxBytes: number,
  file: MultipartFile | undefined,
  organisationId: string,
) {
  requirePermission(actor, "inspections.submit");
  const scope = await actor.scope();
  if (!scope.includes(organisationId))
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (!file) throw invalid("photo", { key: "photo.noFile" });
  const data = await buffer(wholeFile(file, "photo")).catch((error: unknown) => {
    throw uploadProblem(error, "photo", maxBytes);
  });
  if (file.file.truncated) throw fileTooLarge("photo", maxBytes);
  const contentType = sniffImageType(data);
  if (!contentType) throw invalid("photo", { key: "photo.notImage" });
  const sha256 = createHash("sha256").update(data).digest("hex");
  const storageKey = path.join(organisationId, `${sha256}.${contentType.split("/")[1]}`);
  const row = await db
    .insertInto("photos")
    .values({
      organisation_id: organisationId,
      content_type: contentType,
      size_bytes: data.length,
      sha256,
      storage_key: storageKey,
      data,
      created_by: actor.userId,
    })
    .returning(["id", "content_type", "size_bytes", "created_at"])
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    createdAt: row.created_at.toISOString(),
  };
}

export async function readPhoto(db: Database, actor: Actor, photoDir: string, id: string) {
  const scope = await actor.scope();
  const row = await db
    .selectFrom("photos")
    .selectAll()
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("photo");
  if (row.data)
    return {
      contentType: row.content_type,
      data: Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength),
    };
  const legacy = await fs.readFile(path.join(photoDir, row.storage_key)).catch(() => null);
  if (!legacy) throw notFound("photo");
  return { contentType: row.content_type, data: legacy };
}

/**
 * Copies photos stored on disk before migration 0013 into their rows (those whose file is
 * on this process's disk), so every process serves them. Returns how many were copied.
 */
export async function importLegacyPhotos(db: Database, photoDir: string): Promise<number> {
  const onDisk = await db
    .selectFrom("photos")
    .select(["id", "storage_key"])
    .where("data", "is", null)
    .execute();
  let copied = 0;
  for (const photo of onDisk) {
    const data = await fs.readFile(path.join(photoDir, photo.storage_key)).catch(() => null);
    if (!data) continue;
    await db
      .updateTable("photos")
      .set({ data })
      .where("id", "=", photo.id)
      .where("data", "is", null)
      .execute();
    copied += 1;
  }
  return copied;
}

export const photoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, config } = app.deps;
  await app.register(multipart, {
    limits: { fileSize: config.photoMaxBytes, files: 1, fields: 2 },
  });
  app.post(
    "/photos",
    {
      // Refused by Content-Length before reading; the upload rate limit applies.
      config: { uploadMaxBytes: config.photoMaxBytes + MULTIPART_OVERHEAD_BYTES },
      schema: {
        operationId: "uploadPhoto",
        tags: ["inspections"],
        summary: `Upload an inspection photo (multipart field "photo": JPEG, PNG or WebP, up to ${Math.round(config.photoMaxBytes / 1024 / 1024)} MB)`,
        querystring: Type.Object({ organisationId: Uuid }, { additionalProperties: false }),
        body: multipartFileBody("photo", "A JPEG, PNG or WebP image"),
        response: withErrors({ 201: Photo, 413: { $ref: "Error" } }),
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw localized("UNSUPPORTED_MEDIA_TYPE", { key: "photo.sendMultipart" }, "body");
      const file = await request.file().catch((error: unknown) => {
        throw uploadProblem(error, "photo", config.photoMaxBytes);
      });
      reply.status(201);
      return savePhoto(
        db,
        actorOf(request),
        config.photoMaxBytes,
        file,
        request.query.organisationId,
      );
    },
  );
  app.get(
    "/photos/:id",
    {
      schema: {
        operationId: "getPhoto",
        tags: ["inspections"],
        summary: "A photo's image",
        params: IdParams,
        response: withErrors({
          200: fileResponse(
            "The image",
            ["image/jpeg", "image/png", "image/webp"],
            Type.String({ format: "binary" }),
          ),
        }),
      },
    },
    async (request, reply) => {
      const photo = await readPhoto(db, actorOf(request), config.photoDir, request.params.id);
      // Only the three image types are ever served as images, shown inline, never sniffed
      // (nosniff comes with every response); anything else would be a download.
      const image = IMAGE_EXTENSIONS[photo.contentType];
      return reply
        .type(image ? photo.contentType : "application/octet-stream")
        .header(
          "content-disposition",
          `${image ? "inline" : "attachment"}; filename="photo-${request.params.id}.${image ?? "bin"}"`,
        )
        .header("cache-control", "private, max-age=86400")
        .send(photo.data);
    },
  );
};
