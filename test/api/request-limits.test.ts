/**
 * Denial of service by slow or oversized requests (issue #13, items 6 and 7), against the
 * real server on a socket: bodies trickled a byte at a time are shed after the configured
 * timeout while /health keeps answering, and an oversized photo is refused by its
 * Content-Length before its body is read.
 */
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { TEST_PASSWORD, makeNetwork } from "../helpers/factories.js";

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp({
    FLEETHUB_HEADERS_TIMEOUT_S: "1",
    FLEETHUB_REQUEST_TIMEOUT_S: "2",
    FLEETHUB_IDLE_TIMEOUT_S: "60",
    FLEETHUB_PHOTO_MAX_MB: "1",
  });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

function get(pathName: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathName, agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on("error", reject);
  });
}

describe("slow requests", () => {
  it("drops sockets trickling a sign-in body after the timeout while /health answers", async () => {
    const sockets = 20;
    const closed: Promise<void>[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < sockets; i++) {
      const socket = net.connect(port, "127.0.0.1");
      socket.on("error", () => undefined);
      closed.push(new Promise((resolve) => socket.on("close", () => resolve())));
      socket.write(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n" +
          "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
      );
      // One byte every 200 ms: never idle, never finished.
      timers.push(setInterval(() => socket.write(" "), 200));
    }
    try {
      expect(await get("/health")).toBe(200);
      // Every socket is closed by the server (the test's own timeout would fail otherwise).
      await Promise.all(closed);
      expect(await get("/health")).toBe(200);
    } finally {
      for (const timer of timers) clearInterval(timer);
    }
  });
});

describe("oversized uploads", () => {
  it("refuses a photo over the limit with 413 while the client is still sending", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.driverA.email, TEST_PASSWORD);
    const declared = 100 * 1024 * 1024;
    const result = await new Promise<{ status: number; body: string; sent: number }>(
      (resolve, reject) => {
        const request = http.request({
          host: "127.0.0.1",
          port,
          method: "POST",
          path: `/api/v1/photos?organisationId=${n.operatorA.id}`,
          agent: false,
          headers: {
            cookie: client.sessionCookie ?? "",
            origin: `http://127.0.0.1:${port}`,
            "content-type": "multipart/form-data; boundary=x",
            "content-length": String(declared),
          },
        });
        let sent = 0;
        request.on("response", (response) => {
          let body = "";
          response.on("data", (part: Buffer) => (body += part.toString()));
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, body, sent });
            request.destroy();
          });
        });
        request.on("error", (error) => {
          if (sent === 0) reject(error);
        });
        const chunk = Buffer.alloc(16 * 1024, "x");
        request.write(chunk, () => (sent += chunk.length));
      },
    );
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({
      error: { code: "PAYLOAD_TOO_LARGE", field: "body" },
    });
    // The answer came with at most the first chunk sent of 100 MB.
    expect(result.sent).toBeLessThan(declared);
    const stored = await t.db
      .selectFrom("photos")
      .select("id")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it("says so in Russian to a browser that asks for Russian, before the body is read", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.driverA.email, TEST_PASSWORD);
    const result = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/api/v1/photos?organisationId=${n.operatorA.id}`,
        agent: false,
        headers: {
          cookie: client.sessionCookie ?? "",
          origin: `http://127.0.0.1:${port}`,
          "accept-language": "ru-RU,ru;q=0.9,en;q=0.5",
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(100 * 1024 * 1024),
        },
      });
      request.on("response", (response) => {
        let body = "";
        response.on("data", (part: Buffer) => (body += part.toString()));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
          request.destroy();
        });
      });
      request.on("error", reject);
      request.write(Buffer.alloc(1024, "x"));
    });
    expect(result.status).toBe(413);
    // FLEETHUB_PHOTO_MAX_MB is 1 above: the limit is named in whole megabytes.
    expect(JSON.parse(result.body)).toMatchObject({
      error: {
        code: "PAYLOAD_TOO_LARGE",
        field: "body",
        message: "Запрос больше, чем принимает этот адрес (1 МБ) (поле body)",
      },
    });
    const stored = await t.db
      .selectFrom("photos")
      .select("id")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(stored).toEqual([]);
  });
});
