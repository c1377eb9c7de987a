/**
 * The full fuzz of every write route (issue #13): 20,000 requests from a fixed seed
 * through the real app in this process (Fastify's inject), with the md5 of every table
 * compared before and after each request. Reports requests, 5xx count, stored changes on
 * refusals and the duration, and lists every finding. Exits 1 on any finding.
 * Not a speed benchmark: its result is the findings (expected: none), compared against
 * nothing; the duration and ms per request are printed only to plan runs, with no
 * baseline. Nothing is cached or warmed up; the sign-in back-off is off.
 * Engine: the test helpers' fresh database, in-memory PGlite by default or a fresh
 * database on the PostgreSQL server TEST_DATABASE_URL names.
 * Run: npx tsx bench/security/fuzz.ts [requests] [seed]
 *      TEST_DATABASE_URL=postgres://… npx tsx bench/security/fuzz.ts [requests] [seed]
 */
import { createTestApp } from "../../test/helpers/app.js";
import { fuzzWriteRoutes } from "../../test/helpers/write-route-fuzz.js";

const requests = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? 1313);
// No sign-in back-off: the fuzzer's wrong passwords would otherwise wait seconds each.
const t = await createTestApp({
  FLEETHUB_LOGIN_BACKOFF_BASE_MS: "0",
  FLEETHUB_LOGIN_BACKOFF_MAX_MS: "0",
});
try {
  const started = performance.now();
  const report = await fuzzWriteRoutes(t, {
    requests,
    seed,
    onProgress: (done, sofar) => {
      if (done % 250 === 0)
        console.error(
          `${done} requests, ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
            `5xx ${sofar.serverErrors.length}, changes on refusal ${sofar.changesOnRefusal.length}`,
        );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  for (const finding of [...report.serverErrors, ...report.changesOnRefusal])
    console.log(JSON.stringify(finding));
  console.log(
    JSON.stringify({
      seed,
      routes: report.routes,
      requests: report.requests,
      byStatus: report.byStatus,
      serverErrors: report.serverErrors.length,
      changesOnRefusal: report.changesOnRefusal.length,
      durationS: Number(seconds.toFixed(1)),
      msPerRequest: Number(((seconds * 1000) / report.requests).toFixed(2)),
    }),
  );
  process.exitCode = report.serverErrors.length + report.changesOnRefusal.length > 0 ? 1 : 0;
} finally {
  await t.close();
}
