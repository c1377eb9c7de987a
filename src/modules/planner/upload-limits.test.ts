/**
 * Hostile GTFS uploads (issue #13, items 5 and 7): a zip bomb, a zip whose directory lies
 * about sizes, an endless line, a body over the limit, and a body cut off inside the file
 * over a real connection. Each is refused naming the file, leaves no scratch file and
 * stores nothing.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { TEST_PASSWORD, makeNetwork, multipart } from "../../../test/helpers/factories.js";
import { buildZip, deflateRepeated, feedFiles, tinyFeed } from "../../../test/helpers/zip.js";

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fh-upload-limits-"));
  t = await createTestApp({ FLEETHUB_DATA_DIR: dataDir, FLEETHUB_GTFS_UPLOAD_MAX_MB: "2" });
});
afterAll(async () => {
  await t.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

async function setUp() {
  const n = await makeNetwork(t.db);
  const client = new Client(t.app);
  await client.login(n.managerA.email, TEST_PASSWORD);
  return { n, client };
}

function upload(client: Client, zip: Buffer) {
  const body = multipart("feed", "bomb.zip", "application/zip", zip);
  return client.request({
    method: "POST",
    url: "/api/v1/planner/timetables",
    payload: body.body,
    headers: { "content-type": body.contentType },
  });
}

/** Everything under the organisation's timetable folder (scratch files included). */
async function storedFiles(organisationId: string): Promise<string[]> {
  const dir = path.join(dataDir, "planner", organisationId, "timetables");
  return fs.readdir(dir).catch(() => []);
}

/** Scratch files of uploads under way (<dataDir>/planner/uploading, see timetables.ts). */
async function scratchFiles(): Promise<string[]> {
  return fs.readdir(path.join(dataDir, "planner", "uploading")).catch(() => []);
}

/** The app on a real port (listening once for the whole file). */
async function serverPort(): Promise<number> {
  if (!t.app.server.listening) await t.app.listen({ port: 0, host: "127.0.0.1" });
  return (t.app.server.address() as AddressInfo).port;
}

/**
 * Opens a raw connection and sends an upload's headers, declaring `contentLength`, and
 * the first `sentBytes` of its multipart body; returns the socket and everything the
 * server answers until it closes the connection.
 */
function rawUpload(
  port: number,
  cookie: string,
  form: { body: Buffer; contentType: string },
  sentBytes: number,
  contentLength: number,
) {
  const socket = net.connect(port, "127.0.0.1");
  const chunks: Buffer[] = [];
  const answer = new Promise<string>((resolve) => {
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => undefined); // a reset after the answer is fine
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
  const head = [
    "POST /api/v1/planner/timetables HTTP/1.1",
    `host: 127.0.0.1:${port}`,
    `origin: http://127.0.0.1:${port}`,
    `cookie: ${cookie}`,
    `content-type: ${form.contentType}`,
    `content-length: ${contentLength}`,
    "connection: close",
    "",
    "",
  ].join("\r\n");
  socket.write(Buffer.concat([Buffer.from(head), form.body.subarray(0, sentBytes)]));
  return { socket, answer };
}

async function storedRows(organisationId: string): Promise<number> {
  const rows = await t.db
    .selectFrom("planner_timetables")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .execute();
  return rows.length;
}

describe("GTFS upload limits", () => {
  it("refuses a zip bomb (1 GB of one line in a 1 MB zip) naming the file, keeping nothing", async () => {
    const { n, client } = await setUp();
    const bomb = await deflateRepeated(
      "trips.txt",
      Buffer.from("route_id,service_id,trip_id,"),
      Buffer.alloc(1024 * 1024, "a"),
      1024,
    );
    const zip = buildZip([...feedFiles(), bomb]);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    const response = await upload(client, zip);
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.field).toBe("feed");
    expect(body.error.message).toMatch(/bomb\.zip\/trips\.txt/);
    expect(body.error.message).toMatch(/zip bomb/);
    expect(await storedFiles(n.operatorA.id)).toEqual([]);
    expect(await storedRows(n.operatorA.id)).toBe(0);
  });

  it("stops inflating a file that expands past the size its zip declares", async () => {
    const { n, client } = await setUp();
    const rows = "T1,R1,WK\n".repeat(50_000);
    const lying = {
      name: "trips.txt",
      data: Buffer.from(`trip_id,route_id,service_id\n${rows}`),
      declaredSize: 1000,
    };
    const response = await upload(client, buildZip([...feedFiles(), lying]));
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.message).toMatch(
      // Ours, or yauzl's own size check, whichever reads first.
      /bomb\.zip\/trips\.txt.*(more than the 1000 bytes the zip declares|expected 1000\. got at least)/,
    );
    expect(await storedFiles(n.operatorA.id)).toEqual([]);
    expect(await storedRows(n.operatorA.id)).toBe(0);
  });

  it("refuses a line longer than 1 MB naming the file and line", async () => {
    const { n, client } = await setUp();
    // Random letters do not compress much, so the zip passes the expansion check.
    const letters = randomBytes(1_200_000).map((byte) => 97 + (byte % 26));
    const long = {
      name: "trips.txt",
      data: Buffer.concat([Buffer.from("trip_id,route_id,service_id\nT1,R1,"), letters]),
    };
    const response = await upload(client, buildZip([...feedFiles(), long]));
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.message).toMatch(
      /bomb\.zip\/trips\.txt:2: line is longer than 1 MB/,
    );
    expect(await storedFiles(n.operatorA.id)).toEqual([]);
  });

  it("answers 413 by Content-Length while the client is still sending a feed over the limit", async () => {
    const { n, client } = await setUp();
    const port = await serverPort();
    const declared = 50 * 1024 * 1024;
    const result = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      const request = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/planner/timetables",
        headers: {
          cookie: client.sessionCookie ?? "",
          origin: `http://127.0.0.1:${port}`,
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(declared),
        },
      });
      let sentBytes = 0;
      request.on("response", (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, sentBytes });
        request.destroy();
      });
      request.on("error", (error) => {
        if (sentBytes > 0) return;
        reject(error);
      });
      // Only the first 64 KB of the declared 50 MB is ever sent.
      const chunk = Buffer.alloc(64 * 1024, "x");
      request.write(chunk, () => {
        sentBytes += chunk.length;
      });
    });
    expect(result.status).toBe(413);
    expect(result.sentBytes).toBeLessThan(declared);
    expect(await storedFiles(n.operatorA.id)).toEqual([]);
  });
});

describe("a GTFS upload cut off inside the file, over a real connection", () => {
  const form = multipart("feed", "cut.zip", "application/zip", randomBytes(256 * 1024));
  const fileStart = form.body.indexOf("\r\n\r\n") + 4;

  /** After the cut: no scratch file, no row, and the server still answers and uploads. */
  async function expectCleanedUpAndServing(organisationId: string, cookie: string, port: number) {
    await expect.poll(scratchFiles, { timeout: 20_000 }).toEqual([]);
    expect(await storedRows(organisationId)).toBe(0);
    const origin = `http://127.0.0.1:${port}`;
    const listing = await fetch(`${origin}/api/v1/planner/timetables`, { headers: { cookie } });
    expect(listing.status).toBe(200);
    const whole = multipart(
      "feed",
      "whole.zip",
      "application/zip",
      buildZip(tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231")),
    );
    const upload = await fetch(`${origin}/api/v1/planner/timetables`, {
      method: "POST",
      headers: { cookie, origin, "content-type": whole.contentType },
      body: whole.body,
    });
    expect(upload.status, await upload.text()).toBe(201);
    expect(await scratchFiles()).toEqual([]);
  }

  it("answers 400 naming the feed when the body, as long as declared, ends inside the file", async () => {
    const { n, client } = await setUp();
    const port = await serverPort();
    const cookie = client.sessionCookie ?? "";
    // 40 bytes of file, in the same write as the headers: the whole body is parsed before
    // the route reads the file (the case that left the request unanswered).
    const { answer } = rawUpload(port, cookie, form, fileStart + 40, fileStart + 40);
    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toMatchObject({
      error: {
        field: "feed",
        message: expect.stringMatching(/upload ended before the file was complete/) as unknown,
      },
    });
    await expectCleanedUpAndServing(n.operatorA.id, cookie, port);
  });

  for (const [how, stop] of [
    ["half-closes", (socket: net.Socket) => socket.end()],
    ["drops", (socket: net.Socket) => socket.destroy()],
  ] as const) {
    it(`removes the scratch file when the client ${how} the connection before the declared length`, async () => {
      const { n, client } = await setUp();
      const port = await serverPort();
      const cookie = client.sessionCookie ?? "";
      // 64 KB of the 256 KB file arrive: the upload is being written to its scratch file
      // when the client stops.
      const sent = fileStart + 64 * 1024;
      const { socket, answer } = rawUpload(port, cookie, form, sent, form.body.length);
      await expect.poll(scratchFiles, { timeout: 20_000 }).toHaveLength(1);
      stop(socket);
      await answer; // the server closes its side too
      await expectCleanedUpAndServing(n.operatorA.id, cookie, port);
    });
  }
});
