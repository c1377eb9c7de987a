/**
 * Proof that a pre-shift check was made (issue #15): the evidence sent with each check,
 * the flags the server raises from it in the same statement that stores the check, an
 * operator's settings for them, the manager's confirmation that clears a holding flag,
 * and the release rule that holds a vehicle while its check's flag waits.
 *
 * Who sees what (docs/inspection-proof.md): the flags of a check are shown wherever the
 * check is (board, record) to those who may read the board; the phone's position and the
 * item times only to roles that review checks (`inspections.review`).
 */
import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  DEFAULT_PROOF_SETTINGS,
  FLAG_KINDS,
  FLAG_REASON_ORDER,
  assessEvidence,
  minimumCheckSeconds,
  type ComputedFlag,
  type DepotArea,
  type FlagKind,
  type ProofSettings,
} from "../../core/inspection-proof.js";
import type { Database } from "../../db/database.js";
import { jsonRows } from "../../db/json-rows.js";
import { anyOf } from "../../db/scope.js";
import type { InspectionEvidenceTable, InspectionFlagTable } from "../../db/schema.js";
import { invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { auditValues, recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertOrganisationInScope } from "../maintenance/organisation.js";
import {
  latestChecks,
  readOncePerDecision,
  type GateContext,
  type GateVehicle,
  type ReleaseReason,
  type ReleaseRule,
} from "../release/gate.js";

export const Evidence = Type.Object(
  {
    openedAt: Timestamp,
    sentAt: Timestamp,
    deviceClock: Type.String({
      format: "date-time",
      description:
        "The phone's clock when this request left it (a queued check: when it was finally sent); gives the clock offset, and is not part of the check for Idempotency-Key",
    }),
    itemTimes: Type.Array(
      Type.Object(
        {
          itemKey: Type.String({ minLength: 1, maxLength: 60 }),
          at: Timestamp,
          viaPassRest: Type.Optional(
            Type.Boolean({ description: "Answered by 'pass the rest' (non-critical items only)" }),
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 300 },
    ),
    position: Type.Optional(
      Type.Object(
        {
          latitude: Type.Number(),
          longitude: Type.Number(),
          accuracyM: Type.Number({ description: "The phone's accuracy radius, metres" }),
          at: Timestamp,
        },
        { additionalProperties: false },
      ),
    ),
    qr: Type.Optional(
      Type.Object(
        { text: Type.String({ minLength: 1, maxLength: 2000 }), scannedAt: Timestamp },
        { additionalProperties: false, description: "The vehicle's QR code scanned at the start" },
      ),
    ),
  },
  {
    additionalProperties: false,
    description:
      "When the check was opened and sent and each item answered (the phone's clock), where the phone was (only with the person's consent) and which vehicle's QR code it scanned",
  },
);

export const InspectionFlag = Type.Object(
  {
    id: Uuid,
    inspectionId: Uuid,
    vehicleId: Uuid,
    kind: Type.Enum([...FLAG_KINDS]),
    reason: Type.String({
      description:
        "short_check, quick_answers, outside_area, no_qr_scan, other_vehicle_qr, clock_off, missing, impossible",
    }),
    detail: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
    holds: Type.Boolean({ description: "Holds the vehicle until a manager confirms the check" }),
    createdAt: Timestamp,
    confirmedAt: Type.Union([Timestamp, Type.Null()]),
    confirmedByName: Type.Union([Type.String(), Type.Null()]),
    confirmNote: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: "InspectionFlag" },
);
export type TInspectionFlag = Static<typeof InspectionFlag>;

type FlagRow = Selectable<InspectionFlagTable>;

export function presentFlag(
  row: Pick<
    FlagRow,
    | "id"
    | "inspection_id"
    | "vehicle_id"
    | "kind"
    | "reason"
    | "detail"
    | "holds"
    | "created_at"
    | "confirmed_at"
    | "confirm_note"
  > & { confirmed_by_name?: string | null },
): TInspectionFlag {
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    vehicleId: row.vehicle_id,
    kind: row.kind,
    reason: row.reason,
    detail: row.detail,
    holds: row.holds,
    createdAt: row.created_at.toISOString(),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    confirmedByName: row.confirmed_by_name ?? null,
    confirmNote: row.confirm_note,
  };
}

export const InspectionSettings = Type.Object(
  {
    organisationId: Uuid,
    passRestAllowed: Type.Boolean({
      description: "Drivers may pass the remaining NON-critical items at once (off by default)",
    }),
    qrScanRequired: Type.Boolean({
      description: "A check without a scan of the vehicle's QR code is flagged",
    }),
    minimumCheckSeconds: Type.Union([Type.Integer({ minimum: 0, maximum: 7200 }), Type.Null()], {
      description: "A check shorter than this is flagged; null: 4 s an item, at least 60 s",
    }),
    flagActions: Type.Record(Type.String(), Type.Enum(["warn", "hold"]), {
      description:
        "Per kind of flag (too_fast, not_at_depot, clock, evidence): warn only (default) or also hold the vehicle until a manager confirms the check",
    }),
  },
  { $id: "InspectionSettings" },
);
const PutInspectionSettings = Type.Object(
  {
    organisationId: Uuid,
    passRestAllowed: Type.Boolean(),
    qrScanRequired: Type.Boolean(),
    minimumCheckSeconds: Type.Union([Type.Integer({ minimum: 0, maximum: 7200 }), Type.Null()]),
    flagActions: Type.Record(Type.String(), Type.Enum(["warn", "hold"])),
  },
  { additionalProperties: false },
);
const SettingsQuery = Type.Object(
  { organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

function settingsOfRow(
  row:
    | {
        pass_rest_allowed: boolean | null;
        qr_scan_required: boolean | null;
        minimum_check_seconds: number | null;
        flag_actions: Record<string, "warn" | "hold"> | null;
      }
    | undefined,
): ProofSettings {
  if (!row || row.pass_rest_allowed === null) return DEFAULT_PROOF_SETTINGS;
  return {
    passRestAllowed: row.pass_rest_allowed,
    qrScanRequired: row.qr_scan_required ?? false,
    minimumCheckSeconds: row.minimum_check_seconds,
    flagActions: row.flag_actions ?? {},
  };
}

export async function inspectionSettingsOf(db: Database, organisationId: string) {
  const row = await db
    .selectFrom("inspection_settings")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return { organisationId, ...settingsOfRow(row) };
}

async function putSettings(
  db: Database,
  actor: Actor,
  input: Static<typeof PutInspectionSettings>,
) {
  const organisation = await assertOrganisationInScope(
    db,
    await actor.scope(),
    input.organisationId,
  );
  requirePermission(actor, "templates.write");
  if (organisation.kind !== "operator")
    throw invalid("organisationId", { key: "proof.onlyOperator" });
  for (const kind of Object.keys(input.flagActions))
    if (!(FLAG_KINDS as readonly string[]).includes(kind))
      throw invalid(`flagActions.${kind}`, {
        key: "proof.notFlagKind",
        params: { kinds: FLAG_KINDS.join(", ") },
      });
  const values = {
    pass_rest_allowed: input.passRestAllowed,
    qr_scan_required: input.qrScanRequired,
    minimum_check_seconds: input.minimumCheckSeconds,
    flag_actions: JSON.stringify(input.flagActions),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("inspection_settings")
      .values({ organisation_id: input.organisationId, ...values })
      .onConflict((oc) =>
        oc.column("organisation_id").doUpdateSet({ ...values, updated_at: sql<Date>`now()` }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "inspection_settings",
      entityId: input.organisationId,
      organisationId: input.organisationId,
      details: { ...input },
    });
  });
  return inspectionSettingsOf(db, input.organisationId);
}

/** What the flags of one vehicle's check depend on: its operator's settings and its depot's area. */
export async function proofContext(
  db: Database,
  vehicleId: string,
): Promise<{ settings: ProofSettings; depotArea: DepotArea | null }> {
  const row = await db
    .selectFrom("vehicles as v")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .leftJoin("inspection_settings as s", "s.organisation_id", "v.organisation_id")
    .select([
      "d.latitude",
      "d.longitude",
      "d.radius_m",
      "s.pass_rest_allowed",
      "s.qr_scan_required",
      "s.minimum_check_seconds",
      "s.flag_actions",
    ])
    .where("v.id", "=", vehicleId)
    .executeTakeFirst();
  const depotArea =
    row && row.latitude !== null && row.longitude !== null && row.radius_m !== null
      ? { latitude: row.latitude, longitude: row.longitude, radiusM: row.radius_m }
      : null;
  return { settings: settingsOfRow(row), depotArea };
}

/** The rows a check's evidence and flags are stored as, with the check itself. */
export function proofRows(
  inspection: {
    id: string;
    organisation_id: string;
    vehicle_id: string;
    driver_user_id: string | null;
  },
  assessment: ReturnType<typeof assessEvidence>,
  at: Date,
): { evidence: Insertable<InspectionEvidenceTable> | null; flags: FlagRow[] } {
  const e = assessment.stored;
  return {
    evidence: e
      ? {
          inspection_id: inspection.id,
          organisation_id: inspection.organisation_id,
          opened_at: e.openedAt,
          sent_at: e.sentAt,
          received_at: e.receivedAt,
          clock_offset_ms: e.clockOffsetMs,
          item_times: JSON.stringify(e.itemTimes),
          latitude: e.position?.latitude ?? null,
          longitude: e.position?.longitude ?? null,
          accuracy_m: e.position?.accuracyM ?? null,
          position_at: e.position?.at ?? null,
          qr_scanned_at: e.qr?.scannedAt ?? null,
          qr_vehicle_id: e.qr?.vehicleId ?? null,
          qr_text: e.qr?.text ?? null,
        }
      : null,
    flags: assessment.flags.map((flag: ComputedFlag) => ({
      id: randomUUID(),
      inspection_id: inspection.id,
      organisation_id: inspection.organisation_id,
      vehicle_id: inspection.vehicle_id,
      driver_user_id: inspection.driver_user_id,
      kind: flag.kind,
      reason: flag.reason,
      detail: flag.detail,
      holds: flag.holds,
      created_at: at,
      confirmed_at: null,
      confirmed_by: null,
      confirm_note: null,
    })),
  };
}

function selectFlags(db: Database) {
  return db
    .selectFrom("inspection_flags as f")
    .leftJoin("users as u", "u.id", "f.confirmed_by")
    .select([
      "f.id",
      "f.inspection_id",
      "f.vehicle_id",
      "f.kind",
      "f.reason",
      "f.detail",
      "f.holds",
      "f.created_at",
      "f.confirmed_at",
      "f.confirm_note",
      "u.name as confirmed_by_name",
    ]);
}

/** The flags of the given checks, by check id (one JSON value: the board asks for ~1,000). */
export async function flagsOfInspections(db: Database, inspectionIds: readonly string[]) {
  const byInspection = new Map<string, TInspectionFlag[]>();
  if (!inspectionIds.length) return byInspection;
  const rows = await jsonRows(
    db,
    selectFlags(db)
      .where(anyOf("f.inspection_id", inspectionIds))
      .orderBy("f.created_at")
      .orderBy(sql`array_position(${[...FLAG_REASON_ORDER]}::text[], f.reason)`),
  );
  for (const row of rows) {
    const list = byInspection.get(row.inspection_id) ?? [];
    list.push(
      presentFlag({
        ...row,
        created_at: new Date(row.created_at),
        confirmed_at: row.confirmed_at === null ? null : new Date(row.confirmed_at),
      }),
    );
    byInspection.set(row.inspection_id, list);
  }
  return byInspection;
}

export const Proof = Type.Object({
  inspectionId: Uuid,
  flags: Type.Array(InspectionFlag),
  durationSeconds: Type.Union([Type.Number(), Type.Null()]),
  minimumSeconds: Type.Integer(),
  evidence: Type.Union(
    [
      Type.Object({
        openedAt: Type.Union([Timestamp, Type.Null()]),
        sentAt: Type.Union([Timestamp, Type.Null()]),
        receivedAt: Timestamp,
        clockOffsetSeconds: Type.Union([Type.Number(), Type.Null()]),
        itemTimes: Type.Array(
          Type.Object({
            itemKey: Type.String(),
            at: Timestamp,
            viaPassRest: Type.Optional(Type.Boolean()),
          }),
        ),
        position: Type.Union([
          Type.Object({
            latitude: Type.Number(),
            longitude: Type.Number(),
            accuracyM: Type.Number(),
            at: Timestamp,
          }),
          Type.Null(),
        ]),
        qr: Type.Union([
          Type.Object({
            scannedAt: Timestamp,
            vehicleId: Type.Union([Uuid, Type.Null()]),
            matchesVehicle: Type.Boolean(),
          }),
          Type.Null(),
        ]),
      }),
      Type.Null(),
    ],
    { description: "Null: the check came without evidence (flagged)" },
  ),
});

/** A check's evidence and flags, for those who review checks. */
export async function proofOf(db: Database, actor: Actor, inspectionId: string) {
  requirePermission(actor, "inspections.review");
  const scope = await actor.scope();
  const inspection = await db
    .selectFrom("inspections as i")
    .innerJoin("inspection_templates as t", "t.id", "i.template_id")
    .leftJoin("inspection_evidence as e", "e.inspection_id", "i.id")
    .leftJoin("inspection_settings as s", "s.organisation_id", "i.organisation_id")
    .select([
      "i.id",
      "i.vehicle_id",
      "i.results",
      "e.opened_at",
      "e.sent_at",
      "e.received_at",
      "e.clock_offset_ms",
      "e.item_times",
      "e.latitude",
      "e.longitude",
      "e.accuracy_m",
      "e.position_at",
      "e.qr_scanned_at",
      "e.qr_vehicle_id",
      "s.minimum_check_seconds",
    ])
    .where("i.id", "=", inspectionId)
    .where(scope.where("i.organisation_id"))
    .executeTakeFirst();
  if (!inspection) throw notFound("inspection");
  const flags = (await flagsOfInspections(db, [inspection.id])).get(inspection.id) ?? [];
  const duration =
    inspection.opened_at && inspection.sent_at
      ? (inspection.sent_at.getTime() - inspection.opened_at.getTime()) / 1000
      : null;
  return {
    inspectionId: inspection.id,
    flags,
    durationSeconds: duration,
    minimumSeconds: minimumCheckSeconds(
      inspection.results.length,
      inspection.minimum_check_seconds,
    ),
    evidence: inspection.received_at
      ? {
          openedAt: inspection.opened_at?.toISOString() ?? null,
          sentAt: inspection.sent_at?.toISOString() ?? null,
          receivedAt: inspection.received_at.toISOString(),
          clockOffsetSeconds:
            inspection.clock_offset_ms === null
              ? null
              : Math.round(Number(inspection.clock_offset_ms) / 1000),
          itemTimes: inspection.item_times ?? [],
          position:
            inspection.latitude !== null &&
            inspection.longitude !== null &&
            inspection.accuracy_m !== null &&
            inspection.position_at
              ? {
                  latitude: inspection.latitude,
                  longitude: inspection.longitude,
                  accuracyM: inspection.accuracy_m,
                  at: inspection.position_at.toISOString(),
                }
              : null,
          qr: inspection.qr_scanned_at
            ? {
                scannedAt: inspection.qr_scanned_at.toISOString(),
                vehicleId: inspection.qr_vehicle_id,
                matchesVehicle: inspection.qr_vehicle_id === inspection.vehicle_id,
              }
            : null,
        }
      : null,
  };
}

/**
 * The flags of each vehicle's newest check of the shift's window (every check sharing the
 * newest time), by vehicle id: what the depot board shows beside each vehicle, warnings
 * included, and what the flagged-check rule holds on. Read once per decision, like the
 * checks themselves.
 */
export const flagsOfLatestChecks = readOncePerDecision(
  async (context, vehicles): Promise<Map<string, TInspectionFlag[]>> => {
    const latest = await latestChecks(context, vehicles);
    const byInspection = await flagsOfInspections(
      context.db,
      [...latest.values()].flatMap((check) => check.ids),
    );
    const byVehicle = new Map<string, TInspectionFlag[]>();
    for (const [vehicleId, check] of latest) {
      const flags = check.ids.flatMap((id) => byInspection.get(id) ?? []);
      if (flags.length) byVehicle.set(vehicleId, flags);
    }
    return byVehicle;
  },
);

const ConfirmBody = Type.Object(
  {
    note: Type.String({
      minLength: 5,
      maxLength: 2000,
      description: "What the manager checked: e.g. 'watched the driver check the bus again'",
    }),
  },
  { additionalProperties: false },
);

/** A manager confirms a flagged check was made: its flags stop holding the vehicle. */
async function confirmCheck(db: Database, actor: Actor, inspectionId: string, note: string) {
  requirePermission(actor, "inspections.confirm");
  const scope = await actor.scope();
  const inspection = await db
    .selectFrom("inspections")
    .select(["id", "organisation_id", "vehicle_id"])
    .where("id", "=", inspectionId)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!inspection) throw notFound("inspection");
  const trimmed = note.trim();
  if (trimmed.length < 5) throw invalid("note", { key: "proof.sayWhatChecked" });
  const confirmed = await db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable("inspection_flags")
      .set({ confirmed_at: new Date(), confirmed_by: actor.userId, confirm_note: trimmed })
      .where("inspection_id", "=", inspection.id)
      .where("confirmed_at", "is", null)
      .returning("id")
      .execute();
    if (!rows.length) throw invalid("id", { key: "proof.noFlagWaiting" });
    await trx
      .insertInto("audit_log")
      .values(
        auditValues(actor, {
          action: "update",
          entity: "inspection_flags",
          entityId: inspection.id,
          organisationId: inspection.organisation_id,
          details: { confirmed: rows.length, note: trimmed },
        }),
      )
      .execute();
    return rows.length;
  });
  return { confirmed, ...(await proofOf(db, actor, inspection.id)) };
}

const FlagsQuery = Type.Object(
  {
    depotId: Type.Optional(Uuid),
    vehicleId: Type.Optional(Uuid),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    waiting: Type.Optional(
      Type.Boolean({ description: "Only flags that hold a vehicle and wait for confirmation" }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
  },
  { additionalProperties: false },
);

async function listFlags(db: Database, actor: Actor, query: Static<typeof FlagsQuery>) {
  requirePermission(actor, "inspections.review");
  const scope = await actor.scope();
  let q = selectFlags(db)
    .innerJoin("vehicles as v", "v.id", "f.vehicle_id")
    .where(scope.where("f.organisation_id"))
    .orderBy("f.created_at", "desc")
    .limit(query.limit);
  if (query.depotId) q = q.where("v.depot_id", "=", query.depotId);
  if (query.vehicleId) q = q.where("f.vehicle_id", "=", query.vehicleId);
  if (query.from) q = q.where("f.created_at", ">=", new Date(query.from));
  if (query.to) q = q.where("f.created_at", "<", new Date(query.to));
  if (query.waiting) q = q.where("f.holds", "=", true).where("f.confirmed_at", "is", null);
  return (await q.execute()).map(presentFlag);
}

/**
 * A check flagged where the operator says a flag holds: the vehicle waits for a manager to
 * confirm the check, or for a new check that is not flagged. Only the newest check of the
 * shift's window counts, as for the inspection rule.
 */
export const flaggedCheckRule: ReleaseRule = {
  name: "flagged check",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const reasons = new Map<string, ReleaseReason[]>();
    if (!vehicles.length) return reasons;
    // The newest check of the window, per vehicle: its flags that hold and that no
    // manager confirmed.
    const latest = await flagsOfLatestChecks(context, vehicles);
    const rows = [...latest.values()]
      .flat()
      .filter((flag) => flag.holds && flag.confirmedAt === null)
      .map((flag) => ({
        vehicle_id: flag.vehicleId,
        inspection_id: flag.inspectionId,
        kind: flag.kind,
        reason: flag.reason,
      }));
    for (const row of rows) {
      const list = reasons.get(row.vehicle_id) ?? [];
      const existing = list.find((r) => r.code === "CHECK_FLAGGED");
      if (existing) {
        existing.params = {
          ...existing.params,
          kinds: `${String(existing.params?.kinds)},${row.kind}`,
        };
        continue;
      }
      list.push({
        code: "CHECK_FLAGGED",
        message: `the pre-shift check was flagged (${row.kind.replaceAll("_", " ")}: ${row.reason.replaceAll("_", " ")}); a manager must confirm it was made, or the check be made again`,
        overridable: false,
        params: { kinds: row.kind, inspectionId: row.inspection_id },
      });
      reasons.set(row.vehicle_id, list);
    }
    return reasons;
  },
};

export const proofRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["inspections"];
  app.get(
    "/inspections/settings",
    {
      schema: {
        tags,
        operationId: "getInspectionSettings",
        summary:
          "An operator's rules for the proof of its checks: pass-the-rest, QR scan, minimum length, and which flags hold a vehicle",
        querystring: SettingsQuery,
        response: withErrors({ 200: InspectionSettings }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = request.query.organisationId ?? actor.organisation.id;
      await assertOrganisationInScope(db, await actor.scope(), id);
      return inspectionSettingsOf(db, id);
    },
  );
  app.put(
    "/inspections/settings",
    {
      schema: {
        tags,
        operationId: "putInspectionSettings",
        summary: "Change an operator's rules for the proof of its checks",
        body: PutInspectionSettings,
        response: withErrors({ 200: InspectionSettings }),
      },
    },
    (request) => putSettings(db, actorOf(request), request.body),
  );
  app.get(
    "/inspection-flags",
    {
      schema: {
        tags,
        operationId: "listInspectionFlags",
        summary: "Flags raised on checks, newest first (for those who review checks)",
        querystring: FlagsQuery,
        response: withErrors({ 200: Type.Array(InspectionFlag) }),
      },
    },
    (request) => listFlags(db, actorOf(request), request.query),
  );
  app.get(
    "/inspections/:id/proof",
    {
      schema: {
        tags,
        operationId: "getInspectionProof",
        summary:
          "When, where and how fast a check was made, and its flags (for those who review checks)",
        params: IdParams,
        response: withErrors({ 200: Proof }),
      },
    },
    (request) => proofOf(db, actorOf(request), request.params.id),
  );
  app.post(
    "/inspections/:id/confirm",
    {
      schema: {
        tags,
        operationId: "confirmInspection",
        summary:
          "Confirm that a flagged check was made: its flags stop holding the vehicle (managers)",
        params: IdParams,
        body: ConfirmBody,
        response: withErrors({
          200: Type.Object({ confirmed: Type.Integer(), ...Proof.properties }),
        }),
      },
    },
    (request) => confirmCheck(db, actorOf(request), request.params.id, request.body.note),
  );
};

export type { FlagKind };
