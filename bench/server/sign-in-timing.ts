/**
 * Whether sign-in timing tells which emails have accounts: wrong passwords for an unknown
 * email, timed against the baseline of wrong passwords for an existing account in the
 * same run, alternating, 40 of each, through the real app in this process (Fastify's
 * inject, no socket). Goal: the ratio of the two medians 1 within noise.
 * Warm and cached: 5 of each are sent first and not timed. Every attempt looks the email
 * up and verifies a password hash: the account's, or for an unknown email a stand-in hash
 * that is made once per process (during the warm-up) and kept, as in production. The
 * sign-in back-off is off so that it does not add its waits.
 * Engine: the test helpers' fresh database, in-memory PGlite by default or a fresh
 * database on the PostgreSQL server TEST_DATABASE_URL names.
 * Run: npx tsx bench/server/sign-in-timing.ts
 *      TEST_DATABASE_URL=postgres://… npx tsx bench/server/sign-in-timing.ts
 */
import { makeNetwork } from "../../test/helpers/factories.js";
import { createTestApp } from "../../test/helpers/app.js";
import { median } from "./process.js";

const ROUNDS = 40;
// No back-off: every attempt here is a failure, and the bench times the password check alone.
const t = await createTestApp({
  FLEETHUB_LOGIN_BACKOFF_BASE_MS: "0",
  FLEETHUB_LOGIN_BACKOFF_MAX_MS: "0",
});
try {
  const n = await makeNetwork(t.db);
  const attempt = async (email: string) => {
    const started = performance.now();
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: "not the password at all" },
    });
    if (response.statusCode !== 401) throw new Error(`${email}: ${response.statusCode}`);
    return performance.now() - started;
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < ROUNDS + 5; i++) {
    const k = await attempt(n.managerA.email);
    const u = await attempt(`nobody-${i}@example.org`);
    if (i >= 5) {
      known.push(k);
      unknown.push(u);
    }
  }
  const [mk, mu] = [median(known), median(unknown)];
  console.log(
    `wrong password, existing account: median ${mk.toFixed(1)} ms; unknown email: median ${mu.toFixed(1)} ms; ratio ${(mu / mk).toFixed(2)} (${ROUNDS} each, alternating)`,
  );
} finally {
  await t.close();
}
