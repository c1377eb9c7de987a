/**
 * Fuzzes every write route of the OpenAPI document (POST, PUT, PATCH, DELETE) with
 * values built from each route's own schema, a fifth of them replaced by hostile ones:
 * NUL bytes, unpaired surrogates, bidi overrides, leap seconds, impossible dates, huge
 * numbers, wrong types, another tenant's ids and random UUIDs. Each request is sent by a
 * network admin, an operator manager or a driver (together allowed every route). After
 * each request the md5 of every table is compared with the one before: a refusal (4xx)
 * must change nothing. fast-check draws the requests from a fixed seed, so a run repeats.
 * Used by test/api/security-fuzz.test.ts (a subset) and bench/security/fuzz.ts (the full run).
 */
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { TestApp } from "./app.js";
import { Client } from "./app.js";
import { tableChecksums } from "./checksums.js";
import { TEST_PASSWORD, makeDepot, makeModel, makeNetwork, makeVehicle } from "./factories.js";

type Schema = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzFinding {
  route: string;
  url: string;
  status: number;
  body: string;
  payload: unknown;
  changedTables?: string[];
}

export interface FuzzReport {
  routes: number;
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: FuzzFinding[];
  changesOnRefusal: FuzzFinding[];
}

/** Values no route should store or choke on. */
const HOSTILE_TEXT = [
  "\u0000",
  "Depot\u0000North",
  "\uD800",
  "a\uDC00b",
  "Depot \u202Etxt.exe",
  "\u2066isolate\u2069",
  "zero\u200Bwidth",
  "bell\u0007",
  "2016-12-31T23:59:60Z",
  "2026-06-30T23:59:60+00:00",
  "0000-01-01",
  "9999-99-99",
  "99999999",
  "",
  " ",
  "x".repeat(5000),
  "../../etc/passwd",
  "1e309",
  "NaN",
  "null",
  "' or 1=1 --",
];
const HOSTILE_OTHER: unknown[] = [
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53,
  -1,
  0,
  1.5,
  null,
  true,
  [],
  {},
  [null],
  { nested: "\u0000" },
];

export async function fuzzWriteRoutes(
  t: TestApp,
  options: {
    requests: number;
    seed: number;
    onProgress?: (done: number, report: FuzzReport) => void;
  },
): Promise<FuzzReport> {
  const n = await makeNetwork(t.db);
  const model = await makeModel(t.db);
  const depotA = await makeDepot(t.db, n.operatorA.id);
  const depotB = await makeDepot(t.db, n.operatorB.id);
  const vehicleA = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depotA.id });
  const vehicleB = await makeVehicle(t.db, n.operatorB.id, model.id, { depotId: depotB.id });
  const users = [n.admin, n.managerA, n.driverA];
  const clients = users.map(() => new Client(t.app));
  const signIn = async (i: number) => {
    await clients[i]?.login(users[i]?.email ?? "", TEST_PASSWORD);
  };
  for (let i = 0; i < clients.length; i++) await signIn(i);

  // Ids a caller might send: its own records, the other tenant's, and ones that exist nowhere.
  const knownIds = [
    n.operatorA.id,
    n.operatorB.id,
    n.hub.id,
    n.maker.id,
    depotA.id,
    depotB.id,
    vehicleA.id,
    vehicleB.id,
    model.id,
    n.managerB.id,
  ];
  const idArb = fc.oneof(fc.constantFrom(...knownIds), fc.uuid());

  const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<OpenApi>();
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    const name = ref.replace(/^#\/components\/schemas\//, "");
    return doc.components?.schemas?.[name] ?? {};
  };
  const hostile: fc.Arbitrary<unknown> = fc.oneof<fc.Arbitrary<unknown>[]>(
    fc.constantFrom(...HOSTILE_TEXT),
    fc.constantFrom(...HOSTILE_OTHER),
    fc.uuid(),
  );

  const plausible = (raw: Schema, depth: number): fc.Arbitrary<unknown> => {
    const schema = resolve(raw);
    const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
    if (alternatives?.length) return fc.oneof(...alternatives.map((s) => value(s, depth)));
    const choices = schema.enum as unknown[] | undefined;
    if (Array.isArray(choices) && choices.length) return fc.constantFrom(...choices);
    if ("const" in schema) return fc.constant(schema.const);
    const types = schema.type as string | string[] | undefined;
    const type = Array.isArray(types) ? types[0] : types;
    const min = typeof schema.minimum === "number" ? schema.minimum : 0;
    const max = typeof schema.maximum === "number" ? schema.maximum : 1000;
    switch (type) {
      case "string":
        if (schema.format === "uuid") return idArb;
        if (schema.format === "date")
          return fc.constantFrom("2026-01-01", "2026-06-30", "2020-02-29");
        if (schema.format === "date-time")
          return fc.constantFrom(new Date().toISOString(), "2026-06-30T08:00:00Z");
        if (schema.format === "email") return fc.emailAddress();
        if (typeof schema.pattern === "string") {
          try {
            return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, 60));
          } catch {
            return fc.string({ maxLength: 20 });
          }
        }
        return fc.string({
          minLength: Math.min(Number(schema.minLength ?? 0), 20),
          maxLength: Math.min(Number(schema.maxLength ?? 40), 40),
        });
      case "integer":
        return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31 - 1)) });
      case "number":
        return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array":
        return depth > 4
          ? fc.constant([])
          : fc.array(value((schema.items as Schema | undefined) ?? {}, depth + 1), {
              maxLength: 3,
            });
      case "object": {
        const properties = (schema.properties ?? {}) as Record<string, Schema>;
        const required = (schema.required ?? []) as string[];
        if (depth > 4 || Object.keys(properties).length === 0)
          return fc.dictionary(fc.constantFrom("a", "b", "\u202Ekey", "k\u0000"), hostile, {
            maxKeys: 2,
          });
        return fc.record(
          Object.fromEntries(
            Object.entries(properties).map(([key, s]) => [key, value(s, depth + 1)]),
          ),
          { requiredKeys: required.filter((key) => key in properties) },
        );
      }
      default:
        return hostile;
    }
  };
  const value = (schema: Schema, depth: number): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 4, arbitrary: plausible(schema, depth) }, { weight: 1, arbitrary: hostile });

  const segment = (v: unknown): string => {
    const text = typeof v === "string" ? v : JSON.stringify(v);
    try {
      return encodeURIComponent(text);
    } catch {
      return "%ED%A0%80"; // an unpaired surrogate, as UTF-8 bytes no decoder accepts
    }
  };

  const routes: { route: string; arb: fc.Arbitrary<{ url: string; payload: unknown }> }[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!["post", "put", "patch", "delete"].includes(method)) continue;
      // Signing out would only end the fuzzing session; it stores nothing.
      if (path.endsWith("/auth/logout")) continue;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === "path");
      const queryParams = params.filter((p) => p.in === "query");
      const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
      const arb = fc
        .record({
          path: fc.tuple(...pathParams.map((p) => value(p.schema ?? {}, 1))),
          query: fc.tuple(
            ...queryParams.map((p) => fc.option(value(p.schema ?? {}, 1), { nil: undefined })),
          ),
          body: bodySchema ? value(bodySchema, 0) : fc.constant(undefined),
        })
        .map(({ path: pathValues, query, body }) => {
          let url = path;
          pathParams.forEach((p, i) => {
            url = url.replace(`{${p.name}}`, segment(pathValues[i]));
          });
          const search = queryParams
            .map((p, i) => (query[i] === undefined ? "" : `${p.name}=${segment(query[i])}`))
            .filter(Boolean)
            .join("&");
          return { url: search ? `${url}?${search}` : url, payload: body };
        });
      routes.push({ route: `${method.toUpperCase()} ${path}`, arb });
    }
  }

  const requestArb = fc.tuple(
    fc.integer({ min: 0, max: routes.length - 1 }),
    fc.integer({ min: 0, max: clients.length - 1 }),
  );
  const picks = fc.sample(requestArb, { numRuns: options.requests, seed: options.seed });
  const report: FuzzReport = {
    routes: routes.length,
    requests: 0,
    byStatus: {},
    serverErrors: [],
    changesOnRefusal: [],
  };
  let before = await tableChecksums(t.db);
  for (const [k, [routeIndex, clientIndex]] of picks.entries()) {
    const target = routes[routeIndex];
    const client = clients[clientIndex];
    if (!target || !client) continue;
    const [request] = fc.sample(target.arb, { numRuns: 1, seed: options.seed + k });
    if (!request) continue;
    const method = target.route.split(" ")[0] as "POST" | "PUT" | "PATCH" | "DELETE";
    const response = await client.request({
      method,
      url: request.url,
      ...(request.payload !== undefined
        ? {
            payload: JSON.stringify(request.payload),
            headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
          }
        : {}),
    });
    report.requests++;
    const statusKey = `${Math.floor(response.statusCode / 100)}xx`;
    report.byStatus[statusKey] = (report.byStatus[statusKey] ?? 0) + 1;
    const finding = {
      route: target.route,
      url: request.url,
      status: response.statusCode,
      body: response.body.slice(0, 300),
      payload: request.payload,
    };
    if (response.statusCode >= 500) report.serverErrors.push(finding);
    const after = await tableChecksums(t.db);
    if (response.statusCode >= 400) {
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) report.changesOnRefusal.push({ ...finding, changedTables: changed });
    }
    before = after;
    if (response.statusCode === 401) {
      // A route ended this session (a password change, a removed role): sign in again,
      // and count what signing in stores (its audit row) as the new starting point.
      await signIn(clientIndex);
      before = await tableChecksums(t.db);
    }
    options.onProgress?.(k + 1, report);
  }
  return report;
}
