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
    }),
  },
  { $id: "Error", description: "Every refusal has this shape" },
);

/** The error responses a route can give, for the OpenAPI document. */
export function withErrors<T extends Record<number, TSchema>>(ok: T) {
  const error = Type.Ref("Error");
  return { ...ok, 400: error, 401: error, 403: error, 404: error, 409: error, 422: error };
}

export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const OkResponse = Type.Object({ ok: Type.Boolean() });
