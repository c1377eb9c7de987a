/**
 * The OpenAPI document is a contract clients build on: every operation has a unique,
 * camelCase operationId (the name a generated client gives it) and a summary, and the
 * web UI's types (web/src/api/schema.d.ts) are what `npm run api:types` makes of the
 * document the server serves today. A route added without an operationId or a summary,
 * or a schema changed without regenerating the types, fails here. Redocly's recommended
 * rules run over the same document in `npm run api:lint`.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TYPES_FILE, generateApiTypes } from "../../scripts/api-contract.js";
import { buildOpenApiDocument, type OpenApiDocument } from "../../src/server/openapi-document.js";
import { createTestApp, type TestApp } from "../helpers/app.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface Operation {
  route: string;
  operationId: unknown;
  summary: unknown;
}

/** Every operation of the document, named as "GET /api/v1/...". */
function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Partial<Record<string, Record<string, unknown>>>)[method];
      if (!operation) continue;
      operations.push({
        route: `${method.toUpperCase()} ${path}`,
        operationId: operation.operationId,
        summary: operation.summary,
      });
    }
  }
  return operations;
}

let document: OpenApiDocument;
beforeAll(async () => {
  document = await buildOpenApiDocument();
});

describe("the OpenAPI document", () => {
  it("gives every operation a camelCase operationId and a summary", () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(100);
    const problems = operations.flatMap(({ route, operationId, summary }) => [
      ...(typeof operationId === "string" && /^[a-z][a-zA-Z0-9]*$/.test(operationId)
        ? []
        : [`${route}: operationId ${JSON.stringify(operationId)} is not a camelCase name`]),
      ...(typeof summary === "string" && summary.trim() !== "" ? [] : [`${route}: no summary`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("never gives two operations the same operationId", () => {
    const routesById = new Map<unknown, string[]>();
    for (const { route, operationId } of operationsOf(document)) {
      routesById.set(operationId, [...(routesById.get(operationId) ?? []), route]);
    }
    const shared = [...routesById].filter(([, routes]) => routes.length > 1);
    expect(shared).toEqual([]);
  });

  it("names its licence and the server that answers it", () => {
    expect(document.info.license).toEqual({ name: "MIT", identifier: "MIT" });
    expect("servers" in document ? document.servers : undefined).toEqual([
      { url: "/", description: "The fleethub server that serves this document" },
    ]);
  });

  it("is generated into the web UI's committed types (npm run api:types)", async () => {
    const generated = await generateApiTypes(document);
    // Compared as text, not with toEqual: the diff of a 19,000-line file is noise.
    const upToDate = fs.readFileSync(API_TYPES_FILE, "utf8") === generated;
    expect(upToDate, "web/src/api/schema.d.ts is stale: run `npm run api:types`").toBe(true);
  });
});

describe("the document the server serves", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("is the one the contract is built from", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
