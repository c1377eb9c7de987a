/** Pre-trip control's routes (issue #11). */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { ExportColumn } from "../../core/export-labels.js";
import { actorOf } from "../../server/context.js";
import type { CsvRow } from "../../core/csv.js";
import {
  csvAudience,
  ExportFormat,
  LocaleQuery,
  sendExport,
  wantsXlsx,
  type CsvAudience,
} from "../../server/export-format.js";
import { ExportResponse, IdParams, Uuid, withErrors } from "../../server/schemas.js";
import {
  admissionDetails,
  complianceCalendar,
  controlJournal,
  createDocument,
  createMedicalAdmission,
  createTechnicalControl,
  depotDrivers,
  getReleasePolicy,
  listAdmissions,
  putReleasePolicy,
  vehicleDocuments,
} from "./pretrip.js";
import {
  CalendarQuery,
  ComplianceCalendar,
  ComplianceDocument,
  CreateDocument,
  CreateMedicalAdmission,
  CreateTechnicalControl,
  DayQuery,
  MedicalAdmission,
  MedicalDetails,
  OrganisationQuery,
  PutReleasePolicy,
  ReleasePolicySchema,
  TechnicalControl,
} from "./schemas.js";
import {
  CloseWaybill,
  CreateWaybill,
  Waybill,
  closeWaybill,
  getWaybill,
  issueWaybill,
  listWaybills,
} from "./waybills.js";
import { waybillTitles } from "../../core/waybill-titles.js";

const TitleFields = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
);
const WaybillTitles = Type.Object(
  {
    format: Type.Literal("fleethub-waybill-titles"),
    version: Type.Literal(1),
    basis: Type.String(),
    waybillId: Uuid,
    number: Type.Integer(),
    titles: Type.Array(
      Type.Object({
        title: Type.Enum(["T1", "T2", "T3", "T4", "T5", "T6"]),
        name: Type.Object({ en: Type.String(), ru: Type.String() }),
        filledBy: Type.Enum(["technical_controller", "medical_worker"]),
        contentVerified: Type.Boolean({
          description:
            "Whether what the title holds was checked against a source on the FTS format",
        }),
        stage: Type.Enum(["before_trip", "after_trip"]),
        complete: Type.Boolean(),
        fields: TitleFields,
      }),
    ),
  },
  { $id: "WaybillTitles" },
);

const ControlJournal = Type.Object(
  {
    depotId: Uuid,
    depotName: Type.String(),
    organisationName: Type.String(),
    timeZone: Type.String(),
    date: Type.String({ format: "date" }),
    controls: Type.Array(TechnicalControl),
  },
  { $id: "ControlJournal" },
);
const Driver = Type.Object({ id: Uuid, name: Type.String() });

const JOURNAL_COLUMNS: readonly ExportColumn[] = [
  { key: "controlled_at_local" },
  { key: "controlled_at_utc", kind: "datetime" },
  { key: "shift_start_utc", kind: "datetime" },
  { key: "fleet_number" },
  { key: "registration_plate" },
  { key: "model" },
  { key: "odometer_km" },
  { key: "result", kind: { enum: "controlResult" } },
  { key: "driver" },
  { key: "controller" },
  { key: "signature" },
  { key: "notes" },
];

/**
 * The journal's export rows: one per control, times in the depot's zone and in UTC. The
 * local time is text in a CSV (ISO-like for integrations, the language's own way for a
 * person) and a date cell in a workbook: a Date whose UTC reading is the depot's clock.
 */
function journalRows(
  journal: {
    timeZone: string;
    controls: {
      controlledAt: string;
      fleetNumber: string;
      registrationPlate: string | null;
      model: string;
      odometerKm: number;
      passed: boolean;
      driverName: string | null;
      controllerName: string;
      signature: string;
      notes: string | null;
      shiftStart: string;
    }[];
  },
  audience: CsvAudience,
  workbook: boolean,
): CsvRow[] {
  const local = new Intl.DateTimeFormat(
    audience.machine || workbook ? "sv-SE" : audience.locale === "ru" ? "ru-RU" : "en-GB",
    { timeZone: journal.timeZone, dateStyle: "short", timeStyle: "short" },
  );
  const localTime = (instant: string): string | Date => {
    const text = local.format(new Date(instant)).replace(",", "");
    // sv-SE writes "2026-12-03 17:05": the wall clock, read as if it were UTC.
    return workbook ? new Date(`${text.replace(" ", "T")}:00Z`) : text;
  };
  return journal.controls.map((c) => [
    localTime(c.controlledAt),
    c.controlledAt,
    c.shiftStart,
    c.fleetNumber,
    c.registrationPlate,
    c.model,
    c.odometerKm,
    c.passed ? "passed" : "not passed",
    c.driverName,
    c.controllerName,
    c.signature,
    c.notes,
  ]);
}

export const pretripRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.deps;
  const { db } = deps;
  const tags = ["pre-trip control"];
  app.get(
    "/release-policy",
    {
      schema: {
        operationId: "getReleasePolicy",
        tags,
        summary: "An operator's release policy: the walkaround alone, or Russian pre-trip control",
        querystring: OrganisationQuery,
        response: withErrors({ 200: ReleasePolicySchema }),
      },
    },
    (request) => getReleasePolicy(db, actorOf(request), request.query.organisationId),
  );
  app.put(
    "/release-policy",
    {
      schema: {
        operationId: "putReleasePolicy",
        tags,
        summary: "Choose an operator's release policy",
        body: PutReleasePolicy,
        response: withErrors({ 200: ReleasePolicySchema }),
      },
    },
    (request) => putReleasePolicy(db, actorOf(request), request.body),
  );
  app.post(
    "/compliance-documents",
    {
      schema: {
        operationId: "createComplianceDocument",
        tags,
        summary: "Record a vehicle's or a driver's document with its expiry date",
        body: CreateDocument,
        response: withErrors({ 201: ComplianceDocument }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDocument(db, actorOf(request), request.body)),
  );
  app.get(
    "/vehicles/:id/compliance-documents",
    {
      schema: {
        operationId: "listVehicleComplianceDocuments",
        tags,
        summary: "A vehicle's documents with expiry, newest of each kind first",
        params: IdParams,
        response: withErrors({ 200: Type.Array(ComplianceDocument) }),
      },
    },
    (request) => vehicleDocuments(db, actorOf(request), request.params.id),
  );
  app.get(
    "/compliance-calendar",
    {
      schema: {
        operationId: "getComplianceCalendar",
        tags,
        summary: "A depot's documents that have expired or expire soon (vehicles and drivers)",
        querystring: CalendarQuery,
        response: withErrors({ 200: ComplianceCalendar }),
      },
    },
    (request) => complianceCalendar(db, actorOf(request), request.query),
  );
  app.post(
    "/technical-controls",
    {
      schema: {
        operationId: "createTechnicalControl",
        tags,
        summary: "Controller: record a vehicle's pre-trip technical control for a shift",
        body: CreateTechnicalControl,
        response: withErrors({ 201: TechnicalControl }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTechnicalControl(deps, actorOf(request), request.body)),
  );
  app.get(
    "/depots/:id/pretrip-journal",
    {
      schema: {
        operationId: "getPretripJournal",
        tags,
        summary: "The journal of pre-trip technical controls of a depot for a day",
        params: IdParams,
        querystring: DayQuery,
        response: withErrors({ 200: ControlJournal }),
      },
    },
    (request) => controlJournal(db, actorOf(request), request.params.id, request.query.date),
  );
  app.get(
    "/depots/:id/pretrip-journal.csv",
    {
      schema: {
        operationId: "exportPretripJournalCsv",
        tags,
        summary:
          "The journal of pre-trip technical controls of a depot for a day, as CSV or an Excel workbook (format=xlsx)",
        params: IdParams,
        querystring: Type.Object(
          { ...DayQuery.properties, format: ExportFormat, locale: LocaleQuery },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: ExportResponse }),
      },
    },
    async (request, reply) => {
      const journal = await controlJournal(
        db,
        actorOf(request),
        request.params.id,
        request.query.date,
      );
      return sendExport(request, reply, {
        fileName: `pretrip-journal-${journal.date}`,
        sheet: "pretrip-journal",
        columns: JOURNAL_COLUMNS,
        rows: journalRows(journal, csvAudience(request), wantsXlsx(request)),
      });
    },
  );
  app.get(
    "/depots/:id/drivers",
    {
      schema: {
        operationId: "listDepotDrivers",
        tags,
        summary: "The drivers of a depot's operator (for admissions and controls)",
        params: IdParams,
        response: withErrors({ 200: Type.Array(Driver) }),
      },
    },
    (request) => depotDrivers(db, actorOf(request), request.params.id),
  );
  app.post(
    "/medical-admissions",
    {
      schema: {
        operationId: "createMedicalAdmission",
        tags,
        summary: "Medical worker: admit a driver to the shift's trip, or not",
        body: CreateMedicalAdmission,
        response: withErrors({ 201: MedicalAdmission }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMedicalAdmission(db, actorOf(request), request.body)),
  );
  app.get(
    "/depots/:id/medical-admissions",
    {
      schema: {
        operationId: "listMedicalAdmissions",
        tags,
        summary:
          "A depot's medical admissions for a day: decision, time and who (no medical details)",
        params: IdParams,
        querystring: DayQuery,
        response: withErrors({ 200: Type.Array(MedicalAdmission) }),
      },
    },
    (request) => listAdmissions(db, actorOf(request), request.params.id, request.query.date),
  );
  app.post(
    "/waybills",
    {
      schema: {
        operationId: "issueWaybill",
        tags,
        summary:
          "Issue a waybill for a vehicle and shift the gate lets go (refused for a held one)",
        body: CreateWaybill,
        response: withErrors({ 201: Waybill }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueWaybill(deps, actorOf(request), request.body)),
  );
  app.get(
    "/waybills/:id",
    {
      schema: {
        operationId: "getWaybill",
        tags,
        summary: "A waybill with what order No. 390 asks it to carry",
        params: IdParams,
        response: withErrors({ 200: Waybill }),
      },
    },
    (request) => getWaybill(db, actorOf(request), request.params.id),
  );
  app.get(
    "/waybills/:id/titles",
    {
      schema: {
        operationId: "getWaybillTitles",
        tags,
        summary:
          "The electronic waybill's data by title T1–T6 as documented JSON (not the FTS XML; see docs/pretrip-control.md)",
        params: IdParams,
        response: withErrors({ 200: WaybillTitles }),
      },
    },
    async (request) => waybillTitles(await getWaybill(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/waybills/:id/close",
    {
      schema: {
        operationId: "closeWaybill",
        tags,
        summary: "Controller: close a waybill at return (odometer, post-trip control)",
        params: IdParams,
        body: CloseWaybill,
        response: withErrors({ 200: Waybill }),
      },
    },
    (request) => closeWaybill(deps, actorOf(request), request.params.id, request.body),
  );
  app.get(
    "/depots/:id/waybills",
    {
      schema: {
        operationId: "listDepotWaybills",
        tags,
        summary: "A depot's waybills for the shifts of a day",
        params: IdParams,
        querystring: DayQuery,
        response: withErrors({ 200: Type.Array(Waybill) }),
      },
    },
    (request) => listWaybills(db, actorOf(request), request.params.id, request.query.date),
  );
  app.get(
    "/medical-admissions/:id/details",
    {
      schema: {
        operationId: "getMedicalAdmissionDetails",
        tags,
        summary: "Medical worker: an admission's medical details (every read is audited)",
        params: IdParams,
        response: withErrors({ 200: MedicalDetails }),
      },
    },
    (request) => admissionDetails(db, actorOf(request), request.params.id),
  );
};
