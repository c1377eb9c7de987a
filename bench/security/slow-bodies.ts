/**
 * Slow-body denial of service, against the real server on a socket (in this process,
 * default limits except a 10 s request timeout so the run is short): 1,000 sockets from
 * 127.0.0.1 send a sign-in's headers and then trickle its body a byte every 2 s.
 * Measured: how many sockets the server holds (the rest are refused at once by the
 * per-address connection limit), how long until it has shed them all, and `/health`
 * answer times from another address (127.0.0.2) during the attack, against the baseline
 * of the same `/health` requests before it in the same run (median of 50).
 * Warm and cached: 10 health checks are sent first and not timed; /health touches no
 * database and nothing is cached.
 * Engine: the test helpers' fresh database, in-memory PGlite by default or a fresh
 * database on the PostgreSQL server TEST_DATABASE_URL names (no request here reaches it).
 * Run: npx tsx bench/security/slow-bodies.ts
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { createTestApp } from "../../test/helpers/app.js";
import { median } from "../server/process.js";

const SOCKETS = 1000;
const REQUEST_TIMEOUT_S = 10;
const t = await createTestApp({ FLEETHUB_REQUEST_TIMEOUT_S: String(REQUEST_TIMEOUT_S) });
await t.app.listen({ port: 0, host: "127.0.0.1" });
const port = (t.app.server.address() as AddressInfo).port;

function health(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: "127.0.0.1", port, path: "/health", agent: false, localAddress: "127.0.0.2" },
        (response) => {
          response.resume();
          response.on("end", () =>
            response.statusCode === 200
              ? resolve(performance.now() - started)
              : reject(new Error(`/health answered ${response.statusCode}`)),
          );
        },
      )
      .on("error", reject);
  });
}

try {
  for (let i = 0; i < 10; i++) await health();
  const baseline: number[] = [];
  for (let i = 0; i < 50; i++) baseline.push(await health());

  let open = 0;
  let refusedAtOnce = 0;
  let lastClosedAt = 0;
  const started = performance.now();
  const timers: NodeJS.Timeout[] = [];
  const closed: Promise<void>[] = [];
  for (let i = 0; i < SOCKETS; i++) {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.on("error", () => undefined);
    let openedAt = 0;
    socket.on("connect", () => {
      openedAt = performance.now();
      open += 1;
      socket.write(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n" +
          "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
      );
      timers.push(setInterval(() => socket.write(" "), 2000));
    });
    closed.push(
      new Promise((resolve) =>
        socket.on("close", () => {
          open -= 1;
          const now = performance.now();
          if (openedAt && now - openedAt < 1000) refusedAtOnce += 1;
          lastClosedAt = now;
          resolve();
        }),
      ),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const heldAfter2s = open;
  const during: number[] = [];
  while (open > 0 && performance.now() - started < (REQUEST_TIMEOUT_S + 30) * 1000) {
    during.push(await health());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await Promise.all(closed);
  for (const timer of timers) clearInterval(timer);
  console.log(
    `${SOCKETS} slow sockets from one address: ${refusedAtOnce} closed within 1 s of connecting, ` +
      `${heldAfter2s} held after 2 s, all shed ${((lastClosedAt - started) / 1000).toFixed(1)} s after the first ` +
      `(request timeout ${REQUEST_TIMEOUT_S} s)`,
  );
  console.log(
    `/health from another address: baseline median ${median(baseline).toFixed(2)} ms; during the attack ` +
      `median ${median(during).toFixed(2)} ms (${(median(during) / median(baseline)).toFixed(2)}x), ` +
      `max ${Math.max(...during).toFixed(1)} ms over ${during.length} checks, every one answered 200`,
  );
} finally {
  await t.close();
}
