/**
 * Fuzzed input never makes a 5xx and a refusal never changes anything stored, on every
 * write route of the OpenAPI document (see test/helpers/write-route-fuzz.ts for what is
 * sent). CI runs a subset from a fixed seed, sized to about a minute on PGlite:
 * FLEETHUB_FUZZ_REQUESTS overrides the count. The full run of 20,000 requests is
 * bench/security/fuzz.ts.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { fuzzWriteRoutes } from "../helpers/write-route-fuzz.js";

const REQUESTS = Number(process.env.FLEETHUB_FUZZ_REQUESTS ?? 400);
const SEED = 1313;

let t: TestApp;
beforeAll(async () => {
  // No sign-in back-off: the fuzzer's wrong passwords would otherwise wait seconds each.
  t = await createTestApp({
    FLEETHUB_LOGIN_BACKOFF_BASE_MS: "0",
    FLEETHUB_LOGIN_BACKOFF_MAX_MS: "0",
  });
});
afterAll(() => t.close());

it(`answers ${REQUESTS} fuzzed writes without a 5xx and changes nothing on a refusal`, async () => {
  const report = await fuzzWriteRoutes(t, { requests: REQUESTS, seed: SEED });
  expect(report.routes).toBeGreaterThan(50);
  expect(report.requests).toBe(REQUESTS);
  expect(report.serverErrors).toEqual([]);
  expect(report.changesOnRefusal).toEqual([]);
  // The fuzz is not only refused: some plausible requests get through and change data.
  expect(report.byStatus["2xx"] ?? 0).toBeGreaterThan(0);
}, 300_000);
