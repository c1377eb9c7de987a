/**
 * Whether sign-in timing tells which emails have accounts: wrong passwords for an existing
 * account and for an unknown email, alternating, through the real app in one process
 * (embedded PGlite, warm: 5 of each first). Goal: the two medians the same within noise.
 * Run: npx tsx bench/server/sign-in-timing.ts
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
