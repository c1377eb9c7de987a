/**
 * Pre-shift inspections: a driver checks a vehicle before a shift, item by item, enters
 * the odometer (or engine hours) and signs. Each failed item opens a defect. A submitted
 * inspection is never changed; a correction is a new inspection that refers to it.
 * Submissions carry an Idempotency-Key so a phone that retries after losing the network
 * stores nothing twice. A meter value that does not fit the vehicle's readings never
 * holds the inspection back: it is stored unconfirmed for the dispatcher to check.
 */
import type { Text, TextLocale } from "../../core/server-text.js";
import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { primaryMeter } from "../../core/fleet.js";
import { itemsFor, type TemplateItem } from "../../core/inspection-templates.js";
import {
  TYRE_SETS,
  checkTreadDepth,
  localMonth,
  seasonalTyreFault,
  treadCategoryOf,
  treadFault,
} from "../../core/tyres.js";
import {
  DEFAULT_DAILY_LIMITS,
  waitingReason,
  type DailyLimits,
} from "../../core/meter-readings.js";
import { assessEvidence } from "../../core/inspection-proof.js";
import { canonicalJson, sha256, wellFormed } from "../../core/record-chain.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import type {
  AuditLogTable,
  DefectTable,
  InspectionResultJson,
  InspectionTable,
  MeterReadingTable,
} from "../../db/schema.js";
import { AppError, invalid, localized, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { auditValues } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { MeterReading, presentReading, readingProblems } from "../fleet/meter-readings.js";
import { getVehicle, type VehicleRow } from "../fleet/vehicles.js";
import { inspectionContent } from "../records/chain.js";
import { chainEntry } from "../records/content.js";
import { defectWorkOrderStatements, STORED_WORK_ORDERS } from "../work-orders/from-defects.js";
import { Defect, presentDefect } from "./defects.js";
import { itemPhotos, photosOfDefects } from "./evidence.js";
import {
  Evidence,
  InspectionFlag,
  flagsOfInspections,
  inspectionSettingsOf,
  presentFlag,
  proofContext,
  proofRows,
} from "./proof.js";
import { getTemplate, presentTemplate, InspectionTemplate } from "./templates.js";

const Result = Type.Object(
  {
    itemKey: Type.String({ minLength: 1, maxLength: 60 }),
    outcome: Type.Enum(["pass", "fail", "na"]),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 10, uniqueItems: true })),
    measuredValue: Type.Optional(
      Type.Number({
        description:
          "For an item with a measurement (tyre_tread_mm): the shallowest tread depth measured, in mm",
      }),
    ),
    tyres: Type.Optional(
      Type.Enum([...TYRE_SETS], {
        description:
          "For a tyre_tread_mm item: winter = winter tyres on every wheel, winter_studded = the same with studs, summer = anything less",
      }),
    ),
  },
  { additionalProperties: false },
);
export const SubmitInspection = Type.Object(
  {
    vehicleId: Uuid,
    templateId: Uuid,
    shiftStart: Type.Optional(Timestamp),
    submittedAt: Type.Optional(Timestamp),
    odometerKm: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000_000 })),
    engineHours: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
    results: Type.Array(Result, { minItems: 1, maxItems: 300 }),
    comments: Type.Optional(Type.String({ maxLength: 4000 })),
    signature: Type.Object(
      { name: Type.String({ minLength: 2, maxLength: 200 }), confirmed: Type.Literal(true) },
      {
        additionalProperties: false,
        description: "The driver's signature: their name and that they confirm the check",
      },
    ),
    correctsId: Type.Optional(Uuid),
    confirmMeterJump: Type.Optional(
      Type.Boolean({
        description:
          "The driver checked an implausible jump: it counts at once instead of waiting for confirmation",
      }),
    ),
    evidence: Type.Optional(Evidence),
  },
  { additionalProperties: false },
);
export type TSubmitInspection = Static<typeof SubmitInspection>;

export const Inspection = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    vehicleId: Uuid,
    templateId: Uuid,
    driverUserId: Type.Union([Uuid, Type.Null()]),
    signedByName: Type.String(),
    submittedAt: Timestamp,
    shiftStart: Type.Union([Timestamp, Type.Null()]),
    odometerKm: Type.Union([Type.Number(), Type.Null()]),
    engineHours: Type.Union([Type.Number(), Type.Null()]),
    passed: Type.Boolean(),
    results: Type.Array(Result),
    comments: Type.Union([Type.String(), Type.Null()]),
    correctsId: Type.Union([Uuid, Type.Null()]),
  },
  { $id: "Inspection" },
);
export const SubmittedInspection = Type.Object({
  inspection: Inspection,
  defectsOpened: Type.Array(Defect),
  meterReading: Type.Union([MeterReading, Type.Null()], {
    description:
      "The meter reading stored with it: status unconfirmed (with unconfirmedReason) when it did not fit the vehicle's other readings, for a dispatcher or mechanic to confirm or void; the inspection and its defects are stored all the same. Null only for an inspection imported without its reading",
  }),
  flags: Type.Array(InspectionFlag, {
    description:
      "What the server found wrong with the check's evidence (too fast, not at the depot, clock, evidence missing or impossible); the check is stored all the same",
  }),
});
const IdempotencyHeaders = Type.Object({
  "idempotency-key": Type.String({ minLength: 8, maxLength: 200 }),
});
const ListInspectionsQuery = Type.Object(
  {
    vehicleId: Type.Optional(Uuid),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  },
  { additionalProperties: false },
);

export const presentInspection = (row: Selectable<InspectionTable>): Static<typeof Inspection> => ({
  ...inspectionContent(row),
  results: row.results,
});

/** The template a vehicle is inspected with: its organisation's own, else the built-in one. */
export async function templateForVehicle(db: Database, vehicle: VehicleRow) {
  const rows = await db
    .selectFrom("inspection_templates")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("organisation_id", "is", null),
        eb("organisation_id", "=", vehicle.organisation_id),
      ]),
    )
    .where(sql<boolean>`${vehicle.vehicle_type} = any(vehicle_types)`)
    .orderBy("version", "desc")
    .execute();
  return rows.find((r) => r.organisation_id !== null) ?? rows[0];
}

/** Everything a phone needs to inspect a vehicle: the checklist for its powertrain, the last meter value, repairs to review. */
export async function inspectionForm(db: Database, actor: Actor, vehicleId: string) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  const template = await templateForVehicle(db, vehicle);
  if (!template) throw notFound("inspection template for this kind of vehicle");
  const meter = primaryMeter(vehicle.vehicle_type);
  const last = await db
    .selectFrom("meter_readings")
    .select(["value", "read_at"])
    .where("vehicle_id", "=", vehicle.id)
    .where("meter", "=", meter)
    .where("voided_at", "is", null)
    // The last counted value: a typo waiting for confirmation is no guide for the next driver.
    .where("unconfirmed_at", "is", null)
    .orderBy("read_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const toReview = await db
    .selectFrom("defects")
    .selectAll()
    .where("vehicle_id", "=", vehicle.id)
    .where("status", "in", ["repaired", "no_repair_needed"])
    .where("reviewed_at", "is", null)
    .execute();
  // The driver reviews what the mechanic certified, so the card needs its note and name.
  const [reviewEvents, reviewPhotos] = await Promise.all([
    toReview.length
      ? db
          .selectFrom("defect_events")
          .selectAll()
          .where(
            "defect_id",
            "in",
            toReview.map((d) => d.id),
          )
          .orderBy("at")
          .execute()
      : [],
    photosOfDefects(db, toReview),
  ]);
  const settings = await inspectionSettingsOf(db, vehicle.organisation_id);
  return {
    template: {
      ...presentTemplate(template),
      items: itemsFor(template.items, vehicle.powertrain, vehicle.vehicle_type),
    },
    proof: { passRestAllowed: settings.passRestAllowed, qrScanRequired: settings.qrScanRequired },
    meter,
    lastMeterValue: last ? Number(last.value) : null,
    lastMeterAt: last?.read_at.toISOString() ?? null,
    repairsToReview: toReview.map((d) =>
      presentDefect(
        d,
        reviewEvents.filter((e) => e.defect_id === d.id),
        reviewPhotos.get(d.id) ?? [],
        actor.locale,
      ),
    ),
  };
}

/**
 * The answers with what was measured applied: a tread at or below the legal minimum of the
 * vehicle's category, or tyres wrong for the season of the inspection's local date, fail
 * the item whatever the driver chose (the rule's words join the driver's comment). A
 * measured item without its value, or with one that cannot be a tread depth, is refused
 * naming the field.
 */
export function applyMeasurements(
  items: TemplateItem[],
  results: TSubmitInspection["results"],
  context: { vehicleType: VehicleRow["vehicle_type"]; month: number },
): TSubmitInspection["results"] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  return results.map((result, index) => {
    const item = byKey.get(result.itemKey);
    if (item?.measurement !== "tyre_tread_mm") {
      if (result.measuredValue !== undefined)
        throw invalid(`results.${index}.measuredValue`, {
          key: "inspection.noMeasurement",
          params: { item: itemName(item, result.itemKey) },
        });
      if (result.tyres !== undefined)
        throw invalid(`results.${index}.tyres`, {
          key: "inspection.notTyreItem",
          params: { item: itemName(item, result.itemKey) },
        });
      return result;
    }
    const depth = checkTreadDepth(`results.${index}.measuredValue`, result.measuredValue);
    if (result.tyres === undefined)
      throw invalid(`results.${index}.tyres`, {
        key: "inspection.tyresRequired",
        params: { sets: TYRE_SETS.join(", ") },
      });
    const faults = [
      treadFault(depth, treadCategoryOf(context.vehicleType)),
      seasonalTyreFault(result.tyres, context.month),
    ].filter((f): f is string => f !== null);
    if (!faults.length) return result;
    const comment = [result.comment?.trim(), ...faults].filter(Boolean).join("; ");
    return { ...result, outcome: "fail" as const, comment };
  });
}

/** An item as a refusal names it: its key in English (as before), its label in Russian. */
const itemName = (item: TemplateItem | undefined, key: string) =>
  item ? { en: `"${key}"`, ru: `«${item.label.ru}»` } : `"${key}"`;

/** Checks the answers against the template version: every item once, nothing extra, comments and photos where required. */
export function checkResults(items: TemplateItem[], results: TSubmitInspection["results"]): void {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const answered = new Set<string>();
  for (const [index, result] of results.entries()) {
    const item = byKey.get(result.itemKey);
    if (!item)
      throw invalid(`results.${index}.itemKey`, {
        key: "inspection.unknownItem",
        params: { item: result.itemKey },
      });
    if (answered.has(result.itemKey))
      throw invalid(`results.${index}.itemKey`, {
        key: "inspection.answeredTwice",
        params: { item: itemName(item, result.itemKey) },
      });
    answered.add(result.itemKey);
    if (result.outcome === "fail") {
      if (item.failNeedsComment && !result.comment?.trim()) {
        throw invalid(`results.${index}.comment`, {
          key: "inspection.commentRequired",
          params: { label: item.label },
        });
      }
      if (item.failNeedsPhoto && !result.photoIds?.length) {
        throw invalid(`results.${index}.photoIds`, {
          key: "inspection.photoRequired",
          params: { label: item.label },
        });
      }
    }
    if (result.outcome === "na" && item.severity === "critical") {
      throw invalid(`results.${index}.outcome`, {
        key: "inspection.criticalNotApplicable",
        params: { label: item.label },
      });
    }
  }
  const missing = items.find((item) => !answered.has(item.key));
  if (missing)
    throw invalid("results", {
      key: "inspection.notAnswered",
      params: { item: missing.key, label: missing.label },
    });
}

/**
 * The part of a submission its Idempotency-Key stands for: all of it but the phone's clock
 * at sending, which a queued check's retry sends anew.
 */
function hashedPart(input: TSubmitInspection): unknown {
  if (!input.evidence) return input;
  return { ...input, evidence: { ...input.evidence, deviceClock: undefined } };
}

async function replay(
  db: Database,
  vehicle: VehicleRow,
  key: string,
  requestHash: string,
  locale: TextLocale,
) {
  const existing = await db
    .selectFrom("inspections")
    .selectAll()
    .where("organisation_id", "=", vehicle.organisation_id)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
  if (!existing) return undefined;
  if (existing.request_hash !== requestHash) {
    throw localized("IDEMPOTENCY_MISMATCH", { key: "inspection.keyReused" }, "Idempotency-Key");
  }
  const defects = await db
    .selectFrom("defects")
    .selectAll()
    .where("inspection_id", "=", existing.id)
    .orderBy("item_key")
    .execute();
  // Found by the vehicle's index (its meter, at the moment of the inspection).
  const reading = await db
    .selectFrom("meter_readings")
    .selectAll()
    .where("vehicle_id", "=", existing.vehicle_id)
    .where("meter", "=", primaryMeter(vehicle.vehicle_type))
    .where("read_at", "=", existing.submitted_at)
    .where("inspection_id", "=", existing.id)
    .executeTakeFirst();
  const flags = await flagsOfInspections(db, [existing.id]);
  return {
    inspection: presentInspection(existing),
    defectsOpened: defects.map((d) =>
      presentDefect(d, [], itemPhotos(existing.results, d.item_key), locale),
    ),
    meterReading: reading ? presentReading(reading) : null,
    flags: flags.get(existing.id) ?? [],
  };
}

export async function submitInspection(
  db: Database,
  actor: Actor,
  idempotencyKey: string,
  input: TSubmitInspection,
  limits: DailyLimits = DEFAULT_DAILY_LIMITS,
) {
  requirePermission(actor, "inspections.submit");
  const vehicle = await getVehicle(db, actor, input.vehicleId);
  const requestHash = sha256(canonicalJson(hashedPart(input)));
  const replayed = await replay(db, vehicle, idempotencyKey, requestHash, actor.locale);
  if (replayed) return { ...replayed, replayed: true };

  // Only "not found" means the id names no checklist the driver may use; any other
  // failure (the database being down) is reported as what it is.
  const template = await getTemplate(db, actor, input.templateId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw invalid("templateId", { key: "inspection.noChecklist" });
    throw error;
  });
  if (!template.vehicle_types.includes(vehicle.vehicle_type)) {
    throw invalid("templateId", {
      key: "inspection.checklistNotFor",
      params: { vehicleType: vehicle.vehicle_type },
    });
  }
  const items = itemsFor(template.items, vehicle.powertrain, vehicle.vehicle_type);
  // The seasonal tyre rules go by the local date where the vehicle is based.
  const depot = vehicle.depot_id
    ? await db
        .selectFrom("depots")
        .select("time_zone")
        .where("id", "=", vehicle.depot_id)
        .executeTakeFirst()
    : undefined;
  const submittedAtClaim = input.submittedAt ? new Date(input.submittedAt) : new Date();
  const answers = applyMeasurements(items, input.results, {
    vehicleType: vehicle.vehicle_type,
    month: localMonth(
      new Date(Math.min(submittedAtClaim.getTime(), Date.now())),
      depot?.time_zone ?? "UTC",
    ),
  });
  checkResults(items, answers);
  const proof = await proofContext(db, vehicle.id);

  // A phone whose clock runs ahead cannot have made the check later than now: the check
  // is stored at the server's time rather than refused, so a defect it reports is never
  // held on the phone by a clock (a check queued offline keeps its earlier device time).
  const received = new Date();
  // What the phone says about how the check was made; what cannot be true raises a flag.
  const assessment = assessEvidence({
    evidence: input.evidence,
    items,
    vehicleId: vehicle.id,
    receivedAt: received,
    depotArea: proof.depotArea,
    settings: proof.settings,
  });
  const claimed = input.submittedAt ? new Date(input.submittedAt) : received;
  const submittedAt = claimed.getTime() > received.getTime() ? received : claimed;
  const meter = primaryMeter(vehicle.vehicle_type);
  const meterValue = meter === "odometer_km" ? input.odometerKm : input.engineHours;
  if (meterValue === undefined)
    throw invalid(meter === "odometer_km" ? "odometerKm" : "engineHours", {
      key: "validation.required",
    });
  // A value that does not fit waits for confirmation; the check is stored all the same.
  const problems = await readingProblems(
    db,
    vehicle,
    { meter, value: meterValue, readAt: submittedAt },
    limits,
  );
  const unconfirmedReason = waitingReason(problems, input.confirmMeterJump === true);

  const photoIds = input.results.flatMap((r) => r.photoIds ?? []);
  if (photoIds.length) {
    const found = await db
      .selectFrom("photos")
      .select("id")
      .where("id", "in", photoIds)
      .where("organisation_id", "=", vehicle.organisation_id)
      .execute();
    const missing = photoIds.find((id) => !found.some((f) => f.id === id));
    if (missing)
      throw invalid("results.photoIds", {
        key: "inspection.photoNotHere",
        params: { photo: missing },
      });
  }
  if (input.correctsId) {
    const corrected = await db
      .selectFrom("inspections")
      .select(["vehicle_id"])
      .where("id", "=", input.correctsId)
      .where("organisation_id", "=", vehicle.organisation_id)
      .executeTakeFirst();
    if (!corrected || corrected.vehicle_id !== vehicle.id)
      throw invalid("correctsId", { key: "inspection.noSuchOfVehicle" });
  }

  const failed = answers
    .map((r, index) => ({ ...r, comment: storableText(`results.${index}.comment`, r.comment) }))
    .filter((r) => r.outcome === "fail");
  const results: InspectionResultJson[] = answers.map((r, index) => ({
    itemKey: r.itemKey,
    outcome: r.outcome,
    ...(r.comment ? { comment: storableText(`results.${index}.comment`, r.comment) } : {}),
    ...(r.photoIds?.length ? { photoIds: r.photoIds } : {}),
    ...(r.measuredValue !== undefined ? { measuredValue: r.measuredValue } : {}),
    ...(r.tyres !== undefined ? { tyres: r.tyres } : {}),
  }));
  const inspection: Selectable<InspectionTable> = {
    id: randomUUID(),
    organisation_id: vehicle.organisation_id,
    vehicle_id: vehicle.id,
    template_id: template.id,
    driver_user_id: actor.userId,
    signed_by_name: storableText("signature.name", input.signature.name) ?? "",
    submitted_at: submittedAt,
    shift_start: input.shiftStart ? new Date(input.shiftStart) : null,
    odometer_km: input.odometerKm ?? null,
    engine_hours: input.engineHours ?? null,
    passed: failed.length === 0,
    results,
    comments: storableText("comments", input.comments) ?? null,
    corrects_id: input.correctsId ?? null,
    idempotency_key: idempotencyKey,
    request_hash: requestHash,
    created_at: new Date(),
  };
  // One defect per failed item, unless the same item already has one unresolved.
  const open = failed.length
    ? await db
        .selectFrom("defects")
        .select("item_key")
        .where("vehicle_id", "=", vehicle.id)
        .where("status", "in", ["open", "in_repair"])
        .execute()
    : [];
  const defects: Selectable<DefectTable>[] = failed
    .filter((r) => !open.some((o) => o.item_key === r.itemKey))
    .map((r) => {
      const item = items.find((i) => i.key === r.itemKey);
      return {
        id: randomUUID(),
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicle.id,
        inspection_id: inspection.id,
        item_key: r.itemKey,
        category: item?.category ?? "other",
        severity: item?.severity ?? "major",
        description: `${item?.label.en ?? r.itemKey}${r.comment ? `: ${r.comment}` : ""}`,
        // The driver's words stay as written; the item is named as the fault it is («Система
        // пожаротушения не в готовности…»), not by its pass condition as the English has
        // always been stored (API clients and the record chain read that as it is).
        description_ru: `${item?.fault?.ru ?? item?.label.ru ?? r.itemKey}${r.comment ? `: ${r.comment}` : ""}`,
        status: "open",
        opened_at: submittedAt,
        resolved_at: null,
        reviewed_at: null,
      };
    });
  const reading: Selectable<MeterReadingTable> = {
    id: randomUUID(),
    organisation_id: vehicle.organisation_id,
    vehicle_id: vehicle.id,
    meter,
    value: meterValue,
    read_at: submittedAt,
    source: "inspection",
    inspection_id: inspection.id,
    created_by: actor.userId,
    created_at: inspection.created_at,
    voided_at: null,
    voided_by: null,
    void_reason: null,
    unconfirmed_at: unconfirmedReason ? inspection.created_at : null,
    unconfirmed_reason: unconfirmedReason,
    confirmed_at: null,
    confirmed_by: null,
  };
  const proofs = proofRows(inspection, assessment, inspection.created_at);
  const workOrders = defects.length
    ? defectWorkOrderStatements(
        defects.map((d) => ({
          ...d,
          orderTitle: orderTitleOf(
            items.find((i) => i.key === d.item_key),
            d.item_key,
          ),
          competencies: items.find((i) => i.key === d.item_key)?.competencies ?? null,
        })),
        actor,
      )
    : null;
  try {
    await storeInspection(db, {
      inspection,
      reading,
      defects,
      workOrders,
      proofs,
      queued: [
        chainEntry({ kind: "inspection", row: inspection }),
        chainEntry({ kind: "meter_reading", row: reading }),
        ...defects.map((row) => chainEntry({ kind: "defect", row })),
      ],
      audit: auditValues(actor, {
        action: "create",
        entity: "inspection",
        entityId: inspection.id,
        organisationId: vehicle.organisation_id,
        details: {
          vehicleId: vehicle.id,
          passed: inspection.passed,
          defects: defects.length,
          ...(unconfirmedReason ? { meterUnconfirmed: unconfirmedReason } : {}),
          ...(proofs.flags.length ? { flags: proofs.flags.map((f) => f.reason) } : {}),
        },
      }),
    });
  } catch (error) {
    // The same key raced in from a retry: answer as the first one did.
    if (isUniqueViolation(error)) {
      const again = await replay(db, vehicle, idempotencyKey, requestHash, actor.locale);
      if (again) return { ...again, replayed: true };
    }
    throw error;
  }
  return {
    inspection: presentInspection(inspection),
    defectsOpened: defects.map((d) =>
      presentDefect(d, [], itemPhotos(results, d.item_key), actor.locale),
    ),
    meterReading: presentReading(reading),
    flags: proofs.flags.map(presentFlag),
    replayed: false,
  };
}

/**
 * Stores an inspection with its meter reading, defects, chain entry and audit entry in
 * ONE statement (data-modifying CTEs run atomically): a phone's submission costs one
 * round trip to the database instead of a transaction's six. When defects open, their
 * work orders (with tasks and audit entries) are stored by the same statement.
 */
async function storeInspection(
  db: Database,
  rows: {
    inspection: Selectable<InspectionTable>;
    reading: Selectable<MeterReadingTable>;
    defects: Selectable<DefectTable>[];
    workOrders: ReturnType<typeof defectWorkOrderStatements> | null;
    proofs: ReturnType<typeof proofRows>;
    queued: ReturnType<typeof chainEntry>[];
    audit: Insertable<AuditLogTable>;
  },
): Promise<void> {
  let base = db
    .with("stored_inspection", (qc) =>
      qc
        .insertInto("inspections")
        .values({ ...rows.inspection, results: JSON.stringify(rows.inspection.results) }),
    )
    .with("stored_reading", (qc) => qc.insertInto("meter_readings").values(rows.reading))
    .with("queued", (qc) => qc.insertInto("record_chain_queue").values(rows.queued))
    .with("audited", (qc) => qc.insertInto("audit_log").values(rows.audit));
  // The check's evidence and flags, in the same statement: flags are never missing from a
  // stored check. No later part of the statement reads these, so the type stays the same.
  const { evidence, flags } = rows.proofs;
  if (evidence)
    base = base.with("stored_evidence", (qc) =>
      qc.insertInto("inspection_evidence").values(evidence),
    ) as unknown as typeof base;
  if (flags.length)
    base = base.with("stored_flags", (qc) =>
      qc
        .insertInto("inspection_flags")
        .values(flags.map((f) => ({ ...f, detail: JSON.stringify(f.detail) }))),
    ) as unknown as typeof base;
  const { workOrders } = rows;
  const statement = rows.defects.length
    ? workOrders
      ? base
          .with("stored_defects", (qc) => qc.insertInto("defects").values(rows.defects))
          .with(STORED_WORK_ORDERS, () => workOrders.orders)
          .with("stored_work_order_tasks", () => workOrders.tasks)
          .with("audited_work_orders", () => workOrders.audit)
          .selectNoFrom(sql<number>`1`.as("stored"))
      : base
          .with("stored_defects", (qc) => qc.insertInto("defects").values(rows.defects))
          .selectNoFrom(sql<number>`1`.as("stored"))
    : base.selectNoFrom(sql<number>`1`.as("stored"));
  await statement.execute();
}

export async function listInspections(
  db: Database,
  actor: Actor,
  query: Static<typeof ListInspectionsQuery>,
) {
  const scope = await actor.scope();
  let q = db
    .selectFrom("inspections")
    .selectAll()
    .where(scope.where("organisation_id"))
    .orderBy("submitted_at", "desc")
    .limit(query.limit);
  if (query.vehicleId) q = q.where("vehicle_id", "=", query.vehicleId);
  if (query.from) q = q.where("submitted_at", ">=", new Date(query.from));
  if (query.to) q = q.where("submitted_at", "<", new Date(query.to));
  return q.execute();
}

export async function getInspection(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = await db
    .selectFrom("inspections")
    .selectAll()
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("inspection");
  return row;
}

/**
 * Text as the database will keep it, so that what is stored, shown and hashed into the
 * record chain is the same: half an emoji (a lone surrogate, from a phone that cut a
 * string) becomes U+FFFD, as PostgreSQL would store it; a NUL, which PostgreSQL cannot
 * store at all, is refused naming the field.
 */
function storableText(field: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text.includes("\u0000")) throw invalid(field, { key: "common.nulCharacter" });
  return wellFormed(text);
}

/**
 * A defect's work order is titled by the fault ("High-pressure gas line damaged"); an
 * item without a fault wording (an organisation's own) by its failed check. In both
 * languages: the English is the order's title, the Russian is shown beside it.
 */
function orderTitleOf(item: TemplateItem | undefined, itemKey: string): Text {
  return (
    item?.fault ?? {
      en: `Failed check: ${item?.label.en ?? itemKey}`,
      ru: `Не пройдена проверка: ${item?.label.ru ?? itemKey}`,
    }
  );
}

export const inspectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["inspections"];
  app.get(
    "/vehicles/:id/inspection-form",
    {
      schema: {
        operationId: "getInspectionForm",
        tags,
        summary:
          "The checklist for this vehicle, its last meter value and repairs the driver must review",
        params: IdParams,
        response: withErrors({
          200: Type.Object({
            template: InspectionTemplate,
            proof: Type.Object(
              {
                passRestAllowed: Type.Boolean({
                  description: "The phone may offer 'pass the rest' for non-critical items",
                }),
                qrScanRequired: Type.Boolean(),
              },
              { description: "What the operator asks of the check's evidence" },
            ),
            meter: Type.Enum(["odometer_km", "engine_hours"]),
            lastMeterValue: Type.Union([Type.Number(), Type.Null()]),
            lastMeterAt: Type.Union([Timestamp, Type.Null()]),
            repairsToReview: Type.Array(Defect),
          }),
        }),
      },
    },
    (request) => inspectionForm(db, actorOf(request), request.params.id),
  );
  app.post(
    "/inspections",
    {
      schema: {
        operationId: "createInspection",
        tags,
        summary:
          "Submit a pre-shift inspection (send an Idempotency-Key; a retry returns the first result); a meter value that does not fit is stored unconfirmed, never refused",
        headers: IdempotencyHeaders,
        body: SubmitInspection,
        response: withErrors({ 201: SubmittedInspection, 200: SubmittedInspection }),
      },
    },
    async (request, reply) => {
      const { replayed, ...result } = await submitInspection(
        db,
        actorOf(request),
        request.headers["idempotency-key"],
        request.body,
        app.deps.config.meterDailyLimits,
      );
      if (replayed) reply.header("idempotent-replayed", "true");
      return reply.status(replayed ? 200 : 201).send(result);
    },
  );
  app.get(
    "/inspections",
    {
      schema: {
        operationId: "listInspections",
        tags,
        summary: "Inspections, newest first",
        querystring: ListInspectionsQuery,
        response: withErrors({ 200: Type.Array(Inspection) }),
      },
    },
    async (request) =>
      (await listInspections(db, actorOf(request), request.query)).map(presentInspection),
  );
  app.get(
    "/inspections/:id",
    {
      schema: {
        operationId: "getInspection",
        summary: "One inspection with its results",
        tags,
        params: IdParams,
        response: withErrors({ 200: Inspection }),
      },
    },
    async (request) =>
      presentInspection(await getInspection(db, actorOf(request), request.params.id)),
  );
};
