/**
 * Request validation. Bodies are validated strictly (no type coercion, no silently
 * dropped unknown fields); query strings and path parameters arrive as text and are
 * coerced to the declared types. Errors read "field: problem".
 *
 * Beyond each route's schema, every request part is held to what the database can store
 * and what a person can read, here in one place rather than in each route:
 * - no text (values or field names) with a NUL, an unpaired surrogate, or a control,
 *   bidirectional or invisible formatting character (core/text-safety.ts);
 * - a date-time must be an instant JavaScript and PostgreSQL both accept: RFC 3339 allows
 *   the leap second `23:59:60`, which `new Date()` turns into an invalid date;
 * - dates start at year 0001 (PostgreSQL has no year 0);
 * - an integer without its own bounds fits PostgreSQL's `integer` column.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";
import { textProblem } from "../core/text-safety.js";
import type { LocalText, TextKey } from "../core/server-text.js";

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
  ajv.addFormat("date-time", {
    type: "string",
    validate: (text: string) => isDateTime(text) && !Number.isNaN(Date.parse(text)),
  });
  ajv.addFormat("date", { type: "string", validate: isDate });
  return ajv;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** A real calendar date from 0001-01-01 to 9999-12-31. */
function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // 2000: a leap year
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : days);
}

/** RFC 3339 date-time without the leap second (second 60), which JavaScript cannot hold. */
function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !isDate(m[1] ?? "")) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const offsetOk = m[7] === undefined || (Number(m[7]) < 24 && Number(m[8]) < 60);
  return hour < 24 && minute < 60 && second < 60 && offsetOk;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

/** PostgreSQL's `integer`, the column type of every integer the API accepts. */
const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;

/**
 * A copy of the schema in which every integer without its own bounds gets PostgreSQL's
 * `integer` range, so 1e12 is a "must be <= 2147483647" instead of a database overflow.
 */
function boundIntegers(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(boundIntegers);
  if (typeof schema !== "object" || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = boundIntegers(value);
  const types = copy.type;
  if (types === "integer" || (Array.isArray(types) && types.includes("integer"))) {
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) copy.maximum = INT4_MAX;
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) copy.minimum = INT4_MIN;
  }
  return copy;
}

/** The first text in `data` (values and field names) that no field may hold. */
export function findUnsafeText(
  data: unknown,
  path = "",
): { instancePath: string; problem: string } | null {
  if (typeof data === "string") {
    const problem = textProblem(data);
    return problem ? { instancePath: path, problem } : null;
  }
  if (typeof data !== "object" || data === null) return null;
  const entries = Array.isArray(data) ? data.entries() : Object.entries(data);
  for (const [key, value] of entries) {
    if (typeof key === "string") {
      const keyProblem = textProblem(key);
      if (keyProblem) return { instancePath: path, problem: `has a field name that ${keyProblem}` };
    }
    const found = findUnsafeText(value, `${path}/${String(key)}`);
    if (found) return found;
  }
  return null;
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const compiled = new WeakMap<object, Map<Ajv, Validator>>();

/** Accepts anything: for a body the route reads and checks as it streams. */
const streamedBody: Validator = () => true;

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({
  schema,
  httpPart,
  contentType,
}) => {
  // A multipart body is parsed only when the route streams it (request.file()), which
  // checks each file's type and size; its schema (schemas.ts, multipartFileBody) only
  // documents the form.
  if (httpPart === "body" && contentType === "multipart/form-data") return streamedBody;
  const ajv = httpPart === "body" ? strictAjv : coercingAjv;
  // The same schema object may serve several routes; compile it once per Ajv (a copy with
  // an $id cannot be added to one Ajv twice).
  const perAjv = compiled.get(schema as object) ?? new Map<Ajv, Validator>();
  compiled.set(schema as object, perAjv);
  const existing = perAjv.get(ajv);
  if (existing) return existing;
  const validateSchema: ValidateFunction = ajv.compile(boundIntegers(schema) as object);
  const validate: Validator = (data) => {
    const unsafe = findUnsafeText(data);
    if (unsafe) {
      validate.errors = [
        {
          keyword: "text",
          instancePath: unsafe.instancePath,
          schemaPath: "#",
          params: { problem: unsafe.problem },
          message: unsafe.problem,
        },
      ];
      return false;
    }
    const valid = validateSchema(data);
    validate.errors = validateSchema.errors ?? null;
    return valid;
  };
  perAjv.set(ajv, validate);
  return validate;
};

const FORMAT_KEYS = {
  email: "validation.format.email",
  uuid: "validation.format.uuid",
  date: "validation.format.date",
  "date-time": "validation.format.date-time",
  uri: "validation.format.uri",
} as const satisfies Record<string, TextKey>;
const isKnownFormat = (format: string): format is keyof typeof FORMAT_KEYS =>
  Object.hasOwn(FORMAT_KEYS, format);

/** Turns the first validation error into the field at fault and the problem's text key. */
export function describeValidationError(
  error: ErrorObject,
  part: string,
): { field: string; text: LocalText } {
  const path = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const params = error.params as Record<string, unknown>;
  const join = (child: unknown): string => (path ? `${path}.${String(child)}` : String(child));
  const at = path || part;
  switch (error.keyword) {
    case "required":
      return { field: join(params.missingProperty), text: { key: "validation.required" } };
    case "additionalProperties":
      return { field: join(params.additionalProperty), text: { key: "validation.unknownField" } };
    case "type":
      return { field: at, text: { key: "validation.type", params: { type: String(params.type) } } };
    case "maxLength":
      return {
        field: at,
        text: { key: "validation.maxLength", params: { limit: Number(params.limit) } },
      };
    case "minLength":
      return {
        field: at,
        text:
          params.limit === 1
            ? { key: "validation.empty" }
            : { key: "validation.minLength", params: { limit: Number(params.limit) } },
      };
    case "format": {
      const format = String(params.format);
      return {
        field: at,
        text: { key: isKnownFormat(format) ? FORMAT_KEYS[format] : "validation.invalid" },
      };
    }
    case "enum":
    case "anyOf":
      return {
        field: at,
        text: Array.isArray(params.allowedValues)
          ? {
              key: "validation.oneOf",
              params: { values: params.allowedValues.map(String).join(", ") },
            }
          : { key: "validation.notAllowed" },
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        field: at,
        text: {
          key: "validation.range",
          params: { comparison: String(params.comparison), limit: Number(params.limit) },
        },
      };
    case "text":
      return {
        field: at,
        text: {
          key: "validation.text",
          params: {
            problem: String(params.problem),
            char: /U\+[0-9A-F]{4}/.exec(String(params.problem))?.[0] ?? "",
          },
        },
      };
    default:
      // A rarer rule (items, pattern…): ajv's English words, a plain Russian one.
      return {
        field: at,
        text: error.message
          ? { key: "validation.other", params: { problem: error.message } }
          : { key: "validation.invalid" },
      };
  }
}
