/**
 * A planner's bad input in the person's language (issue #14 item 1): a Russian account reads
 * a bad GTFS feed, a bad scenario and a failed run in Russian, the lead-in and each detail;
 * an English account reads exactly the English the API has always sent. The expected texts
 * are written out here: the problem as the planner words it (validate.ts, feed-summary.ts,
 * read-gtfs.ts), the lead-in of `planner.inputProblem`, each Russian detail as
 * `planner.inputProblemDetail` words it («Ошибка: …»).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import {
  TEST_PASSWORD,
  makeNetwork,
  makeUser,
  multipart,
} from "../../../test/helpers/factories.js";
import { buildZip, tinyFeed } from "../../../test/helpers/zip.js";

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fh-planner-language-"));
  t = await createTestApp({ FLEETHUB_DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface ErrorJson {
  error: {
    code: string;
    message: string;
    field?: string;
    details?: { line?: number; field?: string; message: string }[];
  };
}
interface Run {
  id: string;
  status: string;
  error: { file: string | null; line: number | null; field: string | null; message: string } | null;
}

/** An English and a Russian planner of the same operator. */
async function planners(): Promise<{ english: Client; russian: Client }> {
  const n = await makeNetwork(t.db);
  const ru = await makeUser(t.db, [[n.operatorA.id, "operator_manager"]]);
  await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", ru.id).execute();
  const english = new Client(t.app);
  await english.login(n.managerA.email, TEST_PASSWORD);
  const russian = new Client(t.app);
  await russian.login(ru.email, TEST_PASSWORD);
  return { english, russian };
}

function upload(client: Client, data: Buffer, fileName: string) {
  const body = multipart("feed", fileName, "application/zip", data);
  return client.request({
    method: "POST",
    url: "/api/v1/planner/timetables",
    payload: body.body,
    headers: { "content-type": body.contentType },
  });
}

async function finished(client: Client, runId: string): Promise<Run> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = (await client.get(`/api/v1/planner/runs/${runId}`)).json<Run>();
    if (run.status === "succeeded" || run.status === "failed") return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a planner's input problems in the caller's language", () => {
  it("words a GTFS feed with a bad calendar date in Russian for a Russian account, in today's English for an English one", async () => {
    const { english, russian } = await planners();
    // calendar.txt line 2 (line 1 is the header): start_date written as ISO, not YYYYMMDD.
    const feed = buildZip(tinyFeed("S,1,1,1,1,1,0,0,2026-01-01,20261231"));

    const en = await upload(english, feed, "city.zip");
    expect(en.statusCode).toBe(400);
    expect(en.json<ErrorJson>().error).toEqual({
      code: "VALIDATION_FAILED",
      field: "feed",
      key: "planner.inputProblem",
      params: expect.any(Object) as object,
      message: 'feed: city.zip/calendar.txt:2: start_date: not a YYYYMMDD date: "2026-01-01"',
      details: [
        {
          line: 2,
          field: "start_date",
          message: 'city.zip/calendar.txt: not a YYYYMMDD date: "2026-01-01"',
        },
      ],
    });

    const ru = await upload(russian, feed, "city.zip");
    expect(ru.statusCode).toBe(400);
    const error = ru.json<ErrorJson>().error;
    expect(error.message).toBe(
      'Ошибка во входных данных планировщика: feed: city.zip/calendar.txt:2: start_date: не дата в виде ГГГГММДД: "2026-01-01"',
    );
    expect(error.details).toEqual([
      {
        line: 2,
        field: "start_date",
        message: 'Ошибка: не дата в виде ГГГГММДД: "2026-01-01" (файл city.zip/calendar.txt)',
      },
    ]);
    // Nothing of either upload was kept.
    expect((await russian.get("/api/v1/planner/timetables")).json<unknown[]>()).toEqual([]);
  });

  it("words a bad scenario in Russian for a Russian account, in today's English for an English one", async () => {
    const { english, russian } = await planners();
    // Line 3 holds a negative diesel price; prices must be at least 0.
    const text = '{\n  "prices": {\n    "dieselPerLitre": -1\n  }\n}\n';

    const en = await english.post("/api/v1/planner/scenarios", { name: "Broken", text });
    expect(en.statusCode).toBe(400);
    expect(en.json<ErrorJson>().error).toMatchObject({
      field: "prices.dieselPerLitre",
      message: "Broken.json:3: prices.dieselPerLitre: must be at least 0 (got -1)",
      details: [
        { line: 3, field: "prices.dieselPerLitre", message: "must be at least 0 (got -1)" },
      ],
    });

    const ru = await russian.post("/api/v1/planner/scenarios", { name: "Broken", text });
    expect(ru.statusCode).toBe(400);
    expect(ru.json<ErrorJson>().error).toMatchObject({
      field: "prices.dieselPerLitre",
      message:
        "Ошибка во входных данных планировщика: Broken.json:3: prices.dieselPerLitre: должно быть не меньше 0 (указано -1)",
      details: [
        {
          line: 3,
          field: "prices.dieselPerLitre",
          message: "Ошибка: должно быть не меньше 0 (указано -1)",
        },
      ],
    });

    // A value of the wrong kind, given as an object: a number is wanted.
    const notNumber = await russian.post("/api/v1/planner/scenarios", {
      name: "Object",
      scenario: { vehicleTypes: { "beb-12m": { batteryKwh: "big" } } },
    });
    expect(notNumber.statusCode).toBe(400);
    expect(notNumber.json<ErrorJson>().error.details?.[0]?.message).toBe(
      "Ошибка: должно быть числом",
    );

    // The check without saving answers in the caller's language too.
    const check = await russian.post("/api/v1/planner/scenarios/validate", { text });
    expect(check.json<{ problem: { message: string } }>().problem.message).toBe(
      "должно быть не меньше 0 (указано -1)",
    );
    const checkEn = await english.post("/api/v1/planner/scenarios/validate", { text });
    expect(checkEn.json<{ problem: { message: string } }>().problem.message).toBe(
      "must be at least 0 (got -1)",
    );
  });

  it("shows a run that failed reading the feed in the reader's language", async () => {
    const { english, russian } = await planners();
    const uploaded = await upload(
      english,
      buildZip([
        ...tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231"),
        // The plan reads agency.txt too (the upload's summary does not).
        { name: "agency.txt", data: Buffer.from("agency_id,agency_name\nA,Agency\n") },
      ]),
      "city.zip",
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    // 2027-01-04 is after the calendar's last day, 2026-12-31.
    const started = await english.post("/api/v1/planner/runs", {
      timetableId: uploaded.json<{ id: string }>().id,
      date: "2027-01-04",
    });
    const runId = started.json<Run>().id;
    const en = await finished(english, runId);
    expect(en.status).toBe("failed");
    expect(en.error).toMatchObject({
      field: "date",
      message:
        "no service runs on 2027-01-04: the date is outside the feed's calendar (2026-01-01 – 2026-12-31)",
    });
    const ru = await finished(russian, runId);
    expect(ru.error).toEqual({
      ...en.error,
      message:
        "на 2027-01-04 нет ни одного рейса: дата вне календаря фида (2026-01-01 – 2026-12-31)",
    });
    const listed = (await russian.get("/api/v1/planner/runs")).json<Run[]>();
    expect(listed.find((run) => run.id === runId)?.error?.message).toBe(ru.error?.message);
  });
});
