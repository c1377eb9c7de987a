/**
 * Vehicles to and from CSV (out also as an Excel workbook, `format=xlsx`). An import is all-or-nothing: every bad row is reported with
 * its line number, and nothing is stored unless every row is good.
 */
import { parse } from "csv-parse/sync";
import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { startsLikeFormula, type CsvRow } from "../../core/csv.js";
import { renderMessage, type LocalText } from "../../core/server-text.js";
import {
  columnOfHeader,
  enumValueOfWord,
  isoDayOfLocalDay,
  type ExportColumn,
} from "../../core/export-labels.js";
import { VEHICLE_STATUSES, type VehicleStatus } from "../../core/fleet.js";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { AppError, invalid, localized, type ErrorDetail } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import {
  csvAudience,
  ExportFormat,
  LocaleQuery,
  sendExport,
  type CsvAudience,
} from "../../server/export-format.js";
import { ExportResponse, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import {
  assertWritableOrganisation,
  uniqueVehicleConflict,
  checkedVehicleValues,
  vehiclePages,
  type VehicleRow,
  type VehicleValues,
} from "./vehicles.js";

export const CSV_COLUMNS = [
  "fleet_number",
  "vin",
  "serial_number",
  "registration_plate",
  "maker",
  "model",
  "powertrain",
  "depot",
  "in_service_date",
  "status",
] as const;
/** The export's columns: the import's, and for a person the organisation's name first. */
const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: "organisation", personOnly: true },
  { key: "fleet_number" },
  { key: "vin" },
  { key: "serial_number" },
  { key: "registration_plate" },
  { key: "maker" },
  { key: "model" },
  { key: "powertrain", kind: { enum: "powertrain" } },
  { key: "depot" },
  { key: "in_service_date", kind: "date" },
  { key: "status", kind: { enum: "vehicleStatus" } },
];
const REQUIRED_COLUMNS = ["fleet_number", "maker", "model", "powertrain"] as const;
const MAX_ROWS = 20_000;

function vehicleCsvRow(v: VehicleRow, organisation: string): CsvRow {
  return [
    organisation,
    v.fleet_number,
    v.vin,
    v.serial_number,
    v.registration_plate,
    v.maker,
    v.model,
    v.powertrain,
    v.depot_name,
    v.in_service_date,
    v.status,
  ];
}

/**
 * Every vehicle the actor may see (of one organisation when given) as export rows: all
 * rows, read a page at a time, never cut short. The first page is read before the rows
 * are returned, so a refusal is still an ordinary error answer.
 */
export async function vehicleExportRows(
  db: Database,
  actor: Actor,
  organisationId?: string,
  audience: CsvAudience = { machine: true },
): Promise<AsyncIterable<CsvRow>> {
  const pages = vehiclePages(db, actor, organisationId ? { organisationId } : {});
  const first = await pages.next();
  // The organisations' names, read once per organisation met (its vehicles are in scope).
  const names = new Map<string, string>();
  async function pageRows(page: VehicleRow[]): Promise<CsvRow[]> {
    const missing = [...new Set(page.map((v) => v.organisation_id))].filter((id) => !names.has(id));
    if (!audience.machine && missing.length) {
      const found = await db
        .selectFrom("organisations")
        .select(["id", "name"])
        .where("id", "in", missing)
        .execute();
      for (const organisation of found) names.set(organisation.id, organisation.name);
    }
    return page.map((v) => vehicleCsvRow(v, names.get(v.organisation_id) ?? ""));
  }
  async function* rows(): AsyncGenerator<CsvRow> {
    if (first.done) return;
    yield* await pageRows(first.value);
    for await (const page of pages) yield* await pageRows(page);
  }
  return rows();
}

/** A bad header or row: its detail (in English, as clients read it) and its Russian words. */
interface FileProblem {
  detail: ErrorDetail;
  ru: string;
}

/** A problem named by a text key: "field: problem" in the detail, as before. */
function problemOf(text: LocalText, field: string, line?: number): FileProblem {
  return {
    detail: {
      ...(line ? { line } : {}),
      field,
      message: renderMessage(text, "en", field),
      text,
    },
    ru: renderMessage(text, "ru", field),
  };
}

function fail(problems: FileProblem[]): never {
  const first = problems[0];
  const at = (word: string) => (first?.detail.line ? `${word} ${first.detail.line}: ` : "");
  throw localized(
    "VALIDATION_FAILED",
    {
      key: problems.length === 1 ? "csv.oneProblem" : "csv.problems",
      params: {
        count: problems.length,
        first: {
          en: `${at("line")}${first?.detail.message ?? ""}`,
          ru: `${at("строка")}${first?.ru ?? ""}`,
        },
      },
      fieldless: true,
    },
    "file",
    problems.map((problem) => problem.detail),
  );
}

export async function importVehiclesCsv(
  db: Database,
  actor: Actor,
  organisationId: string,
  text: string,
) {
  requirePermission(actor, "fleet.write");
  await assertWritableOrganisation(db, await actor.scope(), organisationId);
  let records: Record<string, string>[];
  // A person's export (docs/exports.md) imports too, as Excel saves it: semicolons in
  // Russian, headers and statuses in words, days as dd.mm.yyyy. Its organisation column is
  // left out (the organisation is the query's).
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.split(";").length > firstLine.split(",").length ? ";" : ",";
  let personFile = false;
  try {
    records = parse(text, {
      delimiter,
      columns: (header: string[]) =>
        header.map((h) => {
          const machine = h.trim().toLowerCase();
          if ((CSV_COLUMNS as readonly string[]).includes(machine)) return machine;
          const key = columnOfHeader(h, [...CSV_COLUMNS, "organisation"]);
          if (!key) return machine;
          personFile = true;
          return key === "organisation" ? false : key;
        }),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    fail([
      problemOf({ key: "csv.invalid", params: { reason: (error as Error).message } }, "file", line),
    ]);
  }
  if (personFile)
    records = records.map((record) => ({
      ...record,
      ...(record.powertrain
        ? { powertrain: enumValueOfWord("powertrain", record.powertrain) }
        : {}),
      ...(record.status ? { status: enumValueOfWord("vehicleStatus", record.status) } : {}),
      ...(record.in_service_date
        ? { in_service_date: isoDayOfLocalDay(record.in_service_date) }
        : {}),
    }));
  if (!records.length) fail([problemOf({ key: "csv.noRows" }, "file")]);
  if (records.length > MAX_ROWS)
    fail([problemOf({ key: "csv.tooManyRows", params: { max: MAX_ROWS } }, "file")]);
  const header = Object.keys(records[0] ?? {});
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    fail([
      problemOf(
        {
          key: missing.length > 1 ? "csv.missingColumns" : "csv.missingColumn",
          params: { columns: missing.join(", ") },
          fieldless: true,
        },
        missing[0] ?? "",
        1,
      ),
    ]);
  const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length)
    fail([
      problemOf(
        {
          key: unknown.length > 1 ? "csv.unknownColumns" : "csv.unknownColumn",
          params: { columns: unknown.join(", "), known: CSV_COLUMNS.join(", ") },
          fieldless: true,
        },
        unknown[0] ?? "",
        1,
      ),
    ]);

  const models = await db
    .selectFrom("vehicle_models")
    .select(["id", "maker", "model", "powertrain", "vehicle_type"])
    .execute();
  const depots = await db
    .selectFrom("depots")
    .select(["id", "name"])
    .where("organisation_id", "=", organisationId)
    .execute();
  const today = todayIso();
  const details: FileProblem[] = [];
  const values: VehicleValues[] = [];
  const seen = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    const line = index + 2; // the header is line 1
    const problem = (field: string, text: LocalText) => details.push(problemOf(text, field, line));
    const formulaColumn = (["fleet_number", "registration_plate", "serial_number"] as const).find(
      (column) => startsLikeFormula(record[column] ?? ""),
    );
    if (formulaColumn) {
      problem(formulaColumn, { key: "common.formulaStart" });
      continue;
    }
    const model = models.find(
      (m) =>
        m.maker.toLowerCase() === record.maker?.toLowerCase() &&
        m.model.toLowerCase() === record.model?.toLowerCase() &&
        m.powertrain === record.powertrain,
    );
    if (!model) {
      problem("model", {
        key: "csv.noModel",
        params: {
          maker: record.maker ?? "",
          model: record.model ?? "",
          powertrain: record.powertrain ?? "",
        },
      });
      continue;
    }
    const depot = record.depot
      ? depots.find((d) => d.name.toLowerCase() === record.depot?.toLowerCase())
      : undefined;
    if (record.depot && !depot) {
      problem("depot", { key: "csv.noDepot", params: { name: record.depot } });
      continue;
    }
    const status = record.status || "active";
    if (!(VEHICLE_STATUSES as readonly string[]).includes(status)) {
      problem("status", {
        key: "csv.status",
        params: { status, values: VEHICLE_STATUSES.join(", ") },
      });
      continue;
    }
    if (record.in_service_date && !/^\d{4}-\d{2}-\d{2}$/.test(record.in_service_date)) {
      problem("in_service_date", { key: "validation.format.date" });
      continue;
    }
    try {
      const row = checkedVehicleValues(
        {
          modelId: model.id,
          depotId: depot?.id ?? null,
          vin: record.vin || null,
          serialNumber: record.serial_number || null,
          registrationPlate: record.registration_plate || null,
          fleetNumber: record.fleet_number ?? "",
          inServiceDate: record.in_service_date || null,
          status: status as VehicleStatus,
        },
        model.vehicle_type,
        today,
      );
      if (!row.fleet_number) throw invalid("fleet_number", { key: "validation.required" });
      for (const [key, value] of [
        ["fleet_number", row.fleet_number],
        ["vin", row.vin],
      ] as const) {
        if (!value) continue;
        const earlier = seen.get(`${key}:${value}`);
        if (earlier)
          throw invalid(key, {
            key: "csv.duplicate",
            params: { value, line: String(earlier) },
          });
        seen.set(`${key}:${value}`, line);
      }
      values.push(row);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      details.push({
        detail: {
          line,
          ...(error.field ? { field: error.field } : {}),
          message: error.message,
          ...(error.text ? { text: error.text } : {}),
        },
        ru: error.text ? renderMessage(error.text, "ru", error.field) : error.message,
      });
    }
  }
  if (details.length) fail(details);
  try {
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < values.length; i += 500) {
        await trx
          .insertInto("vehicles")
          .values(values.slice(i, i + 500).map((v) => ({ ...v, organisation_id: organisationId })))
          .execute();
      }
      await recordAudit(trx, actor, {
        action: "import",
        entity: "vehicle",
        entityId: null,
        organisationId,
        details: { rows: values.length },
      });
    });
  } catch (error) {
    const conflictError = uniqueVehicleConflict(error);
    if (conflictError)
      fail([
        problemOf(
          {
            key: "csv.registeredMeanwhile",
            params: {
              problem: {
                en: conflictError.message,
                ru: conflictError.text
                  ? renderMessage(conflictError.text, "ru", conflictError.field)
                  : conflictError.message,
              },
            },
            fieldless: true,
          },
          conflictError.field ?? "file",
        ),
      ]);
    throw error;
  }
  return { imported: values.length };
}

const CsvQuery = Type.Object({ organisationId: Uuid }, { additionalProperties: false });

export const vehicleCsvRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "string", bodyLimit: 10 * 1024 * 1024 },
    // A leading byte-order mark is how Excel marks a "CSV UTF-8" file (and how a person's
    // export starts): it is the file's encoding, not text, so it never reaches the text
    // check that refuses invisible characters.
    (_request, body, done) =>
      done(null, typeof body === "string" ? body.replace(/^\uFEFF/, "") : body),
  );
  app.get(
    "/vehicles/export.csv",
    {
      schema: {
        operationId: "exportVehiclesCsv",
        tags: ["fleet"],
        summary: "Vehicles as CSV, or an Excel workbook with format=xlsx",
        querystring: Type.Object(
          { organisationId: Type.Optional(Uuid), format: ExportFormat, locale: LocaleQuery },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: ExportResponse }),
      },
    },
    async (request, reply) =>
      // A CSV is streamed as it is read: the whole fleet, however large, without holding it
      // in memory. A workbook is written whole (an XLSX is a zip of the finished sheet).
      sendExport(request, reply, {
        fileName: "vehicles",
        sheet: "vehicles",
        columns: EXPORT_COLUMNS,
        rows: await vehicleExportRows(
          db,
          actorOf(request),
          request.query.organisationId,
          csvAudience(request),
        ),
      }),
  );
  app.post(
    "/vehicles/import",
    {
      schema: {
        operationId: "importVehiclesCsv",
        tags: ["fleet"],
        summary: `Import vehicles from CSV (columns: ${CSV_COLUMNS.join(", ")}); all rows or none`,
        querystring: CsvQuery,
        consumes: ["text/csv"],
        body: Type.String({ description: "CSV text" }),
        response: withErrors({ 200: Type.Object({ imported: Type.Integer() }) }),
      },
    },
    (request) =>
      importVehiclesCsv(db, actorOf(request), request.query.organisationId, request.body),
  );
};
