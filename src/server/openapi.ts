/**
 * The OpenAPI document's frame: what @fastify/swagger puts around the routes. Each
 * route adds its own operation (an operationId, a summary, tags and its schemas);
 * test/api/openapi-contract.test.ts holds every operation to that, and `npm run
 * api:lint` holds the whole document to Redocly's recommended rules.
 */
import type { FastifyDynamicSwaggerOptions, SwaggerTransformObject } from "@fastify/swagger";

/** The tags that group the operations, with what each is about. */
const TAGS: { name: string; description: string }[] = [
  { name: "auth", description: "Signing in and out; who I am, my language and my password" },
  { name: "home", description: "The figures a person's home page shows for their roles" },
  { name: "organisations", description: "The manufacturer, its service hubs and the operators" },
  { name: "regions", description: "The regions organisations and depots belong to" },
  { name: "depots", description: "An operator's depots and their shift starts" },
  { name: "users", description: "People and their roles in organisations" },
  { name: "service agreements", description: "Which hub serves which operator, and its targets" },
  { name: "api tokens", description: "Tokens for integrations, used as `Authorization: Bearer`" },
  { name: "audit", description: "Who changed what" },
  { name: "fleet", description: "Vehicle models, vehicles and machines, meter readings" },
  { name: "inspections", description: "Checklists, photos and pre-shift inspections" },
  { name: "defects", description: "Defects found by inspections, their repair and review" },
  { name: "release", description: "Whether a vehicle may go out, and the depot board" },
  {
    name: "pre-trip control",
    description:
      "Russian pre-trip control: release policy, technical controls, medical admissions, documents with expiry, waybills",
  },
  { name: "planner", description: "The transition planner: timetables, scenarios and plan runs" },
  { name: "work-orders", description: "Work orders: tasks, labour, parts and sign-off" },
  { name: "parts", description: "The parts catalogue and stock" },
  { name: "training", description: "Competencies, courses, sessions and certificates" },
  { name: "service", description: "Operators' service requests to their hub" },
  { name: "maintenance", description: "Maintenance programmes, what is due, what was done" },
  { name: "reports", description: "The network's reports, as JSON rows or CSV" },
];

export const OPENAPI_OPTIONS: FastifyDynamicSwaggerOptions["openapi"] = {
  openapi: "3.1.0",
  info: {
    title: "fleethub API",
    version: "1",
    description:
      "Fleet safety, maintenance, training and transition planning. Authenticate with the " +
      "session cookie from POST /api/v1/auth/login, or with `Authorization: Bearer fht_…` " +
      "(an API token). Every error has the shape of the Error schema.",
    license: { name: "MIT", identifier: "MIT" },
  },
  // Relative: the server that serves this document (at /api/openapi.json) answers its
  // paths, which all start with /api/v1, wherever it is deployed.
  servers: [{ url: "/", description: "The fleethub server that serves this document" }],
  tags: TAGS,
  components: {
    securitySchemes: {
      session: { type: "apiKey", in: "cookie", name: "fh_session" },
      bearer: { type: "http", scheme: "bearer" },
    },
  },
  security: [{ session: [] }, { bearer: [] }],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A query parameter with a default is optional to a client: the validator fills the
 * default in (validation.ts, useDefaults). The route's schema lists it as required so
 * that the handler's type has it; the document says what a client must send.
 */
export const optionalDefaults: SwaggerTransformObject = (documentObject) => {
  if (!("openapiObject" in documentObject)) return documentObject.swaggerObject;
  const document = documentObject.openapiObject;
  for (const item of Object.values(document.paths ?? {})) {
    if (!isRecord(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isRecord(operation) || !Array.isArray(operation.parameters)) continue;
      for (const parameter of operation.parameters as unknown[]) {
        if (
          isRecord(parameter) &&
          parameter.in === "query" &&
          isRecord(parameter.schema) &&
          parameter.schema.default !== undefined
        ) {
          delete parameter.required;
        }
      }
    }
  }
  return document;
};
