/**
 * Request validation. Bodies are validated strictly (no type coercion, no silently
 * dropped unknown fields); query strings and path parameters arrive as text and are
 * coerced to the declared types. Errors read "field: problem".
 */
import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";

// ajv-formats ships CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? "array" : false,
    removeAdditional: false,
    useDefaults: true,
    allErrors: false,
    strict: false,
  });
  addFormats(ajv);
  return ajv;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === "body" ? strictAjv : coercingAjv;
  return ajv.compile(schema as object);
};

const FORMAT_PROBLEMS: Record<string, string> = {
  email: "is not an email address",
  uuid: "is not a valid id",
  date: "is not a date (YYYY-MM-DD)",
  "date-time": "is not a date and time (ISO 8601)",
  uri: "is not a URL",
};

/** Turns the first validation error into the field at fault and a plain-words problem. */
export function describeValidationError(
  error: ErrorObject,
  part: string,
): { field: string; problem: string } {
  const path = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const params = error.params as Record<string, unknown>;
  const join = (child: unknown): string => (path ? `${path}.${String(child)}` : String(child));
  switch (error.keyword) {
    case "required":
      return { field: join(params.missingProperty), problem: "is required" };
    case "additionalProperties":
      return { field: join(params.additionalProperty), problem: "is not a known field" };
    case "type":
      return { field: path || part, problem: `must be ${String(params.type)}` };
    case "maxLength":
      return { field: path || part, problem: `must be at most ${String(params.limit)} characters` };
    case "minLength":
      return {
        field: path || part,
        problem:
          params.limit === 1
            ? "must not be empty"
            : `must be at least ${String(params.limit)} characters`,
      };
    case "format":
      return {
        field: path || part,
        problem:
          FORMAT_PROBLEMS[String(params.format)] ?? `is not a valid ${String(params.format)}`,
      };
    case "enum":
    case "anyOf":
      return {
        field: path || part,
        problem: Array.isArray(params.allowedValues)
          ? `must be one of ${params.allowedValues.map(String).join(", ")}`
          : "is not an allowed value",
      };
    case "minimum":
    case "maximum":
      return {
        field: path || part,
        problem: `must be ${String(params.comparison)} ${String(params.limit)}`,
      };
    default:
      return { field: path || part, problem: error.message ?? "is invalid" };
  }
}
