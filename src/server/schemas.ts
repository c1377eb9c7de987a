/** Schemas shared by many routes. Each validates at run time and feeds the OpenAPI document. */
import { Type, type TSchema } from "typebox";
import { ERROR_STATUS } from "../errors.js";

export const Uuid = Type.String({ format: "uuid" });
export const IsoDate = Type.String({ format: "date", description: "YYYY-MM-DD" });
export const Timestamp = Type.String({ format: "date-time" });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(Object.keys(ERROR_STATUS)),
      message: Type.String(),
      field: Type.Optional(Type.String()),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            line: Type.Optional(Type.Integer()),
            field: Type.Optional(Type.String()),
            message: Type.String(),
          }),
          { description: "Every problem found, e.g. each bad row of an import" },
        ),
      ),
      key: Type.Optional(
        Type.String({
          description:
            "The message's stable key (core/server-text.ts), when it has one: `message` is then written in the caller's language (the account's locale, else Accept-Language, else English)",
        }),
      ),
      params: Type.Optional(
        Type.Record(
          Type.String(),
          Type.Union([
            Type.String(),
            Type.Number(),
            Type.Object({ en: Type.String(), ru: Type.String() }),
          ]),
          { description: "The values the message was written with (a word in each language)" },
        ),
      ),
    }),
  },
  { $id: "Error", description: "Every refusal has this shape" },
);

/**
 * A success answer that is a file rather than JSON (CSV, an image, an HTML report), for
 * the OpenAPI document: its media types and what it is. The route sets the content type
 * it sends; refusals stay JSON (withErrors).
 */
export function fileResponse(
  description: string,
  mediaTypes: string[],
  schema: TSchema = Type.String(),
) {
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema }])),
  };
}
export type FileResponse = ReturnType<typeof fileResponse>;
/** A CSV download: a header line, then one line per row. */
export const CsvResponse = fileResponse("CSV with a header line", ["text/csv"]);
/**
 * An export: a CSV (a header line, then one line per row), or with `format=xlsx` an Excel
 * workbook of one sheet (server/export-format.ts).
 */
export const ExportResponse = fileResponse(
  "CSV with a header line; with format=xlsx an Excel workbook, its first row the headers",
  ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
);

/**
 * A multipart/form-data body with one file field, for the OpenAPI document. The route
 * streams and checks the file itself (request.file()), so the validator lets such a body
 * through (validation.ts).
 */
export function multipartFileBody(field: string, description: string) {
  return {
    content: {
      "multipart/form-data": {
        schema: Type.Object(
          { [field]: Type.String({ format: "binary", description }) },
          { required: [field] },
        ),
      },
    },
  };
}

/** The error responses a route can give, for the OpenAPI document. */
export function withErrors<T extends Record<number, TSchema | FileResponse>>(ok: T) {
  const error = Type.Ref("Error");
  return { ...ok, 400: error, 401: error, 403: error, 404: error, 409: error, 422: error };
}

export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const OkResponse = Type.Object({ ok: Type.Boolean() });
