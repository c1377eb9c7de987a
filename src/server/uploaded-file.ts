/**
 * Reading the one file of a multipart upload (a GTFS feed, an inspection photo): its bytes
 * arrive whole or the upload fails with a 4xx naming the field, never a hang or a 500
 * (issue #13).
 */
import { PassThrough, finished, type Readable } from "node:stream";
import type { MultipartFile } from "@fastify/multipart";
import { AppError, invalid, localized } from "../errors.js";

/** The body ended (or the client went away) before the file and its form were complete. */
export const uploadCutOff = (field: string): AppError => invalid(field, { key: "upload.cutOff" });

export const fileTooLarge = (field: string, maxBytes: number): AppError =>
  localized(
    "PAYLOAD_TOO_LARGE",
    { key: "upload.tooLarge", params: { mb: Math.round(maxBytes / 1024 / 1024) } },
    field,
  );

/**
 * The file's bytes as a stream that either ends with the whole file or fails with
 * `uploadCutOff(field)`. Read the file through this, never `file.file` itself.
 *
 * Why: when the body ends inside the file (the closing boundary never comes, though the
 * HTTP body is complete or the client half-closed), busboy reports "Unexpected end of
 * multipart data" and @fastify/multipart 9.4 answers by destroying the file's stream
 * *without* an error; busboy then pushes the stream's end. A destroyed stream never emits
 * 'end', yet Node's `pipeline`, seeing the end pushed, waits for it: the request never got
 * an answer. `finished` does see the close before the end, so it is the signal used here.
 */
export function wholeFile(file: MultipartFile, field: string): Readable {
  const source = file.file;
  const bytes = new PassThrough();
  finished(source, (error) => {
    // Anything but the file's own end (an error, a close before it) is a cut-off upload.
    if (error || !source.readableEnded) bytes.destroy(uploadCutOff(field));
  });
  source.pipe(bytes);
  // A reader that gives up (our disk is full) stops reading the upload too.
  bytes.once("close", () => {
    if (!source.readableEnded) source.destroy();
  });
  return bytes;
}

/**
 * What went wrong while a multipart upload was read, as the answer to give: a file over the
 * limit, or a body that ended before the form did (a dropped connection, a client that
 * stopped sending). A failure of our own disk (a system error such as ENOSPC) stays an
 * internal error.
 */
export function uploadProblem(error: unknown, field: string, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return fileTooLarge(field, maxBytes);
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) return error;
  return uploadCutOff(field);
}
