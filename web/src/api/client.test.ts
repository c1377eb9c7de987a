/**
 * The generated client keeps what the hand-written fetch wrappers did: same-origin
 * requests with the cookie, the API's refusal shown as it is, status 0 without a
 * network, sign-in again when the session is gone, the outbox's Idempotency-Key, files
 * as multipart and CSV as text. Each request goes to a fake `fetch` that records it.
 */
import { describe, expect, it } from "vitest";
import {
  ApiError,
  apiHref,
  createApiClient,
  downloadHref,
  multipart,
  onUnauthenticated,
  unwrap,
} from "./client.js";

const ORIGIN = "http://fleethub.test";
const VEHICLE = "0b5c2d4e-6f70-4a8b-9c0d-1e2f3a4b5c6d";

/** A client whose every request is answered by `answer` and recorded in `sent`. */
function clientAnswering(answer: (request: Request) => Response | Promise<Response>) {
  const sent: Request[] = [];
  const client = createApiClient({
    baseUrl: ORIGIN,
    fetch: async (request) => {
      sent.push(request.clone());
      return answer(request);
    },
  });
  return { client, sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function refusalOf(pending: Promise<unknown>): Promise<ApiError> {
  const failure: unknown = await pending.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof ApiError))
    throw new Error(`expected an ApiError, got ${String(failure)}`);
  return failure;
}

describe("the API client", () => {
  it("sends same-origin requests, with the session cookie, asking for JSON", async () => {
    const { client, sent } = clientAnswering(() => json(200, []));
    await unwrap(client.GET("/api/v1/vehicles", { params: { query: { q: "С 365", limit: 20 } } }));
    const [request] = sent;
    expect(request?.url).toBe(`${ORIGIN}/api/v1/vehicles?q=%D0%A1%20365&limit=20`);
    expect(request?.credentials).toBe("same-origin");
    expect(request?.headers.get("accept")).toBe("application/json");
  });

  it("throws the API's refusal as an ApiError with its message, field and details", async () => {
    const { client } = clientAnswering(() =>
      json(422, {
        error: {
          code: "VALIDATION_FAILED",
          message: "line 3: vin: is not a VIN",
          field: "body",
          details: [{ line: 3, field: "vin", message: "is not a VIN" }],
        },
      }),
    );
    const refusal = await refusalOf(
      unwrap(
        client.POST("/api/v1/vehicles/import", {
          params: { query: { organisationId: VEHICLE } },
          body: "fleet_number,vin\n1,bad\n",
          bodySerializer: (csv) => csv,
          headers: { "content-type": "text/csv" },
        }),
      ),
    );
    expect(refusal).toMatchObject({
      status: 422,
      code: "VALIDATION_FAILED",
      message: "line 3: vin: is not a VIN",
      field: "body",
      details: [{ line: 3, field: "vin", message: "is not a VIN" }],
    });
  });

  it("names the status when a refusal is not in the API's shape", async () => {
    const { client } = clientAnswering(() => new Response("Bad gateway", { status: 502 }));
    const refusal = await refusalOf(unwrap(client.GET("/api/v1/me")));
    expect(refusal).toMatchObject({ status: 502, code: "HTTP", details: [] });
    expect(refusal.message).toBe("the server answered 502");
  });

  it("throws an ApiError with status 0 when the server cannot be reached", async () => {
    const { client } = clientAnswering(() => Promise.reject(new TypeError("fetch failed")));
    const refusal = await refusalOf(unwrap(client.GET("/api/v1/me")));
    expect(refusal).toMatchObject({ status: 0, code: "NETWORK" });
  });

  it("tells the app the session is gone on a 401, but not when a sign-in is refused", async () => {
    const { client } = clientAnswering(() =>
      json(401, { error: { code: "UNAUTHENTICATED", message: "sign in first" } }),
    );
    let told = 0;
    const stop = onUnauthenticated(() => told++);
    try {
      await refusalOf(
        unwrap(client.POST("/api/v1/auth/login", { body: { email: "a@b.c", password: "x" } })),
      );
      expect(told).toBe(0);
      await refusalOf(unwrap(client.GET("/api/v1/me")));
      expect(told).toBe(1);
    } finally {
      stop();
    }
  });

  it("sends an inspection with the Idempotency-Key chosen when it was signed", async () => {
    const { client, sent } = clientAnswering(() => json(201, {}));
    const body = {
      vehicleId: VEHICLE,
      templateId: VEHICLE,
      results: [{ itemKey: "brakes", outcome: "pass" as const }],
      signature: { name: "Ivan Petrov", confirmed: true as const },
    };
    await unwrap(
      client.POST("/api/v1/inspections", {
        params: { header: { "idempotency-key": "check-2024-0001" } },
        body,
      }),
    );
    const [request] = sent;
    expect(request?.headers.get("idempotency-key")).toBe("check-2024-0001");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(await request?.json()).toEqual(body);
  });

  it("uploads a photo as multipart form data under the file's own name", async () => {
    const { client, sent } = clientAnswering(() => json(201, { id: VEHICLE }));
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], "photo.jpeg", {
      type: "image/jpeg",
    });
    const { id } = await unwrap(
      client.POST("/api/v1/photos", {
        params: { query: { organisationId: VEHICLE } },
        body: { photo },
        bodySerializer: multipart,
      }),
    );
    expect(id).toBe(VEHICLE);
    const [request] = sent;
    expect(request?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const part = (await request?.formData())?.get("photo");
    expect(part).toBeInstanceOf(File);
    expect((part as File).name).toBe("photo.jpeg");
    expect((part as File).size).toBe(3);
  });

  it("sends a CSV import as text/csv, as it is", async () => {
    const { client, sent } = clientAnswering(() => json(200, { imported: 1 }));
    const csv = "fleet_number,vin\n12,\n";
    const { imported } = await unwrap(
      client.POST("/api/v1/vehicles/import", {
        params: { query: { organisationId: VEHICLE } },
        body: csv,
        bodySerializer: (text) => text,
        headers: { "content-type": "text/csv" },
      }),
    );
    expect(imported).toBe(1);
    const [request] = sent;
    expect(request?.headers.get("content-type")).toBe("text/csv");
    expect(await request?.text()).toBe(csv);
  });

  it("builds download and photo links from the same paths", () => {
    expect(
      apiHref("/api/v1/reports/mkbf.csv", { query: { from: "2024-01-01", to: "2024-12-31" } }),
    ).toBe("/api/v1/reports/mkbf.csv?from=2024-01-01&to=2024-12-31");
    expect(apiHref("/api/v1/photos/{id}", { path: { id: VEHICLE } })).toBe(
      `/api/v1/photos/${VEHICLE}`,
    );
  });

  it("puts the page's language on a download link, which the browser opens without headers", () => {
    expect(
      downloadHref("ru", "/api/v1/reports/mkbf.csv", {
        query: { from: "2024-01-01", to: "2024-12-31", format: "xlsx" },
      }),
    ).toBe("/api/v1/reports/mkbf.csv?from=2024-01-01&to=2024-12-31&format=xlsx&locale=ru");
    expect(downloadHref("en", "/api/v1/vehicles/export.csv")).toBe(
      "/api/v1/vehicles/export.csv?locale=en",
    );
    expect(downloadHref("ru", "/api/v1/planner/runs/{id}/report", { path: { id: VEHICLE } })).toBe(
      `/api/v1/planner/runs/${VEHICLE}/report?locale=ru`,
    );
  });
});
